#include "engine/text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "engine/text/utf8.h"

namespace triage::text {
namespace {

const icu::Normalizer2* Nfkc() {
  static const icu::Normalizer2* n = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* p = icu::Normalizer2::getNFKCCasefoldInstance(status);
    return U_SUCCESS(status) ? p : nullptr;
  }();
  return n;
}

// Hebrew points and cantillation marks: vowels are optional in Hebrew and
// must not change what a word matches.
bool IsHebrewMark(char32_t c) { return c >= 0x0591 && c <= 0x05C7 && u_charType(c) == U_NON_SPACING_MARK; }

bool IsApostrophe(char32_t c) { return c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0xFF07 || c == 0x05F3; }

// Appends the folded form of one code point.
void Fold(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>((c >= 'A' && c <= 'Z') ? c + 32 : c));
    return;
  }
  if (IsApostrophe(c)) {
    out->push_back('\'');
    return;
  }
  if (c == 0x05F4) {  // Hebrew gershayim, as in ש״ח: written with '"' too.
    out->push_back('"');
    return;
  }
  const icu::Normalizer2* n = Nfkc();
  if (n == nullptr || n->isInert(c)) {
    AppendUtf8(c, out);
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString folded = n->normalize(icu::UnicodeString(static_cast<UChar32>(c)), status);
  if (U_FAILURE(status)) {
    AppendUtf8(c, out);
    return;
  }
  folded.toUTF8String(*out);
}

bool IsLetter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z');
  return u_isalpha(c);
}

// All of `original` is ASCII (most tickets): fold case and squeeze letter
// runs straight into pre-sized buffers, exactly as the general loop below
// treats ASCII bytes.
void NormalizeAscii(std::string_view original, NormalizedText* out) {
  const size_t n = original.size();
  out->text.resize(n);
  out->src_begin.resize(n);
  out->src_end.resize(n);
  char* text = out->text.data();
  uint32_t* src_begin = out->src_begin.data();
  uint32_t* src_end = out->src_end.data();
  size_t w = 0;
  char run_letter = 0;
  int run_length = 0;
  for (size_t pos = 0; pos < n; ++pos) {
    const char byte = original[pos];
    const char folded = (byte >= 'A' && byte <= 'Z') ? static_cast<char>(byte + 32) : byte;
    const bool letter = folded >= 'a' && folded <= 'z';
    if (letter && folded == run_letter) {
      if (++run_length >= 3) {
        if (run_length == 3) --w;  // drop the run's second letter
        src_end[w - 1] = static_cast<uint32_t>(pos + 1);
        continue;
      }
    } else {
      run_letter = letter ? folded : 0;
      run_length = 1;
    }
    text[w] = folded;
    src_begin[w] = static_cast<uint32_t>(pos);
    src_end[w] = static_cast<uint32_t>(pos + 1);
    ++w;
  }
  out->text.resize(w);
  out->src_begin.resize(w);
  out->src_end.resize(w);
}

bool IsAscii(std::string_view s) {
  unsigned char any = 0;
  for (char c : s) any |= static_cast<unsigned char>(c);
  return any < 0x80;
}

}  // namespace

void Normalize(std::string_view original, NormalizedText* out) {
  if (IsAscii(original)) {
    NormalizeAscii(original, out);
    return;
  }
  out->text.clear();
  out->src_begin.clear();
  out->src_end.clear();
  out->text.reserve(original.size());
  out->src_begin.reserve(original.size());
  out->src_end.reserve(original.size());

  // The last letter emitted and how long its run is, for squeezing
  // "CANCELLLL" to "cancel" and "kesalll" to "kesal".
  char32_t run_letter = 0;
  int run_length = 0;
  size_t run_out_begin = 0;  // where the run's first letter starts in out->text

  std::string piece;
  size_t pos = 0;
  const size_t n = original.size();
  while (pos < n) {
    const uint32_t begin = static_cast<uint32_t>(pos);
    const unsigned char byte = static_cast<unsigned char>(original[pos]);
    // ASCII fast path: no ICU, no temporary string.
    if (byte < 0x80) {
      ++pos;
      const char folded = static_cast<char>((byte >= 'A' && byte <= 'Z') ? byte + 32 : byte);
      const bool letter = folded >= 'a' && folded <= 'z';
      if (letter && static_cast<char32_t>(folded) == run_letter) {
        if (++run_length >= 3) {
          if (run_length == 3) {
            out->text.pop_back();
            out->src_begin.pop_back();
            out->src_end.pop_back();
          }
          out->src_end.back() = static_cast<uint32_t>(pos);
          continue;
        }
      } else {
        run_letter = letter ? static_cast<char32_t>(folded) : 0;
        run_length = 1;
        run_out_begin = out->text.size();
      }
      out->text.push_back(folded);
      out->src_begin.push_back(begin);
      out->src_end.push_back(static_cast<uint32_t>(pos));
      continue;
    }
    const char32_t c = DecodeUtf8(original, &pos);
    const uint32_t end = static_cast<uint32_t>(pos);
    char32_t folded = c;
    bool one_letter = true;  // `emit` is a single letter, `folded`
    std::string_view emit;   // what the character becomes
    if (c >= 0x05D0 && c <= 0x05EA) {
      // Hebrew letters (a third of the bytes of real Hebrew tickets) are
      // inert under NFKC case folding: no ICU call, no copy.
      emit = original.substr(begin, end - begin);
    } else {
      if (u_charType(c) == U_FORMAT_CHAR || IsHebrewMark(c)) {
        continue;  // zero-width, bidi controls, soft hyphen, niqqud: invisible
      }
      piece.clear();
      Fold(c, &piece);
      if (piece.empty()) continue;
      size_t p = 0;
      folded = DecodeUtf8(piece, &p);
      one_letter = p == piece.size() && IsLetter(folded);
      emit = piece;
    }

    // Squeeze runs of one letter: keep at most two, and drop the second too
    // once a third arrives, so "llll" -> "l" but "ll" stays.
    if (one_letter && folded == run_letter) {
      ++run_length;
      if (run_length == 3) {
        // Drop the second letter of the run, extend the first to cover all.
        const size_t first_len = (out->text.size() - run_out_begin) / 2;
        out->text.resize(run_out_begin + first_len);
        out->src_begin.resize(run_out_begin + first_len);
        out->src_end.resize(run_out_begin + first_len);
      }
      if (run_length >= 3) {
        for (size_t i = run_out_begin; i < out->text.size(); ++i) out->src_end[i] = end;
        continue;
      }
    } else {
      run_letter = one_letter ? folded : 0;
      run_length = 1;
      run_out_begin = out->text.size();
    }
    out->text += emit;
    for (size_t i = 0; i < emit.size(); ++i) {
      out->src_begin.push_back(begin);
      out->src_end.push_back(end);
    }
  }
}

}  // namespace triage::text
