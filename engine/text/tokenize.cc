#include "engine/text/tokenize.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <memory>

#include "engine/text/utf8.h"

namespace triage::text {
namespace {

std::unique_ptr<icu::BreakIterator> NewWordIterator() {
  static const icu::BreakIterator* prototype = [] {
    UErrorCode status = U_ZERO_ERROR;
    icu::BreakIterator* it = icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status);
    return U_SUCCESS(status) ? it : nullptr;
  }();
  return std::unique_ptr<icu::BreakIterator>(prototype ? prototype->clone() : nullptr);
}

// Cyrillic and Greek letters whose confusable skeleton is one ASCII letter,
// built once from ICU's confusables data (not a hand list).
struct LookAlikes {
  std::array<char, 0x0530 - 0x0370> ascii{};  // index: code point - 0x370
  LookAlikes() {
    UErrorCode status = U_ZERO_ERROR;
    USpoofChecker* sc = uspoof_open(&status);
    if (U_FAILURE(status)) return;
    for (char32_t c = 0x0370; c < 0x0530; ++c) {
      if (!u_isalpha(c) || !u_isULowercase(c)) continue;
      std::string in;
      AppendUtf8(c, &in);
      char buf[16];
      status = U_ZERO_ERROR;
      int32_t len = uspoof_getSkeletonUTF8(sc, 0, in.data(), static_cast<int32_t>(in.size()), buf, sizeof buf, &status);
      if (U_SUCCESS(status) && len == 1 && buf[0] >= 'a' && buf[0] <= 'z') {
        ascii[c - 0x0370] = buf[0];
      }
    }
    uspoof_close(sc);
  }
  char Get(char32_t c) const { return (c >= 0x0370 && c < 0x0530) ? ascii[c - 0x0370] : 0; }
};

const LookAlikes& GetLookAlikes() {
  static const LookAlikes table;
  return table;
}

// What one character says about the script of its word, as bits: a digit
// only that it is one (a word of digits only is a number), anything else is
// not a digit, and may be a Latin, Hebrew or Greek/Cyrillic letter.
constexpr uint8_t kNotDigit = 1, kLatinLetter = 2, kHebrewLetter = 4, kForeignLetter = 8, kDigit = 16;

uint8_t ScriptBits(char32_t c) {
  if (c >= '0' && c <= '9') return kDigit;
  if ((c >= 'a' && c <= 'z') || (c >= 0xC0 && c < 0x250)) return kNotDigit | kLatinLetter;
  if (c >= 0x05D0 && c <= 0x05EA) return kNotDigit | kHebrewLetter;
  if (c >= 0x0370 && c < 0x0530) return kNotDigit | kForeignLetter;
  return kNotDigit;
}

// The script of a non-empty word from the bits of its characters, OR-ed;
// *mixed_lookalike when Latin letters sit with Greek or Cyrillic ones.
void SetScript(uint8_t bits, Token* t, bool* mixed_lookalike) {
  *mixed_lookalike = (bits & kLatinLetter) && (bits & kForeignLetter);
  if (!(bits & kNotDigit)) {
    t->script = Script::kDigits;
  } else if (bits & kHebrewLetter) {
    t->script = Script::kHebrew;
  } else if (bits & kLatinLetter) {
    t->script = Script::kLatin;
  } else {
    t->script = Script::kOther;
  }
}

// Classifies `form` as SetScript does and returns its bits.
uint8_t ClassifyScript(std::string_view form, Token* t, bool* mixed_lookalike) {
  uint8_t bits = 0;
  size_t pos = 0;
  while (pos < form.size()) {
    const char32_t c = static_cast<unsigned char>(form[pos]) < 0x80 ? form[pos++] : DecodeUtf8(form, &pos);
    bits |= ScriptBits(c);
  }
  if (form.empty()) bits = kNotDigit;  // no digits: not a number
  SetScript(bits, t, mixed_lookalike);
  return bits;
}

// Digits written for letters inside a word ("canc3l", "s3rvice", "r0uter"):
// the word with the letters back, or empty when it is not one. Every digit
// must sit between two letters and stand for one (0 o, 1 i, 3 e, 4 a, 5 s,
// 7 t), and the word must have three letters or more, so "mp3", "4g",
// "covid19", "b2b" and "3x" stay as they are. A 1 may also be an l: a form
// one letter off still matches as a misspelling ("fai1ed").
std::string UnLeet(std::string_view form) {
  auto letter = [](char c) { return c >= 'a' && c <= 'z'; };
  static constexpr char kFor[] = "oi?ea?t??";  // '0'..'8'; ? has no letter
  std::string out(form);
  int letters = 0;
  bool changed = false;
  for (size_t i = 0; i < out.size(); ++i) {
    const char c = out[i];
    if (letter(c)) {
      ++letters;
    } else if (c >= '0' && c <= '9') {
      if (c == '9' || kFor[c - '0'] == '?' || i == 0 || i + 1 == out.size() || !letter(form[i - 1]) ||
          !letter(form[i + 1])) {
        return std::string();
      }
      out[i] = kFor[c - '0'];
      changed = true;
    }
  }
  return changed && letters >= 3 ? out : std::string();
}

std::string FoldLookAlikes(std::string_view form) {
  const LookAlikes& table = GetLookAlikes();
  std::string out;
  size_t pos = 0;
  while (pos < form.size()) {
    char32_t c = DecodeUtf8(form, &pos);
    char a = table.Get(c);
    if (a != 0) {
      out.push_back(a);
    } else {
      AppendUtf8(c, &out);
    }
  }
  return out;
}

void MarkBreaks(std::string_view gap, Token* t) {
  for (size_t i = 0; i < gap.size(); ++i) {
    switch (gap[i]) {
      case '.':
      case '!':
      case '?':
      case '\n':
        t->sentence_break_before = true;
        t->clause_break_before = true;
        break;
      case ',':
      case ';':
      case ':':
      case '(':
      case ')':
        t->clause_break_before = true;
        break;
      case '\xE2':
        // Non-ASCII sentence punctuation: full-width forms fold to ASCII
        // already; the ellipsis ends a sentence, dashes end a clause.
        if (i + 2 < gap.size() && gap[i + 1] == '\x80') {
          if (gap[i + 2] == '\xA6') t->sentence_break_before = true;
          if (gap[i + 2] == '\x94' || gap[i + 2] == '\x93') t->clause_break_before = true;
        }
        break;
      default:
        break;
    }
  }
}

// "20,000" and "20.000" (Indonesian and Malay write thousands with a dot):
// digit groups of three after a first group of one to three. Decimals
// ("2.5") and other mixes are not whole numbers.
bool GroupedNumber(std::string_view form, uint64_t* value) {
  uint64_t v = 0;
  size_t group = 0, groups = 0;
  for (size_t i = 0; i < form.size(); ++i) {
    const char c = form[i];
    if (c >= '0' && c <= '9') {
      v = v * 10 + static_cast<uint64_t>(c - '0');
      ++group;
      continue;
    }
    if ((c != ',' && c != '.') || group == 0 || group > 3 || (groups > 0 && group != 3)) return false;
    group = 0;
    ++groups;
  }
  if (groups == 0 || group != 3 || form.size() > 15) return false;
  *value = v;
  return true;
}

// A decimal with one or two digits after its point or comma: "1.5" (years),
// "2,5" (Indonesian and Malay write a decimal comma). Three digits after
// the separator are a digit group ("1.500" is 1500 in Indonesian), which
// GroupedNumber reads first.
bool DecimalNumber(std::string_view form, uint64_t* whole, uint8_t* hundredths) {
  const size_t sep = form.find_first_of(".,");
  if (sep == std::string_view::npos || sep == 0 || sep > 6 || form.size() - sep - 1 < 1 || form.size() - sep - 1 > 2) {
    return false;
  }
  uint64_t w = 0;
  for (char c : form.substr(0, sep)) {
    if (c < '0' || c > '9') return false;
    w = w * 10 + static_cast<uint64_t>(c - '0');
  }
  uint32_t f = 0;
  for (char c : form.substr(sep + 1)) {
    if (c < '0' || c > '9') return false;
    f = f * 10 + static_cast<uint32_t>(c - '0');
  }
  *whole = w;
  *hundredths = static_cast<uint8_t>(form.size() - sep - 1 == 1 ? f * 10 : f);
  return true;
}

// A letter written alone: one Latin byte, or one two-byte Hebrew letter.
bool IsSingleLetter(const Token& t) {
  return t.form.size() <= 2 && (t.form.size() == 1 ? t.script == Script::kLatin : t.script == Script::kHebrew);
}

// What may stand between the letters of a spelled-out word: "c a n c e l",
// "c-a-n-c-e-l", "c.a.n.c.e.l", "c*a*n*c*e*l". ("c_a_n_c_e_l" is one word
// to UAX #29 and stays so.)
bool IsLetterSeparator(char c) { return c == ' ' || c == '-' || c == '.' || c == '*'; }

// A candidate token: a word or an emoji, in NormalizedText::text.
struct Span {
  uint32_t begin;
  uint32_t end;
  // ScriptBits of its characters OR-ed, and of all but the first (an
  // @handle's script is that of its name); kNoBits when not worked out.
  uint8_t bits = kNoBits;
  uint8_t bits_after_first = kNoBits;
  static constexpr uint8_t kNoBits = 0xFF;
};

bool IcuSpans(const std::string& text, std::vector<Span>* spans) {
  thread_local std::unique_ptr<icu::BreakIterator> words = NewWordIterator();
  if (!words) return false;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) return false;
  words->setText(ut, status);
  int32_t start = words->first();
  for (int32_t end = words->next(); end != icu::BreakIterator::DONE; start = end, end = words->next()) {
    if (words->getRuleStatus() == UBRK_WORD_NONE) {
      // Punctuation and spaces are not tokens; emoji (😡 👎 are strong
      // signals) are.
      size_t at = static_cast<size_t>(start);
      const char32_t first = DecodeUtf8(text, &at);
      if (first < 0x80 || !u_hasBinaryProperty(first, UCHAR_EXTENDED_PICTOGRAPHIC)) continue;
    }
    spans->push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end)});
  }
  utext_close(ut);
  return true;
}

