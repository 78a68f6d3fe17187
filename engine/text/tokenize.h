// Word segmentation of normalized text with ICU's word BreakIterator (or a
// direct scan that gives the same words, see Segmenter).
//
// On top of ICU's words, the tokenizer: marks @handles and numbers; joins
// spaced-out letters ("c a n c e l" -> "cancel"); folds Cyrillic and Greek
// look-alike letters inside Latin words ("саncel" -> "cancel") using ICU's
// confusable skeletons; and records clause and sentence breaks between
// tokens, which bound cue patterns and negation scope.
//
// Tokenize() is thread-safe: each thread uses its own clone of a shared
// BreakIterator prototype.
#ifndef TRIAGE_ENGINE_TEXT_TOKENIZE_H_
#define TRIAGE_ENGINE_TEXT_TOKENIZE_H_

#include <cstdint>
#include <list>
#include <string>
#include <string_view>
#include <vector>

#include "engine/text/normalize.h"

namespace triage::text {

enum class Script : uint8_t { kOther, kLatin, kHebrew, kDigits };

struct Token {
  uint32_t begin = 0;  // byte offsets in NormalizedText::text
  uint32_t end = 0;
  std::string_view form;  // what matching sees (may differ from the text)
  Script script = Script::kOther;
  bool is_handle = false;              // "@acme"
  bool is_number = false;              // all digits, digit groups ("20,000", "20.000") or a decimal ("1.5")
  bool clause_break_before = false;    // , ; : or a sentence break
  bool sentence_break_before = false;  // . ! ? or a line break
  uint64_t number = 0;                 // value when is_number (a decimal's whole part)
  uint8_t hundredths = 0;              // a decimal's fraction: "1.5", "2,5" -> 50; "1.25" -> 25
};

struct TokenizedText {
  std::vector<Token> tokens;
  std::list<std::string> owned;  // rewritten forms (stable addresses; no allocation while empty)
};

// Where word boundaries come from. ICU's word BreakIterator is the reference
// and costs about 15 us per KB; kAuto applies the same rules (UAX #29, as ICU
// implements them) in a direct scan when every character of the text is in
// the alphabet that scan knows (ASCII, Latin letters to U+024F, Hebrew,
// curly quotes and dashes: 99% of real tickets), and hands any other text to
// ICU. Tests check that both give the same tokens.
enum class Segmenter { kAuto, kIcu };

// `in` must outlive `out`.
void Tokenize(const NormalizedText& in, TokenizedText* out, Segmenter segmenter = Segmenter::kAuto);

}  // namespace triage::text

#endif  // TRIAGE_ENGINE_TEXT_TOKENIZE_H_
