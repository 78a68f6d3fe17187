#include "service/triage_service.h"

#include <google/protobuf/descriptor.pb.h>
#include <google/protobuf/dynamic_message.h>
#include <google/protobuf/timestamp.pb.h>
#include <grpcpp/support/proto_buffer_reader.h>
#include <grpcpp/support/proto_buffer_writer.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <mutex>

#include "engine/text/utf8.h"
#include "engine/util/strings.h"

namespace triage {
namespace {

namespace pb = google::protobuf;

// A twin of triage.proto in which every string field is bytes: it parses
// what the real schema refuses, so we can say which field was not UTF-8.
class LenientSchema {
 public:
  static const LenientSchema& Get() {
    static const LenientSchema* schema = new LenientSchema();
    return *schema;
  }
  const pb::Message* Prototype(const pb::Descriptor* real) const {
    const pb::Descriptor* d = pool_.FindMessageTypeByName(real->full_name());
    return d ? factory_.GetPrototype(d) : nullptr;
  }

 private:
  LenientSchema() {
    pb::FileDescriptorProto timestamp;
    pb::Timestamp::descriptor()->file()->CopyTo(&timestamp);
    pool_.BuildFile(timestamp);
    pb::FileDescriptorProto file;
    v1::TriageResult::descriptor()->file()->CopyTo(&file);
    for (auto& message : *file.mutable_message_type()) {
      for (auto& field : *message.mutable_field()) {
        if (field.type() == pb::FieldDescriptorProto::TYPE_STRING) field.set_type(pb::FieldDescriptorProto::TYPE_BYTES);
      }
    }
    pool_.BuildFile(file);
  }
  pb::DescriptorPool pool_;
  mutable pb::DynamicMessageFactory factory_;
};

// The path of the first string field of `m` that is not valid UTF-8.
std::string FindBadUtf8(const pb::Message& m, const std::string& path) {
  const pb::Reflection* r = m.GetReflection();
  std::vector<const pb::FieldDescriptor*> fields;
  r->ListFields(m, &fields);
  for (const pb::FieldDescriptor* f : fields) {
    const std::string name = path.empty() ? f->name() : StrCat(path, ".", f->name());
    const int n = f->is_repeated() ? r->FieldSize(m, f) : 1;
    for (int i = 0; i < n; ++i) {
      const std::string where = f->is_repeated() ? StrCat(name, "[", i, "]") : name;
      if (f->type() == pb::FieldDescriptor::TYPE_BYTES) {
        std::string v = f->is_repeated() ? r->GetRepeatedString(m, f, i) : r->GetString(m, f);
        if (auto bad = text::FindInvalidUtf8(v)) return StrCat(where, ": invalid UTF-8 at byte ", *bad);
      } else if (f->type() == pb::FieldDescriptor::TYPE_MESSAGE) {
        const pb::Message& sub = f->is_repeated() ? r->GetRepeatedMessage(m, f, i) : r->GetMessage(m, f);
        std::string found = FindBadUtf8(sub, where);
        if (!found.empty()) return found;
      }
    }
  }
  return "";
}

grpc::Status Decode(const grpc::ByteBuffer* buffer, pb::Message* out) {
  grpc::ByteBuffer copy(*buffer);
  {
    grpc::ProtoBufferReader reader(&copy);
    if (out->ParseFromZeroCopyStream(&reader)) return grpc::Status::OK;
  }
  std::string message = "request is not a valid " + out->GetDescriptor()->full_name();
  if (const pb::Message* prototype = LenientSchema::Get().Prototype(out->GetDescriptor())) {
    std::unique_ptr<pb::Message> lenient(prototype->New());
    grpc::ByteBuffer again(*buffer);
    grpc::ProtoBufferReader reader(&again);
    if (lenient->ParseFromZeroCopyStream(&reader)) {
      std::string bad = FindBadUtf8(*lenient, "");
      if (!bad.empty()) message = bad;
    }
  }
  return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, message);
}

grpc::Status Encode(const pb::Message& message, grpc::ByteBuffer* out) {
  bool own = false;
  return grpc::GenericSerialize<grpc::ProtoBufferWriter, pb::Message>(message, out, &own);
}

// Decoded once for the log line: what was decided, never the text.
std::string Summary(const v1::TriageResult& r) {
  return fmt::format("ticket_id={} language={} priority={} cues={}", r.ticket_id(), r.language(),
                     v1::Priority_Name(r.priority()), r.cues_size());
}
std::string Summary(const v1::CoachDraftResponse& r) {
  return fmt::format("language={} findings={}", r.language(), r.findings_size());
}

template <typename Request, typename Response>
grpc::ServerUnaryReactor* Unary(grpc::CallbackServerContext* context, const grpc::ByteBuffer* request,
                                grpc::ByteBuffer* response, const char* method,
                                const std::function<absl::StatusOr<Response>(const Request&)>& run) {
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  const auto start = std::chrono::steady_clock::now();
  Request decoded;
  grpc::Status status = Decode(request, &decoded);
  if (status.ok()) {
    absl::StatusOr<Response> result = run(decoded);
    status = result.ok() ? Encode(*result, response) : ToGrpcStatus(result.status());
    if (result.ok()) {
      spdlog::debug(
          "{} {} in {}us", method, Summary(*result),
          std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start).count());
    }
  }
  if (!status.ok())
    spdlog::info("{} rejected: {} {}", method, static_cast<int>(status.error_code()),
                 status.error_code() == grpc::StatusCode::INVALID_ARGUMENT
                     ? status.error_message().substr(0, status.error_message().find(':'))
                     : status.error_message());
  reactor->Finish(status);
  return reactor;
}