// Word-break classes of UAX #29 that occur in the fast path's alphabet.
enum class Wb : uint8_t {
  kOther,
  kALetter,
  kHebrewLetter,
  kNumeric,
  kMidLetter,
  kMidNum,
  kMidNumLet,
  kSingleQuote,
  kDoubleQuote,
  kExtendNumLet,
  kUnknown
};

// The class of `c`, or kUnknown outside the alphabet the fast path handles:
// ASCII, Latin letters to U+024F, Hebrew letters and punctuation, curly
// quotes and dashes. That alphabet covers 99% of the texts in ../shared/eval.
Wb WordBreakClass(char32_t c) {
  if (c < 0x80) {
    // ICU's word rules (CLDR) count '@' as a letter: "@acme" and
    // "x@y.com" are one word each.
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '@') return Wb::kALetter;
    if (c >= '0' && c <= '9') return Wb::kNumeric;
    switch (c) {
      case '\'':
        return Wb::kSingleQuote;
      case '"':
        return Wb::kDoubleQuote;
      case '.':
        return Wb::kMidNumLet;
      case ',':
      case ';':
        return Wb::kMidNum;
      case '_':
        return Wb::kExtendNumLet;
      default:
        return Wb::kOther;
    }
  }
  if (c >= 0xC0 && c < 0x250) return (c == 0xD7 || c == 0xF7) ? Wb::kOther : Wb::kALetter;
  if ((c >= 0x05D0 && c <= 0x05EA) || (c >= 0x05EF && c <= 0x05F2)) return Wb::kHebrewLetter;
  if (c == 0x05F3) return Wb::kALetter;    // geresh
  if (c == 0x05F4) return Wb::kMidLetter;  // gershayim
  if (c == 0x2018 || c == 0x2019) return Wb::kMidNumLet;
  if (c == 0x201C || c == 0x201D || c == 0x2013 || c == 0x2014) return Wb::kOther;
  return Wb::kUnknown;
}

