#include "engine/cues/lexicon.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>

#include "absl/container/flat_hash_set.h"
#include "engine/data_files.h"
#include "engine/text/normalize.h"
#include "engine/util/strings.h"

namespace triage::cues {
namespace {

uint32_t FirstThreeBytes(std::string_view s) {
  return static_cast<uint32_t>(static_cast<unsigned char>(s[0])) << 16 |
         static_cast<uint32_t>(static_cast<unsigned char>(s[1])) << 8 | static_cast<unsigned char>(s[2]);
}

uint64_t WordPair(uint32_t first, uint32_t second) { return static_cast<uint64_t>(first) << 32 | second; }

// The schema's vocabulary of classes: the cues of the domain brief, and the
// helper classes that scope, extraction, topics and language ID use.
bool IsKnownClass(std::string_view cue) {
  static const absl::flat_hash_set<std::string> kClasses = {"churn.cancel",
                                                            "churn.switch",
                                                            "loyalty.tenure",
                                                            "loyalty.referrals",
                                                            "repeat.failure",
                                                            "emotion.anger",
                                                            "emotion.disappointment",
                                                            "public.exposure",
                                                            "urgency",
                                                            "ignored",
                                                            "value.at_risk",
                                                            "signal.downgrade",
                                                            "change.unannounced",
                                                            "positive.suggestion",
                                                            "positive.advocacy",
                                                            "problem.failure",
                                                            "scope.negation",
                                                            "scope.resolved",
                                                            "scope.conditional",
                                                            "scope.sense",
                                                            "unit.hour",
                                                            "unit.day",
                                                            "unit.week",
                                                            "unit.month",
                                                            "unit.year",
                                                            "ordinal",
                                                            "number",
                                                            "fraction.half",
                                                            "lang.marker",
                                                            "clause.contrast",
                                                            "rate.per",
                                                            "agent.asks_id",
                                                            "agent.refusal",
                                                            "agent.alternative",
                                                            "agent.apology",
                                                            "agent.private",
                                                            "agent.personal_data",
                                                            "agent.scripted",
                                                            "agent.blame",
                                                            "agent.loyalty_ack",
                                                            "agent.empathy",
                                                            "topic.connectivity",
                                                            "topic.delivery",
                                                            "topic.billing",
                                                            "topic.product",
                                                            "topic.account",
                                                            "topic.policy"};
  return kClasses.contains(absl::string_view(cue.data(), cue.size()));
}

bool IsValidId(std::string_view id, std::string_view language) {
  if (id.size() <= language.size() + 1 || id.substr(0, language.size()) != language || id[language.size()] != '.') {
    return false;
  }
  return std::all_of(id.begin(), id.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.'; });
}

}  // namespace

bool IsHebrewPrefixLetter(std::string_view two_bytes) {
  // ו ה ב ל מ ש כ
  static const std::string_view kLetters[] = {"\xD7\x95", "\xD7\x94", "\xD7\x91", "\xD7\x9C",
                                              "\xD7\x9E", "\xD7\xA9", "\xD7\x9B"};
  for (std::string_view l : kLetters) {
    if (two_bytes == l) return true;
  }
  return false;
}

absl::StatusOr<std::unique_ptr<const Lexicon>> Lexicon::Compile(const std::vector<LexiconFile>& files,
                                                                std::shared_ptr<const Morphology> morphology) {
  static std::atomic<uint64_t> next_serial{1};
  std::unique_ptr<Lexicon> lex(new Lexicon());
  lex->serial_ = next_serial.fetch_add(1);
  lex->morphology_ = std::move(morphology);
  absl::flat_hash_set<std::string> ids;
  for (const LexiconFile& file : files) {
    lex->file_lists_.clear();
    absl::Status parsed = ForEachDataLine(file.path, file.content, [&](const DataLine& line) {
      const size_t before = lex->entries_.size();
      if (absl::Status s = lex->AddLine(file, line.number, line.text); !s.ok()) return s;
      if (lex->entries_.size() > before && !ids.insert(lex->entries_.back().id).second) {
        return line.Error(StrCat("duplicate entry id '", lex->entries_.back().id, "'"));
      }
      return absl::OkStatus();
    });
    if (!parsed.ok()) return parsed;
  }
  std::sort(lex->prefixes_.begin(), lex->prefixes_.end());
  for (uint32_t i = 0; i < lex->prefixes_.size(); ++i) {
    const std::string& p = lex->prefixes_[i].first;
    if (p.size() < 3) continue;  // never looked up: see LookupExact
    auto [it, inserted] = lex->prefix_buckets_.try_emplace(FirstThreeBytes(p), i, i + 1);
    if (!inserted) it->second.second = i + 1;
  }
  absl::flat_hash_map<std::string, uint16_t> cue_index;
  for (Entry& e : lex->entries_) {
    e.cue_index = cue_index.try_emplace(e.cue, static_cast<uint16_t>(cue_index.size())).first->second;
  }
  lex->customer_word_.assign(lex->next_word_id_, 0);
  lex->cue_word_.assign(lex->next_word_id_, 0);
  for (const Entry& e : lex->entries_) {
    if (e.cue.rfind("agent.", 0) == 0) continue;
    for (const PatternToken& p : e.pattern) {
      for (uint32_t word : lex->WordsOf(p)) {
        lex->customer_word_[word] = 1;
        // Only cue words are reached through stems and misspellings: language
        // markers and topic words tell near-identical spellings apart
        // (karena/kerana), and scope words must be exact.
        if (e.is_cue) lex->cue_word_[word] = 1;
      }
    }
  }
  lex->BuildFuzzyIndex();
  lex->BuildStemIndex();
  lex->start_word_.resize(lex->next_word_id_);
  lex->starts_pair_.resize(lex->next_word_id_);
  for (uint32_t e = 0; e < lex->entries_.size(); ++e) {
    const Entry& entry = lex->entries_[e];
    if (entry.cue == "number" && entry.pattern.size() == 1 && entry.pattern[0].kind == PatternToken::kWord) {
      lex->number_words_.emplace(entry.pattern[0].word, entry.value);
    }
    if (entry.cue == "fraction.half") lex->half_entries_.push_back(e);
    if (std::any_of(entry.pattern.begin(), entry.pattern.end(),
                    [](const PatternToken& p) { return p.kind == PatternToken::kGap; })) {
      for (size_t i = entry.pattern.size(); i-- > 1;) {
        const PatternToken::Kind k = entry.pattern[i].kind;
        if (k == PatternToken::kWord || k == PatternToken::kChoice) {
          lex->entries_[e].required = static_cast<int16_t>(i);
          break;
        }
      }
    }
    const PatternToken& first = entry.pattern.front();
    switch (first.kind) {
      case PatternToken::kWord:
      case PatternToken::kChoice: {
        const std::vector<uint32_t> seconds =
            entry.pattern.size() > 1 ? lex->WordsOf(entry.pattern[1]) : std::vector<uint32_t>();
        for (uint32_t word : lex->WordsOf(first)) {
          if (seconds.empty()) lex->start_word_[word].push_back(e);
          for (uint32_t second : seconds) lex->start_pair_[WordPair(word, second)].push_back(e);
          if (!seconds.empty()) lex->starts_pair_[word] = 1;
        }
        break;
      }
      case PatternToken::kNumber:
        lex->start_number_.push_back(e);
        break;
      case PatternToken::kTimes:
        lex->start_times_.push_back(e);
        break;
      case PatternToken::kYear:
        lex->start_year_.push_back(e);
        break;
      case PatternToken::kHandle:
        lex->start_handle_.push_back(e);
        break;
      case PatternToken::kGap:
        break;  // rejected by AddLine
    }
  }
  return std::unique_ptr<const Lexicon>(std::move(lex));
}

absl::Status Lexicon::AddLine(const LexiconFile& file, int line_number, std::string_view line) {
  auto error = [&](std::string_view reason) {
    return absl::InvalidArgumentError(StrCat(file.path, ":", line_number, ": ", reason));
  };
  if (line[0] == '@') {
    // A word list for the choices of the entries below it in this file.
    std::vector<std::string_view> cols = Split(line, '\t');
    const std::string name(cols[0].substr(1));
    if (cols.size() != 2 || name.empty() ||
        name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") != std::string::npos) {
      return error("a word list is written @name<TAB>word|word|prefix* (name: [a-z0-9_]+)");
    }
    std::vector<std::string> words;
    for (std::string_view w : Split(cols[1], '|')) {
      w = Trim(w);
      if (w.empty() || w.front() == '@') return error(StrCat("word list @", name, ": empty word or nested list"));
      words.emplace_back(w);
    }
    if (!file_lists_.try_emplace(name, std::move(words)).second) {
      return error(StrCat("word list @", name, " is defined twice in this file"));
    }
    return absl::OkStatus();
  }

  std::vector<std::string_view> cols = Split(line, '\t');
  if (cols.size() < 3 || cols.size() > 4) {
    return error(StrCat("expected 3 or 4 TAB-separated columns (id, cue, pattern[, attributes]), found ", cols.size()));
  }
  Entry entry;
  entry.id = std::string(cols[0]);
  entry.cue = std::string(cols[1]);
  entry.language = file.language;
  entry.file = file.path;
  entry.line = line_number;
  if (!IsValidId(entry.id, file.language)) {
    return error(StrCat("entry id '", entry.id, "' must match [a-z0-9_.]+ and start with '", file.language, ".'"));
  }
  if (!IsKnownClass(entry.cue)) return error(StrCat("unknown cue id '", entry.cue, "'"));

  bool exact_attribute = false;
  if (cols.size() == 4 && !cols[3].empty()) {
    for (std::string_view attr : Split(cols[3], ';', true)) {
      attr = Trim(attr);
      if (attr.empty()) continue;
      const size_t eq = attr.find('=');
      std::string_view key = attr.substr(0, eq);
      std::string_view value = eq == std::string_view::npos ? std::string_view() : attr.substr(eq + 1);
      if (key == "confidence") {
        if (!ParseFloat(value, &entry.confidence) || entry.confidence < 0 || entry.confidence > 1) {
          return error(StrCat("confidence must be a number from 0 to 1, got '", value, "'"));
        }
      } else if (key == "weight") {
        if (!ParseFloat(value, &entry.weight) || entry.weight <= 0) {
          return error(StrCat("weight must be a positive number, got '", value, "'"));
        }
      } else if (key == "value") {
        if (!ParseUint(value, &entry.value) || entry.value == 0) {
          return error(StrCat("value must be a positive whole number, got '", value, "'"));
        }
      } else if (key == "match") {
        if (value != "exact") return error(StrCat("match must be 'exact', got '", value, "'"));
        exact_attribute = true;
      } else if (key == "min") {
        uint32_t min = 0;
        if (!ParseUint(value, &min) || min == 0 || min > 1000) {
          return error(StrCat("min must be a whole number from 1 to 1000, got '", value, "'"));
        }
        entry.min_number = static_cast<uint16_t>(min);
      } else if (key == "alone") {
        if (value != "no" && value != "yes") return error(StrCat("alone must be 'no' or 'yes', got '", value, "'"));
        entry.needs_support = value == "no";
      } else {
        return error(StrCat("unknown attribute '", key, "' (known: alone, confidence, match, min, value, weight)"));
      }
    }
  }
  if (entry.cue == "ordinal" && entry.value == 0) return error("an ordinal entry needs value=N");
  if (entry.cue == "number" && entry.value == 0) return error("a number entry needs value=N");
  if (entry.cue.rfind("unit.", 0) == 0 && entry.value == 0) entry.value = 1;

  for (std::string_view piece : Split(cols[2], ' ', true)) {
    PatternToken tok;
    if (piece == "...") {
      tok.kind = PatternToken::kGap;
    } else if (piece == "<num>") {
      tok.kind = PatternToken::kNumber;
    } else if (piece == "<times>") {
      tok.kind = PatternToken::kTimes;
    } else if (piece == "<year>") {
      tok.kind = PatternToken::kYear;
    } else if (piece == "<handle>") {
      tok.kind = PatternToken::kHandle;
    } else if (piece.front() == '<') {
      return error(StrCat("unknown slot '", piece, "' (known: <num>, <times>, <year>, <handle>)"));
    } else if (piece.front() == '{') {
      // {a|b|c*}: any one of these words at this place.
      if (piece.size() < 3 || piece.back() != '}') return error(StrCat("a choice is written {a|b|c}: '", piece, "'"));
      tok.kind = PatternToken::kChoice;
      tok.word = static_cast<uint32_t>(choices_.size());
      std::vector<std::string_view> choices;
      for (std::string_view choice : Split(piece.substr(1, piece.size() - 2), '|')) {
        if (choice.empty() || choice.front() != '@') {
          choices.push_back(choice);
          continue;
        }
        auto list = file_lists_.find(std::string(choice.substr(1)));
        if (list == file_lists_.end()) {
          return error(StrCat("unknown word list '", choice, "' (define it above with ", choice, "<TAB>a|b|c)"));
        }
        choices.insert(choices.end(), list->second.begin(), list->second.end());
      }
      std::vector<uint32_t> ids;
      for (std::string_view choice : choices) {
        const std::vector<uint32_t> word = InternPiece(choice);
        if (word.size() != 1) {
          return error(
              StrCat("each choice in '", piece, "' must be one word (a prefix: 3 letters or more before '*')"));
        }
        if (std::find(ids.begin(), ids.end(), word[0]) == ids.end()) ids.push_back(word[0]);
      }
      choices_.push_back(std::move(ids));
    } else {
      const std::vector<uint32_t> words = InternPiece(piece);
      if (words.empty()) {
        return error(piece.back() == '*'
                         ? StrCat("a prefix pattern needs one word of at least 3 letters before '*': '", piece, "'")
                         : StrCat("no word in '", piece, "'"));
      }
      for (uint32_t word : words) {
        PatternToken w;
        w.kind = PatternToken::kWord;
        w.word = word;
        entry.pattern.push_back(w);
      }
      continue;
    }
    entry.pattern.push_back(tok);
  }
  if (entry.pattern.empty()) return error("empty pattern");
  auto starts = [&](const char* p) { return entry.cue.rfind(p, 0) == 0; };
  entry.scope_kind = !starts("scope.")                  ? Entry::Scope::kNone
                     : entry.cue == "scope.negation"    ? Entry::Scope::kNegation
                     : entry.cue == "scope.resolved"    ? Entry::Scope::kResolved
                     : entry.cue == "scope.conditional" ? Entry::Scope::kConditional
                     : entry.cue == "scope.sense"       ? Entry::Scope::kSense
                                                        : Entry::Scope::kOther;
  entry.marker = entry.cue == "lang.marker";
  entry.positive = starts("positive.");
  entry.is_cue = !(entry.scope() || starts("unit.") || starts("topic.") || starts("agent.") || starts("clause.") ||
                   starts("rate.") || starts("fraction.") || entry.cue == "ordinal" || entry.cue == "number" ||
                   entry.cue == "lang.marker");
  entry.exact_only = exact_attribute || (entry.scope() && entry.scope_kind != Entry::Scope::kSense) || entry.marker ||
                     entry.cue == "clause.contrast" || entry.cue == "rate.per";
  entry.trouble = entry.is_cue && !entry.positive && !starts("loyalty.");
  if (entry.needs_support && !entry.trouble) {
    return error("alone=no is for dissatisfaction cues only (not positive.*, loyalty.*, scope or helper entries)");
  }
  if (entry.pattern.front().kind == PatternToken::kGap || entry.pattern.back().kind == PatternToken::kGap) {
    return error("a pattern may not start or end with '...'");
  }
  if (entry.min_number > 0 && std::none_of(entry.pattern.begin(), entry.pattern.end(), [](const PatternToken& p) {
        return p.kind == PatternToken::kNumber || p.kind == PatternToken::kTimes;
      })) {
    return error("min=N needs a <num> or <times> in the pattern");
  }
  entries_.push_back(std::move(entry));
  return absl::OkStatus();
}

std::vector<uint32_t> Lexicon::InternPiece(std::string_view piece) {
  const bool prefix = !piece.empty() && piece.back() == '*';
  if (prefix) piece.remove_suffix(1);
  text::NormalizedText norm;
  text::Normalize(piece, &norm);
  text::TokenizedText words;
  text::Tokenize(norm, &words);
  if (prefix && (words.tokens.size() != 1 || words.tokens[0].form.size() < 3)) return {};
  std::vector<uint32_t> ids;
  for (const text::Token& w : words.tokens) ids.push_back(InternWord(w.form, prefix));
  return ids;
}

uint32_t Lexicon::InternWord(std::string_view word, bool prefix) {
  if (prefix) {
    for (const auto& [p, id] : prefixes_) {
      if (p == word) return id;
    }
    prefixes_.emplace_back(std::string(word), next_word_id_);
    return next_word_id_++;
  }
  auto [it, inserted] = words_.try_emplace(absl::string_view(word.data(), word.size()), next_word_id_);
  if (inserted) ++next_word_id_;
  return it->second;
}

namespace {

// Five letters and the same first letter: first-letter changes turned
// ordinary words into cues (curious -> furious, daging -> raging). A text
// word shorter than five letters is never a misspelling: four-letter names
// and months sit one letter from five-letter cue words (juli/julid,
// rosa/rosak, dela/delay).
constexpr size_t kFuzzyMinLetters = 5;
constexpr size_t kFuzzyMaxLetters = 20;
constexpr size_t kBloomBits = 1 << 20;

uint64_t Fnv(std::string_view s, uint64_t seed) {
  uint64_t h = 1469598103934665603ULL ^ seed;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

// Damerau-Levenshtein distance is at most one.
bool WithinOneEdit(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (i == a.size()) return true;
  if (a.size() == b.size()) {
    if (a.substr(i + 1) == b.substr(i + 1)) return true;  // substitution
    return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2);
  }
  return a.substr(i) == b.substr(i + 1);  // one extra letter in b
}

}  // namespace

void Lexicon::BuildStemIndex() {
  if (!morphology_) return;
  malay_or_indonesian_.assign(next_word_id_, 0);
  for (const Entry& e : entries_) {
    if (e.language != "id" && e.language != "ms") continue;
    for (const PatternToken& p : e.pattern) {
      for (uint32_t word : WordsOf(p)) malay_or_indonesian_[word] = 1;
    }
  }
  // Lexicon words are lemmas: a text word reaches one when its stem IS that
  // word (dibatalkan -> batal). Indexing lexicon words under their own stems
  // instead let every relative of a root reach every derived entry
  // (melalui -> keterlaluan).
  for (uint32_t id = 0; id < next_word_id_; ++id) {
    const std::string& w = word_text_[id];
    if (!malay_or_indonesian_[id] || !cue_word_[id] || w.size() < 3 || !IsLowerAsciiWord(w)) continue;
    stem_index_[w].push_back(id);
  }
  std::vector<std::string> roots;
  for (const auto& [root, ids] : stem_index_) roots.push_back(root);
  stem_gate_ = StemGate(morphology_->reach(), roots);
}

// Indonesian and Malay inflection shows at the edges of a word; a word with
// none of these affixes is not worth asking Hunspell about.
static bool MayBeInflected(std::string_view w) {
  static const std::string_view kPrefixes[] = {"me", "di", "pe", "ber", "ter", "ke", "se"};
  static const std::string_view kSuffixes[] = {"kan", "an", "i", "nya", "lah", "kah"};
  for (std::string_view p : kPrefixes) {
    if (w.substr(0, p.size()) == p) return true;
  }
  for (std::string_view x : kSuffixes) {
    if (w.size() > x.size() && w.substr(w.size() - x.size()) == x) return true;
  }
  return false;
}

void Lexicon::LookupStems(std::string_view form, std::vector<uint32_t>* word_ids) const {
  if (!morphology_ || form.size() < 5 || !IsLowerAsciiWord(form) || !MayBeInflected(form)) return;
  if (!stem_gate_.MayReachARoot(form)) return;
  const size_t before = word_ids->size();
  for (const std::string& stem : morphology_->Stems(form)) {
    auto it = stem_index_.find(stem);
    if (it == stem_index_.end()) continue;
    for (uint32_t id : it->second) {
      if (std::find(word_ids->begin() + before, word_ids->end(), id) == word_ids->end()) word_ids->push_back(id);
    }
  }
}

void Lexicon::BuildFuzzyIndex() {
  word_text_.assign(next_word_id_, "");
  for (const auto& [word, id] : words_) word_text_[id] = std::string(word);
  fuzzy_bloom_.assign(kBloomBits / 64, 0);
  auto add = [this](const std::string& key, uint32_t id) {
    auto& ids = fuzzy_keys_[key];
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    const uint64_t h = Fnv(key, 0);
    fuzzy_bloom_[(h % kBloomBits) / 64] |= 1ULL << (h % 64);
    const uint64_t h2 = Fnv(key, 0x9e3779b97f4a7c15ULL);
    fuzzy_bloom_[(h2 % kBloomBits) / 64] |= 1ULL << (h2 % 64);
  };
  for (const auto& [word, id] : words_) {
    const std::string w(word);
    if (!cue_word_[id] || w.size() < kFuzzyMinLetters || w.size() > kFuzzyMaxLetters || !IsLowerAsciiWord(w)) continue;
    add(w, id);
    for (size_t i = 0; i < w.size(); ++i) add(w.substr(0, i) + w.substr(i + 1), id);
  }
}

void Lexicon::LookupFuzzy(std::string_view form, std::vector<uint32_t>* word_ids) const {
  if (form.size() < kFuzzyMinLetters || form.size() > kFuzzyMaxLetters + 1 || !IsLowerAsciiWord(form)) return;
  auto maybe = [this](std::string_view key) {
    const uint64_t h = Fnv(key, 0), h2 = Fnv(key, 0x9e3779b97f4a7c15ULL);
    return (fuzzy_bloom_[(h % kBloomBits) / 64] >> (h % 64) & 1) &&
           (fuzzy_bloom_[(h2 % kBloomBits) / 64] >> (h2 % 64) & 1);
  };
  const size_t before = word_ids->size();
  auto probe = [&](std::string_view key) {
    if (!maybe(key)) return;
    auto it = fuzzy_keys_.find(absl::string_view(key.data(), key.size()));
    if (it == fuzzy_keys_.end()) return;
    for (uint32_t id : it->second) {
      const std::string& word = word_text_[id];
      if (word == form || word[0] != form[0] || !WithinOneEdit(word, form)) continue;
      if (std::find(word_ids->begin() + before, word_ids->end(), id) == word_ids->end()) word_ids->push_back(id);
    }
  };
  probe(form);
  char buf[kFuzzyMaxLetters + 2];
  for (size_t i = 0; i < form.size(); ++i) {
    size_t n = 0;
    for (size_t j = 0; j < form.size(); ++j) {
      if (j != i) buf[n++] = form[j];
    }
    probe(std::string_view(buf, n));
  }
  // A word the dictionaries know is not a misspelling: merasa is not
  // merana, cancer is not cancel. Asked only when something was near.
  if (word_ids->size() > before && morphology_ && morphology_->IsWord(form)) word_ids->resize(before);
}

void Lexicon::LookupExact(std::string_view form, std::vector<uint32_t>* ids) const {
  auto it = words_.find(absl::string_view(form.data(), form.size()));
  if (it != words_.end()) ids->push_back(it->second);
  if (prefix_buckets_.empty() || form.size() < 3) return;
  // Prefix words are three bytes or longer: only those that share the first
  // three bytes with `form` can match (longest first, as before).
  auto bucket = prefix_buckets_.find(FirstThreeBytes(form));
  if (bucket == prefix_buckets_.end()) return;
  for (uint32_t i = bucket->second.second; i > bucket->second.first; --i) {
    const auto& [p, id] = prefixes_[i - 1];
    if (form.size() >= p.size() && form.compare(0, p.size(), p) == 0) ids->push_back(id);
  }
}

void Lexicon::LookupWord(const text::Token& token, std::vector<uint32_t>* word_ids,
                         std::vector<uint32_t>* stripped_ids) const {
  LookupExact(token.form, word_ids);
  if (token.script == text::Script::kLatin) {
    // Reduplication written with a 2 (Indonesian and Malay: "marah2" for
    // "marah-marah", "sedih2") is the word itself, said with feeling.
    const std::string_view base = token.form.substr(0, token.form.size() - 1);
    if (token.form.size() >= 4 && token.form.back() == '2' && IsLowerAsciiWord(base)) LookupExact(base, word_ids);
    return;
  }
  if (token.script != text::Script::kHebrew) return;
  // Attached prefixes: up to three (וכש...), leaving at least three letters
  // (two-letter remainders are mostly other words: מלא is not מ+לא).
  std::string_view rest = token.form;
  for (int stripped = 0; stripped < 3 && rest.size() >= 8 && IsHebrewPrefixLetter(rest.substr(0, 2)); ++stripped) {
    rest.remove_prefix(2);
    LookupExact(rest, stripped_ids ? stripped_ids : word_ids);
  }
  // The one exception: "and" before a two-letter word ("ולא", "ואף", "וכל").
  // Few three-letter words start with a ו of their own, unlike ה, מ or ש
  // ("הלך" is not ה+לך, "מלא" not מ+לא).
  if (token.form.size() == 6 && token.form.substr(0, 2) == "\xD7\x95") {
    LookupExact(token.form.substr(2), stripped_ids ? stripped_ids : word_ids);
  }
}

std::optional<uint32_t> Lexicon::NumberWord(uint32_t word_id) const {
  auto it = number_words_.find(word_id);
  if (it == number_words_.end()) return std::nullopt;
  return it->second;
}

const std::vector<uint32_t>& Lexicon::EntriesStartingWith(uint32_t word_id) const {
  return word_id < start_word_.size() ? start_word_[word_id] : empty_;
}

const std::vector<uint32_t>* Lexicon::EntriesStartingWith(uint32_t first, uint32_t second) const {
  auto it = start_pair_.find(WordPair(first, second));
  return it == start_pair_.end() ? nullptr : &it->second;
}

}  // namespace triage::cues
