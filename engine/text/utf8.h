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
// valid UTF-8 and *pos < s.size().
char32_t DecodeUtf8(std::string_view s, size_t* pos);

// Appends the UTF-8 encoding of `c`.
void AppendUtf8(char32_t c, std::string* out);

// The number of UTF-16 code units in the valid UTF-8 text `s`.
size_t Utf16Length(std::string_view s);

}  // namespace triage::text

#endif  // TRIAGE_ENGINE_TEXT_UTF8_H_