class ConverseReactor : public grpc::ServerBidiReactor<grpc::ByteBuffer, grpc::ByteBuffer> {
 public:
  explicit ConverseReactor(const Engine* engine) : engine_(engine) { StartRead(&raw_request_); }

  void OnReadDone(bool ok) override {
    if (!ok) {
      Finish(grpc::Status::OK);  // the client closed its side
      return;
    }
    request_.Clear();
    if (grpc::Status decoded = Decode(&raw_request_, &request_); !decoded.ok()) {
      Finish(decoded);
      return;
    }
    if (first_) {
      *conversation_.mutable_metadata() = request_.metadata();
      first_ = false;
    }
    const int index = conversation_.turns_size();
    if (static_cast<size_t>(index) >= engine_->options().max_turns) {
      Finish(grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, StrCat("turn: the conversation has reached the limit of ",
                                                                     engine_->options().max_turns, " turns")));
      return;
    }
    *conversation_.add_turns() = request_.turn();
    const v1::Turn& turn = conversation_.turns(index);
    absl::Status valid = engine_->CheckTurn(turn, index);
    if (!valid.ok()) {
      Finish(ToGrpcStatus(valid));
      return;
    }
    if (turn.role() != v1::ROLE_CUSTOMER) {
      StartRead(&raw_request_);  // agent turns are context only
      return;
    }
    absl::StatusOr<v1::TriageResult> result = engine_->TriageConversation(conversation_);
    if (!result.ok()) {
      Finish(ToGrpcStatus(result.status()));
      return;
    }
    v1::ConverseResponse response;
    response.set_turn_index(static_cast<uint32_t>(index));
    *response.mutable_result() = *std::move(result);
    raw_response_.Clear();
    if (grpc::Status encoded = Encode(response, &raw_response_); !encoded.ok()) {
      Finish(encoded);
      return;
    }
    StartWrite(&raw_response_);
  }

  void OnWriteDone(bool ok) override {
    if (!ok) {
      Finish(grpc::Status(grpc::StatusCode::CANCELLED, "the client went away"));
      return;
    }
    StartRead(&raw_request_);
  }

  void OnDone() override { delete this; }

 private:
  const Engine* engine_;
  bool first_ = true;
  grpc::ByteBuffer raw_request_;
  grpc::ByteBuffer raw_response_;
  v1::ConverseRequest request_;
  v1::TriageConversationRequest conversation_;
};

}  // namespace

grpc::Status ToGrpcStatus(const absl::Status& status) {
  if (status.ok()) return grpc::Status::OK;
  grpc::StatusCode code = grpc::StatusCode::INTERNAL;
  switch (status.code()) {
    case absl::StatusCode::kInvalidArgument:
      code = grpc::StatusCode::INVALID_ARGUMENT;
      break;
    case absl::StatusCode::kNotFound:
      code = grpc::StatusCode::NOT_FOUND;
      break;
    case absl::StatusCode::kFailedPrecondition:
      code = grpc::StatusCode::FAILED_PRECONDITION;
      break;
    case absl::StatusCode::kResourceExhausted:
      code = grpc::StatusCode::RESOURCE_EXHAUSTED;
      break;
    case absl::StatusCode::kUnavailable:
      code = grpc::StatusCode::UNAVAILABLE;
      break;
    default:
      break;
  }
  return grpc::Status(code, std::string(status.message()));
}

grpc::ServerUnaryReactor* TriageServiceImpl::TriageTicket(grpc::CallbackServerContext* context,
                                                          const grpc::ByteBuffer* request, grpc::ByteBuffer* response) {
  return Unary<v1::TriageTicketRequest, v1::TriageResult>(
      context, request, response, "TriageTicket",
      [this](const v1::TriageTicketRequest& r) { return engine_->TriageTicket(r); });
}

grpc::ServerUnaryReactor* TriageServiceImpl::TriageConversation(grpc::CallbackServerContext* context,
                                                                const grpc::ByteBuffer* request,
                                                                grpc::ByteBuffer* response) {
  return Unary<v1::TriageConversationRequest, v1::TriageResult>(
      context, request, response, "TriageConversation",
      [this](const v1::TriageConversationRequest& r) { return engine_->TriageConversation(r); });
}

grpc::ServerUnaryReactor* TriageServiceImpl::CoachDraft(grpc::CallbackServerContext* context,
                                                        const grpc::ByteBuffer* request, grpc::ByteBuffer* response) {
  return Unary<v1::CoachDraftRequest, v1::CoachDraftResponse>(
      context, request, response, "CoachDraft",
      [this](const v1::CoachDraftRequest& r) { return engine_->CoachDraft(r); });
}

grpc::ServerBidiReactor<grpc::ByteBuffer, grpc::ByteBuffer>* TriageServiceImpl::Converse(
    grpc::CallbackServerContext* context) {
  return new ConverseReactor(engine_);
}

}  // namespace triage