bool IsAHLetter(Wb c) { return c == Wb::kALetter || c == Wb::kHebrewLetter; }
bool IsWordStart(Wb c) { return IsAHLetter(c) || c == Wb::kNumeric || c == Wb::kExtendNumLet; }

// The word spans ICU's word BreakIterator finds, computed with the rules of
// UAX #29 (WB5-WB13b) directly, for text whose characters all have a known
// class; false (and nothing useful in *spans) otherwise. ICU stays the
// reference: tests compare the two on the eval corpus and on random text.
// Applies the rules to the classes of n characters; offset(i) is where
// character i starts (and offset(n) the end).
template <typename Offset>
void ScanWords(const Wb* cls, const uint8_t* bits, size_t n, Offset offset, std::vector<Span>* spans) {
  auto cls_at = [&](size_t i) { return i < n ? cls[i] : Wb::kOther; };
  for (size_t i = 0; i < n;) {
    if (!IsWordStart(cls[i])) {
      ++i;
      continue;
    }
    const size_t begin = i;
    Wb cur = cls[i++];
    while (i < n) {
      const Wb next = cls[i];
      if (IsWordStart(next)) {
        // WB5, WB8-WB10, WB13a-b: letters, digits and connectors join.
        cur = next;
        ++i;
        continue;
      }
      const Wb after = cls_at(i + 1);
      const bool mid_letter = next == Wb::kMidLetter || next == Wb::kMidNumLet || next == Wb::kSingleQuote;
      const bool mid_num = next == Wb::kMidNum || next == Wb::kMidNumLet || next == Wb::kSingleQuote;
      if ((IsAHLetter(cur) && mid_letter && IsAHLetter(after)) ||                                  // WB6-7
          (cur == Wb::kHebrewLetter && next == Wb::kDoubleQuote && after == Wb::kHebrewLetter) ||  // WB7b-c
          (cur == Wb::kNumeric && mid_num && after == Wb::kNumeric)) {                             // WB11-12
        cur = after;
        i += 2;
        continue;
      }
      if (cur == Wb::kHebrewLetter && next == Wb::kSingleQuote) ++i;  // WB7a
      break;
    }
    // ICU gives a lone connector ("_") no word status, two or more ("__") a
    // letter status.
    if (i - begin > 1 || cls[begin] != Wb::kExtendNumLet) {
      uint8_t after_first = 0;
      for (size_t k = begin + 1; k < i; ++k) after_first |= bits[k];
      spans->push_back({static_cast<uint32_t>(offset(begin)), static_cast<uint32_t>(offset(i)),
                        static_cast<uint8_t>(bits[begin] | after_first), after_first});
    }
  }
}

