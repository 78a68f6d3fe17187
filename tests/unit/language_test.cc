#include "engine/cues/language.h"

#include <gtest/gtest.h>

#include "tests/unit/test_util.h"

namespace triage::cues {
namespace {

LanguageGuess Guess(const std::string& text, const std::string& hint = "") {
  Analysis a;
  DetectCues(testing::BundledLexicon(), text, &a);
  return IdentifyLanguage(testing::BundledLexicon(), text, a, hint);
}

std::string Detect(const std::string& text, const std::string& hint = "") { return Guess(text, hint).language; }

TEST(LanguageTest, EachLanguage) {
  EXPECT_EQ(Detect("My internet has been down for three days and nobody answers."), "en");
  EXPECT_EQ(Detect("Internet saya mati lagi, layanan kalian benar-benar mengecewakan, nggak bisa dipakai."), "id");
  EXPECT_EQ(Detect("Internet saya tak boleh guna lagi, perkhidmatan syarikat ni memang teruk."), "ms");
  EXPECT_EQ(Detect("האינטרנט שלי לא עובד כבר שלושה ימים"), "he");
}

TEST(LanguageTest, IndonesianAndMalayByDistinguishingWords) {
  EXPECT_EQ(Detect("Kenapa uang saya belum dikembalikan? Saya mau tahu karena sudah lama."), "id");
  EXPECT_EQ(Detect("Kenapa wang saya belum dipulangkan? Saya nak tahu kerana dah lama."), "ms");
  // Phrases Indonesian says otherwise (dibayar kembali, kerja keras), every
  // word of them shared.
  EXPECT_EQ(Detect("Pesanan dibatalkan tapi belum dibayar balik"), "ms");
  EXPECT_EQ(Detect("Semua staf kerja kuat untuk pelanggan"), "ms");
}

// Customers from Sarawak, Kelantan or Kedah write in their dialect; its
// words are Malay evidence even when every other word is shared with
// Indonesian.
TEST(LanguageTest, MalaysianDialectWordsAreMalay) {
  EXPECT_EQ(Detect("Kamek sik dapat pesanan sampai kinek"), "ms");
  EXPECT_EQ(Detect("Gapo jadi dengan pesanan saya, bakpo belum sampai?"), "ms");
  EXPECT_EQ(Detect("Tolong habaq bila pesanan saya sampai"), "ms");
  EXPECT_EQ(Detect("Pesanan saya belum sampai agik"), "ms");
}

// Words the two standards spell or name differently (-itas/-iti, -is/-ik,
// sekedar/sekadar, kabar/khabar, saldo/baki, pengiriman/penghantaran,
// istri/isteri, akhir pekan/hujung minggu) settle the language without
// n-grams, so with high confidence.
TEST(LanguageTest, SpellingPairsTellIndonesianFromMalay) {
  for (const char* text :
       {"Fasilitas hotel ini berkualitas dan lokasinya strategis", "Sekedar info, kabar pesanan saya belum ada",
        "Saldo saya berkurang tapi pengiriman belum sampai"}) {
    const LanguageGuess g = Guess(text);
    EXPECT_EQ(g.language, "id") << text;
    EXPECT_GE(g.confidence, 0.9f) << text;
  }
  const LanguageGuess g = Guess("Isteri saya menunggu pesanan itu sejak hujung minggu");
  EXPECT_EQ(g.language, "ms");
  EXPECT_GE(g.confidence, 0.9f);
}

// A Malaysian town tips a text that has nothing else to tell the two apart,
// but does not outweigh the English words around it.
TEST(LanguageTest, MalaysianPlacesTipATextWithNoOtherEvidence) {
  EXPECT_EQ(Detect("Pesanan saya ke Shah Alam belum sampai"), "ms");
  EXPECT_EQ(Detect("Pesanan saya ke Kuantan belum sampai"), "ms");
  EXPECT_EQ(Detect("My parcel to Shah Alam has not arrived yet"), "en");
}

TEST(LanguageTest, HebrewWithEmbeddedLatinIsHebrew) { EXPECT_EQ(Detect("אני לקוח VIP ואין לי internet"), "he"); }

TEST(LanguageTest, HintBreaksTiesButDetectionIsReported) {
  EXPECT_EQ(Detect("Terima kasih", "ms"), "ms");
  EXPECT_EQ(Detect("My order never arrived and I want a refund.", "id"), "en");
}

// A message through the whole bundled engine: unlike Detect() above, with
// the Hunspell dictionaries loaded.
absl::StatusOr<v1::TriageResult> TriageText(const std::string& text) {
  v1::TriageTicketRequest request;
  request.set_text(text);
  return testing::BundledEngine().TriageTicket(request);
}

// The language the whole bundled engine reports for a message.
std::string DetectedLanguage(const std::string& text) { return TriageText(text)->language(); }

// With no marker word and nothing from CLD2, the Hunspell dictionaries
// decide: words only the Indonesian one knows are not English.
TEST(LanguageTest, DictionaryWordsDecideWhenNothingElseDoes) {
  EXPECT_EQ(DetectedLanguage("lambat"), "id");
  EXPECT_EQ(DetectedLanguage("pesanan lambat"), "id");
  EXPECT_EQ(DetectedLanguage("slow"), "en");
  EXPECT_EQ(DetectedLanguage("awful service"), "en");
}

// The letters of links and @handles belong to no language; in a short
// message they used to outvote the words and make it English.
TEST(LanguageTest, LinksAndHandlesDoNotOutvoteTheWords) {
  EXPECT_EQ(DetectedLanguage(
                "bayar dulu baru dikirim https://www.thehomedepotstore.com/customer-service/returns-and-refunds"),
            "id");
  EXPECT_EQ(DetectedLanguage("@TheWeatherChannel @NationalGeographic @BreakingNewsToday hujan deras lagi"), "id");
  EXPECT_EQ(DetectedLanguage("my parcel is still missing https://t.co/kAmPuNgBaRu"), "en");
}

TEST(SentenceLanguageTest, CodeMixedMessageReportsEachSentence) {
  const std::string text =
      "Internet saya mati lagi dari kemarin, kesal banget. I need it for work tomorrow, please fix it.";
  auto r = TriageText(text);
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->sentences_size(), 2);
  EXPECT_EQ(r->sentences(0).language(), "id");
  EXPECT_EQ(r->sentences(1).language(), "en");
  EXPECT_EQ(text.substr(r->sentences(1).utf8_begin(), r->sentences(1).utf8_end() - r->sentences(1).utf8_begin()),
            "I need it for work tomorrow, please fix it");
}

// A sentence gets no n-gram model, so one English function word used to
// leave it at low confidence. English dictionary words with English
// evidence and nothing Indonesian or Malay now settle it; a sentence with
// words only the Indonesian dictionary knows stays out of English.
TEST(SentenceLanguageTest, EnglishDictionaryWordsSettleASentence) {
  auto r = TriageText("Saya nak batalkan langganan ni. The router keeps dropping. Tolong cek router saya.");
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->sentences_size(), 3);
  EXPECT_EQ(r->sentences(1).language(), "en");
  EXPECT_GE(r->sentences(1).confidence(), 0.85f);
  EXPECT_NE(r->sentences(2).language(), "en");
}

TEST(SentenceLanguageTest, OneSentenceHasNoBreakdown) {
  auto r = TriageText("Internet saya mati lagi");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->sentences_size(), 0);
}

}  // namespace
}  // namespace triage::cues
