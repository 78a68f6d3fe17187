#include "engine/text/tokenize.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
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

// UAX #29 keeps letters joined by a period in one word; a word of two
// letters or more, a period and more letters is two words and a sentence
// break. Abbreviations, domains and links stay whole.
TEST(TokenizeTest, SplitsWordsJoinedByAPeriod) {
  TokenizedText t;
  EXPECT_EQ(Forms("not working.I want", &t), (std::vector<std::string>{"not", "working", "i", "want"}));
  EXPECT_TRUE(t.tokens[2].sentence_break_before);
  EXPECT_FALSE(t.tokens[1].sentence_break_before);
  EXPECT_EQ(Forms("\u05dc\u05d0 \u05e2\u05d5\u05d1\u05d3.\u05d0\u05e0\u05d9"),
            (std::vector<std::string>{"\u05dc\u05d0", "\u05e2\u05d5\u05d1\u05d3", "\u05d0\u05e0\u05d9"}));
  EXPECT_EQ(Forms("mati lagi.Saya"), (std::vector<std::string>{"mati", "lagi", "saya"}));
  EXPECT_EQ(Forms("e.g. the U.S.A and Sdn.Bhd"),
            (std::vector<std::string>{"e.g", "the", "u.s.a", "and", "sdn", "bhd"}));
  EXPECT_EQ(Forms("see google.com or unifi.com.my"),
            (std::vector<std::string>{"see", "google.com", "or", "unifi.com.my"}));
  EXPECT_EQ(Forms("https://bit.ly/abc me@mail.example"),
            (std::vector<std::string>{"https", "bit.ly", "abc", "me@mail.example"}));
}

TEST(TokenizeTest, KeepsHandlesWhole) {
  // A handle of digits is a handle, not a number.
  for (auto [text, handle] : {std::pair{"Thanks @AcmeCare for nothing", "@acmecare"}, {"ping @123 now", "@123"}}) {
    TokenizedText t;
    auto forms = Forms(text, &t);
    ASSERT_GE(forms.size(), 2u) << text;
    EXPECT_EQ(forms[1], handle);
    EXPECT_TRUE(t.tokens[1].is_handle) << text;
    EXPECT_FALSE(t.tokens[1].is_number) << text;
  }
}

TEST(TokenizeTest, JoinsSpacedOutLetters) {
  EXPECT_EQ(Forms("I will c a n c e l now"), (std::vector<std::string>{"i", "will", "cancel", "now"}));
  // Any one separator, the same all along; Hebrew letters too.
  EXPECT_EQ(Forms("I will c-a-n-c-e-l now"), (std::vector<std::string>{"i", "will", "cancel", "now"}));
  EXPECT_EQ(Forms("I will c.a.n.c.e.l now"), (std::vector<std::string>{"i", "will", "cancel", "now"}));
  EXPECT_EQ(Forms("\u05dc \u05d1 \u05d8 \u05dc"), (std::vector<std::string>{"\u05dc\u05d1\u05d8\u05dc"}));
  // Mixed separators, two letters, and a three-letter abbreviation stay apart.
  EXPECT_EQ(Forms("c-a n-c"), (std::vector<std::string>{"c", "a", "n", "c"}));
  EXPECT_EQ(Forms("A-B test"), (std::vector<std::string>{"a", "b", "test"}));
  EXPECT_EQ(Forms("the U.S.A today"), (std::vector<std::string>{"the", "u.s.a", "today"}));
}

