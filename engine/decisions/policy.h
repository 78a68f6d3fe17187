// The triage policy, compiled from rules/policy.rules: which customer state
// fits, where the ticket goes, its priority and first-reply due time. Every
// decision names its rule and a one-line reason for the trace.
//
// Format (see rules/README.md): sections [define], [state], [route],
// [priority], [adjust], [sla]; TAB-separated columns; line-numbered errors.
// A Policy is immutable and thread-safe.
#ifndef TRIAGE_ENGINE_DECISIONS_POLICY_H_
#define TRIAGE_ENGINE_DECISIONS_POLICY_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "engine/decisions/condition.h"

namespace triage::decisions {

struct Step {
  std::string field;
  std::string value;
  std::string rule_id;
  std::string reason;
};

struct Decision {
  std::string state;
  std::string route;
  int priority = 4;  // 1..4
  int sla_minutes = 0;
  std::vector<Step> trace;
};

class Policy {
 public:
  static absl::StatusOr<std::unique_ptr<const Policy>> Parse(std::string_view path, std::string_view content);

  // `facts.state` is ignored and filled in by the decision.
  Decision Decide(Facts facts) const;

  Policy(const Policy&) = delete;
  Policy& operator=(const Policy&) = delete;

 private:
  Policy() = default;
  struct Rule {
    std::string id;
    Condition when;
    std::string value;
    std::string reason;
  };
  std::map<std::string, Condition> defines_;
  std::vector<Rule> state_, route_, priority_, adjust_;
  int sla_minutes_[5] = {0, 15, 60, 480, 1440};
};

}  // namespace triage::decisions

#endif  // TRIAGE_ENGINE_DECISIONS_POLICY_H_