bool FastSpans(std::string_view text, std::vector<Span>* spans) {
  static const std::array<Wb, 128> kAsciiClass = [] {
    std::array<Wb, 128> t{};
    for (char32_t c = 0; c < 128; ++c) t[c] = WordBreakClass(c);
    return t;
  }();
  static const std::array<uint8_t, 128> kAsciiBits = [] {
    std::array<uint8_t, 128> t{};
    for (char32_t c = 0; c < 128; ++c) t[c] = ScriptBits(c);
    return t;
  }();
  thread_local std::vector<Wb> cls;
  thread_local std::vector<uint8_t> bits;
  cls.resize(text.size());  // a character is at least one byte
  bits.resize(text.size());
  // The ASCII head of the text (all of most tickets), a byte per character.
  size_t n = 0;
  while (n < text.size() && static_cast<unsigned char>(text[n]) < 0x80) {
    cls[n] = kAsciiClass[static_cast<unsigned char>(text[n])];
    bits[n] = kAsciiBits[static_cast<unsigned char>(text[n])];
    ++n;
  }
  if (n == text.size()) {
    ScanWords(
        cls.data(), bits.data(), n, [](size_t i) { return i; }, spans);
    return true;
  }
  thread_local std::vector<uint32_t> at;  // byte offset of each character, plus the end
  at.resize(text.size() + 1);
  for (size_t i = 0; i < n; ++i) at[i] = static_cast<uint32_t>(i);
  for (size_t pos = n; pos < text.size(); ++n) {
    at[n] = static_cast<uint32_t>(pos);
    const unsigned char b = static_cast<unsigned char>(text[pos]);
    const char32_t c = b < 0x80 ? text[pos++] : DecodeUtf8(text, &pos);
    const Wb w = WordBreakClass(c);
    if (w == Wb::kUnknown) return false;
    cls[n] = w;
    bits[n] = ScriptBits(c);
  }
  at[n] = static_cast<uint32_t>(text.size());
  ScanWords(
      cls.data(), bits.data(), n, [](size_t i) { return at[i]; }, spans);
  return true;
}

