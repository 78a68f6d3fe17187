#include "engine/cues/language.h"

#include <gtest/gtest.h>

#include "tests/unit/test_util.h"

namespace triage::cues {
namespace {

std::string Detect(const std::string& text, const std::string& hint = "") {
  Analysis a;
  DetectCues(testing::BundledLexicon(), text, &a);
  return IdentifyLanguage(testing::BundledLexicon(), text, a, hint).language;
}

TEST(LanguageTest, EachLanguage) {
  EXPECT_EQ(Detect("My internet has been down for three days and nobody answers."), "en");
  EXPECT_EQ(Detect("Internet saya mati lagi, layanan kalian benar-benar mengecewakan, nggak bisa dipakai."), "id");
  EXPECT_EQ(Detect("Internet saya tak boleh guna lagi, perkhidmatan syarikat ni memang teruk."), "ms");
  EXPECT_EQ(Detect("האינטרנט שלי לא עובד כבר שלושה ימים"), "he");
}

TEST(LanguageTest, IndonesianAndMalayByDistinguishingWords) {
  EXPECT_EQ(Detect("Kenapa uang saya belum dikembalikan? Saya mau tahu karena sudah lama."), "id");
  EXPECT_EQ(Detect("Kenapa wang saya belum dipulangkan? Saya nak tahu kerana dah lama."), "ms");
}

TEST(LanguageTest, HebrewWithEmbeddedLatinIsHebrew) { EXPECT_EQ(Detect("אני לקוח VIP ואין לי internet"), "he"); }

TEST(LanguageTest, HintBreaksTiesButDetectionIsReported) {
  EXPECT_EQ(Detect("Terima kasih", "ms"), "ms");
  EXPECT_EQ(Detect("My order never arrived and I want a refund.", "id"), "en");
}

}  // namespace
}  // namespace triage::cues
