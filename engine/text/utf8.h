// UTF-8 helpers for text that comes from outside: validation, decoding, and
// UTF-16 offsets (the API reports every span both ways).
//
// Pure functions over string_views; safe from any thread.
#ifndef TRIAGE_ENGINE_TEXT_UTF8_H_
#define TRIAGE_ENGINE_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace triage::text {

// The byte offset of the first ill-formed sequence (overlong forms,
// surrogates and code points past U+10FFFF count as ill-formed), or nullopt
// when `s` is well-formed UTF-8.
std::optional<size_t> FindInvalidUtf8(std::string_view s);

// Decodes the code point at s[*pos] and advances *pos past it. `s` must be
// valid UTF-8 and *pos < s.size(). Inline: normalization and tokenization
// call it for every character of non-ASCII text.
inline char32_t DecodeUtf8(std::string_view s, size_t* pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + *pos;
  const unsigned char c = p[0];
  if (c < 0x80) {
    *pos += 1;
    return c;
  }
  if (c < 0xE0) {
    *pos += 2;
    return ((c & 0x1F) << 6) | (p[1] & 0x3F);
  }
  if (c < 0xF0) {
    *pos += 3;
    return ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
  }
  *pos += 4;
  return ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

// Appends the UTF-8 encoding of `c`.
void AppendUtf8(char32_t c, std::string* out);

// The number of UTF-16 code units in the valid UTF-8 text `s`.
size_t Utf16Length(std::string_view s);

}  // namespace triage::text

#endif  // TRIAGE_ENGINE_TEXT_UTF8_H_
