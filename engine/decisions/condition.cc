#include "engine/decisions/condition.h"

#include <cctype>

#include "engine/util/strings.h"

namespace triage::decisions {

class ConditionParser {
 public:
  ConditionParser(std::string_view text, const std::map<std::string, Condition>& defines, Condition* out)
      : s_(text), defines_(defines), out_(out) {}

  absl::Status Parse() {
    auto root = Or();
    if (!root.ok()) return root.status();
    Skip();
    if (pos_ != s_.size()) return Error("unexpected text");
    out_->root_ = *root;
    return absl::OkStatus();
  }

 private:
  absl::Status Error(std::string_view what) {
    return absl::InvalidArgumentError(StrCat(what, " at column ", pos_ + 1, " of '", s_, "'"));
  }
  void Skip() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t')) ++pos_;
  }
  int Add(Condition::Node n) {
    out_->nodes_.push_back(std::move(n));
    return static_cast<int>(out_->nodes_.size() - 1);
  }
  absl::StatusOr<int> Or() {
    auto left = And();
    if (!left.ok()) return left;
    int node = *left;
    for (Skip(); pos_ < s_.size() && s_[pos_] == '|'; Skip()) {
      ++pos_;
      auto right = And();
      if (!right.ok()) return right;
      node = Add({Condition::Node::kOr, "", "", 0, node, *right});
    }
    return node;
  }
  absl::StatusOr<int> And() {
    auto left = Unary();
    if (!left.ok()) return left;
    int node = *left;
    for (Skip(); pos_ < s_.size() && s_[pos_] == '&'; Skip()) {
      ++pos_;
      auto right = Unary();
      if (!right.ok()) return right;
      node = Add({Condition::Node::kAnd, "", "", 0, node, *right});
    }
    return node;
  }
  absl::StatusOr<int> Unary() {
    Skip();
    if (pos_ >= s_.size()) return Error("expected a term");
    if (s_[pos_] == '!') {
      ++pos_;
      auto inner = Unary();
      if (!inner.ok()) return inner;
      return Add({Condition::Node::kNot, "", "", 0, *inner, -1});
    }
    if (s_[pos_] == '(') {
      ++pos_;
      auto inner = Or();
      if (!inner.ok()) return inner;
      Skip();
      if (pos_ >= s_.size() || s_[pos_] != ')') return Error("expected ')'");
      ++pos_;
      return inner;
    }
    return Term();
  }
  absl::StatusOr<int> Term() {
    size_t start = pos_;
    while (pos_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[pos_])) || s_[pos_] == '_' ||
                                s_[pos_] == '.' || s_[pos_] == ':' || s_[pos_] == '*')) {
      ++pos_;
    }
    std::string_view word = s_.substr(start, pos_ - start);
    if (word.empty()) return Error("expected a term");
    const size_t colon = word.find(':');
    if (colon != std::string_view::npos) {
      std::string_view key = word.substr(0, colon);
      std::string arg(word.substr(colon + 1));
      if (arg.empty()) return Error(StrCat("'", key, ":' needs a value"));
      Condition::Node::Kind kind;
      if (key == "cue")
        kind = Condition::Node::kCue;
      else if (key == "state")
        kind = Condition::Node::kState;
      else if (key == "channel")
        kind = Condition::Node::kChannel;
      else if (key == "plan")
        kind = Condition::Node::kPlan;
      else if (key == "language")
        kind = Condition::Node::kLanguage;
      else if (key == "trajectory")
        kind = Condition::Node::kTrajectory;
      else
        return Error(StrCat("unknown term '", key, ":' (known: cue, state, channel, plan, language, trajectory)"));
      return Add({kind, arg, "", 0, -1, -1});
    }
    if (word == "always") return Add({Condition::Node::kAlways, "", "", 0, -1, -1});
    if (word == "previous_contacts" || word == "tenure_months" || word == "customer_days" || word == "inactive_days") {
      Skip();
      size_t op_start = pos_;
      while (pos_ < s_.size() && (s_[pos_] == '<' || s_[pos_] == '>' || s_[pos_] == '=')) ++pos_;
      std::string op(s_.substr(op_start, pos_ - op_start));
      if (op != "<" && op != "<=" && op != ">" && op != ">=" && op != "=") {
        return Error(StrCat("'", word, "' needs a comparison (< <= > >= =)"));
      }
      Skip();
      size_t num_start = pos_;
      while (pos_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[pos_]))) ++pos_;
      uint32_t n = 0;
      if (!ParseUint(s_.substr(num_start, pos_ - num_start), &n)) return Error("expected a whole number");
      return Add({Condition::Node::kNumber, std::string(word), op, n, -1, -1});
    }
    auto it = defines_.find(std::string(word));
    if (it == defines_.end()) return Error(StrCat("unknown name '", word, "'"));
    out_->refs_.push_back(it->second);
    return Add({Condition::Node::kRef, "", "", 0, static_cast<int>(out_->refs_.size() - 1), -1});
  }

  std::string_view s_;
  size_t pos_ = 0;
  const std::map<std::string, Condition>& defines_;
  Condition* out_;
};

absl::StatusOr<Condition> Condition::Parse(std::string_view text, const std::map<std::string, Condition>& defines) {
  Condition c;
  ConditionParser parser(text, defines, &c);
  absl::Status status = parser.Parse();
  if (!status.ok()) return status;
  return c;
}

bool Condition::Eval(const Facts& facts) const { return root_ >= 0 && EvalNode(root_, facts); }

bool Condition::EvalNode(int i, const Facts& f) const {
  const Node& n = nodes_[i];
  switch (n.kind) {
    case Node::kAlways:
      return true;
    case Node::kCue:
      for (const std::string& cue : f.live_cues) {
        if (n.arg.back() == '*' ? cue.compare(0, n.arg.size() - 1, n.arg, 0, n.arg.size() - 1) == 0 : cue == n.arg) {
          return true;
        }
      }
      return false;
    case Node::kState:
      return f.state == n.arg;
    case Node::kChannel:
      return f.channel == n.arg;
    case Node::kPlan:
      return f.plan == n.arg;
    case Node::kLanguage:
      return f.language == n.arg;
    case Node::kTrajectory:
      return f.trajectory == n.arg;
    case Node::kNumber: {
      std::optional<uint32_t> v;
      if (n.arg == "previous_contacts") v = f.previous_contacts;
      if (n.arg == "tenure_months") v = f.tenure_months;
      if (n.arg == "customer_days") v = f.customer_days;
      if (n.arg == "inactive_days") v = f.inactive_days;
      if (!v) return false;
      if (n.op == "<") return *v < n.number;
      if (n.op == "<=") return *v <= n.number;
      if (n.op == ">") return *v > n.number;
      if (n.op == ">=") return *v >= n.number;
      return *v == n.number;
    }
    case Node::kNot:
      return !EvalNode(n.left, f);
    case Node::kAnd:
      return EvalNode(n.left, f) && EvalNode(n.right, f);
    case Node::kOr:
      return EvalNode(n.left, f) || EvalNode(n.right, f);
    case Node::kRef:
      return refs_[n.left].Eval(f);
  }
  return false;
}

}  // namespace triage::decisions
