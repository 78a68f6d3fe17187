// Coaching with the bundled agent lexicons: every anti-pattern in every
// language, and good drafts (the way a seasoned agent writes) left alone.
#include <gtest/gtest.h>

#include "tests/unit/test_util.h"

namespace triage {
namespace {

struct CoachCase {
  const char* name;
  v1::AntiPattern expected;  // ANTI_PATTERN_UNSPECIFIED: a good draft, no finding at all
  const char* customer;
  const char* draft;
};

class CoachLanguagesTest : public ::testing::TestWithParam<CoachCase> {};

TEST_P(CoachLanguagesTest, FindsExactlyWhatTheDraftDoes) {
  const CoachCase& c = GetParam();
  v1::CoachDraftRequest request;
  request.set_draft(c.draft);
  request.mutable_ticket()->set_text(c.customer);
  auto r = testing::BundledEngine().CoachDraft(request);
  ASSERT_TRUE(r.ok()) << r.status();
  std::string found;
  bool hit = false;
  for (const auto& f : r->findings()) {
    found += v1::AntiPattern_Name(f.anti_pattern()) + " on '" + f.matched_text() + "'; ";
    hit |= f.anti_pattern() == c.expected;
    EXPECT_FALSE(f.suggestion().empty());
  }
  if (c.expected == v1::ANTI_PATTERN_UNSPECIFIED) {
    EXPECT_EQ(r->findings_size(), 0) << found;
  } else {
    EXPECT_TRUE(hit) << "expected " << v1::AntiPattern_Name(c.expected) << ", found: " << found;
  }
}

constexpr v1::AntiPattern kGood = v1::ANTI_PATTERN_UNSPECIFIED;

INSTANTIATE_TEST_SUITE_P(
    FourLanguages, CoachLanguagesTest,
    ::testing::Values(
        // English
        CoachCase{"en_asks_id_first", v1::ANTI_PATTERN_ASKS_ID_FIRST, "My parcel never arrived.",
                  "Can you give me your order number?"},
        CoachCase{"en_flat_no", v1::ANTI_PATTERN_FLAT_NO, "Can I get a refund?", "Sorry, we can't refund that."},
        CoachCase{"en_repeated_no", v1::ANTI_PATTERN_REPEATED_NO, "Can I get a refund?",
                  "Sorry, we can't refund it. We are unable to exchange it either."},
        CoachCase{"en_no_apology", v1::ANTI_PATTERN_NO_APOLOGY, "My internet is down again!",
                  "A technician will visit on Monday."},
        CoachCase{"en_ignores_loyalty", v1::ANTI_PATTERN_IGNORES_LOYALTY,
                  "I've been a customer for six years and my bill is wrong.", "Sorry, I will fix the bill today."},
        CoachCase{"en_unneeded_private", v1::ANTI_PATTERN_UNNEEDED_PRIVATE, "Your app is slow.",
                  "Sorry about that! Please send us a DM."},
        CoachCase{"en_scripted", v1::ANTI_PATTERN_SCRIPTED_PHRASE, "Where is my order?",
                  "Sorry! Your call is important to us."},
        CoachCase{"en_blame", v1::ANTI_PATTERN_BLAMES_CUSTOMER, "The app deleted my photos!",
                  "Sorry, but you should have made a backup."},
        CoachCase{"en_good", kGood, "I've been a customer for six years and my parcel is late again!",
                  "I'm so sorry your parcel is late again. After six years with us you deserve better: I can send a "
                  "replacement today or refund you now. I'll follow up within the hour."},
        // Indonesian
        CoachCase{"id_asks_id_first", v1::ANTI_PATTERN_ASKS_ID_FIRST, "Paket saya belum sampai.",
                  "Boleh minta nomor pesanan Anda?"},
        CoachCase{"id_flat_no", v1::ANTI_PATTERN_FLAT_NO, "Bisa refund?", "Mohon maaf, tidak bisa refund."},
        CoachCase{"id_repeated_no", v1::ANTI_PATTERN_REPEATED_NO, "Bisa refund?",
                  "Mohon maaf, tidak bisa refund. Penukaran juga tidak bisa."},
        CoachCase{"id_no_apology", v1::ANTI_PATTERN_NO_APOLOGY, "Internet saya mati lagi!",
                  "Teknisi akan datang hari Senin."},
        CoachCase{"id_ignores_loyalty", v1::ANTI_PATTERN_IGNORES_LOYALTY,
                  "Saya sudah enam tahun jadi pelanggan setia dan tagihan saya salah.",
                  "Mohon maaf, tagihannya kami perbaiki hari ini."},
        CoachCase{"id_unneeded_private", v1::ANTI_PATTERN_UNNEEDED_PRIVATE, "Aplikasinya lambat.",
                  "Mohon maaf! Silakan DM kami."},
        CoachCase{"id_scripted", v1::ANTI_PATTERN_SCRIPTED_PHRASE, "Pesanan saya di mana?",
                  "Terima kasih atas kesabaran Anda."},
        CoachCase{"id_blame", v1::ANTI_PATTERN_BLAMES_CUSTOMER, "Aplikasinya menghapus foto saya!",
                  "Mohon maaf, itu kesalahan Anda sendiri."},
        CoachCase{"id_good", kGood, "Paket saya terlambat lagi!",
                  "Mohon maaf paket Anda terlambat lagi. Saya bisa mengirim pengganti hari ini atau mengembalikan "
                  "dana Anda sekarang."},
        // Malay
        CoachCase{"ms_asks_id_first", v1::ANTI_PATTERN_ASKS_ID_FIRST, "Bungkusan saya belum sampai.",
                  "Boleh berikan nombor akaun anda?"},
        CoachCase{"ms_flat_no", v1::ANTI_PATTERN_FLAT_NO, "Boleh buat bayaran balik?",
                  "Maaf, kami tidak dapat buat bayaran balik."},
        CoachCase{"ms_repeated_no", v1::ANTI_PATTERN_REPEATED_NO, "Boleh buat bayaran balik?",
                  "Maaf, kami tidak dapat buat bayaran balik. Kami juga tidak boleh tukar barang."},
        CoachCase{"ms_no_apology", v1::ANTI_PATTERN_NO_APOLOGY, "Internet saya putus lagi!",
                  "Juruteknik akan datang hari Isnin."},
        CoachCase{"ms_ignores_loyalty", v1::ANTI_PATTERN_IGNORES_LOYALTY,
                  "Saya pelanggan setia selama enam tahun dan bil saya salah.",
                  "Maaf, bil anda kami betulkan hari ini."},
        CoachCase{"ms_unneeded_private", v1::ANTI_PATTERN_UNNEEDED_PRIVATE, "Aplikasi lambat.", "Maaf! Sila DM kami."},
        CoachCase{"ms_scripted", v1::ANTI_PATTERN_SCRIPTED_PHRASE, "Mana pesanan saya?",
                  "Terima kasih atas kesabaran anda."},
        CoachCase{"ms_blame", v1::ANTI_PATTERN_BLAMES_CUSTOMER, "Aplikasi padam gambar saya!",
                  "Maaf, itu salah anda sendiri."},
        CoachCase{"ms_good", kGood, "Bungkusan saya lewat lagi!",
                  "Kami mohon maaf bungkusan anda lewat lagi. Saya boleh hantar gantian hari ini atau buat bayaran "
                  "balik sekarang."},
        // Hebrew
        CoachCase{"he_asks_id_first", v1::ANTI_PATTERN_ASKS_ID_FIRST, "החבילה שלי לא הגיעה.", "מה מספר ההזמנה שלך?"},
        CoachCase{"he_flat_no", v1::ANTI_PATTERN_FLAT_NO, "אפשר החזר?", "מצטער, אי אפשר לקבל החזר."},
        CoachCase{"he_repeated_no", v1::ANTI_PATTERN_REPEATED_NO, "אפשר החזר?",
                  "מצטער, אי אפשר לקבל החזר. גם החלפה לא ניתן לעשות."},
        CoachCase{"he_no_apology", v1::ANTI_PATTERN_NO_APOLOGY, "האינטרנט שוב לא עובד!", "טכנאי יגיע ביום שני."},
        CoachCase{"he_ignores_loyalty", v1::ANTI_PATTERN_IGNORES_LOYALTY, "אני לקוח שלכם כבר שש שנים והחשבון שגוי.",
                  "מצטער, נתקן את החשבון היום."},
        CoachCase{"he_unneeded_private", v1::ANTI_PATTERN_UNNEEDED_PRIVATE, "האפליקציה איטית.",
                  "מצטער! שלח לנו הודעה פרטית."},
        CoachCase{"he_scripted", v1::ANTI_PATTERN_SCRIPTED_PHRASE, "איפה ההזמנה שלי?", "פנייתך חשובה לנו."},
        CoachCase{"he_blame", v1::ANTI_PATTERN_BLAMES_CUSTOMER, "האפליקציה מחקה לי תמונות!",
                  "מצטער, אבל היית צריך לגבות."},
        CoachCase{"he_good", kGood, "החבילה שלי שוב מאחרת!",
                  "אני מצטער שהחבילה שוב מאחרת. אני יכול לשלוח חבילה חלופית היום או להחזיר לך את הכסף עכשיו."}),
    [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace triage
