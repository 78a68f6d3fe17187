// triage: the engine on the command line, in-process.
//
//   triage [--lexicons DIR] [--rules DIR] [FILE|-]
//   triage coach [FILE|-]
//       Each line a CoachDraftRequest ({"draft": "...", "ticket": {"text": "..."}});
//       writes one CoachDraftResponse per line.
//   triage eval [--json] [--show N] CORPUS.jsonl   (see tools/eval.cc)
//       Reads JSON Lines (each a TriageTicketRequest or, with "turns", a
//       TriageConversationRequest in the protobuf JSON mapping) and writes
//       one TriageResult per line. A bad line gets "line N: reason" on
//       stderr; the others are still processed. Exit 1 if any line failed.
#include <fstream>
#include <iostream>
#include <string>

#include "engine/engine.h"
#include "engine/request_json.h"
#include "tools/flags.h"

namespace triage::tools {
int RunEval(int argc, char** argv);
}

int main(int argc, char** argv) {
  if (argc > 1 && std::string(argv[1]) == "eval") return triage::tools::RunEval(argc - 1, argv + 1);
  const bool coach = argc > 1 && std::string(argv[1]) == "coach";
  if (coach) --argc, ++argv;
  triage::tools::Flags flags(argc, argv, {"lexicons", "rules"}, {"help"});
  if (!flags.error.empty() || flags.Has("help") || flags.positional.size() > 1) {
    std::cerr << (flags.error.empty() ? "" : flags.error + "\n")
              << "usage: triage [coach] [--lexicons DIR] [--rules DIR] [FILE|-]\n"
                 "       triage eval [--json] [--show N] [--lexicons DIR] [--rules DIR] CORPUS.jsonl\n";
    return flags.Has("help") ? 0 : 2;
  }
  triage::EngineOptions options;
  options.lexicon_dir = flags.Get("lexicons", triage::BundledLexiconDir());
  options.rules_dir = flags.Get("rules", triage::BundledRulesDir());
  auto engine = triage::Engine::Create(options);
  if (!engine.ok()) {
    std::cerr << "triage: cannot load data: " << engine.status().message() << "\n";
    return 2;
  }
  std::ifstream file;
  std::istream* in = &std::cin;
  if (!flags.positional.empty() && flags.positional[0] != "-") {
    file.open(flags.positional[0]);
    if (!file) {
      std::cerr << "triage: cannot open " << flags.positional[0] << "\n";
      return 2;
    }
    in = &file;
  }
  std::string line;
  int line_number = 0, failed = 0;
  while (std::getline(*in, line)) {
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    if (coach) {
      triage::v1::CoachDraftRequest coach_request;
      absl::Status parsed = triage::ParseJsonInto(line, &coach_request);
      auto response =
          parsed.ok() ? (*engine)->CoachDraft(coach_request) : absl::StatusOr<triage::v1::CoachDraftResponse>(parsed);
      if (!response.ok()) {
        std::cerr << "line " << line_number << ": " << response.status().message() << "\n";
        ++failed;
      } else {
        std::cout << triage::ToJsonLine(*response) << "\n";
      }
      continue;
    }
    auto request = triage::ParseRequestJson(line);
    absl::StatusOr<triage::v1::TriageResult> result =
        !request.ok() ? absl::StatusOr<triage::v1::TriageResult>(request.status())
        : std::holds_alternative<triage::v1::TriageTicketRequest>(*request)
            ? (*engine)->TriageTicket(std::get<triage::v1::TriageTicketRequest>(*request))
            : (*engine)->TriageConversation(std::get<triage::v1::TriageConversationRequest>(*request));
    if (!result.ok()) {
      std::cerr << "line " << line_number << ": " << result.status().message() << "\n";
      ++failed;
      continue;
    }
    std::cout << triage::ToJsonLine(*result) << "\n";
  }
  std::cout.flush();
  return failed > 0 ? 1 : 0;
}
