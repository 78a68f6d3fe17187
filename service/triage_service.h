// The gRPC adapter: triage.v1.TriageService over an Engine, on gRPC's
// callback API. It only decodes requests, calls the engine, and turns
// absl::Status into grpc::Status (ToGrpcStatus, the one place that does).
//
// Every method takes raw bytes so that a request gRPC cannot parse
// (invalid UTF-8 in a string field) still gets INVALID_ARGUMENT naming the
// field instead of gRPC's bare INTERNAL. The service is shared by all of
// gRPC's threads; it holds only a const Engine, which is thread-safe.
#ifndef TRIAGE_SERVICE_TRIAGE_SERVICE_H_
#define TRIAGE_SERVICE_TRIAGE_SERVICE_H_

#include <grpcpp/grpcpp.h>

#include "absl/status/status.h"
#include "engine/engine.h"
#include "triage/v1/triage.grpc.pb.h"

namespace triage {

grpc::Status ToGrpcStatus(const absl::Status& status);

class TriageServiceImpl final
    : public v1::TriageService::WithRawCallbackMethod_TriageTicket<
          v1::TriageService::WithRawCallbackMethod_TriageConversation<
              v1::TriageService::WithRawCallbackMethod_CoachDraft<
                  v1::TriageService::WithRawCallbackMethod_Converse<v1::TriageService::Service>>>> {
 public:
  explicit TriageServiceImpl(const Engine* engine) : engine_(engine) {}

  grpc::ServerUnaryReactor* TriageTicket(grpc::CallbackServerContext* context, const grpc::ByteBuffer* request,
                                         grpc::ByteBuffer* response) override;
  grpc::ServerUnaryReactor* TriageConversation(grpc::CallbackServerContext* context, const grpc::ByteBuffer* request,
                                               grpc::ByteBuffer* response) override;
  grpc::ServerUnaryReactor* CoachDraft(grpc::CallbackServerContext* context, const grpc::ByteBuffer* request,
                                       grpc::ByteBuffer* response) override;
  grpc::ServerBidiReactor<grpc::ByteBuffer, grpc::ByteBuffer>* Converse(grpc::CallbackServerContext* context) override;

 private:
  const Engine* engine_;
};

}  // namespace triage

#endif  // TRIAGE_SERVICE_TRIAGE_SERVICE_H_
