// Runs triaged: the TriageService, the standard health service and server
// reflection on one listening address, until SIGTERM or SIGINT; then lets
// in-flight calls finish and returns. Owns the server and the service; the
// engine is the caller's.
#ifndef TRIAGE_SERVICE_SERVER_H_
#define TRIAGE_SERVICE_SERVER_H_

#include <functional>
#include <string>

#include "absl/status/status.h"
#include "engine/engine.h"

namespace triage {

struct ServerOptions {
  // HOST:PORT; port 0 picks a free port.
  std::string listen = "127.0.0.1:50051";
  // How long in-flight calls may take to finish after a stop signal.
  int shutdown_grace_seconds = 10;
};

// Blocks until a stop signal. `on_ready` is called with the bound address
// ("127.0.0.1:43121") once the server accepts calls.
absl::Status RunServer(const Engine& engine, const ServerOptions& options,
                       const std::function<void(const std::string&)>& on_ready);

}  // namespace triage

#endif  // TRIAGE_SERVICE_SERVER_H_
