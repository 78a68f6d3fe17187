#include "engine/cues/matcher.h"

#include <algorithm>
#include <optional>

#include "absl/container/flat_hash_map.h"
#include "engine/text/numbers.h"

namespace triage::cues {
namespace {

constexpr int kMaxGap = 3;            // tokens a "..." may skip
constexpr int kNegationWindow = 2;    // tokens between a negator and its cue
constexpr int kConditionWindow = 10;  // tokens from "if" to its cue
constexpr int kResolvedBefore = 6;    // "was going to" ... cue
constexpr int kResolvedAfter = 10;    // cue ... "but you fixed it"
constexpr float kConditionalFactor = 0.7f;
constexpr float kFuzzyFactor = 0.75f;  // a word matched one edit away
constexpr float kStemFactor = 0.9f;    // a word matched through its Hunspell stem

// Per-token facts the pattern walk needs, computed once per text.
struct TokenFacts {
  // Word ids per token, flattened: for token t, [word_begin[t], exact_end[t])
  // are exact forms and [exact_end[t], word_begin[t+1]) Hebrew forms found
  // by stripping prefixes.
  std::vector<uint32_t> word_ids;
  std::vector<uint32_t> word_begin;             // size n+1
  std::vector<uint32_t> exact_end;              // size n
  std::vector<float> factor;                    // per token: confidence factor of its non-exact ids
  std::vector<std::optional<uint32_t>> number;  // digits or number words
  // Per token: how many tokens of a half ("and a half", "setengah") follow
  // its number; 0 for most.
  std::vector<uint8_t> half_len;
};

std::optional<uint32_t> NumberValue(const text::Token& t) {
  if (t.is_number) return t.number <= 1000000 ? std::optional<uint32_t>(static_cast<uint32_t>(t.number)) : std::nullopt;
  return text::NumberWords::Get().Cardinal(t.form);
}

// A count written as digits and an x, one word: "3x" (three times; "udah 3x
// telepon", "called 3x"). Up to three digits, so model numbers ("1080x",
// "4x4") and hex ("0x1f") are not counts.
std::optional<uint32_t> TimesValue(std::string_view form) {
  if (form.size() < 2 || form.size() > 4 || form.back() != 'x') return std::nullopt;
  uint32_t v = 0;
  for (char c : form.substr(0, form.size() - 1)) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + static_cast<uint32_t>(c - '0');
  }
  if (form[0] == '0') return std::nullopt;
  return v;
}

// What one word form stands for in one lexicon. Everything here depends on
// the form alone (its script and digits come from it), so it is worked out
// once per thread and form: exact and prefix words, Hebrew prefixes, Hunspell
// stems, misspellings and number values cost a hash lookup after that.
struct WordFacts {
  uint32_t first = 0;  // offset of its word ids in WordCache::ids
  uint16_t exact = 0;  // how many of them are exact forms
  uint16_t total = 0;
  float factor = 1.0f;  // confidence factor of the non-exact ids
  std::optional<uint32_t> number;
};

class WordCache {
 public:
  // Bounded: past this many forms the cache starts again (a day of tickets
  // has more distinct forms than any one ticket, far fewer than this).
  static constexpr size_t kMaxForms = 1 << 16;

  const WordFacts& Get(const Lexicon& lexicon, const text::Token& tok) {
    if (lexicon.serial() != serial_ || facts_.size() >= kMaxForms) {
      facts_.clear();
      ids.clear();
      serial_ = lexicon.serial();
    }
    auto [it, inserted] = facts_.try_emplace(absl::string_view(tok.form.data(), tok.form.size()));
    if (inserted) Compute(lexicon, tok, &it->second);
    return it->second;
  }

  // Starts loading the slot of `tok`'s form: the table is megabytes, and a
  // lookup waits on memory far more than it computes.
  void Prefetch(const text::Token& tok) const { facts_.prefetch(absl::string_view(tok.form.data(), tok.form.size())); }

  std::vector<uint32_t> ids;