// Digits for letters inside a word are read as the letters; numbers, model
// names and counts are not words written that way.
TEST(TokenizeTest, ReadsDigitsWrittenForLetters) {
  EXPECT_EQ(Forms("canc3l my r0uter s3rvice"), (std::vector<std::string>{"cancel", "my", "router", "service"}));
  EXPECT_EQ(Forms("4g mp3 covid19 b2b 3x h2o"), (std::vector<std::string>{"4g", "mp3", "covid19", "b2b", "3x", "h2o"}));
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

// Thousands written with separators are whole numbers ("20,000", and
// "20.000" as Indonesian and Malay write it); decimals are not.
TEST(TokenizeTest, DigitGroupsAndDecimalsAreNumbers) {
  TokenizedText t;
  Forms("paid 20,000 then 1.250.000 then 2.5 then 12,34 then 1,0000 then 1.2.3", &t);
  ASSERT_EQ(t.tokens.size(), 12u);
  EXPECT_TRUE(t.tokens[1].is_number);
  EXPECT_EQ(t.tokens[1].number, 20000u);
  EXPECT_EQ(t.tokens[1].hundredths, 0u);
  EXPECT_TRUE(t.tokens[3].is_number);
  EXPECT_EQ(t.tokens[3].number, 1250000u);
  // Decimals: the whole part, and the fraction in hundredths.
  EXPECT_TRUE(t.tokens[5].is_number);  // 2.5
  EXPECT_EQ(t.tokens[5].number, 2u);
  EXPECT_EQ(t.tokens[5].hundredths, 50u);
  EXPECT_TRUE(t.tokens[7].is_number);  // 12,34 (a decimal comma)
  EXPECT_EQ(t.tokens[7].number, 12u);
  EXPECT_EQ(t.tokens[7].hundredths, 34u);
  EXPECT_FALSE(t.tokens[9].is_number);   // 1,0000: neither a group nor a decimal
  EXPECT_FALSE(t.tokens[11].is_number);  // 1.2.3: a version
}

TEST(TokenizeTest, HebrewWordsAreHebrewScript) {
  TokenizedText t;
  Forms("אני רוצה לבטל", &t);
  ASSERT_EQ(t.tokens.size(), 3u);
  EXPECT_EQ(t.tokens[2].script, Script::kHebrew);
}

// The direct scan (Segmenter::kAuto) must find exactly ICU's words.
std::string Describe(const TokenizedText& t) {
  std::string out;
  for (const Token& tok : t.tokens) {
    // The script too: the direct scan works it out from the bits of the
    // characters it scanned, ICU's path by decoding the token again.
    out += std::to_string(tok.begin) + "-" + std::to_string(tok.end) + ":" + std::string(tok.form) +
           (tok.is_handle ? "@" : "") + (tok.clause_break_before ? "," : "") + (tok.sentence_break_before ? "." : "") +
           "/" + std::to_string(static_cast<int>(tok.script)) + (tok.is_number ? "#" : "") + " ";
  }
  return out;
}

void ExpectSameAsIcu(std::string_view text) {
  NormalizedText n;
  TokenizedText fast, icu;
  Normalize(text, &n);
  Tokenize(n, &fast, Segmenter::kAuto);
  Tokenize(n, &icu, Segmenter::kIcu);
  EXPECT_EQ(Describe(fast), Describe(icu)) << "text: " << text;
}

TEST(TokenizeTest, DirectScanAgreesWithIcuOnTheHardCharacters) {
  for (std::string_view text : {"can't won't rock'n'roll 'quoted' ends'", "e.g. U.S.A. a.b.c 3.5 1,000.50 1.a a.1 3,",
                                "snake_case _x x_ __ 7_8", "a:b 10:30 a;b 1;2", "צה\"ל ג'ירפה צ' \"מרכאות\" ה׳ תשפ״ד",
                                "rock’n’roll it’s ‘x’ “y” a–b a—b", "@acme hi @ home @@x x@y.com @_ @1",
                                "line\r\nnext\x0b"
                                "vt\x0c"
                                "ff",
                                "ÀÉÎõü×÷ çà ñandú", ""}) {
    ExpectSameAsIcu(text);
  }
}

TEST(TokenizeTest, DirectScanAgreesWithIcuOnRandomText) {
  // Every character class the scan distinguishes, mixed at random.
  const std::vector<std::string> alphabet = {"a",  "Z", "é", "ǅ", "א", "ש", "ױ", "׳", "״",  "0",  "7",  "'",
                                             "\"", ".", ",", ";", ":", "_", "@", " ", "  ", "\n", "\r", "\t",
                                             "!",  "?", "-", "’", "‘", "“", "”", "–", "—",  "×",  "#",  "/"};
  std::mt19937 rng(20261123);
  std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1), length(0, 24);
  for (int i = 0; i < 20000; ++i) {
    std::string text;
    for (size_t k = length(rng); k > 0; --k) text += alphabet[pick(rng)];
    ExpectSameAsIcu(text);
    if (HasFailure()) return;
  }
}

TEST(TokenizeTest, DirectScanAgreesWithIcuOnTheEvalCorpus) {
  const std::filesystem::path eval = std::filesystem::path(TRIAGE_SOURCE_DIR) / ".." / "shared" / "eval";
  if (!std::filesystem::is_directory(eval)) GTEST_SKIP() << "no " << eval;
  size_t lines = 0;
  for (const auto& entry : std::filesystem::directory_iterator(eval)) {
    std::ifstream in(entry.path());
    for (std::string line; std::getline(in, line);) {
      ExpectSameAsIcu(line);
      ++lines;
      if (HasFailure()) return;
    }
  }
  EXPECT_GT(lines, 10000u);
}

}  // namespace
}  // namespace triage::text
