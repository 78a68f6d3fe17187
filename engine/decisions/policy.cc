#include "engine/decisions/policy.h"

#include <algorithm>
#include <set>

#include "engine/data_files.h"
#include "engine/util/strings.h"

namespace triage::decisions {
namespace {

const std::set<std::string>& KnownStates() {
  static const std::set<std::string> kStates = {"livid_loyal", "used_to_be", "looking_to_switch",
                                                "unhappy",     "at_risk",    "collaborative",
                                                "advocate",    "new",        "neutral"};
  return kStates;
}

int ParsePriority(std::string_view v) {
  if (v.size() == 2 && v[0] == 'P' && v[1] >= '1' && v[1] <= '4') return v[1] - '0';
  return 0;
}

}  // namespace

absl::StatusOr<std::unique_ptr<const Policy>> Policy::Parse(std::string_view path, std::string_view content) {
  std::unique_ptr<Policy> policy(new Policy());
  std::string section;
  std::set<std::string> ids;
  absl::Status parsed = ForEachDataLine(path, content, [&](const DataLine& line) -> absl::Status {
    auto error = [&](std::string_view reason) { return line.Error(reason); };
    const std::string_view trimmed = Trim(line.text);
    if (trimmed.front() == '[') {
      if (trimmed.back() != ']') return error("a section header looks like [state]");
      section = std::string(trimmed.substr(1, trimmed.size() - 2));
      static const std::set<std::string> kSections = {"define", "state", "route", "priority", "adjust", "sla"};
      if (!kSections.count(section)) {
        return error(StrCat("unknown section [", section, "] (known: define, state, route, priority, adjust, sla)"));
      }
      return absl::OkStatus();
    }
    std::vector<std::string_view> cols = Split(line.text, '\t', true);
    if (section.empty()) return error("a rule before any [section]");
    if (section == "sla") {
      uint32_t minutes = 0;
      int p = cols.size() == 2 ? ParsePriority(Trim(cols[0])) : 0;
      if (p == 0 || !ParseUint(Trim(cols[1]), &minutes) || minutes == 0) {
        return error("an [sla] line is: P1..P4 TAB minutes");
      }
      policy->sla_minutes_[p] = static_cast<int>(minutes);
      return absl::OkStatus();
    }
    if (section == "define") {
      if (cols.size() != 2) return error("a [define] line is: name TAB condition");
      auto cond = Condition::Parse(Trim(cols[1]), policy->defines_);
      if (!cond.ok()) return error(std::string(cond.status().message()));
      policy->defines_.emplace(std::string(Trim(cols[0])), *std::move(cond));
      return absl::OkStatus();
    }
    if (cols.size() != 4) return error("a rule is: id TAB condition TAB value TAB reason");
    Rule rule{std::string(Trim(cols[0])), Condition(), std::string(Trim(cols[2])), std::string(Trim(cols[3]))};
    if (!ids.insert(rule.id).second) return error(StrCat("duplicate rule id '", rule.id, "'"));
    auto cond = Condition::Parse(Trim(cols[1]), policy->defines_);
    if (!cond.ok()) return error(std::string(cond.status().message()));
    rule.when = *std::move(cond);
    if (section == "state" && !KnownStates().count(rule.value)) {
      return error(StrCat("unknown state '", rule.value, "'"));
    }
    if (section == "priority" && ParsePriority(rule.value) == 0) {
      return error(StrCat("a priority is P1, P2, P3 or P4, not '", rule.value, "'"));
    }
    if (section == "adjust" && rule.value != "raise" && rule.value != "lower") {
      return error(StrCat("an adjustment is 'raise' or 'lower', not '", rule.value, "'"));
    }
    if (section == "route" && rule.value.empty()) return error("empty route");
    std::vector<Rule>& list = section == "state"      ? policy->state_
                              : section == "route"    ? policy->route_
                              : section == "priority" ? policy->priority_
                                                      : policy->adjust_;
    list.push_back(std::move(rule));
    return absl::OkStatus();
  });
  if (!parsed.ok()) return parsed;
  if (policy->state_.empty() || policy->route_.empty() || policy->priority_.empty()) {
    return absl::InvalidArgumentError(StrCat(path, ": needs [state], [route] and [priority] rules"));
  }
  return std::unique_ptr<const Policy>(std::move(policy));
}

Decision Policy::Decide(Facts facts) const {
  Decision d;
  facts.state.clear();
  auto first_match = [&](const std::vector<Rule>& rules) -> const Rule* {
    for (const Rule& r : rules) {
      if (r.when.Eval(facts)) return &r;
    }
    return nullptr;
  };
  if (const Rule* r = first_match(state_)) {
    d.state = r->value;
    d.trace.push_back({"customer_state", r->value, r->id, r->reason});
  } else {
    d.state = "neutral";
    d.trace.push_back({"customer_state", "neutral", "default", "No state rule matched"});
  }
  facts.state = d.state;
  if (const Rule* r = first_match(route_)) {
    d.route = r->value;
    d.trace.push_back({"route", r->value, r->id, r->reason});
  } else {
    d.route = "support";
    d.trace.push_back({"route", "support", "default", "No route rule matched"});
  }
  if (const Rule* r = first_match(priority_)) {
    d.priority = ParsePriority(r->value);
    d.trace.push_back({"priority", r->value, r->id, r->reason});
  } else {
    d.trace.push_back({"priority", "P4", "default", "No priority rule matched"});
  }
  for (const Rule& r : adjust_) {
    if (!r.when.Eval(facts)) continue;
    const int before = d.priority;
    d.priority = std::clamp(d.priority + (r.value == "raise" ? -1 : 1), 1, 4);
    if (d.priority != before) {
      d.trace.push_back({"priority", StrCat("P", d.priority), r.id, r.reason});
    }
  }
  d.sla_minutes = sla_minutes_[d.priority];
  d.trace.push_back({"first_reply_due", StrCat(d.sla_minutes, " min"), StrCat("sla.P", d.priority),
                     StrCat("First reply within ", d.sla_minutes, " minutes for P", d.priority)});
  return d;
}

}  // namespace triage::decisions