 private:
  void Compute(const Lexicon& lexicon, const text::Token& tok, WordFacts* f) {
    f->first = static_cast<uint32_t>(ids.size());
    stripped_.clear();
    lexicon.LookupWord(tok, &ids, &stripped_);
    // A form the lexicons spell out is known; one that only starts like a
    // prefix word ("rosakkan" for rosak*) may still be an inflection of
    // another lexicon word, so its stems are looked up too.
    bool known = !stripped_.empty();
    for (size_t i = f->first; !known && i < ids.size(); ++i) {
      known = lexicon.IsCustomerWord(ids[i]) && !lexicon.IsPrefixWord(ids[i]);
    }
    if (!known && tok.script == text::Script::kLatin) {
      // Inflections, then misspellings: only for words the lexicons do not
      // know as they are.
      lexicon.LookupStems(tok.form, &stripped_);
      if (!stripped_.empty()) {
        f->factor = kStemFactor;
      } else if (ids.size() == f->first) {  // matched no word at all
        lexicon.LookupFuzzy(tok.form, &stripped_);
        if (!stripped_.empty()) f->factor = kFuzzyFactor;
      }
    }
    f->exact = static_cast<uint16_t>(ids.size() - f->first);
    ids.insert(ids.end(), stripped_.begin(), stripped_.end());
    f->total = static_cast<uint16_t>(ids.size() - f->first);
    f->number = NumberValue(tok);
    for (size_t i = f->first; !f->number && i < ids.size(); ++i) f->number = lexicon.NumberWord(ids[i]);
    // A Hebrew number word with attached prefixes: "מעשרים" (from twenty),
    // "לשלוש", "וחמש".
    std::string_view rest = tok.form;
    for (int k = 0; k < 2 && !f->number && tok.script == text::Script::kHebrew && rest.size() >= 6 &&
                    IsHebrewPrefixLetter(rest.substr(0, 2));
         ++k) {
      rest.remove_prefix(2);
      f->number = text::NumberWords::Get().Cardinal(rest);
    }
  }

  uint64_t serial_ = 0;
  absl::flat_hash_map<std::string, WordFacts> facts_;
  std::vector<uint32_t> stripped_;
};

class Walker {
 public:
  Walker(const Lexicon& lex, const text::TokenizedText& toks, const TokenFacts& facts)
      : lex_(lex), toks_(toks.tokens), facts_(facts) {}

  // Tries entry `e` at token `start`; on success fills *m.
  bool Match(uint32_t e, uint32_t start, CueMatch* m) const {
    const Entry& entry = lex_.entries()[e];
    *m = CueMatch();
    m->entry = e;
    m->first_token = start;
    m->confidence = entry.confidence;
    exact_only_ = entry.exact_only;
    min_number_ = entry.min_number;
    return Step(entry.pattern, 0, start, m);
  }

 private:
  bool HasWord(uint32_t t, uint32_t word) const {
    const uint32_t end = exact_only_ ? facts_.exact_end[t] : facts_.word_begin[t + 1];
    for (uint32_t i = facts_.word_begin[t]; i < end; ++i) {
      if (facts_.word_ids[i] == word) return true;
    }
    return false;
  }

  // A <num> or <times> slot: a count of at least the entry's min=N.
  bool SetNumber(std::optional<uint32_t> value, uint32_t t, CueMatch* m) const {
    if (!value || *value < min_number_) return false;
    m->has_number = true;
    m->number = *value;
    m->number_token = t;
    return true;
  }

  bool TokenMatches(const PatternToken& p, uint32_t t, CueMatch* m) const {
    const text::Token& tok = toks_[t];
    switch (p.kind) {
      case PatternToken::kWord:
        return HasWord(t, p.word);
      case PatternToken::kChoice:
        for (uint32_t word : lex_.Choice(p.word)) {
          if (HasWord(t, word)) return true;
        }
        return false;
      case PatternToken::kHandle:
        return tok.is_handle;
      case PatternToken::kYear:
        if (tok.is_number && tok.form.size() == 4 && tok.number >= 1950 && tok.number <= 2100) {
          m->year = static_cast<uint32_t>(tok.number);
          return true;
        }
        return false;
      case PatternToken::kNumber:
        return SetNumber(facts_.number[t], t, m);
      case PatternToken::kTimes:
        return SetNumber(TimesValue(tok.form), t, m);
      case PatternToken::kGap:
        return false;
    }
    return false;
  }

