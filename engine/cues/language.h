// Language identification for en / id / ms / he, per text and per sentence.
//
// Evidence, strongest first: script (Hebrew letters), distinguishing words
// from the lexicons' `lang.marker` entries (Indonesian "layanan, karena,
// uang, nggak" against Malay "perkhidmatan, kerana, wang, tak"), and CLD2's
// n-gram guess. The caller's hint breaks near-ties only; the detected
// language is always what is reported.
//
// Stateless apart from the Lexicon it reads: thread-safe.
#ifndef TRIAGE_ENGINE_CUES_LANGUAGE_H_
#define TRIAGE_ENGINE_CUES_LANGUAGE_H_

#include <string>
#include <string_view>

#include "engine/cues/lexicon.h"
#include "engine/cues/matcher.h"

namespace triage::cues {

struct LanguageGuess {
  std::string language = "und";  // "en", "id", "ms", "he" or "und"
  float confidence = 0;
};

// Identifies the language of tokens [first_token, last_token] of `analysis`
// (the whole text by default).
// With `use_ngrams` false, CLD2 is not asked: script and distinguishing
// words only, and "und" when they say nothing (for sentences, which then
// take the message's language).
LanguageGuess IdentifyLanguage(const Lexicon& lexicon, std::string_view original, const Analysis& analysis,
                               std::string_view hint, uint32_t first_token = 0, uint32_t last_token = UINT32_MAX,
                               bool use_ngrams = true);

}  // namespace triage::cues

#endif  // TRIAGE_ENGINE_CUES_LANGUAGE_H_
