// The condition language of rules/: what a support lead writes to say when
// a rule applies, e.g.
//   cue:churn.* & (cue:loyalty.tenure | channel:social_public)
// Terms: `always`; `cue:<id>` (a live cue; `cue:churn.*` any churn cue);
// `state:<s>`, `channel:<c>`, `plan:<p>`, `language:<l>`, `trajectory:<t>`; numeric
// `previous_contacts>=N`, `tenure_months>=N`, `customer_days<N`,
// `inactive_days>=N` (with < <= > >= =);
// a name from the [define] section. Operators: ! & | and parentheses.
//
// A compiled Condition is immutable and thread-safe to evaluate.
#ifndef TRIAGE_ENGINE_DECISIONS_CONDITION_H_
#define TRIAGE_ENGINE_DECISIONS_CONDITION_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace triage::decisions {

// What conditions are evaluated against.
struct Facts {
  std::vector<std::string> live_cues;
  std::string state;       // "livid_loyal", ... (empty before the state is decided)
  std::string channel;     // "email", "social_public", ...
  std::string plan;        // "enterprise", ...
  std::string language;    // "en", ...
  std::string trajectory;  // "escalating", "calming", "resolved", "steady" or empty
  uint32_t previous_contacts = 0;
  std::optional<uint32_t> tenure_months;
  std::optional<uint32_t> customer_days;  // days since metadata.customer_since
  std::optional<uint32_t> inactive_days;  // days since metadata.last_login
};

class Condition {
 public:
  // `defines` maps names to already compiled conditions.
  static absl::StatusOr<Condition> Parse(std::string_view text, const std::map<std::string, Condition>& defines);
  bool Eval(const Facts& facts) const;

 private:
  struct Node {
    enum Kind { kAlways, kCue, kState, kChannel, kPlan, kLanguage, kTrajectory, kNumber, kNot, kAnd, kOr, kRef };
    Kind kind;
    std::string arg;      // cue id (or prefix with trailing '*'), state, ...
    std::string op;       // for kNumber
    uint32_t number = 0;  // for kNumber
    int left = -1, right = -1;
  };
  bool EvalNode(int node, const Facts& facts) const;
  std::vector<Node> nodes_;
  std::vector<Condition> refs_;
  int root_ = -1;
  friend class ConditionParser;
};

}  // namespace triage::decisions

#endif  // TRIAGE_ENGINE_DECISIONS_CONDITION_H_
