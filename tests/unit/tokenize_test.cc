#include "engine/text/tokenize.h"

#include <gtest/gtest.h>

#include <vector>

namespace triage::text {
namespace {

std::vector<std::string> Forms(std::string_view s, TokenizedText* out = nullptr) {
  static NormalizedText n;
  static TokenizedText t;
  Normalize(s, &n);
  Tokenize(n, &t);
  std::vector<std::string> forms;
  for (const Token& tok : t.tokens) forms.emplace_back(tok.form);
  if (out) *out = t;
  return forms;
}

TEST(TokenizeTest, SplitsWordsAndKeepsContractions) {
  EXPECT_EQ(Forms("I'm going to cancel!"), (std::vector<std::string>{"i'm", "going", "to", "cancel"}));
}

TEST(TokenizeTest, KeepsHandlesWhole) {
  TokenizedText t;
  auto forms = Forms("Thanks @AcmeCare for nothing", &t);
  ASSERT_GE(forms.size(), 2u);
  EXPECT_EQ(forms[1], "@acmecare");
  EXPECT_TRUE(t.tokens[1].is_handle);
}

TEST(TokenizeTest, JoinsSpacedOutLetters) {
  EXPECT_EQ(Forms("I will c a n c e l now"), (std::vector<std::string>{"i", "will", "cancel", "now"}));
}

TEST(TokenizeTest, FoldsCyrillicLookAlikesInsideLatinWords) {
  EXPECT_EQ(Forms("\u0441\u0430ncel"), (std::vector<std::string>{"cancel"}));  // Cyrillic с, а
}

TEST(TokenizeTest, LeavesWholeCyrillicWordsAlone) {
  EXPECT_EQ(Forms("\u0441\u0430\u0434"), (std::vector<std::string>{"\u0441\u0430\u0434"}));
}

TEST(TokenizeTest, MarksNumbersAndBreaks) {
  TokenizedText t;
  Forms("Waited 3 days. Again, nothing", &t);
  ASSERT_EQ(t.tokens.size(), 5u);
  EXPECT_TRUE(t.tokens[1].is_number);
  EXPECT_EQ(t.tokens[1].number, 3u);
  EXPECT_TRUE(t.tokens[3].sentence_break_before);
  EXPECT_TRUE(t.tokens[4].clause_break_before);
  EXPECT_FALSE(t.tokens[4].sentence_break_before);
}

TEST(TokenizeTest, HebrewWordsAreHebrewScript) {
  TokenizedText t;
  Forms("אני רוצה לבטל", &t);
  ASSERT_EQ(t.tokens.size(), 3u);
  EXPECT_EQ(t.tokens[2].script, Script::kHebrew);
}

}  // namespace
}  // namespace triage::text
