// Relates inflected Indonesian and Malay words to the lemmas the lexicons
// are written in, through Hunspell stems: membatalkan / dibatalkan /
// pembatalan -> batal.
// Malay has no Hunspell dictionary in Debian: it uses the Indonesian one
// plus lexicons/ms/hunspell_supplement.dic (Malay roots with Indonesian
// affix classes, and common Malay words the Indonesian dictionary lacks, so
// that "maruah" or "geran" are not read as misspellings of cue words).
//
// Hunspell is neither fast (150k-370k stems/s) nor thread-safe, so it never
// runs per token: a text word the lexicons do not know is stemmed only on a
// miss of the matcher's per-form cache and of this per-thread stem cache
// (which outlives the first when that one starts again), under a mutex.
// English and Hebrew do not use it: en_US over-stems (disappointed ->
// appoint) and he_IL only strips the prefixes the lexicon already strips.
#ifndef TRIAGE_ENGINE_CUES_MORPHOLOGY_H_
#define TRIAGE_ENGINE_CUES_MORPHOLOGY_H_

#include <array>
#include <bitset>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"

class Hunspell;

namespace triage::cues {

// What the affix rules of a Hunspell dictionary can do to a root, read from
// its .aff file: the strings its prefixes and suffixes add, and the most
// letters one prefix or suffix strips from the root's edge. `bounded` is
// false when the file has rules this summary cannot bound (compounding,
// complex prefixes, input conversion).
struct AffixReach {
  bool bounded = false;
  std::vector<std::string> prefix_adds;  // lower-case ASCII, without "0"
  std::vector<std::string> suffix_adds;
  size_t max_prefix_strip = 0;
  size_t max_suffix_strip = 0;  // of one suffix; a word may carry two
};

// Which text words might have one of a set of roots as a Hunspell stem.
// Without compounding or complex prefixes, Hunspell makes a word from a
// root by adding at most one prefix and at most two suffixes, each of
// which may first strip letters from the root's edge. So a word that stems
// to a root is: nothing or a prefix, then the root less at most the prefix
// strip at its start and the suffix strips at its end (its "core"), then
// what the suffixes add. The gate looks for exactly that shape, with hash
// lookups, before anyone asks Hunspell (about 60,000 instructions a word).
// It never turns away a word Hunspell would stem to one of the roots (a
// test checks this over every word of ../shared/eval).
class StemGate {
 public:
  StemGate() = default;  // lets every word through
  StemGate(const AffixReach& reach, const std::vector<std::string>& roots);

  // `word`: lower-case ASCII letters.
  bool MayReachARoot(std::string_view word) const;

 private:
  static constexpr size_t kLetters = 26;
  static size_t Letter(char c) { return static_cast<size_t>(c - 'a'); }
  bool Ends(std::string_view rest) const;

  bool open_ = true;                                         // no bound: every word may reach a root
  std::array<std::vector<std::string>, kLetters> prefixes_;  // by first letter
  // Cores, with their first three letters (or both, for a core of two) as
  // a bit to test before any hashing.
  absl::flat_hash_set<std::string> cores_;
  std::bitset<kLetters * kLetters * kLetters> core_starts_;
  std::bitset<kLetters * kLetters> two_letter_cores_;
  size_t longest_core_ = 0;
  // What up to two suffixes add after a core; any ending when suffixes strip.
  absl::flat_hash_set<std::string> endings_;
  bool any_ending_ = true;
};

class Morphology {
 public:
  // `aff` and `dic`: the Indonesian dictionary (ISO-8859-1); `extra_dics`:
  // supplements in the same encoding and affix classes.
  static absl::StatusOr<std::unique_ptr<Morphology>> Open(const std::string& aff, const std::string& dic,
                                                          const std::vector<std::string>& extra_dics);
  ~Morphology();

  // The stems of a lower-case ASCII word, without the word itself. Cached
  // per thread; thread-safe.
  const std::vector<std::string>& Stems(std::string_view word) const;

  // Adds a dictionary used only to tell real words from misspellings
  // (en_US: "cancer" is a word, not a misspelling of "cancel").
  absl::Status AddSpelling(const std::string& aff, const std::string& dic);

  // Which dictionaries accept `word` as it is: the Indonesian one (with its
  // supplements), a spelling one. Thread-safe; Hunspell runs under the
  // mutex, so callers ask only when a decision is at stake (a misspelling
  // match, a language no other evidence settles).
  struct Known {
    bool indonesian = false;
    bool spelling = false;
  };
  Known Knows(std::string_view word) const;
  bool IsWord(std::string_view word) const {
    const Known k = Knows(word);
    return k.indonesian || k.spelling;
  }

  // The reach of the Indonesian dictionary's affix rules.
  const AffixReach& reach() const { return reach_; }

  Morphology(const Morphology&) = delete;
  Morphology& operator=(const Morphology&) = delete;

 private:
  Morphology() = default;
  std::unique_ptr<Hunspell> hunspell_;
  std::vector<std::unique_ptr<Hunspell>> spelling_;
  mutable std::mutex mu_;  // guards hunspell_ and spelling_
  uint64_t generation_ = 0;
  AffixReach reach_;
};

}  // namespace triage::cues

#endif  // TRIAGE_ENGINE_CUES_MORPHOLOGY_H_
