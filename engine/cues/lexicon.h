// Compiled lexicons: every *.lex file of lexicons/<lang>/, checked against
// the schema in lexicons/README.md and compiled for one-pass matching.
//
// A Lexicon is immutable once built and shared read-only by every thread
// (the engine swaps in a new one on reload). Building it is the slow part;
// matching a text against it never allocates per pattern.
#ifndef TRIAGE_ENGINE_CUES_LEXICON_H_
#define TRIAGE_ENGINE_CUES_LEXICON_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "engine/cues/morphology.h"
#include "engine/text/tokenize.h"

namespace triage::cues {

// One element of a compiled pattern.
struct PatternToken {
  enum Kind : uint8_t { kWord, kGap, kNumber, kYear, kHandle, kChoice, kTimes };
  Kind kind = kWord;
  // kWord: the id of the literal or prefix word; kChoice: the index of its
  // word ids in Lexicon::Choice() ("{rosak|putus|gagal*}").
  uint32_t word = 0;
};

struct Entry {
  std::string id;        // "en.cancel.going_to"
  std::string cue;       // "churn.cancel", "scope.negation", "unit.year", ...
  std::string language;  // "en"
  float confidence = 0.9f;
  float weight = 1.0f;  // for lang.marker entries
  uint32_t value = 0;   // for ordinal, number and unit.* entries
  std::vector<PatternToken> pattern;
  std::string file;  // where it was written, for QA and error messages
  int line = 0;
  // Derived from `cue` at compile time, so matching never compares strings.
  enum class Scope : uint8_t { kNone, kNegation, kResolved, kConditional, kSense, kOther };
  Scope scope_kind = Scope::kNone;  // kNone unless scope.*
  bool is_cue = false;              // a cue of the domain brief (or problem.failure)
  bool positive = false;            // positive.*
  bool trouble = false;             // a cue of dissatisfaction: not positive.* or loyalty.*
  bool marker = false;              // lang.marker
  // Words as written: no Hebrew prefixes stripped, no stems, no misspellings
  // (match=exact; always for scope but scope.sense, lang.marker,
  // clause.contrast and rate.per).
  bool exact_only = false;
  uint16_t cue_index = 0;  // the same number for the same `cue` string
  // min=N: a <num> or <times> slot matches only a count of at least N ("1
  // kali", once, is no repeat).
  uint16_t min_number = 0;
  // alone=no: a word that is a cue only beside another live dissatisfaction
  // cue ("again", "a big order"); alone, its hit is suppressed as unsupported.
  bool needs_support = false;
  // For a pattern with a gap: the index of its last word or choice token,
  // which the matcher checks against the words of the text before walking
  // the gaps; -1 for patterns without a gap (their walk is short).
  int16_t required = -1;
  bool scope() const { return scope_kind != Scope::kNone; }
};

// Whether two bytes are one of the letters that attach to a Hebrew word as a
// prefix: ו ה ב ל מ ש כ.
bool IsHebrewPrefixLetter(std::string_view two_bytes);

// A source file: its path (for messages), its language, its content.
struct LexiconFile {
  std::string path;
  std::string language;
  std::string content;
};

class Lexicon {
 public:
  // Parses and compiles `files`. The first schema error fails the whole set
  // with "path:line: reason".
  // With `morphology`, Indonesian and Malay words also match through their
  // Hunspell stems.
  static absl::StatusOr<std::unique_ptr<const Lexicon>> Compile(const std::vector<LexiconFile>& files,
                                                                std::shared_ptr<const Morphology> morphology = nullptr);

  const std::vector<Entry>& entries() const { return entries_; }

  // Which Hunspell dictionaries know `form` as a word (none without morphology).
  Morphology::Known KnownWord(std::string_view form) const {
    return morphology_ ? morphology_->Knows(form) : Morphology::Known();
  }

  // The word ids of a kChoice pattern token.
  const std::vector<uint32_t>& Choice(uint32_t index) const { return choices_[index]; }

  // The word ids a kWord or kChoice pattern token accepts.
  std::vector<uint32_t> WordsOf(const PatternToken& p) const {
    if (p.kind == PatternToken::kWord) return {p.word};
    if (p.kind == PatternToken::kChoice) return choices_[p.word];
    return {};
  }

  // Different for every lexicon compiled in this process (caches key on it;
  // an address can be reused after a reload).
  uint64_t serial() const { return serial_; }
  // How many distinct pattern words there are: word ids are below this.
  uint32_t word_count() const { return next_word_id_; }

  // Appends to *word_ids the ids of every lexicon word `token` stands for:
  // its exact form, prefix words ("disappoint*"), and for Hebrew the form
  // with attached prefixes (ו ה ב ל מ ש כ) stripped.
  // Whether word `id` appears in a pattern about the customer (anything but
  // agent.*): only such words make a token "known" for stem and fuzzy lookups.
  bool IsCustomerWord(uint32_t id) const { return id < customer_word_.size() && customer_word_[id]; }

  // Whether word `id` is a `prefix*` word (it names no form of its own).
  bool IsPrefixWord(uint32_t id) const { return id < word_text_.size() && word_text_[id].empty(); }

