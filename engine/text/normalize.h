// Normalization for matching, with a map back to the original text.
//
// Matching runs on a folded copy of the text (NFKC + case folding, format
// characters and bidi controls dropped, Hebrew niqqud and cantillation
// dropped, typographic apostrophes made ASCII, letter runs of three or more
// squeezed to one), but every hit must be reported as an exact span of what
// the customer wrote. NormalizedText keeps, for each byte of the folded copy,
// the original byte range of the code point (or run) it came from.
//
// Normalize() is thread-safe: it uses ICU's shared, immutable normalizer.
#ifndef TRIAGE_ENGINE_TEXT_NORMALIZE_H_
#define TRIAGE_ENGINE_TEXT_NORMALIZE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace triage::text {

struct NormalizedText {
  std::string text;
  // For each byte i of `text`: the original bytes [src_begin[i], src_end[i])
  // it came from.
  std::vector<uint32_t> src_begin;
  std::vector<uint32_t> src_end;

  // The original byte range covered by normalized bytes [begin, end).
  uint32_t SourceBegin(uint32_t begin) const { return src_begin[begin]; }
  uint32_t SourceEnd(uint32_t end) const { return src_end[end - 1]; }
};

// `original` must be valid UTF-8.
void Normalize(std::string_view original, NormalizedText* out);

}  // namespace triage::text

#endif  // TRIAGE_ENGINE_TEXT_NORMALIZE_H_
