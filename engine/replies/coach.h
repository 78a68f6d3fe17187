// Coaching: finds the agent anti-patterns of the domain brief in an agent's
// text (a draft, or an agent turn of a transcript for the QA audit), from
// the lexicons' agent.* matches and what the customer said.
//
// Pure functions over an Analysis and immutable data; thread-safe.
#ifndef TRIAGE_ENGINE_REPLIES_COACH_H_
#define TRIAGE_ENGINE_REPLIES_COACH_H_

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "engine/cues/lexicon.h"
#include "engine/cues/matcher.h"
#include "engine/replies/replies.h"
#include "triage/v1/triage.pb.h"

namespace triage::replies {

// What the customer said, as far as coaching needs it.
struct CoachContext {
  bool dissatisfied = false;  // a live dissatisfaction cue
  bool loyalty = false;       // stated tenure or referrals
  std::optional<uint32_t> tenure_months;
  int earlier_refusals = 0;  // refusals in earlier agent turns
};

struct Finding {
  v1::AntiPattern anti_pattern;
  uint32_t first_token;  // inclusive token range in the agent text
  uint32_t last_token;
  std::string entry_id;  // empty when no single entry is at fault
};

// Findings in text order of their spans. `refusals` (optional) receives the
// number of refusals in this text, for the next turn's context.
std::vector<Finding> Coach(const cues::Lexicon& lexicon, const cues::Analysis& agent_text, const CoachContext& context,
                           int* refusals = nullptr);

// Suggested rewrites per language and anti-pattern, from
// rules/coaching/<lang>.coach: `anti_pattern TAB suggestion` lines.
class CoachBook {
 public:
  using File = ReplyFile;  // path, language, content
  static absl::StatusOr<std::unique_ptr<const CoachBook>> Compile(const std::vector<File>& files);
  // The suggestion in `language` (English when there is none).
  const std::string& Suggestion(const std::string& language, v1::AntiPattern anti_pattern) const;

 private:
  CoachBook() = default;
  std::map<std::string, std::map<v1::AntiPattern, std::string>> by_language_;
};

}  // namespace triage::replies

#endif  // TRIAGE_ENGINE_REPLIES_COACH_H_