  bool Step(const std::vector<PatternToken>& pat, size_t p, uint32_t t, CueMatch* m) const {
    if (p == pat.size()) {
      m->last_token = t - 1;
      return true;
    }
    if (t >= toks_.size()) return false;
    // A pattern never runs across a sentence break.
    if (p > 0 && toks_[t].sentence_break_before) return false;
    if (pat[p].kind == PatternToken::kGap) {
      for (int skip = 0; skip <= kMaxGap; ++skip) {
        uint32_t u = t + static_cast<uint32_t>(skip);
        if (u >= toks_.size()) return false;
        if (skip > 0 && toks_[u].sentence_break_before) return false;
        if (Step(pat, p + 1, u, m)) {
          // Gaps are recorded innermost first; past kMaxGaps, the rest are not.
          for (auto& gap : m->gaps) {
            if (gap.first == gap.second) {
              gap = {t, u};
              break;
            }
          }
          return true;
        }
      }
      return false;
    }
    if (!TokenMatches(pat[p], t, m)) return false;
    // A <num> slot takes the half after its number ("one and a half years"),
    // or, if the pattern does not go on from there, the number alone.
    if (pat[p].kind == PatternToken::kNumber && facts_.half_len[t] > 0 &&
        Step(pat, p + 1, t + 1 + facts_.half_len[t], m)) {
      m->half = true;
      m->confidence *= facts_.factor[t];
      return true;
    }
    if (!Step(pat, p + 1, t + 1, m)) return false;
    m->confidence *= facts_.factor[t];
    return true;
  }

