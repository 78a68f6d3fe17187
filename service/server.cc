#include "service/server.h"

#include <grpcpp/ext/proto_server_reflection_plugin.h>
#include <grpcpp/health_check_service_interface.h>
#include <signal.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <thread>

#include "engine/util/strings.h"
#include "service/triage_service.h"

namespace triage {

absl::Status RunServer(const Engine& engine, const ServerOptions& options,
                       const std::function<void(const std::string&)>& on_ready) {
  // Stop signals are taken by one thread with sigwait, not by a handler:
  // block them here, before gRPC starts its threads, so they inherit the mask.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  grpc::EnableDefaultHealthCheckService(true);
  grpc::reflection::InitProtoReflectionServerBuilderPlugin();
  TriageServiceImpl service(&engine);
  grpc::ServerBuilder builder;
  int port = 0;
  builder.AddListeningPort(options.listen, grpc::InsecureServerCredentials(), &port);
  builder.RegisterService(&service);
  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  if (!server || port == 0) {
    return absl::UnavailableError(StrCat("cannot listen on ", options.listen));
  }
  server->GetHealthCheckService()->SetServingStatus("triage.v1.TriageService", true);
  const std::string host = options.listen.substr(0, options.listen.rfind(':'));
  const std::string bound = StrCat(host, ":", port);
  spdlog::info("serving triage.v1.TriageService on {} (data version {})", bound, engine.data_version());
  on_ready(bound);

  int signal_number = 0;
  sigwait(&stop_signals, &signal_number);
  spdlog::info("signal {}: finishing in-flight calls", signal_number);
  server->GetHealthCheckService()->SetServingStatus(false);
  server->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(options.shutdown_grace_seconds));
  server->Wait();
  spdlog::info("stopped");
  return absl::OkStatus();
}

}  // namespace triage
