#include "engine/text/normalize.h"

#include <gtest/gtest.h>

#include <random>

namespace triage::text {
namespace {

std::string Norm(std::string_view s) {
  NormalizedText n;
  Normalize(s, &n);
  return n.text;
}

TEST(NormalizeTest, FoldsCaseAndCompatibilityForms) { EXPECT_EQ(Norm("CANCEL Ｃａｎｃｅｌ"), "cancel cancel"); }

TEST(NormalizeTest, DropsZeroWidthAndBidiControls) {
  EXPECT_EQ(Norm("can\u200Bcel"), "cancel");
  EXPECT_EQ(Norm("\u202Bcancel\u202C"), "cancel");
  EXPECT_EQ(Norm("can\u00ADcel"), "cancel");
}

TEST(NormalizeTest, DropsHebrewNiqqudAndCantillation) {
  EXPECT_EQ(Norm("אַשְׁרַאי"), "אשראי");
  EXPECT_EQ(Norm("לְבַטֵּל"), "לבטל");
}

TEST(NormalizeTest, SqueezesElongatedLetters) {
  EXPECT_EQ(Norm("CANCELLLLL"), "cancel");
  EXPECT_EQ(Norm("kesalll"), "kesal");
  EXPECT_EQ(Norm("נמאסססס"), "נמאס");
  EXPECT_EQ(Norm("cancell"), "cancell");  // two stay: real double letters
  EXPECT_EQ(Norm("1000"), "1000");        // digits are never squeezed
}

TEST(NormalizeTest, TypographicApostropheBecomesAscii) { EXPECT_EQ(Norm("I\u2019m"), "i'm"); }

// All-ASCII texts take a shorter path; it must agree with the general one,
// which a single non-ASCII character at the end forces.
TEST(NormalizeTest, AsciiTextsAgreeWithTheGeneralPath) {
  std::mt19937 rng(11);
  const std::string alphabet = "aaalLLLeEz !?.'\n0";
  std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1), length(0, 30);
  for (int i = 0; i < 5000; ++i) {
    std::string text;
    for (size_t k = length(rng); k > 0; --k) text += alphabet[pick(rng)];
    NormalizedText ascii, general;
    Normalize(text, &ascii);
    Normalize(text + "\u00E9", &general);  // é: two bytes at the end
    ASSERT_EQ(general.text, ascii.text + "\u00E9") << text;
    for (size_t b = 0; b < ascii.text.size(); ++b) {
      ASSERT_EQ(ascii.src_begin[b], general.src_begin[b]) << text << " byte " << b;
      ASSERT_EQ(ascii.src_end[b], general.src_end[b]) << text << " byte " << b;
    }
  }
}

TEST(NormalizeTest, EveryByteMapsBackToItsSource) {
  const std::string original = "Ca\u200Bn CELLLL לְבַטֵּל";
  NormalizedText n;
  Normalize(original, &n);
  ASSERT_EQ(n.src_begin.size(), n.text.size());
  // "cell" squeezed: the span of the whole run maps back to "CELLLL".
  const size_t cel = n.text.find("cel");
  ASSERT_NE(cel, std::string::npos);
  EXPECT_EQ(original.substr(n.SourceBegin(cel), n.SourceEnd(cel + 3) - n.SourceBegin(cel)), "CELLLL");
  const size_t he = n.text.find("לבטל");
  EXPECT_EQ(original.substr(n.SourceBegin(he), n.SourceEnd(he + 8) - n.SourceBegin(he)), "לְבַטֵּל");
}

}  // namespace
}  // namespace triage::text
