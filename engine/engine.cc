#include "engine/engine.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <map>
#include <set>
#include <tuple>

#include "engine/cues/language.h"
#include "engine/cues/lexicon.h"
#include "engine/cues/matcher.h"
#include "engine/data_files.h"
#include "engine/decisions/policy.h"
#include "engine/replies/coach.h"
#include "engine/replies/replies.h"
#include "engine/text/numbers.h"
#include "engine/text/utf8.h"
#include "engine/util/strings.h"

namespace triage {

struct Engine::Snapshot {
  std::unique_ptr<const cues::Lexicon> lexicon;
  std::unique_ptr<const decisions::Policy> policy;
  std::unique_ptr<const replies::ReplyBook> replies;
  std::unique_ptr<const replies::CoachBook> coaching;
  std::string version;
};

namespace {

class SystemClock : public Clock {
 public:
  google::protobuf::Timestamp Now() const override {
    auto now = std::chrono::system_clock::now().time_since_epoch();
    google::protobuf::Timestamp t;
    t.set_seconds(std::chrono::duration_cast<std::chrono::seconds>(now).count());
    return t;
  }
};

const Clock& DefaultClock() {
  static const SystemClock clock;
  return clock;
}

// Sets the span of original bytes [b, e) of `text` on a CueHit or a
// CoachFinding: both offsets, UTF-8 and UTF-16, and the exact text.
template <typename Message>
void SetOffsets(std::string_view text, uint32_t b, uint32_t e, uint32_t turn_index, Message* m) {
  m->set_turn_index(turn_index);
  m->set_utf8_begin(b);
  m->set_utf8_end(e);
  const uint32_t u16b = static_cast<uint32_t>(text::Utf16Length(text.substr(0, b)));
  m->set_utf16_begin(u16b);
  m->set_utf16_end(u16b + static_cast<uint32_t>(text::Utf16Length(text.substr(b, e - b))));
}

template <typename Message>
void SetSpan(std::string_view text, uint32_t b, uint32_t e, uint32_t turn_index, Message* m) {
  SetOffsets(text, b, e, turn_index, m);
  m->set_matched_text(std::string(text.substr(b, e - b)));
}

// "CHANNEL_SOCIAL_PUBLIC" -> "social_public": the spelling rules/ use.
std::string EnumWord(const std::string& name, std::string_view prefix) {
  std::string out = name.substr(std::min(name.size(), prefix.size()));
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

absl::Status CheckText(const std::string& text, std::string_view field, size_t limit) {
  if (text.empty()) return absl::InvalidArgumentError(StrCat(field, ": must not be empty"));
  if (text.size() > limit) {
    return absl::InvalidArgumentError(
        StrCat(field, ": ", text.size(), " bytes is longer than the limit of ", limit, " bytes"));
  }
  if (auto bad = text::FindInvalidUtf8(text)) {
    return absl::InvalidArgumentError(StrCat(field, ": invalid UTF-8 at byte ", *bad));
  }
  return absl::OkStatus();
}

absl::Status CheckMetadata(const v1::TicketMetadata& m) {
  if (!v1::Channel_IsValid(m.channel())) {
    return absl::InvalidArgumentError(StrCat("metadata.channel: unknown value ", m.channel()));
  }
  if (!v1::PlanTier_IsValid(m.plan_tier())) {
    return absl::InvalidArgumentError(StrCat("metadata.plan_tier: unknown value ", m.plan_tier()));
  }
  if (!m.language_hint().empty() && text::FindInvalidUtf8(m.language_hint())) {
    return absl::InvalidArgumentError("metadata.language_hint: invalid UTF-8");
  }
  return absl::OkStatus();
}

// Months in `amount` hundredths of a unit ("2 years" is 200 of unit.year,
// "1.5 years" 150). The unit entry's value is already in the amount.
int UnitMonths(const std::string& cue, uint32_t amount) {
  if (cue == "unit.year") return static_cast<int>(amount * 12 / 100);
  if (cue == "unit.month") return static_cast<int>(amount / 100);
  if (cue == "unit.week") return static_cast<int>(amount / 400);
  return -1;  // days and hours are not a tenure
}

// What a half after a unit word adds, in hundredths of a unit: half of the
// word ("a decade and a half"), but half of one for a Hebrew dual, which
// stands for two ("שנתיים וחצי" is two and a half years).
uint32_t HalfOf(const cues::Entry& unit) { return unit.value == 2 ? 50 : unit.value * 50; }

// One analysed text: a ticket, or one customer turn.
struct Part {
  const std::string* text;
  uint32_t turn_index;
  cues::Analysis analysis;
  cues::LanguageGuess language;
};

class ResultBuilder {
 public:
  ResultBuilder(const cues::Lexicon& lex, const v1::TicketMetadata& meta, const google::protobuf::Timestamp& now)
      : lex_(lex), meta_(meta), now_(now) {}

  void AddPart(const Part& part, v1::TriageResult* result) {
    const cues::Analysis& a = part.analysis;
    const auto& toks = a.tokens.tokens;
    for (const cues::CueMatch& m : a.cues) {
      const cues::Entry& e = lex_.entries()[m.entry];
      v1::CueHit* hit = result->add_cues();
      FillSpan(part, m.first_token, m.last_token, hit);
      hit->set_cue(e.cue);
      hit->set_entry_id(e.id);
      hit->set_language(e.language);
      hit->set_confidence(m.confidence);
      hit->set_suppression(m.suppression);
      hit->set_conditional(m.conditional);
      if (m.trigger_first >= 0) {
        const uint32_t b = a.SourceBegin(m.trigger_first), en = a.SourceEnd(m.trigger_last);
        hit->set_scope_trigger(part.text->substr(b, en - b));
      }
      if (!m.live()) continue;
      live_.insert(e.cue);
      if (e.cue == "loyalty.tenure") ExtractTenure(a, m);
      if (e.cue == "repeat.failure") ExtractRepeat(a, m);
      if (e.cue == "ignored") ExtractWaiting(a, m);
    }
    // An @mention of the brand (any @mention when the helpdesk named no
    // brand handles) turns a complaint public: it is exposure only when
    // another dissatisfaction cue is live, or every tweet would count.
    const bool dissatisfied = std::any_of(live_.begin(), live_.end(), [](const std::string& c) {
      return c.rfind("positive.", 0) != 0 && c.rfind("loyalty.", 0) != 0 && c != "public.exposure";
    });
    for (uint32_t t = 0; t < toks.size(); ++t) {
      if (!toks[t].is_handle) continue;
      const uint32_t b = a.SourceBegin(t), en = a.SourceEnd(t);
      result->mutable_extracted()->add_handles(part.text->substr(b, en - b));
      const bool brand = meta_.brand_handles().empty() || IsBrandHandle(toks[t].form);
      if (brand && dissatisfied && !exposure_added_ && !text::RegionAt(a.regions, b)) {
        v1::CueHit* hit = result->add_cues();
        FillSpan(part, t, t, hit);
        hit->set_cue("public.exposure");
        hit->set_entry_id(meta_.brand_handles().empty() ? "engine.handle_with_complaint"
                                                        : "engine.brand_handle_with_complaint");
        hit->set_language(part.language.language);
        hit->set_confidence(meta_.brand_handles().empty() ? 0.7f : 0.9f);
        live_.insert("public.exposure");
        exposure_added_ = true;
      }
    }
    const std::vector<bool> complaint_clause = ComplaintClauses(a);
    for (const cues::CueMatch& m : a.helpers) {
      const cues::Entry& e = lex_.entries()[m.entry];
      if (e.cue.rfind("topic.", 0) == 0 && !text::RegionAt(a.regions, a.SourceBegin(m.first_token))) {
        TopicStats& topic = topics_[e.cue.substr(6)];
        if (topic.mentions++ == 0) topic.first_seen = order_++;
        if (complaint_clause[m.first_token]) topic.in_complaint = true;
      }
    }
  }

  std::vector<std::string> live_cues() const { return {live_.begin(), live_.end()}; }
  std::optional<uint32_t> tenure_months() const { return tenure_months_; }
  std::optional<uint32_t> repeat_count() const { return repeat_count_; }
  std::optional<uint32_t> waiting_hours() const { return waiting_hours_; }
  std::string topic() const {
    // The most mentioned topic. On a tie, the one named in a clause with a
    // live complaint ("bungkusan sampai tanpa rosak | tapi internet putus":
    // the parcel is fine, the line is not), then the one named first.
    std::string best = "other";
    const TopicStats* top = nullptr;
    for (const auto& [topic, stats] : topics_) {
      if (!top || std::make_tuple(stats.mentions, stats.in_complaint, -stats.first_seen) >
                      std::make_tuple(top->mentions, top->in_complaint, -top->first_seen)) {
        best = topic, top = &stats;
      }
    }
    return best;
  }

 private:
  void FillSpan(const Part& part, uint32_t first, uint32_t last, v1::CueHit* hit) {
    SetSpan(*part.text, part.analysis.SourceBegin(first), part.analysis.SourceEnd(last), part.turn_index, hit);
  }

  // Per token of `a`: whether its clause holds a live dissatisfaction cue.
  // Clauses end at clause punctuation and before a contrast word ("but",
  // "tapi", "אבל"): "the parcel came without damage | but the line is down".
  std::vector<bool> ComplaintClauses(const cues::Analysis& a) const {
    const auto& toks = a.tokens.tokens;
    std::vector<uint32_t> clause(toks.size());
    std::vector<bool> contrast(toks.size());
    for (const cues::CueMatch& m : a.helpers) {
      if (lex_.entries()[m.entry].cue == "clause.contrast") contrast[m.first_token] = true;
    }
    uint32_t n = 0;
    for (size_t t = 0; t < toks.size(); ++t) {
      if (t > 0 && (toks[t].clause_break_before || contrast[t])) ++n;
      clause[t] = n;
    }
    std::vector<bool> complaint(n + 1);
    for (const cues::CueMatch& c : a.cues) {
      if (c.live() && !lex_.entries()[c.entry].positive) {
        for (uint32_t t = c.first_token; t <= c.last_token; ++t) complaint[clause[t]] = true;
      }
    }
    std::vector<bool> out(toks.size());
    for (size_t t = 0; t < toks.size(); ++t) out[t] = complaint[clause[t]];
    return out;
  }

  bool IsBrandHandle(std::string_view form) const {
    for (const std::string& h : meta_.brand_handles()) {
      std::string want = h;
      std::transform(want.begin(), want.end(), want.begin(), [](unsigned char c) { return std::tolower(c); });
      if (!want.empty() && want[0] != '@') want = "@" + want;
      if (form == want) return true;
    }
    return false;
  }

  // A helper match (unit, ordinal) of class `cls` over tokens [from, to].
  const cues::CueMatch* HelperIn(const cues::Analysis& a, std::string_view cls, uint32_t from, uint32_t to) const {
    for (const cues::CueMatch& h : a.helpers) {
      const std::string& cue = lex_.entries()[h.entry].cue;
      if (h.first_token >= from && h.first_token <= to && cue.compare(0, cls.size(), cls) == 0) return &h;
    }
    return nullptr;
  }

  void ExtractTenure(const cues::Analysis& a, const cues::CueMatch& m) {
    std::optional<uint32_t> months;
    if (m.year > 0) {
      const int64_t sent_year = 1970 + (meta_.has_sent_at() ? meta_.sent_at().seconds() : now_.seconds()) / 31556952;
      if (sent_year >= m.year) months = static_cast<uint32_t>((sent_year - m.year) * 12);
    } else {
      const uint32_t from = m.has_number ? m.number_token + 1 : m.first_token;
      if (const cues::CueMatch* unit = HelperIn(a, "unit.", from, std::max(from + 1, m.last_token + 1))) {
        const cues::Entry& u = lex_.entries()[unit->entry];
        // "2 years" 200, "1.5 years" and "one and a half years" 150 hundredths.
        uint32_t amount = 100;
        if (m.has_number) {
          amount = m.number * 100 + a.tokens.tokens[m.number_token].hundredths + (m.half ? 50 : 0);
        }
        amount *= u.value;
        // "a year and a half", "dua tahun setengah", "שנתיים וחצי".
        if (HelperIn(a, "fraction.half", unit->last_token + 1, unit->last_token + 1)) amount += HalfOf(u);
        int v = UnitMonths(u.cue, amount);
        if (v > 0) months = static_cast<uint32_t>(v);
      }
    }
    if (months && (!tenure_months_ || *months > *tenure_months_)) tenure_months_ = months;
  }

  // A duration ("3 days", "two weeks") in the sentence of a live `ignored` hit.
  void ExtractWaiting(const cues::Analysis& a, const cues::CueMatch& m) {
    const auto& toks = a.tokens.tokens;
    uint32_t from = m.first_token, to = m.last_token;
    while (from > 0 && !toks[from].sentence_break_before) --from;
    while (to + 1 < toks.size() && !toks[to + 1].sentence_break_before) ++to;
    for (const cues::CueMatch& h : a.helpers) {
      if (h.first_token < from || h.first_token > to) continue;
      const cues::Entry& u = lex_.entries()[h.entry];
      static const std::map<std::string, uint32_t> kHours = {
          {"unit.hour", 1}, {"unit.day", 24}, {"unit.week", 168}, {"unit.month", 720}};
      auto unit = kHours.find(u.cue);
      if (unit == kHours.end() || IsRate(a, h)) continue;
      // The amount in hundredths of the unit: "3 days", "1.5 days", "two
      // and a half days", "dua setengah hari", "an hour and a half".
      uint32_t amount = 100, half = 0;
      uint32_t number_at = h.first_token;  // the token after the number
      if (const cues::CueMatch* mid = HalfEndingAt(a, h.first_token)) {
        half = 50;
        number_at = mid->first_token;
      }
      if (number_at > 0) {
        const text::Token& before = toks[number_at - 1];
        if (before.is_number && before.number < 10000) {
          amount = static_cast<uint32_t>(before.number) * 100 + before.hundredths;
        } else if (auto v = text::NumberWords::Get().Cardinal(before.form)) {
          amount = *v * 100;
        } else if (half) {
          amount = 0;  // "setengah hari": half a day
        }
      }
      amount = (amount + half) * u.value;
      if (HelperIn(a, "fraction.half", h.last_token + 1, h.last_token + 1)) amount += HalfOf(u);
      const uint32_t hours = amount * unit->second / 100;
      if (!waiting_hours_ || hours > *waiting_hours_) waiting_hours_ = hours;
    }
  }

  // A `fraction.half` helper that ends just before token `t`.
  const cues::CueMatch* HalfEndingAt(const cues::Analysis& a, uint32_t t) const {
    for (const cues::CueMatch& h : a.helpers) {
      if (h.last_token + 1 == t && lex_.entries()[h.entry].cue == "fraction.half") return &h;
    }
    return nullptr;
  }

  // Whether the duration `unit` is a rate, not a wait: an amount, then a
  // per-word ("$500 a month", "Rp 50.000 per bulan") or, in Hebrew, ב or ל on
  // the unit itself ("20,000 ש\"ח בחודש").
  bool IsRate(const cues::Analysis& a, const cues::CueMatch& unit) const {
    const auto& toks = a.tokens.tokens;
    const uint32_t u = unit.first_token;
    uint32_t amount_before = u;
    if (u > 0 && HelperIn(a, "rate.per", u - 1, u - 1)) {
      amount_before = u - 1;
    } else {
      const std::string_view form = toks[u].form;
      const bool per_prefix = form.size() > 2 && form[0] == '\xD7' && (form[1] == '\x91' || form[1] == '\x9C');
      if (toks[u].script != text::Script::kHebrew || !per_prefix) return false;
    }
    for (uint32_t t = amount_before >= 2 ? amount_before - 2 : 0; t < amount_before; ++t) {
      if (std::any_of(toks[t].form.begin(), toks[t].form.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return true;
      }
    }
    return false;
  }

  void ExtractRepeat(const cues::Analysis& a, const cues::CueMatch& m) {
    std::optional<uint32_t> count;
    if (const cues::CueMatch* ord = HelperIn(a, "ordinal", m.first_token, m.last_token)) {
      count = lex_.entries()[ord->entry].value;
    } else {
      for (uint32_t t = m.first_token; t <= m.last_token && !count; ++t) {
        if (auto v = text::NumberWords::Get().Ordinal(a.tokens.tokens[t].form)) count = *v;
      }
      if (!count && m.has_number) count = m.number;
    }
    if (count && (!repeat_count_ || *count > *repeat_count_)) repeat_count_ = count;
  }

  const cues::Lexicon& lex_;
  const v1::TicketMetadata& meta_;
  const google::protobuf::Timestamp now_;
  std::set<std::string> live_;
  bool exposure_added_ = false;
  struct TopicStats {
    int mentions = 0;
    int first_seen = 0;         // order of first mention
    bool in_complaint = false;  // named in a clause with a live complaint
  };
  std::map<std::string, TopicStats> topics_;
  int order_ = 0;
  std::optional<uint32_t> tenure_months_;
  std::optional<uint32_t> repeat_count_;
  std::optional<uint32_t> waiting_hours_;
};

// The lexicon files and Hunspell supplements, compiled with the morphology
// of options.hunspell_dir.
absl::StatusOr<std::unique_ptr<const cues::Lexicon>> CompileLexicon(const EngineOptions& options,
                                                                    const std::vector<DataFile>& lex_files,
                                                                    const std::vector<DataFile>& supplements) {
  std::vector<cues::LexiconFile> lexicon_input;
  for (const DataFile& f : lex_files) {
    const std::string lang = f.relative.substr(0, f.relative.find('/'));
    if (lang != "en" && lang != "id" && lang != "ms" && lang != "he") {
      return absl::InvalidArgumentError(StrCat(f.path, ": lexicon files live in en/, id/, ms/ or he/"));
    }
    lexicon_input.push_back({f.path, lang, f.content});
  }
  std::shared_ptr<const cues::Morphology> morphology;
  if (!options.hunspell_dir.empty()) {
    std::vector<std::string> extra;
    for (const DataFile& f : supplements) extra.push_back(f.path);
    auto opened =
        cues::Morphology::Open(options.hunspell_dir + "/id_ID.aff", options.hunspell_dir + "/id_ID.dic", extra);
    if (!opened.ok()) return opened.status();
    absl::Status spelling =
        (*opened)->AddSpelling(options.hunspell_dir + "/en_US.aff", options.hunspell_dir + "/en_US.dic");
    if (!spelling.ok()) return spelling;
    morphology = *std::move(opened);
  }
  return cues::Lexicon::Compile(lexicon_input, std::move(morphology));
}

}  // namespace

std::string BundledLexiconDir() { return StrCat(TRIAGE_SOURCE_DIR, "/lexicons"); }
std::string BundledRulesDir() { return StrCat(TRIAGE_SOURCE_DIR, "/rules"); }

absl::StatusOr<std::unique_ptr<const cues::Lexicon>> LoadLexicon(const EngineOptions& options) {
  auto lex_files = ReadDataFiles(options.lexicon_dir, ".lex");
  if (!lex_files.ok()) return lex_files.status();
  auto supplements = ReadDataFiles(options.lexicon_dir, ".dic");
  if (!supplements.ok()) return supplements.status();
  return CompileLexicon(options, *lex_files, *supplements);
}

Engine::Engine(const EngineOptions& options) : options_(options) {}
Engine::~Engine() = default;

absl::StatusOr<std::unique_ptr<Engine>> Engine::Create(const EngineOptions& options) {
  std::unique_ptr<Engine> engine(new Engine(options));
  absl::Status status = engine->Reload();
  if (!status.ok()) return status;
  return engine;
}

absl::Status Engine::Reload() {
  auto lex_files = ReadDataFiles(options_.lexicon_dir, ".lex");
  if (!lex_files.ok()) return lex_files.status();
  auto policy_files = ReadDataFiles(options_.rules_dir, ".rules");
  if (!policy_files.ok()) return policy_files.status();
  auto reply_files = ReadDataFiles(options_.rules_dir, ".replies");
  if (!reply_files.ok()) return reply_files.status();
  auto coach_files = ReadDataFiles(options_.rules_dir, ".coach");
  if (!coach_files.ok()) return coach_files.status();

  auto supplements = ReadDataFiles(options_.lexicon_dir, ".dic");
  if (!supplements.ok()) return supplements.status();
  auto snapshot = std::make_shared<Snapshot>();
  auto lexicon = CompileLexicon(options_, *lex_files, *supplements);
  if (!lexicon.ok()) return lexicon.status();
  snapshot->lexicon = *std::move(lexicon);

  if (policy_files->size() != 1) {
    return absl::InvalidArgumentError(
        StrCat(options_.rules_dir, ": expected exactly one .rules file, found ", policy_files->size()));
  }
  auto policy = decisions::Policy::Parse(policy_files->front().path, policy_files->front().content);
  if (!policy.ok()) return policy.status();
  snapshot->policy = *std::move(policy);

  auto option_files = ReadDataFiles(options_.rules_dir, ".options");
  if (!option_files.ok()) return option_files.status();
  auto by_language = [](const std::vector<DataFile>& files) {
    std::vector<replies::ReplyFile> out;
    for (const DataFile& f : files) {
      std::string name = f.relative.substr(f.relative.rfind('/') + 1);
      out.push_back({f.path, name.substr(0, name.find('.')), f.content});
    }
    return out;
  };
  auto book = replies::ReplyBook::Compile(by_language(*reply_files), by_language(*option_files));
  if (!book.ok()) return book.status();
  snapshot->replies = *std::move(book);
  auto coaching = replies::CoachBook::Compile(by_language(*coach_files));
  if (!coaching.ok()) return coaching.status();
  snapshot->coaching = *std::move(coaching);
  snapshot->version =
      ContentHash({&*lex_files, &*supplements, &*policy_files, &*reply_files, &*option_files, &*coach_files});

  std::atomic_store(&snapshot_, std::shared_ptr<const Snapshot>(std::move(snapshot)));
  return absl::OkStatus();
}

std::shared_ptr<const Engine::Snapshot> Engine::snapshot() const { return std::atomic_load(&snapshot_); }

std::string Engine::data_version() const { return snapshot()->version; }

namespace {

// Per-sentence languages of a part with two or more sentences.
void AddSentenceLanguages(const cues::Lexicon& lex, const Part& part, const std::string& hint,
                          v1::TriageResult* result) {
  const auto& toks = part.analysis.tokens.tokens;
  std::vector<std::pair<uint32_t, uint32_t>> sentences;
  for (uint32_t t = 0; t < toks.size(); ++t) {
    if (t == 0 || toks[t].sentence_break_before) sentences.emplace_back(t, t);
    sentences.back().second = t;
  }
  if (sentences.size() < 2) return;
  for (const auto& [first, last] : sentences) {
    cues::LanguageGuess guess =
        cues::IdentifyLanguage(lex, *part.text, part.analysis, hint, first, last, /*use_ngrams=*/false);
    if (guess.language == "und") guess = {part.language.language, part.language.confidence * 0.5f};
    v1::SentenceLanguage* s = result->add_sentences();
    SetOffsets(*part.text, part.analysis.SourceBegin(first), part.analysis.SourceEnd(last), part.turn_index, s);
    s->set_language(guess.language);
    s->set_confidence(guess.confidence);
  }
}

// How dissatisfied one customer part is, and whether it says thanks or fixed.
struct TurnMood {
  int dissatisfaction = 0;
  bool exit_threat = false;
  bool settled = false;  // thanks, praise, or "it's fixed now"
};

TurnMood MoodOf(const cues::Lexicon& lex, const cues::Analysis& a) {
  TurnMood mood;
  for (const cues::CueMatch& m : a.cues) {
    const cues::Entry& e = lex.entries()[m.entry];
    if (!m.live()) continue;
    if (e.positive) {
      mood.settled = true;
    } else if (e.cue.rfind("loyalty.", 0) != 0) {
      ++mood.dissatisfaction;
      mood.exit_threat |= e.cue.rfind("churn.", 0) == 0 || e.cue == "public.exposure";
    }
  }
  for (const cues::CueMatch& s : a.scope) {
    if (lex.entries()[s.entry].cue == "scope.resolved") mood.settled = true;
  }
  return mood;
}

// Compares the last customer part with the ones before it.
v1::Trajectory TrajectoryOf(const cues::Lexicon& lex, const std::vector<Part>& parts) {
  if (parts.size() < 2) return v1::TRAJECTORY_UNSPECIFIED;
  std::vector<TurnMood> moods;
  moods.reserve(parts.size());
  for (const Part& p : parts) moods.push_back(MoodOf(lex, p.analysis));
  const TurnMood& last = moods.back();
  const TurnMood& previous = moods[moods.size() - 2];
  bool earlier_exit = false;
  int earlier_max = 0;
  for (size_t i = 0; i + 1 < moods.size(); ++i) {
    earlier_exit |= moods[i].exit_threat;
    earlier_max = std::max(earlier_max, moods[i].dissatisfaction);
  }
  if (last.dissatisfaction == 0 && last.settled && earlier_max > 0) return v1::TRAJECTORY_RESOLVED;
  if (last.dissatisfaction > previous.dissatisfaction || (last.exit_threat && !earlier_exit)) {
    return v1::TRAJECTORY_ESCALATING;
  }
  if (last.dissatisfaction < previous.dissatisfaction) return v1::TRAJECTORY_CALMING;
  return v1::TRAJECTORY_STEADY;
}

absl::StatusOr<v1::TriageResult> Decide(const cues::Lexicon& lex, const decisions::Policy& policy,
                                        const replies::ReplyBook& book, const std::string& version,
                                        const v1::TicketMetadata& meta, const google::protobuf::Timestamp& now,
                                        std::vector<Part>& parts) {
  v1::TriageResult result;
  result.set_ticket_id(meta.ticket_id());
  result.set_data_version(version);

  // The language with the most evidence across the customer's parts.
  std::map<std::string, float> votes;
  for (const Part& p : parts) {
    votes[p.language.language] += p.language.confidence * (1 + p.analysis.tokens.tokens.size());
  }
  std::string language = "und";
  float best = -1, total = 0;
  for (const auto& [lang, v] : votes) {
    total += v;
    if (v > best) language = lang, best = v;
  }
  result.set_language(language);
  result.set_language_confidence(parts.size() == 1 ? parts[0].language.confidence : (total > 0 ? best / total : 0));

  ResultBuilder builder(lex, meta, now);
  for (const Part& p : parts) builder.AddPart(p, &result);
  for (const Part& p : parts) AddSentenceLanguages(lex, p, meta.language_hint(), &result);

  decisions::Facts facts;
  facts.live_cues = builder.live_cues();
  facts.channel = EnumWord(v1::Channel_Name(meta.channel()), "CHANNEL_");
  facts.plan = EnumWord(v1::PlanTier_Name(meta.plan_tier()), "PLAN_TIER_");
  facts.language = language;
  facts.previous_contacts = meta.previous_contacts();
  facts.tenure_months = builder.tenure_months();
  const google::protobuf::Timestamp sent = meta.has_sent_at() ? meta.sent_at() : now;
  if (meta.has_customer_since() && meta.customer_since().seconds() <= sent.seconds()) {
    facts.customer_days = static_cast<uint32_t>((sent.seconds() - meta.customer_since().seconds()) / 86400);
  }
  const v1::Trajectory trajectory = TrajectoryOf(lex, parts);
  result.set_trajectory(trajectory);
  if (trajectory != v1::TRAJECTORY_UNSPECIFIED) {
    facts.trajectory = EnumWord(v1::Trajectory_Name(trajectory), "TRAJECTORY_");
    v1::DecisionStep* step = result.add_trace();
    step->set_field("trajectory");
    step->set_value(facts.trajectory);
    step->set_rule_id("trajectory.last_customer_turn");
    step->set_reason(
        "The last customer turn against the ones before it: dissatisfaction cues, exit threats, "
        "thanks or 'it is fixed'");
  }
  if (meta.has_last_login() && meta.last_login().seconds() <= sent.seconds()) {
    facts.inactive_days = static_cast<uint32_t>((sent.seconds() - meta.last_login().seconds()) / 86400);
  }
  const decisions::Decision decision = policy.Decide(facts);
  facts.state = decision.state;

  v1::CustomerState state = v1::CUSTOMER_STATE_NEUTRAL;
  std::string state_name = "CUSTOMER_STATE_" + decision.state;
  std::transform(state_name.begin(), state_name.end(), state_name.begin(),
                 [](unsigned char c) { return std::toupper(c); });
  v1::CustomerState_Parse(state_name, &state);
  result.set_customer_state(state);
  result.set_route(decision.route);
  result.set_priority(static_cast<v1::Priority>(decision.priority));
  result.mutable_first_reply_due()->set_seconds(sent.seconds() + 60LL * decision.sla_minutes);
  result.set_topic(builder.topic());
  if (auto t = builder.tenure_months()) result.mutable_extracted()->set_tenure_months(*t);
  if (auto r = builder.repeat_count()) result.mutable_extracted()->set_repeat_count(*r);
  if (auto w = builder.waiting_hours()) result.mutable_extracted()->set_waiting_hours(*w);

  v1::DecisionStep* lang_step = result.add_trace();
  lang_step->set_field("language");
  lang_step->set_value(language);
  lang_step->set_rule_id("language.identify");
  lang_step->set_reason(
      meta.language_hint().empty()
          ? "Script, distinguishing words and n-gram evidence"
          : StrCat("Script, distinguishing words and n-gram evidence; hint was '", meta.language_hint(), "'"));
  v1::DecisionStep* topic_step = result.add_trace();
  topic_step->set_field("topic");
  topic_step->set_value(builder.topic());
  topic_step->set_rule_id("topic.most_mentioned");
  topic_step->set_reason(
      builder.topic() == "other"
          ? "No topic words"
          : "The topic the customer mentions most (on a tie, the one named in a complaint, then the first named)");
  for (const decisions::Step& s : decision.trace) {
    v1::DecisionStep* step = result.add_trace();
    step->set_field(s.field);
    step->set_value(s.value);
    step->set_rule_id(s.rule_id);
    step->set_reason(s.reason);
  }

  replies::ReplyArgs args;
  args.tenure_months = static_cast<int>(builder.tenure_months().value_or(0));
  args.tenure_years = args.tenure_months / 12;
  args.sla_minutes = decision.sla_minutes;
  args.topic = builder.topic();
  args.channel = facts.channel;
  args.referrals =
      std::find(facts.live_cues.begin(), facts.live_cues.end(), "loyalty.referrals") != facts.live_cues.end();
  auto reply = book.Render(language, facts, args);
  if (!reply.ok()) return reply.status();
  v1::SuggestedReply* out = result.mutable_reply();
  out->set_text(reply->text);
  out->set_language(reply->language);
  out->set_direction(reply->rtl ? v1::TEXT_DIRECTION_RTL : v1::TEXT_DIRECTION_LTR);
  out->set_script_id(reply->script_id);
  v1::DecisionStep* reply_step = result.add_trace();
  reply_step->set_field("reply");
  reply_step->set_value(reply->language);
  reply_step->set_rule_id(reply->script_id);
  reply_step->set_reason("First reply script whose condition holds");
  return result;
}

// What coaching needs to know of one live customer cue.
void AddCueToContext(std::string_view cue, replies::CoachContext* ctx) {
  if (cue.rfind("loyalty.", 0) == 0) {
    ctx->loyalty = true;
  } else if (cue.rfind("positive.", 0) != 0) {
    ctx->dissatisfied = true;
  }
}

void AddCustomerContext(const cues::Lexicon& lex, const cues::Analysis& a, replies::CoachContext* ctx) {
  for (const cues::CueMatch& m : a.cues) {
    if (m.live()) AddCueToContext(lex.entries()[m.entry].cue, ctx);
  }
}

void AddFindings(const replies::CoachBook& book, const cues::Lexicon& lex, const std::string& language,
                 const std::string& text, uint32_t turn_index, const cues::Analysis& a,
                 const std::vector<replies::Finding>& findings,
                 google::protobuf::RepeatedPtrField<v1::CoachFinding>* out) {
  for (const replies::Finding& f : findings) {
    v1::CoachFinding* finding = out->Add();
    finding->set_anti_pattern(f.anti_pattern);
    SetSpan(text, a.SourceBegin(f.first_token), a.SourceEnd(f.last_token), turn_index, finding);
    finding->set_suggestion(book.Suggestion(language, f.anti_pattern));
    finding->set_entry_id(f.entry_id);
  }
}

absl::Status Nest(const absl::Status& status, std::string_view prefix) {
  return absl::Status(status.code(), StrCat(prefix, status.message()));
}

}  // namespace

absl::StatusOr<v1::TriageResult> Engine::TriageTicket(const v1::TriageTicketRequest& request) const {
  if (absl::Status s = CheckText(request.text(), "text", options_.max_text_bytes); !s.ok()) return s;
  if (absl::Status s = CheckMetadata(request.metadata()); !s.ok()) return s;
  std::shared_ptr<const Snapshot> snap = snapshot();
  const Clock& clock = options_.clock ? *options_.clock : DefaultClock();
  std::vector<Part> parts(1);
  Part& part = parts[0];
  part.text = &request.text();
  part.turn_index = 0;
  cues::DetectCues(*snap->lexicon, request.text(), &part.analysis);
  part.language =
      cues::IdentifyLanguage(*snap->lexicon, request.text(), part.analysis, request.metadata().language_hint());
  return Decide(*snap->lexicon, *snap->policy, *snap->replies, snap->version, request.metadata(), clock.Now(), parts);
}

absl::Status Engine::CheckTurn(const v1::Turn& turn, int i) const {
  if (turn.role() != v1::ROLE_CUSTOMER && turn.role() != v1::ROLE_AGENT) {
    return absl::InvalidArgumentError(
        StrCat("turns[", i, "].role: must be customer or agent, got ",
               v1::Role_IsValid(turn.role()) ? v1::Role_Name(turn.role()) : StrCat("unknown value ", turn.role())));
  }
  return CheckText(turn.text(), StrCat("turns[", i, "].text"), options_.max_text_bytes);
}

absl::StatusOr<v1::TriageResult> Engine::TriageConversation(const v1::TriageConversationRequest& request) const {
  if (request.turns().empty()) return absl::InvalidArgumentError("turns: must have at least one turn");
  if (static_cast<size_t>(request.turns_size()) > options_.max_turns) {
    return absl::InvalidArgumentError(
        StrCat("turns: ", request.turns_size(), " turns is more than the limit of ", options_.max_turns));
  }
  bool any_customer = false;
  for (int i = 0; i < request.turns_size(); ++i) {
    if (absl::Status s = CheckTurn(request.turns(i), i); !s.ok()) return s;
    any_customer |= request.turns(i).role() == v1::ROLE_CUSTOMER;
  }
  if (!any_customer) return absl::InvalidArgumentError("turns: no customer turn");
  if (absl::Status s = CheckMetadata(request.metadata()); !s.ok()) return s;

  std::shared_ptr<const Snapshot> snap = snapshot();
  const Clock& clock = options_.clock ? *options_.clock : DefaultClock();
  std::vector<Part> parts;
  parts.reserve(request.turns_size());
  for (int i = 0; i < request.turns_size(); ++i) {
    // Agent turns never produce customer cues.
    if (request.turns(i).role() != v1::ROLE_CUSTOMER) continue;
    Part& part = parts.emplace_back();
    part.text = &request.turns(i).text();
    part.turn_index = static_cast<uint32_t>(i);
    cues::DetectCues(*snap->lexicon, *part.text, &part.analysis);
    part.language =
        cues::IdentifyLanguage(*snap->lexicon, *part.text, part.analysis, request.metadata().language_hint());
  }
  auto result =
      Decide(*snap->lexicon, *snap->policy, *snap->replies, snap->version, request.metadata(), clock.Now(), parts);
  if (!result.ok()) return result;

  // QA audit: each agent turn against what the customer had said before it.
  replies::CoachContext context;
  if (result->extracted().has_tenure_months()) context.tenure_months = result->extracted().tenure_months();
  size_t next_part = 0;
  cues::Analysis agent;
  for (int i = 0; i < request.turns_size(); ++i) {
    if (request.turns(i).role() == v1::ROLE_CUSTOMER) {
      AddCustomerContext(*snap->lexicon, parts[next_part++].analysis, &context);
      continue;
    }
    const std::string& text = request.turns(i).text();
    cues::DetectCues(*snap->lexicon, text, &agent);
    int refusals = 0;
    const auto findings = replies::Coach(*snap->lexicon, agent, context, &refusals);
    context.earlier_refusals += refusals;
    const std::string language = cues::IdentifyLanguage(*snap->lexicon, text, agent, result->language()).language;
    AddFindings(*snap->coaching, *snap->lexicon, language, text, static_cast<uint32_t>(i), agent, findings,
                result->mutable_agent_findings());
  }
  return result;
}

absl::StatusOr<v1::CoachDraftResponse> Engine::CoachDraft(const v1::CoachDraftRequest& request) const {
  if (absl::Status s = CheckText(request.draft(), "draft", options_.max_text_bytes); !s.ok()) return s;
  std::shared_ptr<const Snapshot> snap = snapshot();
  replies::CoachContext context;
  std::string customer_language;
  std::optional<v1::TriageResult> triaged;
  if (request.has_ticket()) {
    auto r = TriageTicket(request.ticket());
    if (!r.ok()) return Nest(r.status(), "ticket.");
    triaged = *std::move(r);
  } else if (request.has_conversation()) {
    auto r = TriageConversation(request.conversation());
    if (!r.ok()) return Nest(r.status(), "conversation.");
    triaged = *std::move(r);
    for (const v1::CoachFinding& f : triaged->agent_findings()) {
      if (f.anti_pattern() == v1::ANTI_PATTERN_FLAT_NO || f.anti_pattern() == v1::ANTI_PATTERN_REPEATED_NO) {
        context.earlier_refusals = std::max(context.earlier_refusals, 1);
      }
    }
  }
  if (triaged) {
    customer_language = triaged->language();
    for (const v1::CueHit& h : triaged->cues()) {
      if (h.suppression() == v1::SUPPRESSION_UNSPECIFIED) AddCueToContext(h.cue(), &context);
    }
    if (triaged->extracted().has_tenure_months()) context.tenure_months = triaged->extracted().tenure_months();
  }
  cues::Analysis draft;
  cues::DetectCues(*snap->lexicon, request.draft(), &draft);
  v1::CoachDraftResponse response;
  response.set_language(cues::IdentifyLanguage(*snap->lexicon, request.draft(), draft, customer_language).language);
  response.set_data_version(snap->version);
  AddFindings(*snap->coaching, *snap->lexicon, response.language(), request.draft(), 0, draft,
              replies::Coach(*snap->lexicon, draft, context), response.mutable_findings());
  return response;
}

}  // namespace triage
