// triaged: the triage gRPC server.
//
//   triaged [--listen HOST:PORT] [--lexicons DIR] [--rules DIR] [--log-level LEVEL]
//
// Prints "triaged listening on HOST:PORT" on stdout once it serves; logs go
// to stderr (never ticket text at info or above). SIGTERM/SIGINT: in-flight
// calls finish, then exit 0.
#include <google/protobuf/stubs/logging.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <cstdio>
#include <iostream>

#include "engine/engine.h"
#include "service/server.h"
#include "tools/flags.h"

int main(int argc, char** argv) {
  triage::tools::Flags flags(argc, argv, {"listen", "lexicons", "rules", "log-level"}, {"help"});
  if (!flags.error.empty() || flags.Has("help") || !flags.positional.empty()) {
    std::cerr << (flags.error.empty() ? "" : flags.error + "\n")
              << "usage: triaged [--listen HOST:PORT] [--lexicons DIR] [--rules DIR] [--log-level debug|info|warn]\n";
    return flags.Has("help") ? 0 : 2;
  }
  spdlog::set_default_logger(spdlog::stderr_color_mt("triaged"));
  spdlog::set_level(spdlog::level::from_str(flags.Get("log-level", "info")));
  // protobuf complains on stderr when a request has invalid UTF-8; the
  // service already answers INVALID_ARGUMENT, so this is debug detail.
  google::protobuf::SetLogHandler(
      [](google::protobuf::LogLevel level, const char* file, int line, const std::string& message) {
        if (level >= google::protobuf::LOGLEVEL_FATAL) {
          spdlog::critical("protobuf {}:{}: {}", file, line, message);
        } else {
          spdlog::debug("protobuf {}:{}: {}", file, line, message);
        }
      });

  triage::EngineOptions options;
  options.lexicon_dir = flags.Get("lexicons", triage::BundledLexiconDir());
  options.rules_dir = flags.Get("rules", triage::BundledRulesDir());
  auto engine = triage::Engine::Create(options);
  if (!engine.ok()) {
    spdlog::error("cannot load data: {}", std::string(engine.status().message()));
    return 1;
  }
  triage::ServerOptions server_options;
  server_options.listen = flags.Get("listen", server_options.listen);
  absl::Status status = triage::RunServer(**engine, server_options, [](const std::string& address) {
    std::printf("triaged listening on %s\n", address.c_str());
    std::fflush(stdout);
  });
  if (!status.ok()) {
    spdlog::error("{}", std::string(status.message()));
    return 1;
  }
  return 0;
}