  const Lexicon& lex_;
  const std::vector<text::Token>& toks_;
  const TokenFacts& facts_;
  mutable bool exact_only_ = false;
  mutable uint16_t min_number_ = 0;
};

bool ClauseBreakBetween(const std::vector<text::Token>& toks, uint32_t after, uint32_t upto) {
  for (uint32_t t = after + 1; t <= upto && t < toks.size(); ++t) {
    if (toks[t].clause_break_before) return true;
  }
  return false;
}

// A Hebrew word with a leading "ו" (and) starts a conjunct of its own: a
// negator before the previous verb does not reach it ("הנציג לא פתר כלום
// ושוב אין אינטרנט" negates the fixing, not the outage).
bool StartsConjunct(const text::Token& t) {
  return t.script == text::Script::kHebrew && t.form.size() > 4 && t.form.compare(0, 2, "\xD7\x95") == 0;
}

bool SentenceBreakBetween(const std::vector<text::Token>& toks, uint32_t a, uint32_t b) {
  if (a > b) std::swap(a, b);
  for (uint32_t t = a + 1; t <= b && t < toks.size(); ++t) {
    if (toks[t].sentence_break_before) return true;
  }
  return false;
}

// Whether a contrast word ("but", "tapi", "אבל") starts a clause strictly
// between tokens `after` and `before`.
bool ContrastBetween(const Lexicon& lex, const std::vector<CueMatch>& helpers, uint32_t after, uint32_t before) {
  for (const CueMatch& h : helpers) {
    if (h.first_token > after && h.first_token < before && lex.entries()[h.entry].cue == "clause.contrast") return true;
  }
  return false;
}

// A negator that belongs to another cue ("never arrived", "no one answers")
// is that cue's word, not a scope over its neighbours.
bool InsideAnotherCue(const Lexicon& lex, const std::vector<CueMatch>& cues, const CueMatch& self, const CueMatch& s) {
  for (const CueMatch& other : cues) {
    // Praise that holds its negator ("never disappoints", "tidak pernah
    // mengecewakan") negates the words inside it: it does not shield them.
    if (&other == &self || lex.entries()[other.entry].positive) continue;
    // Nor does a complaint that holds the negator of the praise it
    // overlaps: "would not recommend" negates "recommend you".
    if (lex.entries()[self.entry].positive && other.last_token >= self.first_token &&
        other.first_token <= self.last_token) {
      continue;
    }
    if (other.first_token <= s.first_token && s.last_token <= other.last_token) return true;
  }
  return false;
}

// A word written with a capital and then small letters inside a sentence
// ("we drove through Maran") is most likely a name: it is not read as a
// misspelling of a cue word (marah). Sentence-initial words and words in
// capitals ("DENGKI") still are.
bool NameMidSentence(std::string_view original, const Analysis& a, uint32_t t) {
  if (a.tokens.tokens[t].sentence_break_before) return false;
  const uint32_t at = a.SourceBegin(t);
  return at + 1 < original.size() && original[at] >= 'A' && original[at] <= 'Z' && original[at + 1] >= 'a' &&
         original[at + 1] <= 'z';
}

// Of two overlapping matches of the same cue, QA wants one: the longer, then
// the one that starts first (an entry that starts at its negator, "hasn't
// called me", holds the word a later one, "called me yet", would be negated
// by), then the more confident, then the smaller entry index (deterministic).
bool Better(const CueMatch& a, const CueMatch& b) {
  uint32_t la = a.last_token - a.first_token, lb = b.last_token - b.first_token;
  if (la != lb) return la > lb;
  if (a.first_token != b.first_token) return a.first_token < b.first_token;
  if (a.confidence != b.confidence) return a.confidence > b.confidence;
  return a.entry < b.entry;
}

void ApplyScope(const Lexicon& lex, Analysis* out, const std::vector<CueMatch>& scope) {
  const auto& toks = out->tokens.tokens;
  for (CueMatch& m : out->cues) {
    const bool positive = lex.entries()[m.entry].positive;
    // Quoted history and signatures first: they are not the customer now.
    if (const text::Region* r = text::RegionAt(out->regions, out->SourceBegin(m.first_token))) {
      m.suppression = r->kind == text::Region::kQuoted ? v1::SUPPRESSION_QUOTED : v1::SUPPRESSION_SIGNATURE;
      continue;
    }
    // A phrase in which the cue's words mean something else ("sad to hear",
    // "urgent care") holds the whole hit: nothing else about it matters.
    if (const auto sense = std::find_if(scope.begin(), scope.end(),
                                        [&](const CueMatch& s) {
                                          return lex.entries()[s.entry].scope_kind == Entry::Scope::kSense &&
                                                 s.first_token <= m.first_token && m.last_token <= s.last_token;
                                        });
        sense != scope.end()) {
      m.suppression = v1::SUPPRESSION_OTHER_SENSE;
      m.trigger_first = static_cast<int>(sense->first_token);
      m.trigger_last = static_cast<int>(sense->last_token);
      continue;
    }
    for (const CueMatch& s : scope) {
      const Entry::Scope kind = lex.entries()[s.entry].scope_kind;
      if (kind == Entry::Scope::kNegation) {
        const bool before = s.last_token < m.first_token &&
                            static_cast<int>(m.first_token - s.last_token - 1) <= kNegationWindow &&
                            !ClauseBreakBetween(toks, s.last_token, m.first_token) &&
                            !(m.first_token > s.last_token + 1 && StartsConjunct(toks[m.first_token]));
        // A match that starts at its own negator ("לא קיבלתי שום תשובה",
        // "tidak ada ... sama sekali") reads a second one in its gap as the
        // same negation said twice (negative concord), not as undoing it.
        const bool starts_negated = std::any_of(scope.begin(), scope.end(), [&](const CueMatch& n) {
          return n.first_token == m.first_token && lex.entries()[n.entry].scope_kind == Entry::Scope::kNegation;
        });
        const bool in_gap = !starts_negated && std::any_of(m.gaps.begin(), m.gaps.end(), [&](const auto& gap) {
          return gap.first <= s.first_token && s.last_token < gap.second;
        });
        if ((before || in_gap) && !InsideAnotherCue(lex, out->cues, m, s)) {
          m.suppression = v1::SUPPRESSION_NEGATED;
        }
      } else if (kind == Entry::Scope::kResolved && !positive) {
        // Before the cue ("was about to cancel"), it speaks of what comes
        // next in its own clause: not past a contrast word ("I was about to
        // pay but the app crashed"), and not of an order or a contract,
        // which stays at stake when the customer stopped short of it.
        const bool before = s.first_token <= m.first_token &&
                            static_cast<int>(m.first_token) - static_cast<int>(s.last_token) <= kResolvedBefore &&
                            !ContrastBetween(lex, out->helpers, s.first_token, m.first_token) &&
                            lex.entries()[m.entry].cue != "value.at_risk";
        const bool after = s.first_token >= m.first_token &&
                           static_cast<int>(s.first_token) - static_cast<int>(m.last_token) <= kResolvedAfter;
        if ((before || after) && !SentenceBreakBetween(toks, s.first_token, m.first_token)) {
          m.suppression = v1::SUPPRESSION_RESOLVED;
        }
      } else if (kind == Entry::Scope::kConditional && !m.conditional) {
        if (s.last_token < m.first_token && static_cast<int>(m.first_token - s.last_token) <= kConditionWindow &&
            !SentenceBreakBetween(toks, s.last_token, m.first_token)) {
          m.conditional = true;
          m.confidence *= kConditionalFactor;
          m.trigger_first = static_cast<int>(s.first_token);
          m.trigger_last = static_cast<int>(s.last_token);
        }
      }
      if (!m.live()) {
        m.trigger_first = static_cast<int>(s.first_token);
        m.trigger_last = static_cast<int>(s.last_token);
        break;
      }
    }
  }
  // Praise that holds a complaint's words ("can't recommend you enough",
  // "tidak pernah mengecewakan") is what they mean there: a complaint match
  // inside a longer praise match that starts with it or holds a negator is
  // negated by it. ("pelayanan nya kurang bagus" is no praise: the complaint
  // "kurang bagus" stays.)
  for (CueMatch& m : out->cues) {
    if (!m.live() || lex.entries()[m.entry].positive) continue;
    for (const CueMatch& p : out->cues) {
      if (!p.live() || !lex.entries()[p.entry].positive || p.first_token > m.first_token ||
          m.last_token > p.last_token || p.last_token - p.first_token <= m.last_token - m.first_token) {
        continue;
      }
      const bool holds_negator = std::any_of(scope.begin(), scope.end(), [&](const CueMatch& s) {
        return lex.entries()[s.entry].scope_kind == Entry::Scope::kNegation && s.first_token >= p.first_token &&
               s.last_token <= p.last_token;
      });
      if (p.first_token != m.first_token && !holds_negator) continue;
      m.suppression = v1::SUPPRESSION_NEGATED;
      m.trigger_first = static_cast<int>(p.first_token);
      m.trigger_last = static_cast<int>(p.last_token);
      break;
    }
  }
  // A weak word ("again", "a big order", "my lawyer") is a cue beside
  // another live sign of trouble that is not itself weak; alone it is no
  // complaint ("could you send the invoice again?").
  const bool supported = std::any_of(out->cues.begin(), out->cues.end(), [&](const CueMatch& m) {
    const Entry& e = lex.entries()[m.entry];
    return m.live() && e.trouble && !e.needs_support;
  });
  if (supported) return;
  for (CueMatch& m : out->cues) {
    if (m.live() && lex.entries()[m.entry].needs_support) m.suppression = v1::SUPPRESSION_UNSUPPORTED;
  }
}

}  // namespace

