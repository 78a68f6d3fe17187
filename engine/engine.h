// The triage engine: the one public entry point of the library.
//
// An Engine owns an immutable snapshot of the data (lexicons and rules,
// compiled) and answers TriageTicket / TriageConversation requests from any
// number of threads at once without locks: each call takes a reference to
// the current snapshot. Reload() compiles a new snapshot from disk and swaps
// it in atomically; when the new data has an error, the old snapshot stays.
//
// Errors are values (absl::Status). Messages name the request field at
// fault ("turns[3].text: ..."), so the service edge can pass them on as is.
#ifndef TRIAGE_ENGINE_ENGINE_H_
#define TRIAGE_ENGINE_ENGINE_H_

#include <cstddef>
#include <memory>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "triage/v1/triage.pb.h"

namespace triage {
namespace cues {
class Lexicon;
}

// A source of "now", for due times when a request has no sent_at. A seam
// for tests; the default reads the system clock.
class Clock {
 public:
  virtual ~Clock() = default;
  virtual google::protobuf::Timestamp Now() const = 0;
};

struct EngineOptions {
  // --- Behaviour ---
  // Folder with <lang>/*.lex files (see lexicons/README.md).
  std::string lexicon_dir;
  // Folder with the policy and reply scripts (see rules/README.md).
  std::string rules_dir;
  // Debian's Hunspell dictionaries (id_ID is used for Indonesian and, with
  // lexicons/ms/*.dic supplements, Malay; en_US and id_ID tell real words
  // from misspellings). Empty: no morphology.
  std::string hunspell_dir = "/usr/share/hunspell";
  // The longest text of a ticket or of one turn, in UTF-8 bytes.
  size_t max_text_bytes = 65536;
  // The most turns a conversation may have.
  size_t max_turns = 500;
  // Where "now" comes from; nullptr means the system clock. Not owned.
  const Clock* clock = nullptr;
};

class Engine {
 public:
  // Loads and compiles the data; fails with the first data error, naming
  // the file and line.
  static absl::StatusOr<std::unique_ptr<Engine>> Create(const EngineOptions& options);
  ~Engine();

  absl::StatusOr<v1::TriageResult> TriageTicket(const v1::TriageTicketRequest& request) const;
  absl::StatusOr<v1::TriageResult> TriageConversation(const v1::TriageConversationRequest& request) const;
  absl::StatusOr<v1::CoachDraftResponse> CoachDraft(const v1::CoachDraftRequest& request) const;

  // Checks one turn of a conversation as TriageConversation would, for
  // callers that receive turns one at a time (the Converse stream).
  absl::Status CheckTurn(const v1::Turn& turn, int index) const;

  // Compiles the data again from disk. On error the engine keeps serving
  // with the data it had, and the error names the file and line.
  absl::Status Reload();

  // The content hash of the data in use.
  std::string data_version() const;

  const EngineOptions& options() const { return options_; }

  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

 private:
  struct Snapshot;
  explicit Engine(const EngineOptions& options);
  std::shared_ptr<const Snapshot> snapshot() const;

  EngineOptions options_;
  std::shared_ptr<const Snapshot> snapshot_;  // read and swapped with std::atomic_load/store
};

// The lexicons of options.lexicon_dir, compiled as an Engine compiles them
// (with the Hunspell morphology of options.hunspell_dir): for benchmarks and
// tools that run the cue layer on its own.
absl::StatusOr<std::unique_ptr<const cues::Lexicon>> LoadLexicon(const EngineOptions& options);

// The bundled data folders of this source tree (for tools and tests).
std::string BundledLexiconDir();
std::string BundledRulesDir();

}  // namespace triage

#endif  // TRIAGE_ENGINE_ENGINE_H_