  // Appends the ids of `token`'s form, and of the word a reduplication
  // written with a 2 repeats ("marah2": marah).
  // Forms found only after stripping Hebrew prefixes go to *stripped_ids
  // (when given) instead: scope words like לא must match exactly, or מלא
  // ("full") would read as a negation.
  void LookupWord(const text::Token& token, std::vector<uint32_t>* word_ids,
                  std::vector<uint32_t>* stripped_ids = nullptr) const;

  // Appends the ids of lexicon words (ASCII, five letters or more) that are
  // exactly one edit (insertion, deletion, substitution or transposition)
  // from `form` (itself five letters or more), keeping the first letter: "cancle" -> cancel,
  // "membatalkn" -> membatalkan; nothing when a Hunspell dictionary (id_ID
  // with the Malay supplement, en_US) knows `form` as a word of its own
  // ("cancer", "merasa"). Cheap when nothing is near: a Bloom filter screens
  // the deletion keys first.
  void LookupFuzzy(std::string_view form, std::vector<uint32_t>* word_ids) const;

  // Appends the ids of Indonesian/Malay lexicon words that are a Hunspell
  // stem of `form` (pembatalan, dibatalkan -> batal).
  void LookupStems(std::string_view form, std::vector<uint32_t>* word_ids) const;

  // The value of a single-word `number` entry ("שלושה" -> 3) with this word id.
  std::optional<uint32_t> NumberWord(uint32_t word_id) const;

  // Entries whose pattern starts with word `word_id` and does not go on
  // with a word (or is one word long); entries that start with word `first`
  // and go on with word `second` (nullptr if none); entries that start with
  // a number, count ("3x"), year or handle slot. Each entry is in exactly
  // one list.
  const std::vector<uint32_t>& EntriesStartingWith(uint32_t word_id) const;
  const std::vector<uint32_t>* EntriesStartingWith(uint32_t first, uint32_t second) const;
  // Whether some entry starts with word `first` and goes on with a word (so
  // the two-word lookup above is worth a hash).
  bool StartsPair(uint32_t first) const { return first < starts_pair_.size() && starts_pair_[first]; }
  const std::vector<uint32_t>& EntriesStartingWithNumber() const { return start_number_; }
  const std::vector<uint32_t>& EntriesStartingWithTimes() const { return start_times_; }
  const std::vector<uint32_t>& EntriesStartingWithYear() const { return start_year_; }
  const std::vector<uint32_t>& EntriesStartingWithHandle() const { return start_handle_; }
  // The `fraction.half` entries ("and a half", "setengah", "וחצי"): a <num>
  // slot takes one that follows its number ("one and a half years").
  const std::vector<uint32_t>& HalfEntries() const { return half_entries_; }

  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

 private:
  Lexicon() = default;
  // One line of a lexicon file that is neither blank nor a comment.
  absl::Status AddLine(const LexiconFile& file, int line_number, std::string_view line);
  uint32_t InternWord(std::string_view word, bool prefix);
  // The word ids of one pattern piece ("cancel", "disappoint*", "senyap-senyap"
  // -> two words); empty when it holds no word, or when a prefix is not one
  // word of three letters or more.
  std::vector<uint32_t> InternPiece(std::string_view piece);
  void LookupExact(std::string_view form, std::vector<uint32_t>* ids) const;

  std::vector<Entry> entries_;
  std::vector<std::vector<uint32_t>> choices_;
  // Word lists of the file being compiled ("@failure<TAB>rosak|putus|gagal*").
  absl::flat_hash_map<std::string, std::vector<std::string>> file_lists_;
  uint64_t serial_ = 0;
  absl::flat_hash_map<std::string, uint32_t> words_;        // literal word -> id
  std::vector<std::pair<std::string, uint32_t>> prefixes_;  // sorted prefix -> id
  // First three bytes -> the range of prefixes_ that starts with them.
  absl::flat_hash_map<uint32_t, std::pair<uint32_t, uint32_t>> prefix_buckets_;
  uint32_t next_word_id_ = 0;
  std::vector<std::vector<uint32_t>> start_word_;                    // word id -> entries
  absl::flat_hash_map<uint64_t, std::vector<uint32_t>> start_pair_;  // (first, second) word ids -> entries
  std::vector<uint8_t> starts_pair_;                                 // word id -> 1 if it starts a pair
  std::vector<uint32_t> start_number_, start_times_, start_year_, start_handle_;
  std::vector<uint32_t> half_entries_;
  std::vector<uint32_t> empty_;
  absl::flat_hash_map<uint32_t, uint32_t> number_words_;  // word id -> value
  void BuildFuzzyIndex();
  // Deletion index: each long word and its one-letter deletions -> word ids.
  absl::flat_hash_map<std::string, std::vector<uint32_t>> fuzzy_keys_;
  std::vector<uint64_t> fuzzy_bloom_;
  std::vector<std::string> word_text_;  // word id -> literal (empty for prefixes)
  void BuildStemIndex();
  std::shared_ptr<const Morphology> morphology_;
  absl::flat_hash_map<std::string, std::vector<uint32_t>> stem_index_;  // stem -> id/ms word ids
  StemGate stem_gate_;                                                  // words that may stem to a key of stem_index_
  std::vector<uint8_t> malay_or_indonesian_;
  std::vector<uint8_t> customer_word_;  // word id -> used by a non-agent entry
  std::vector<uint8_t> cue_word_;       // word id -> used by a cue entry
};

}  // namespace triage::cues

#endif  // TRIAGE_ENGINE_CUES_LEXICON_H_
