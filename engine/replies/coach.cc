#include "engine/replies/coach.h"

#include <algorithm>

#include "engine/data_files.h"
#include "engine/text/numbers.h"
#include "engine/util/strings.h"

namespace triage::replies {
namespace {

// The last token of the first sentence.
uint32_t FirstSentenceEnd(const cues::Analysis& a) {
  const auto& toks = a.tokens.tokens;
  uint32_t end = 0;
  while (end + 1 < toks.size() && !toks[end + 1].sentence_break_before) ++end;
  return end;
}

// Does the text state the customer's own figure ("six years", "6 tahun")?
bool MentionsYears(const cues::Analysis& a, uint32_t years) {
  if (years == 0) return false;
  for (const text::Token& t : a.tokens.tokens) {
    if (t.is_number && t.number == years) return true;
    if (auto v = text::NumberWords::Get().Cardinal(t.form); v && *v == years) return true;
  }
  return false;
}

}  // namespace

std::vector<Finding> Coach(const cues::Lexicon& lexicon, const cues::Analysis& a, const CoachContext& context,
                           int* refusals_out) {
  std::vector<Finding> findings;
  if (a.tokens.tokens.empty()) return findings;
  std::map<std::string, std::vector<const cues::CueMatch*>> by_class;
  for (const cues::CueMatch& m : a.helpers) {
    const std::string& cls = lexicon.entries()[m.entry].cue;
    if (cls.rfind("agent.", 0) == 0) by_class[cls.substr(6)].push_back(&m);
  }
  auto has = [&](const char* cls) { return !by_class[cls].empty(); };
  auto add = [&](v1::AntiPattern p, const cues::CueMatch& m) {
    findings.push_back({p, m.first_token, m.last_token, lexicon.entries()[m.entry].id});
  };
  const uint32_t first_sentence_end = FirstSentenceEnd(a);

  // Asking for an ID before any apology or empathy, in the first sentence.
  for (const cues::CueMatch* m : by_class["asks_id"]) {
    bool care_before = false;
    for (const char* cls : {"apology", "empathy"}) {
      for (const cues::CueMatch* c : by_class[cls]) care_before |= c->first_token < m->first_token;
    }
    if (m->first_token <= first_sentence_end && !care_before) add(v1::ANTI_PATTERN_ASKS_ID_FIRST, *m);
    break;
  }
  const auto& refusals = by_class["refusal"];
  if (refusals_out) *refusals_out = static_cast<int>(refusals.size());
  if (!refusals.empty() && !has("alternative")) add(v1::ANTI_PATTERN_FLAT_NO, *refusals.front());
  if (refusals.size() + context.earlier_refusals >= 2 && !refusals.empty()) {
    add(v1::ANTI_PATTERN_REPEATED_NO, *refusals[context.earlier_refusals > 0 ? 0 : 1]);
  }
  if (context.dissatisfied && !has("apology")) {
    findings.push_back({v1::ANTI_PATTERN_NO_APOLOGY, 0, first_sentence_end, ""});
  }
  if (context.loyalty && !has("loyalty_ack") && !MentionsYears(a, context.tenure_months.value_or(0) / 12)) {
    findings.push_back({v1::ANTI_PATTERN_IGNORES_LOYALTY, 0, first_sentence_end, ""});
  }
  if (has("private") && !has("personal_data")) add(v1::ANTI_PATTERN_UNNEEDED_PRIVATE, *by_class["private"].front());
  for (const cues::CueMatch* m : by_class["scripted"]) add(v1::ANTI_PATTERN_SCRIPTED_PHRASE, *m);
  for (const cues::CueMatch* m : by_class["blame"]) add(v1::ANTI_PATTERN_BLAMES_CUSTOMER, *m);
  std::stable_sort(findings.begin(), findings.end(),
                   [](const Finding& x, const Finding& y) { return x.first_token < y.first_token; });
  return findings;
}

absl::StatusOr<std::unique_ptr<const CoachBook>> CoachBook::Compile(const std::vector<File>& files) {
  std::unique_ptr<CoachBook> book(new CoachBook());
  const google::protobuf::EnumDescriptor* patterns = v1::AntiPattern_descriptor();
  for (const File& f : files) {
    auto& table = book->by_language_[f.language];
    absl::Status parsed = ForEachDataLine(f.path, f.content, [&](const DataLine& line) {
      std::vector<std::string_view> cols = Split(line.text, '\t');
      if (cols.size() != 2 || Trim(cols[1]).empty())
        return line.Error("a coaching line is: anti_pattern TAB suggestion");
      std::string name = "ANTI_PATTERN_" + std::string(Trim(cols[0]));
      std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::toupper(c); });
      const auto* value = patterns->FindValueByName(name);
      if (value == nullptr || value->number() == 0) {
        return line.Error(StrCat("unknown anti-pattern '", Trim(cols[0]), "'"));
      }
      table[static_cast<v1::AntiPattern>(value->number())] = std::string(Trim(cols[1]));
      return absl::OkStatus();
    });
    if (!parsed.ok()) return parsed;
    for (int i = 1; i < patterns->value_count(); ++i) {
      if (!table.count(static_cast<v1::AntiPattern>(patterns->value(i)->number()))) {
        return absl::InvalidArgumentError(StrCat(f.path, ": no suggestion for '", patterns->value(i)->name(), "'"));
      }
    }
  }
  if (!book->by_language_.count("en")) return absl::InvalidArgumentError("rules/coaching: no en.coach");
  return std::unique_ptr<const CoachBook>(std::move(book));
}

const std::string& CoachBook::Suggestion(const std::string& language, v1::AntiPattern p) const {
  auto it = by_language_.find(language);
  if (it == by_language_.end()) it = by_language_.find("en");
  return it->second.at(p);
}

}  // namespace triage::replies
