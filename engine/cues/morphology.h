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

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

class Hunspell;

namespace triage::cues {

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

  // Whether the Indonesian dictionary (with its supplements) or a spelling
  // dictionary accepts `word` as it is. Thread-safe; Hunspell runs under the
  // mutex, so callers ask only when a misspelling match is at stake.
  bool IsWord(std::string_view word) const;

  Morphology(const Morphology&) = delete;
  Morphology& operator=(const Morphology&) = delete;

 private:
  Morphology() = default;
  std::unique_ptr<Hunspell> hunspell_;
  std::vector<std::unique_ptr<Hunspell>> spelling_;
  mutable std::mutex mu_;  // guards hunspell_ and spelling_
  uint64_t generation_ = 0;
};

}  // namespace triage::cues

#endif  // TRIAGE_ENGINE_CUES_MORPHOLOGY_H_
