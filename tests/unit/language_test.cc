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

// With no marker word and nothing from CLD2, the Hunspell dictionaries
// decide: words only the Indonesian one knows are not English.
TEST(LanguageTest, DictionaryWordsDecideWhenNothingElseDoes) {
  const auto language = [](const std::string& text) {
    v1::TriageTicketRequest request;
    request.set_text(text);
    return testing::BundledEngine().TriageTicket(request)->language();
  };
  EXPECT_EQ(language("lambat"), "id");
  EXPECT_EQ(language("pesanan lambat"), "id");
  EXPECT_EQ(language("slow"), "en");
  EXPECT_EQ(language("awful service"), "en");
}

}  // namespace
}  // namespace triage::cues

namespace triage {
namespace {

TEST(SentenceLanguageTest, CodeMixedMessageReportsEachSentence) {
  v1::TriageTicketRequest request;
  request.set_text("Internet saya mati lagi dari kemarin, kesal banget. I need it for work tomorrow, please fix it.");
  auto r = testing::BundledEngine().TriageTicket(request);
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->sentences_size(), 2);
  EXPECT_EQ(r->sentences(0).language(), "id");
  EXPECT_EQ(r->sentences(1).language(), "en");
  EXPECT_EQ(
      request.text().substr(r->sentences(1).utf8_begin(), r->sentences(1).utf8_end() - r->sentences(1).utf8_begin()),
      "I need it for work tomorrow, please fix it");
}

TEST(SentenceLanguageTest, OneSentenceHasNoBreakdown) {
  v1::TriageTicketRequest request;
  request.set_text("Internet saya mati lagi");
  auto r = testing::BundledEngine().TriageTicket(request);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->sentences_size(), 0);
}

}  // namespace
}  // namespace triage