// A byte of a letter: an ASCII letter, or any non-ASCII byte (inside a
// word span those belong to letters and marks).
bool IsLetterByte(char ch) {
  const unsigned char c = static_cast<unsigned char>(ch);
  return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Letters only, and how many characters; 0 when anything else is in `part`.
size_t LetterCount(std::string_view part) {
  size_t chars = 0;
  for (char ch : part) {
    if (!IsLetterByte(ch)) return 0;
    chars += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
  }
  return chars;
}

// Calls f(begin, end) for each part of `word` between periods, in order,
// until f returns false; returns whether every call returned true.
template <typename F>
bool EachPartBetweenPeriods(std::string_view word, F f) {
  for (size_t from = 0; from < word.size();) {
    size_t to = word.find('.', from);
    if (to == std::string_view::npos) to = word.size();
    if (!f(from, to)) return false;
    from = to + 1;
  }
  return true;
}

// Four or more single letters joined by periods, "c.a.n.c.e.l": split, so
// that the letters are joined into the word they spell. Three ("U.S.A")
// stay an abbreviation.
bool SpelledOut(std::string_view word) {
  size_t letters = 0;
  const bool single = EachPartBetweenPeriods(word, [&](size_t from, size_t to) {
    ++letters;
    return LetterCount(word.substr(from, to - from)) == 1;
  });
  return single && letters >= 4;
}

// Domain endings: "google.com", "unifi.com.my" stay one word.
bool IsDomainEnding(std::string_view part) {
  static constexpr std::string_view kEndings[] = {"com", "net", "org", "edu", "gov", "co", "io", "ly",   "me",  "my",
                                                  "id",  "il",  "sg",  "uk",  "us",  "ac", "tv", "info", "biz", "app"};
  return std::find(std::begin(kEndings), std::end(kEndings), part) != std::end(kEndings);
}

// UAX #29 keeps letters joined by a period in one word (WB6/WB7: "e.g.",
// "U.S."), so "working.I want" and "עובד.אני" hide the words on both sides
// from matching. A word of two letters or more, a period and more letters
// is split there, and the period then ends the sentence, unless the word is
// a domain ("bit.ly", "tm.com.my") or sits in a link or address.
void SplitWordsJoinedByAPeriod(const std::string& text, std::vector<Span>* spans) {
  // Most texts have no period between two letters: one memchr pass says so.
  bool joined = false;
  for (size_t dot = text.find('.', 1); !joined && dot != std::string::npos; dot = text.find('.', dot + 1)) {
    joined = dot + 1 < text.size() && IsLetterByte(text[dot - 1]) && IsLetterByte(text[dot + 1]);
  }
  if (!joined) return;
  thread_local std::vector<Span> split;
  split.clear();
  bool changed = false;
  for (size_t s = 0; s < spans->size(); ++s) {
    const Span& span = (*spans)[s];
    const std::string_view word(text.data() + span.begin, span.end - span.begin);
    const size_t dot = word.size() >= 4 ? word.find('.', 1) : std::string_view::npos;
    bool split_here = dot != std::string_view::npos && dot + 1 < word.size() &&
                      (LetterCount(word.substr(0, dot)) >= 2 || SpelledOut(word));
    if (split_here) {
      const char before = span.begin > 0 ? text[span.begin - 1] : ' ';
      const char after = span.end < text.size() ? text[span.end] : ' ';
      const size_t last_dot = word.rfind('.');
      split_here = before != '/' && before != '@' && before != ':' && before != '.' && after != '/' && after != '@' &&
                   !IsDomainEnding(word.substr(last_dot + 1)) &&
                   EachPartBetweenPeriods(
                       word, [&](size_t from, size_t to) { return LetterCount(word.substr(from, to - from)) > 0; });
    }
    if (!split_here) {
      if (changed) split.push_back(span);
      continue;
    }
    if (!changed) split.assign(spans->begin(), spans->begin() + static_cast<std::ptrdiff_t>(s));
    changed = true;
    EachPartBetweenPeriods(word, [&](size_t from, size_t to) {
      split.push_back({span.begin + static_cast<uint32_t>(from), span.begin + static_cast<uint32_t>(to)});
      return true;
    });
  }
  if (changed) spans->swap(split);
}

}  // namespace

