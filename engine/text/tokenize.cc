#include "engine/text/tokenize.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>
#include <unicode/utext.h>

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

void ClassifyScript(std::string_view form, Token* t, bool* mixed_lookalike) {
  bool latin = false, hebrew = false, digits = true, foreign = false;
  size_t pos = 0;
  while (pos < form.size()) {
    char32_t c = DecodeUtf8(form, &pos);
    if (c >= '0' && c <= '9') continue;
    digits = false;
    if ((c >= 'a' && c <= 'z') || (c >= 0xC0 && c < 0x250)) {
      latin = true;
    } else if (c >= 0x05D0 && c <= 0x05EA) {
      hebrew = true;
    } else if (c >= 0x0370 && c < 0x0530) {
      foreign = true;
    }
  }
  *mixed_lookalike = latin && foreign;
  if (digits && !form.empty()) {
    t->script = Script::kDigits;
  } else if (hebrew) {
    t->script = Script::kHebrew;
  } else if (latin) {
    t->script = Script::kLatin;
  } else {
    t->script = Script::kOther;
  }
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
  for (char c : gap) {
    if (c == '.' || c == '!' || c == '?' || c == '\n') {
      t->sentence_break_before = true;
      t->clause_break_before = true;
    } else if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')') {
      t->clause_break_before = true;
    }
  }
  // Non-ASCII sentence punctuation: full-width forms fold to ASCII already;
  // the ellipsis and dashes are clause breaks.
  if (gap.find("\xE2\x80\xA6") != std::string_view::npos) t->sentence_break_before = true;
  if (gap.find("\xE2\x80\x94") != std::string_view::npos || gap.find("\xE2\x80\x93") != std::string_view::npos) {
    t->clause_break_before = true;
  }
}

bool IsSingleLatinLetter(const Token& t) { return t.script == Script::kLatin && t.form.size() == 1; }

}  // namespace

void Tokenize(const NormalizedText& in, TokenizedText* out) {
  out->tokens.clear();
  out->owned.clear();
  const std::string& text = in.text;
  if (text.empty()) return;

  thread_local std::unique_ptr<icu::BreakIterator> words = NewWordIterator();
  if (!words) return;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) return;
  words->setText(ut, status);

  uint32_t prev_end = 0;
  int32_t start = words->first();
  for (int32_t end = words->next(); end != icu::BreakIterator::DONE; start = end, end = words->next()) {
    if (words->getRuleStatus() == UBRK_WORD_NONE) {
      // Punctuation and spaces are not tokens; an '@' that ICU left apart
      // from its handle, and emoji (😡 👎 are strong signals), are.
      size_t at = static_cast<size_t>(start);
      const char32_t first = DecodeUtf8(text, &at);
      const bool emoji = first >= 0x80 && u_hasBinaryProperty(first, UCHAR_EXTENDED_PICTOGRAPHIC);
      if (!(end - start == 1 && text[start] == '@') && !emoji) continue;
    }
    Token t;
    t.begin = static_cast<uint32_t>(start);
    t.end = static_cast<uint32_t>(end);
    // An '@' directly before a word makes it a handle.
    if (text[start] == '@' && end - start == 1) {
      int32_t next = words->next();
      if (next == icu::BreakIterator::DONE) break;
      end = next;
      t.end = static_cast<uint32_t>(end);
    }
    t.form = std::string_view(text).substr(t.begin, t.end - t.begin);
    t.is_handle = t.form.size() > 1 && t.form[0] == '@';
    bool mixed = false;
    ClassifyScript(t.is_handle ? t.form.substr(1) : t.form, &t, &mixed);
    if (mixed) {
      out->owned.push_back(FoldLookAlikes(t.form));
      t.form = out->owned.back();
      t.script = Script::kLatin;
    }
    if (t.script == Script::kDigits && t.form.size() <= 12) {
      t.is_number = true;
      for (char c : t.form) t.number = t.number * 10 + static_cast<uint64_t>(c - '0');
    }
    MarkBreaks(std::string_view(text).substr(prev_end, t.begin - prev_end), &t);
    if (out->tokens.empty()) t.clause_break_before = t.sentence_break_before = true;
    prev_end = t.end;
    out->tokens.push_back(t);
  }
  utext_close(ut);

  // Join runs of three or more single Latin letters separated by single
  // spaces: "c a n c e l" is one word written to dodge filters.
  std::vector<Token>& toks = out->tokens;
  std::vector<Token> joined;
  joined.reserve(toks.size());
  for (size_t i = 0; i < toks.size();) {
    size_t j = i;
    while (j < toks.size() && IsSingleLatinLetter(toks[j]) &&
           (j == i || (toks[j].begin == toks[j - 1].end + 1 && text[toks[j - 1].end] == ' '))) {
      ++j;
    }
    if (j - i >= 3) {
      std::string word;
      for (size_t k = i; k < j; ++k) word += toks[k].form;
      Token t = toks[i];
      t.end = toks[j - 1].end;
      out->owned.push_back(std::move(word));
      t.form = out->owned.back();
      joined.push_back(t);
      i = j;
    } else {
      joined.push_back(toks[i]);
      ++i;
    }
  }
  toks.swap(joined);
}

}  // namespace triage::text