void DetectCues(const Lexicon& lexicon, std::string_view original, Analysis* out) {
  text::Normalize(original, &out->norm);
  text::Tokenize(out->norm, &out->tokens);
  out->regions = text::FindRegions(original);
  out->cues.clear();
  out->helpers.clear();
  out->scope.clear();
  const auto& toks = out->tokens.tokens;
  const uint32_t n = static_cast<uint32_t>(toks.size());

  // Per-thread scratch space: no allocation per call once warm.
  thread_local TokenFacts facts;
  facts.word_ids.clear();
  facts.word_begin.clear();
  facts.exact_end.clear();
  facts.word_begin.reserve(n + 1);
  facts.exact_end.reserve(n);
  facts.number.resize(n);  // every token's entry is set below
  facts.half_len.assign(n, 0);
  facts.factor.resize(n);
  thread_local WordCache cache;
  constexpr uint32_t kAhead = 4;  // tokens whose slots are being loaded
  for (uint32_t t = 0; t < std::min(n, kAhead); ++t) cache.Prefetch(toks[t]);
  for (uint32_t t = 0; t < n; ++t) {
    if (t + kAhead < n) cache.Prefetch(toks[t + kAhead]);
    const WordFacts& word = cache.Get(lexicon, toks[t]);
    const uint32_t* ids = cache.ids.data() + word.first;
    // Most forms have no word id or one: a loop, not a range insert.
    facts.word_begin.push_back(static_cast<uint32_t>(facts.word_ids.size()));
    for (uint32_t i = 0; i < word.exact; ++i) facts.word_ids.push_back(ids[i]);
    facts.exact_end.push_back(static_cast<uint32_t>(facts.word_ids.size()));
    if (word.total > word.exact && (word.factor != kFuzzyFactor || !NameMidSentence(original, *out, t))) {
      for (uint32_t i = word.exact; i < word.total; ++i) facts.word_ids.push_back(ids[i]);
    }
    facts.factor[t] = word.factor;
    facts.number[t] = word.number;
  }
  facts.word_begin.push_back(static_cast<uint32_t>(facts.word_ids.size()));

  // Which pattern words the text holds, stamped with a number of this call:
  // a pattern with gaps is walked only when its last word is in the text.
  thread_local std::vector<uint32_t> seen;
  thread_local uint32_t stamp = 0;
  thread_local uint64_t seen_serial = 0;
  if (seen.size() != lexicon.word_count() || seen_serial != lexicon.serial() || ++stamp == 0) {
    seen.assign(lexicon.word_count(), 0);
    seen_serial = lexicon.serial();
    stamp = 1;
  }
  for (uint32_t id : facts.word_ids) seen[id] = stamp;
  auto holds = [&](const Entry& e) {
    if (e.required < 0) return true;
    const PatternToken& p = e.pattern[static_cast<size_t>(e.required)];
    if (p.kind == PatternToken::kWord) return seen[p.word] == stamp;
    for (uint32_t w : lexicon.Choice(p.word)) {
      if (seen[w] == stamp) return true;
    }
    return false;
  };

  Walker walker(lexicon, out->tokens, facts);
  thread_local std::vector<CueMatch> all;
  all.clear();
  CueMatch m;
  for (uint32_t t = 0; t + 1 < n; ++t) {
    if (!facts.number[t]) continue;
    for (uint32_t e : lexicon.HalfEntries()) {
      if (walker.Match(e, t + 1, &m) && !toks[t + 1].sentence_break_before) {
        facts.half_len[t] = static_cast<uint8_t>(m.last_token - t);
        break;
      }
    }
  }
  auto try_entries = [&](const std::vector<uint32_t>& entries, uint32_t t) {
    for (uint32_t e : entries) {
      if (holds(lexicon.entries()[e]) && walker.Match(e, t, &m)) all.push_back(m);
    }
  };
  thread_local std::vector<uint32_t> candidates;
  for (uint32_t t = 0; t < n; ++t) {
    // Entries that go on with a word are only tried when the next token is
    // that word: "tidak" alone starts hundreds of entries.
    const bool next_joins = t + 1 < n && !toks[t + 1].sentence_break_before;
    for (uint32_t i = facts.word_begin[t]; i < facts.word_begin[t + 1]; ++i) {
      const uint32_t word = facts.word_ids[i];
      const std::vector<uint32_t>& alone = lexicon.EntriesStartingWith(word);
      if (!next_joins || !lexicon.StartsPair(word)) {
        try_entries(alone, t);
        continue;
      }
      candidates.assign(alone.begin(), alone.end());
      for (uint32_t j = facts.word_begin[t + 1]; j < facts.word_begin[t + 2]; ++j) {
        if (const std::vector<uint32_t>* pair = lexicon.EntriesStartingWith(word, facts.word_ids[j])) {
          candidates.insert(candidates.end(), pair->begin(), pair->end());
        }
      }
      if (candidates.size() > alone.size()) {
        // Entry order, as one list per word would give.
        std::sort(candidates.begin(), candidates.end());
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
      }
      try_entries(candidates, t);
    }
    if (facts.number[t]) try_entries(lexicon.EntriesStartingWithNumber(), t);
    if (toks[t].form.back() == 'x' && TimesValue(toks[t].form)) try_entries(lexicon.EntriesStartingWithTimes(), t);
    if (toks[t].is_number) try_entries(lexicon.EntriesStartingWithYear(), t);
    if (toks[t].is_handle) try_entries(lexicon.EntriesStartingWithHandle(), t);
  }

  // Split into cue matches, scope matches and helpers; keep one match per
  // overlapping run of the same cue.
  thread_local std::vector<CueMatch> scope;
  scope.clear();
  // `all` is in token order already: matches were tried token by token.
  for (const CueMatch& c : all) {
    const Entry& e = lexicon.entries()[c.entry];
    if (e.scope()) {
      scope.push_back(c);
      continue;
    }
    std::vector<CueMatch>& bucket = e.is_cue ? out->cues : out->helpers;
    bool merged = false;
    // Language markers are evidence per language and per word: never merged.
    for (CueMatch& kept : bucket) {
      if (e.marker) break;
      const Entry& k = lexicon.entries()[kept.entry];
      if (k.cue_index == e.cue_index && c.first_token <= kept.last_token && kept.first_token <= c.last_token) {
        if (Better(c, kept)) kept = c;
        merged = true;
        break;
      }
    }
    if (!merged) bucket.push_back(c);
  }
  ApplyScope(lexicon, out, scope);
  out->scope.swap(scope);
}

}  // namespace triage::cues