void Tokenize(const NormalizedText& in, TokenizedText* out, Segmenter segmenter) {
  out->tokens.clear();
  out->owned.clear();
  const std::string& text = in.text;
  if (text.empty()) return;

  thread_local std::vector<Span> spans;
  spans.clear();
  if (segmenter == Segmenter::kIcu || !FastSpans(text, &spans)) {
    spans.clear();
    if (!IcuSpans(text, &spans)) return;
  }
  SplitWordsJoinedByAPeriod(text, &spans);

  out->tokens.reserve(spans.size());
  uint32_t prev_end = 0;
  for (const Span& span : spans) {
    Token t;
    t.begin = span.begin;
    t.end = span.end;
    t.form = std::string_view(text).substr(t.begin, t.end - t.begin);
    t.is_handle = t.form.size() > 1 && t.form[0] == '@';
    bool mixed = false;
    uint8_t bits = t.is_handle ? span.bits_after_first : span.bits;
    if (bits != Span::kNoBits) {
      SetScript(bits, &t, &mixed);
    } else {
      bits = ClassifyScript(t.is_handle ? t.form.substr(1) : t.form, &t, &mixed);
    }
    if (mixed) {
      out->owned.push_back(FoldLookAlikes(t.form));
      t.form = out->owned.back();
      t.script = Script::kLatin;
    } else if (t.script == Script::kLatin && (bits & kDigit) && !t.is_handle) {
      std::string letters = UnLeet(t.form);
      if (!letters.empty()) {
        out->owned.push_back(std::move(letters));
        t.form = out->owned.back();
      }
    }
    if (t.script == Script::kDigits && !t.is_handle && t.form.size() <= 12) {
      t.is_number = true;
      for (char c : t.form) t.number = t.number * 10 + static_cast<uint64_t>(c - '0');
    } else if (t.script == Script::kOther && !t.is_handle &&
               (GroupedNumber(t.form, &t.number) || DecimalNumber(t.form, &t.number, &t.hundredths))) {
      t.script = Script::kDigits;
      t.is_number = true;
    }
    MarkBreaks(std::string_view(text).substr(prev_end, t.begin - prev_end), &t);
    if (out->tokens.empty()) t.clause_break_before = t.sentence_break_before = true;
    prev_end = t.end;
    out->tokens.push_back(t);
  }

  // Join runs of three or more single letters, each separated from the
  // next by the same one character: "c a n c e l", "c-a-n-c-e-l", "ל ב ט ל"
  // are one word written to dodge filters.
  std::vector<Token>& toks = out->tokens;
  // Most texts have no three single letters in a row: one pass says so.
  size_t first = toks.size();
  for (size_t i = 0, run = 0; i < toks.size(); ++i) {
    run = IsSingleLetter(toks[i]) ? run + 1 : 0;
    if (run == 3) {
      first = i - 2;
      break;
    }
  }
  size_t kept = first;  // compacted in place
  for (size_t i = first; i < toks.size();) {
    size_t j = i;
    char separator = 0;
    while (j < toks.size() && IsSingleLetter(toks[j])) {
      if (j > i) {
        const char gap = text[toks[j - 1].end];
        if (toks[j].begin != toks[j - 1].end + 1 || !IsLetterSeparator(gap)) break;
        if (separator == 0) separator = gap;
        if (gap != separator) break;
      }
      ++j;
    }
    if (j - i >= 3) {
      std::string word;
      for (size_t k = i; k < j; ++k) word += toks[k].form;
      Token t = toks[i];
      t.end = toks[j - 1].end;
      out->owned.push_back(std::move(word));
      t.form = out->owned.back();
      toks[kept++] = t;
      i = j;
    } else {
      if (kept != i) toks[kept] = toks[i];
      ++kept;
      ++i;
    }
  }
  toks.resize(kept);
}

}  // namespace triage::text
