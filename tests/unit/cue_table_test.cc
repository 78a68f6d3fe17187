// The domain brief's cue table and hard cases, end to end through the bundled
// engine: every cue is found live in every language from a sentence a
// careful annotator would label with it, and every hard case of the brief
// (negation, resolved past, conditionals, quoted history, signatures,
// sarcasm with a brand mention, obfuscation, mixed languages) is read the
// way the brief says, in each of en, id, ms and he.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "tests/unit/test_util.h"

namespace triage {
namespace {

v1::TriageResult Triage(const std::string& text) {
  v1::TriageTicketRequest request;
  request.set_text(text);
  auto result = testing::BundledEngine().TriageTicket(request);
  if (!result.ok()) throw std::runtime_error(std::string(result.status().message()));
  return *std::move(result);
}

// Every hit, one a line, for failure messages.
std::string Describe(const v1::TriageResult& result) {
  std::ostringstream out;
  out << "language=" << result.language() << "; hits:";
  if (result.cues().empty()) out << " (none)";
  for (const v1::CueHit& h : result.cues()) {
    out << "\n  " << h.cue() << " [" << h.entry_id() << "] \"" << h.matched_text() << "\" "
        << v1::Suppression_Name(h.suppression()) << (h.conditional() ? " conditional" : "")
        << " conf=" << h.confidence();
  }
  return out.str();
}

bool HasLive(const v1::TriageResult& result, const std::string& cue) {
  for (const v1::CueHit& h : result.cues()) {
    if (h.cue() == cue && h.suppression() == v1::SUPPRESSION_UNSPECIFIED) return true;
  }
  return false;
}

bool HasLiveConditional(const v1::TriageResult& result, const std::string& cue) {
  for (const v1::CueHit& h : result.cues()) {
    if (h.cue() == cue && h.suppression() == v1::SUPPRESSION_UNSPECIFIED && h.conditional()) return true;
  }
  return false;
}

bool HasSuppressed(const v1::TriageResult& result, const std::string& cue,
                   const std::vector<v1::Suppression>& reasons) {
  for (const v1::CueHit& h : result.cues()) {
    if (h.cue() != cue) continue;
    for (v1::Suppression r : reasons) {
      if (h.suppression() == r) return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------
// 1. Every cue of the domain table, in every language.

struct CueCase {
  const char* name;      // test name: <language>_<cue with '_' for '.'>
  const char* language;  // the language the sentence is written in
  const char* text;
  const char* cue;  // expectation: a live hit of this cue
};

void PrintTo(const CueCase& c, std::ostream* os) { *os << c.name << ": " << c.text; }

class EveryCueInEveryLanguage : public ::testing::TestWithParam<CueCase> {};

TEST_P(EveryCueInEveryLanguage, SentenceYieldsALiveHitOfItsCue) {
  const CueCase& c = GetParam();
  const v1::TriageResult result = Triage(c.text);
  EXPECT_TRUE(HasLive(result, c.cue)) << c.language << " " << c.cue << ": " << c.text << "\n" << Describe(result);
}

INSTANTIATE_TEST_SUITE_P(
    CueTable, EveryCueInEveryLanguage,
    ::testing::Values(
        // churn.cancel
        CueCase{"en_churn_cancel", "en", "I want to cancel my subscription effective immediately.", "churn.cancel"},
        CueCase{"id_churn_cancel", "id", "Tolong batalkan langganan saya mulai bulan depan.", "churn.cancel"},
        CueCase{"ms_churn_cancel", "ms", "Tolong batalkan akaun saya hujung bulan ini.", "churn.cancel"},
        CueCase{"ms_churn_cancel_colloquial", "ms", "Dah la, aku nak batal je langganan ni.", "churn.cancel"},
        CueCase{"en_churn_cancel_ultimatum", "en", "Fix it by Friday or I'm gone.", "churn.cancel"},
        // US spelling of the noun, as American customers write it.
        CueCase{"en_churn_cancel_us_spelling", "en", "I sent a cancelation request last week.", "churn.cancel"},
        CueCase{"he_churn_cancel_leaving", "he", "נמאס, אני עוזב בסוף החודש.", "churn.cancel"},
        CueCase{"he_churn_cancel", "he", "אני רוצה לבטל את המנוי שלי כבר החודש.", "churn.cancel"},
        // churn.switch
        CueCase{"en_churn_switch", "en", "I'm switching to another provider next week.", "churn.switch"},
        CueCase{"id_churn_switch", "id", "Saya sudah memutuskan pindah ke provider lain bulan depan.", "churn.switch"},
        CueCase{"ms_churn_switch", "ms", "Saya akan bertukar ke syarikat lain bulan depan.", "churn.switch"},
        CueCase{"he_churn_switch", "he", "אני עובר לחברה מתחרה בחודש הבא.", "churn.switch"},
        // A competitor named in plain words.
        CueCase{"en_churn_switch_named", "en", "I'm switching to Verizon next month.", "churn.switch"},
        CueCase{"ms_churn_switch_named", "ms", "Aku nak tukar ke Maxis terus.", "churn.switch"},
        CueCase{"ms_churn_switch_better_move", "ms", "Kalau macam ni, baik aku pindah ke Digi je.", "churn.switch"},
        // loyalty.tenure
        CueCase{"en_loyalty_tenure", "en", "I've been a loyal customer of yours for eight years.", "loyalty.tenure"},
        CueCase{"id_loyalty_tenure", "id", "Saya sudah jadi pelanggan kalian selama tujuh tahun.", "loyalty.tenure"},
        CueCase{"ms_loyalty_tenure", "ms", "Saya dah jadi pelanggan setia syarikat ini selama sepuluh tahun.",
                "loyalty.tenure"},
        CueCase{"he_loyalty_tenure", "he", "אני לקוח שלכם כבר שבע שנים.", "loyalty.tenure"},
        CueCase{"ms_loyalty_tenure_number_first", "ms", "Dah lapan tahun saya setia dengan syarikat ni.",
                "loyalty.tenure"},
        CueCase{"he_loyalty_tenure_subscriber_since", "he", "אני מנוי מאז 2012 ולא ראיתי דבר כזה.", "loyalty.tenure"},
        // loyalty.referrals
        CueCase{"en_loyalty_referrals", "en", "I've referred at least five friends to your company.",
                "loyalty.referrals"},
        CueCase{"id_loyalty_referrals", "id",
                "Saya sudah mengajak keluarga dan teman-teman untuk berlangganan di sini.", "loyalty.referrals"},
        CueCase{"id_loyalty_referrals_colleagues", "id", "Saya sudah ajak teman-teman kantor langganan di sini.",
                "loyalty.referrals"},
        CueCase{"ms_loyalty_referrals", "ms", "Saya dah ajak ramai kawan saya melanggan perkhidmatan ini.",
                "loyalty.referrals"},
        CueCase{"he_loyalty_referrals", "he", "הבאתי לכם לפחות חמישה לקוחות חדשים.", "loyalty.referrals"},
        // repeat.failure
        CueCase{"en_repeat_failure", "en", "This is the third time this month my internet has stopped working.",
                "repeat.failure"},
        CueCase{"id_repeat_failure", "id", "Internet saya mati lagi untuk ketiga kalinya minggu ini.",
                "repeat.failure"},
        CueCase{"ms_repeat_failure", "ms", "Ini kali ketiga internet saya terputus minggu ini.", "repeat.failure"},
        CueCase{"he_repeat_failure", "he", "האינטרנט שוב לא עובד, זו הפעם השלישית השבוע.", "repeat.failure"},
        CueCase{"id_repeat_failure_n_times", "id", "Saya sudah telepon 4 kali tapi tidak ada solusi.",
                "repeat.failure"},
        CueCase{"ms_repeat_failure_n_times", "ms", "Saya dah call 5 kali, setiap kali terputus.", "repeat.failure"},
        CueCase{"ms_repeat_failure_no_show", "ms", "Dah 3 kali technician tak datang ikut janji temu.",
                "repeat.failure"},
        CueCase{"id_repeat_failure_3x", "id", "Udah 3x komplain soal tagihan yang sama.", "repeat.failure"},
        CueCase{"ms_repeat_failure_2x", "ms", "Dah 2x technician tak datang.", "repeat.failure"},
        CueCase{"en_ignored_called_3x", "en", "I have called 3x about this bill.", "ignored"},
        CueCase{"he_repeat_failure_every_time", "he", "האפליקציה קורסת כל פעם שאני מנסה לשלם.", "repeat.failure"},
        CueCase{"en_repeat_failure_nth_email", "en", "Third email this week about the same bill.", "repeat.failure"},
        CueCase{"id_repeat_failure_often", "id", "Aplikasinya sering force close, tolong diperbaiki.",
                "repeat.failure"},
        // emotion.anger
        CueCase{"en_emotion_anger", "en", "I'm absolutely furious about how I've been treated.", "emotion.anger"},
        CueCase{"id_emotion_anger", "id", "Saya kesal sekali dengan pelayanan kalian.", "emotion.anger"},
        CueCase{"id_emotion_anger_tired_of_complaining", "id", "Saya capek komplain ke kalian.", "emotion.anger"},
        CueCase{"he_emotion_anger_theft", "he", "אני משלם על 100 מגה ומקבל 10. זה פשוט גניבה.", "emotion.anger"},
        CueCase{"he_emotion_anger_beneath_criticism", "he", "השירות שלכם מתחת לכל ביקורת.", "emotion.anger"},
        CueCase{"en_emotion_disappointment_embarrassing", "en",
                "I have recommended you for years, but this is embarrassing.", "emotion.disappointment"},
        CueCase{"ms_emotion_anger", "ms", "Saya betul-betul geram dengan layanan syarikat ini.", "emotion.anger"},
        CueCase{"he_emotion_anger", "he", "אני ממש כועס על היחס שקיבלתי מכם.", "emotion.anger"},
        // emotion.disappointment
        CueCase{"en_emotion_disappointment", "en", "I'm really disappointed with your service lately.",
                "emotion.disappointment"},
        CueCase{"id_emotion_disappointment", "id", "Saya sangat kecewa dengan layanan kalian.",
                "emotion.disappointment"},
        CueCase{"ms_emotion_disappointment", "ms", "Saya amat kecewa dengan perkhidmatan anda.",
                "emotion.disappointment"},
        CueCase{"he_emotion_disappointment", "he", "אני מאוד מאוכזבת מהשירות שלכם.", "emotion.disappointment"},
        // public.exposure: a threat to post, review or go viral
        CueCase{"en_public_exposure", "en", "I'm going to write a bad review about this on every site I can find.",
                "public.exposure"},
        CueCase{"en_public_exposure_word_of_mouth", "en", "I've told all my friends to avoid your company.",
                "public.exposure"},
        // Legal threats: the complaint leaves the support channel.
        CueCase{"en_public_exposure_legal", "en", "Refund me by Friday or I will take legal action.",
                "public.exposure"},
        CueCase{"id_public_exposure_legal", "id", "Kalau tidak ada solusi, saya akan tempuh jalur hukum.",
                "public.exposure"},
        CueCase{"ms_public_exposure_legal", "ms", "Kalau tak settle minggu ni, aku saman korang.", "public.exposure"},
        CueCase{"he_public_exposure_legal", "he", "אם לא תחזירו לי את הכסף אני פונה לתביעות קטנות.", "public.exposure"},
        CueCase{"id_public_exposure", "id", "Saya akan viralkan masalah ini di Twitter.", "public.exposure"},
        CueCase{"ms_public_exposure", "ms", "Saya akan tularkan cerita ni di Facebook.", "public.exposure"},
        CueCase{"he_public_exposure", "he", "אני אפרסם את כל הסיפור הזה בפייסבוק.", "public.exposure"},
        // urgency
        CueCase{"en_urgency", "en", "Please help, I need this fixed ASAP.", "urgency"},
        CueCase{"id_urgency", "id", "Tolong segera diperbaiki, saya butuh internet untuk kerja.", "urgency"},
        CueCase{"ms_urgency", "ms", "Tolong cepat sikit, saya perlukan internet untuk kerja.", "urgency"},
        CueCase{"ms_urgency_request_ends_in_now", "ms", "Tolong refund duit saya segera.", "urgency"},
        CueCase{"he_urgency", "he", "זה דחוף, אני צריך את האינטרנט לעבודה.", "urgency"},
        // ignored
        CueCase{"en_ignored", "en", "I've emailed three times and no one has replied in a week.", "ignored"},
        CueCase{"id_ignored", "id", "Sudah tiga hari tidak ada yang membalas email saya.", "ignored"},
        CueCase{"ms_ignored", "ms", "Dah tiga hari tak ada siapa balas emel saya.", "ignored"},
        CueCase{"he_ignored", "he", "כבר שלושה ימים אף אחד לא עונה לי.", "ignored"},
        CueCase{"id_ignored_colloquial", "id", "Udah 3 hari CS gak bales chat aku.", "ignored"},
        CueCase{"id_ignored_nggak", "id", "Sudah dua minggu nggak ada kabar soal refund saya.", "ignored"},
        CueCase{"ms_ignored_waited", "ms", "Dah 2 minggu tunggu, parcel tak sampai lagi.", "ignored"},
        CueCase{"ms_ignored_nobody_cares", "ms", "Saya sangat kecewa. Tiada siapa ambil peduli.", "ignored"},
        CueCase{"ms_ignored_called_nobody", "ms", "Dah call pagi tadi tp takda pun.", "ignored"},
        CueCase{"ms_emotion_disappointment_tak_happy", "ms", "Saya tak happy dengan servis ni.",
                "emotion.disappointment"},
        CueCase{"id_emotion_disappointment_gak_happy", "id", "Jujur aku gak happy sama pelayanannya.",
                "emotion.disappointment"},
        // Everyday ticket phrasings, one per cue and language where a probe found a gap.
        CueCase{"en_churn_cancel_unsubscribe_plan", "en", "How do I unsubscribe from the premium plan?",
                "churn.cancel"},
        CueCase{"en_loyalty_tenure_decade", "en", "I've been with you guys for over a decade.", "loyalty.tenure"},
        CueCase{"en_loyalty_referrals_family", "en", "I got my whole family to sign up with you.", "loyalty.referrals"},
        CueCase{"en_value_at_risk_headcount", "en",
                "We have 200 employees on your platform and none of them can log in.", "value.at_risk"},
        CueCase{"id_churn_cancel_mending", "id", "Mending saya berhenti aja pakai layanan ini.", "churn.cancel"},
        CueCase{"id_churn_cancel_unreg", "id", "Gimana cara unreg paket ini?", "churn.cancel"},
        CueCase{"id_loyalty_tenure_sudah_n_tahun", "id", "Sudah 7 tahun saya pakai indihome.", "loyalty.tenure"},
        CueCase{"id_ignored_ga_respon", "id", "CS nya ga respon sama sekali.", "ignored"},
        CueCase{"id_public_exposure_biar_semua_tahu", "id", "Saya bakal posting di sosmed biar semua tahu.",
                "public.exposure"},
        CueCase{"ms_loyalty_tenure_dah_n_tahun", "ms", "Dah 10 tahun saya guna unifi.", "loyalty.tenure"},
        CueCase{"ms_ignored_call_tak_berangkat", "ms", "Call tak berangkat langsung.", "ignored"},
        CueCase{"ms_ignored_kena_pass", "ms", "Asyik kena pass dari satu department ke department lain.", "ignored"},
        CueCase{"ms_value_at_risk_headcount", "ms",
                "Syarikat kami guna 100 akaun dengan korang, semua tak boleh login.", "value.at_risk"},
        CueCase{"he_signal_downgrade_cheaper_package", "he", "תורידו לי את החבילה לזולה יותר.", "signal.downgrade"},
        CueCase{"he_value_at_risk_headcount", "he", "יש לנו 40 קווים אצלכם וכולם מנותקים מהבוקר.", "value.at_risk"},
        CueCase{"he_emotion_anger_shocked", "he", "אני פשוט בשוק מהיחס.", "emotion.anger"},
        CueCase{"id_churn_cancel_wont_renew", "id", "Saya tidak akan perpanjang kontrak lagi.", "churn.cancel"},
        CueCase{"id_churn_cancel_cabut", "id", "Udahlah saya cabut aja dari sini.", "churn.cancel"},
        CueCase{"id_churn_cancel_pemutusan", "id", "Saya minta pemutusan layanan.", "churn.cancel"},
        CueCase{"ms_churn_cancel_putuskan_talian", "ms", "Saya nak putuskan talian.", "churn.cancel"},
        CueCase{"en_repeat_failure_every_day", "en", "This happens every single day.", "repeat.failure"},
        CueCase{"ms_repeat_failure_every_day", "ms", "Setiap hari jadi macam ni.", "repeat.failure"},
        CueCase{"he_repeat_failure_all_the_time", "he", "זה קורה כל הזמן.", "repeat.failure"},
        CueCase{"en_ignored_in_circles", "en", "Your chat bot keeps going in circles.", "ignored"},
        CueCase{"en_ignored_callback_never_came", "en", "I was promised a callback that never came.", "ignored"},
        CueCase{"id_ignored_promise_not_kept", "id", "Dijanjikan ditelepon balik tapi tidak pernah.", "ignored"},
        CueCase{"ms_ignored_promise_not_kept", "ms", "Janji nak call balik tapi tak call pun.", "ignored"},
        CueCase{"ms_ignored_no_update", "ms", "Aduan dari minggu lepas takde update.", "ignored"},
        CueCase{"ms_signal_downgrade_auto_renew", "ms", "Tolong off auto renew.", "signal.downgrade"},
        CueCase{"he_signal_downgrade_auto_renew", "he", "תבטלו את החידוש האוטומטי.", "signal.downgrade"},
        CueCase{"en_public_exposure_ombudsman", "en", "Reporting you to the consumer ombudsman.", "public.exposure"},
        CueCase{"he_public_exposure_consumer_council", "he", "אני פונה למועצה לצרכנות.", "public.exposure"},
        CueCase{"he_emotion_anger_exploding", "he", "אני מתפוצץ מעצבים.", "emotion.anger"},
        CueCase{"he_emotion_anger_outrageous", "he", "זה מקומם.", "emotion.anger"},
        CueCase{"id_churn_cancel_ga_mau_lagi", "id", "Bye indihome, udah ga mau langganan lagi.", "churn.cancel"},
        CueCase{"ms_churn_cancel_tak_nak_lagi", "ms", "Bye unifi, aku dah tak nak langgan lagi.", "churn.cancel"},
        CueCase{"he_churn_cancel_disconnect_from_you", "he", "ביי, אני מתנתק מכם.", "churn.cancel"},
        CueCase{"he_emotion_anger_joke_of_a_service", "he", "איזה בדיחה של שירות.", "emotion.anger"},
        CueCase{"he_urgency_need_it_now", "he", "צריך את זה עכשיו!!!", "urgency"},
        CueCase{"id_value_at_risk_bulk", "id", "Kami mau beli dalam jumlah besar tapi stoknya selalu kosong, kecewa.",
                "value.at_risk"},
        // Hebrew, a probe of 39 everyday messages.
        CueCase{"he_churn_cancel_end_engagement", "he", "אני רוצה לסיים את ההתקשרות איתכם.", "churn.cancel"},
        CueCase{"he_churn_cancel_leaving_you", "he", "זהו, נגמר, אני הולך מכם.", "churn.cancel"},
        CueCase{"he_loyalty_tenure_since_year", "he", "מנוי אצלכם משנת 2014.", "loyalty.tenure"},
        CueCase{"he_urgency_still_today", "he", "אני צריך טכנאי עוד היום.", "urgency"},
        CueCase{"he_public_exposure_facebook", "he", "אני אכתוב על זה בפייסבוק.", "public.exposure"},
        CueCase{"he_public_exposure_sue", "he", "אני הולך לתבוע אתכם.", "public.exposure"},
        CueCase{"he_public_exposure_consumer_show", "he", "אני אפנה לתוכנית צרכנות בטלוויזיה.", "public.exposure"},
        CueCase{"he_signal_downgrade_basic_package", "he", "אני רוצה לעבור לחבילה בסיסית.", "signal.downgrade"},
        CueCase{"he_signal_downgrade_freeze", "he", "תקפיאו לי את המנוי לחודשיים.", "signal.downgrade"},
        CueCase{"he_value_at_risk_business_client", "he", "אנחנו לקוח עסקי גדול ואף אחד לא חוזר אלינו.",
                "value.at_risk"},
        CueCase{"he_value_at_risk_contract_sum", "he", "יש לנו חוזה שנתי על סך 50 אלף שקל והשירות פשוט גרוע.",
                "value.at_risk"},
        CueCase{"he_problem_failure_drops", "he", "האינטרנט נופל כל הזמן.", "problem.failure"},
        CueCase{"he_positive_suggestion_proposal", "he", "הצעה: תוסיפו צ'אט באתר.", "positive.suggestion"},
        // Malay, a probe of 35 everyday messages.
        CueCase{"ms_loyalty_tenure_from_way_back", "ms", "Dari zaman streamyx lagi saya pakai TM.", "loyalty.tenure"},
        CueCase{"ms_repeat_failure_same_thing", "ms", "Dah banyak kali dah jadi benda sama.", "repeat.failure"},
        CueCase{"ms_change_unannounced_not_told", "ms", "Tiba-tiba bil naik tanpa diberitahu.", "change.unannounced"},
        CueCase{"ms_problem_failure_not_as_pictured", "ms", "Barang yang sampai bukan macam dalam gambar.",
                "problem.failure"},
        CueCase{"ms_loyalty_referrals_family", "ms", "Saya yang ajak satu keluarga langgan.", "loyalty.referrals"},
        CueCase{"ms_positive_suggestion_cadangan", "ms", "Cadangan, buat la live chat.", "positive.suggestion"},
        // Indonesian, a probe of 33 everyday messages.
        CueCase{"id_churn_cancel_keluar_aja", "id", "Saya udah ga betah, mau keluar aja dari sini.", "churn.cancel"},
        CueCase{"id_loyalty_tenure_dari_tahun", "id", "Saya sudah langganan dari tahun 2012.", "loyalty.tenure"},
        CueCase{"id_repeat_failure_kejadian_ketiga", "id", "Ini udah kejadian ketiga kalinya bulan ini.",
                "repeat.failure"},
        CueCase{"id_repeat_failure_mulu", "id", "Error mulu dari kemarin.", "repeat.failure"},
        CueCase{"id_ignored_never_connects", "id", "Telepon ke call center ga pernah nyambung.", "ignored"},
        CueCase{"id_urgency_sekarang_juga", "id", "Butuh bantuan sekarang juga.", "urgency"},
        CueCase{"id_public_exposure_bpsk", "id", "Saya akan lapor ke BPSK.", "public.exposure"},
        CueCase{"id_signal_downgrade_smaller_package", "id", "Mau turun ke paket yang lebih kecil.",
                "signal.downgrade"},
        CueCase{"id_signal_downgrade_autodebet", "id", "Tolong berhentikan autodebet saya.", "signal.downgrade"},
        CueCase{"id_problem_failure_nge_lag", "id", "Aplikasinya nge-lag terus.", "problem.failure"},
        CueCase{"id_positive_suggestion_bagusnya", "id", "Bagusnya ada fitur notifikasi.", "positive.suggestion"},
        // English, a probe of 32 everyday messages.
        CueCase{"en_churn_cancel_no_longer_want", "en", "Stop billing me, I no longer want this service.",
                "churn.cancel"},
        CueCase{"en_churn_cancel_dont_renew", "en", "Don't renew my plan next year.", "churn.cancel"},
        CueCase{"en_churn_switch_different_isp", "en", "Already ordered a router from a different ISP.",
                "churn.switch"},
        CueCase{"en_loyalty_tenure_since_beginning", "en", "Been a loyal member since the beginning.",
                "loyalty.tenure"},
        CueCase{"en_loyalty_tenure_had_account", "en", "I've had this account for 15 years.", "loyalty.tenure"},
        CueCase{"en_ignored_zero_replies", "en", "Three emails, zero replies.", "ignored"},
        CueCase{"en_ignored_hung_up", "en", "Your support line hung up on me twice.", "ignored"},
        CueCase{"en_ignored_different_agents", "en", "I've explained this to five different agents.", "ignored"},
        CueCase{"en_urgency_end_of_day", "en", "Need a fix by end of day.", "urgency"},
        CueCase{"en_signal_downgrade_lower_tier", "en", "Can I move to a lower tier?", "signal.downgrade"},
        CueCase{"en_signal_downgrade_pause", "en", "Please pause my membership.", "signal.downgrade"},
        CueCase{"en_change_unannounced_start_charging", "en", "When did you start charging for this?",
                "change.unannounced"},
        // Code-mixed: the English word in a Malay or Indonesian sentence.
        CueCase{"ms_churn_switch_code_mixed", "ms", "Nak switch ke Maxis la camni.", "churn.switch"},
        CueCase{"id_urgency_code_mixed", "id", "Tolong ASAP ya.", "urgency"},
        CueCase{"ms_problem_failure_code_mixed", "ms", "Wifi tak connect langsung.", "problem.failure"},
        CueCase{"ms_loyalty_tenure_code_mixed", "ms", "Saya customer dah 10 years.", "loyalty.tenure"},
        // value.at_risk and change.unannounced, a probe of 20.
        CueCase{"en_value_at_risk_spend_a_year", "en",
                "We spend over $50k a year with you and the billing is wrong again.", "value.at_risk"},
        CueCase{"id_value_at_risk_contract_ends", "id",
                "Kontrak kami habis bulan depan, kami sedang pertimbangkan perpanjangan.", "value.at_risk"},
        CueCase{"ms_value_at_risk_spend", "ms", "Kami belanja beratus ribu setahun dengan korang tapi servis teruk.",
                "value.at_risk"},
        CueCase{"he_value_at_risk_contract_ends", "he", "החוזה שלנו מסתיים בחודש הבא ואנחנו מאוכזבים מהשירות.",
                "value.at_risk"},
        CueCase{"en_change_unannounced_without_consent", "en", "My plan was changed without my consent.",
                "change.unannounced"},
        CueCase{"en_change_unannounced_removed_feature", "en", "You removed a feature I was paying for.",
                "change.unannounced"},
        CueCase{"id_change_unannounced_suddenly_removed", "id", "Fitur yang saya bayar tiba-tiba dihapus.",
                "change.unannounced"},
        CueCase{"ms_change_unannounced_suddenly_up", "ms", "Kenapa caj naik tiba-tiba?", "change.unannounced"},
        CueCase{"he_change_unannounced_without_consent", "he", "שיניתם לי את המסלול בלי הסכמה.", "change.unannounced"},
        CueCase{"he_change_unannounced_suddenly", "he", "פתאום המחיר עלה.", "change.unannounced"},
        CueCase{"id_signal_downgrade_kurangi", "id", "Saya mau kurangi paket, terlalu mahal.", "signal.downgrade"},
        // urgency and ignored, a probe of 20.
        CueCase{"he_urgency_asap", "he", "תחזרו אליי בהקדם, זה חשוב.", "urgency"},
        CueCase{"id_urgency_prioritise", "id", "Penting banget, tolong diprioritaskan.", "urgency"},
        CueCase{"en_urgency_flight_tomorrow", "en", "I have a flight tomorrow and my booking disappeared.", "urgency"},
        CueCase{"he_ignored_hung_up", "he", "הנציג ניתק לי באמצע השיחה.", "ignored"},
        CueCase{"he_ignored_on_hold", "he", "חיכיתי 40 דקות על הקו.", "ignored"},
        CueCase{"ms_ignored_hung_up", "ms", "Agent letak telefon macam tu je.", "ignored"},
        CueCase{"ms_ignored_disregarded", "ms", "Aduan saya tak diendahkan.", "ignored"},
        CueCase{"id_ignored_hung_up", "id", "CS menutup telepon begitu saja.", "ignored"},
        CueCase{"id_ignored_disregarded", "id", "Keluhan saya diabaikan.", "ignored"},
        CueCase{"en_ignored_closed_without", "en", "The agent just closed my chat without answering.", "ignored"},
        CueCase{"en_ignored_does_anyone_read", "en", "Does anyone actually read these messages?", "ignored"},
        CueCase{"he_ignored_waited_all_day", "he", "הטכנאי לא הגיע, חיכיתי כל היום בבית.", "ignored"},
        CueCase{"he_ignored_month_waiting", "he", "כבר חודש אני מחכה לטכנאי.", "ignored"},
        CueCase{"id_ignored_late_reply", "id", "CS-nya lambat, chat saya baru dibalas 2 hari kemudian.", "ignored"},
        // Hebrew, a probe of 126 everyday messages.
        CueCase{"he_churn_switch_named_rival", "he", "נמאס, מחר אני עוברת לפרטנר.", "churn.switch"},
        CueCase{"he_churn_cancel_stop_buying", "he", "אני מפסיקה לקנות אצלכם.", "churn.cancel"},
        CueCase{"he_loyalty_referrals_because_of_me", "he", "בזכותי כל המשפחה הצטרפה אליכם.", "loyalty.referrals"},
        CueCase{"he_repeat_failure_same_error", "he", "שוב אותה טעות בחשבון.", "repeat.failure"},
        CueCase{"he_ignored_nobody_bothered", "he", "אף אחד לא טרח לחזור אליי.", "ignored"},
        CueCase{"he_ignored_and_no_answer", "he", "שלחתי מייל ולא קיבלתי תשובה.", "ignored"},
        CueCase{"he_change_unannounced_jumped", "he", "החשבון קפץ פתאום בלי שאף אחד הודיע לי.", "change.unannounced"},
        CueCase{"he_public_exposure_press", "he", "אני פונה לתקשורת עם הסיפור הזה.", "public.exposure"},
        CueCase{"he_positive_suggestion_would_be_nice", "he", "היה נחמד אם הייתם מוסיפים צ'אט באתר.",
                "positive.suggestion"},
        // English, a probe of 128 everyday messages.
        CueCase{"en_churn_cancel_not_renewing", "en", "We will not be renewing the contract next month.",
                "churn.cancel"},
        CueCase{"en_churn_cancel_never_again", "en", "Never flying with you again after this.", "churn.cancel"},
        CueCase{"en_churn_switch_rival", "en", "A rival supplier quoted us half your price.", "churn.switch"},
        CueCase{"en_loyalty_referrals_talked_into", "en", "I talked my parents into switching to you last year.",
                "loyalty.referrals"},
        CueCase{"en_repeat_failure_yet_another", "en", "Yet another outage on a Monday morning.", "repeat.failure"},
        CueCase{"en_public_exposure_trading_standards", "en", "I'll be contacting Trading Standards about this.",
                "public.exposure"},
        CueCase{"en_ignored_hasnt_called", "en", "The engineer still hasn't called me.", "ignored"},
        CueCase{"en_value_at_risk_fleet", "en",
                "We run a fleet of 40 vans on your tracking service and it has been down all day.", "value.at_risk"},
        CueCase{"en_signal_downgrade_free_version", "en", "I'll just go back to the free version then.",
                "signal.downgrade"},
        CueCase{"en_change_unannounced_without_telling", "en", "You raised my premium without anyone telling me.",
                "change.unannounced"},
        CueCase{"en_problem_failure_charged_twice", "en", "I was charged for the same order twice.", "problem.failure"},
        // Indonesian and Malay, a probe of 134 everyday messages.
        CueCase{"id_churn_switch_named_rival", "id", "Bulan depan saya pindah ke Biznet.", "churn.switch"},
        CueCase{"id_churn_cancel_hentikan_layanan", "id", "Tolong hentikan saja langganan saya.", "churn.cancel"},
        CueCase{"id_loyalty_referrals_my_code", "id", "Padahal banyak yang daftar lewat kode referral saya.",
                "loyalty.referrals"},
        CueCase{"id_public_exposure_one_star", "id", "Saya kasih bintang 1 di Play Store.", "public.exposure"},
        CueCase{"id_problem_failure_not_credited", "id", "Saldo sudah dipotong tapi pulsa belum masuk juga.",
                "problem.failure"},
        CueCase{"id_change_unannounced_quietly", "id", "Biaya admin dinaikkan diam-diam.", "change.unannounced"},
        CueCase{"ms_churn_switch_named_rival", "ms", "Esok aku terus port ke Digi.", "churn.switch"},
        CueCase{"ms_ignored_no_reply", "ms", "Dah tiga emel, takde balasan pun.", "ignored"},
        CueCase{"ms_change_unannounced_nobody_told", "ms", "Caj naik tapi takde siapa beritahu.", "change.unannounced"},
        // English, a second probe of 129 longer messages.
        CueCase{"en_churn_cancel_end_cover", "en",
                "Hello, policy number attached. Please end my home contents cover from the 1st of next month.",
                "churn.cancel"},
        CueCase{"en_repeat_failure_in_a_row", "en",
                "Third delivery in a row that turned up cold, third weekend running.", "repeat.failure"},
        CueCase{"en_urgency_cant_wait", "en", "Our payroll run is blocked and this can't wait until Monday.",
                "urgency"},
        CueCase{"en_value_at_risk_order_of_n", "en",
                "We placed an order of 300 units for our stores last week and it still hasn't shipped.",
                "value.at_risk"},
        CueCase{"en_ignored_voicemail", "en", "Every time I ring the clinic it goes straight to voicemail.", "ignored"},
        // Hebrew, a second probe of 126 longer messages.
        CueCase{"he_churn_cancel_not_renewing", "he", "שלום רב, אנחנו לא מחדשים את הרישיונות לשנה הבאה.",
                "churn.cancel"},
        CueCase{"he_repeat_failure_third_call", "he", "זו כבר שיחה שלישית שלי אליכם בעניין הזה.", "repeat.failure"},
        CueCase{"he_ignored_never_got_back", "he", "פתחתי פנייה ואף אחד לא יצר איתי קשר.", "ignored"},
        CueCase{"he_urgency_immediate_help", "he", "המים לא זורמים בבית, אני צריכה עזרה מיידית.", "urgency"},
        CueCase{"he_change_unannounced_you_did_not_update", "he", "שיניתם את שעות הפעילות ולא עדכנתם אף אחד.",
                "change.unannounced"},
        // Indonesian and Malay, a second probe of 145 longer messages.
        CueCase{"id_churn_cancel_end_policy", "id",
                "Selamat siang. Dengan ini saya ingin mengakhiri polis asuransi kendaraan saya mulai bulan depan.",
                "churn.cancel"},
        CueCase{"id_loyalty_tenure_patient", "id", "Saya sudah jadi pasien di klinik ini selama hampir 8 tahun.",
                "loyalty.tenure"},
        CueCase{"id_ignored_nobody_responsible", "id",
                "Paket hilang, tapi sampai sekarang tidak ada yang bertanggung jawab.", "ignored"},
        CueCase{"id_change_unannounced_not_told", "id", "Jadwal kelas dipindah dan kami tidak diberi tahu sama sekali.",
                "change.unannounced"},
        CueCase{"ms_churn_switch_rival_only", "ms", "Lepas ni aku shopping kat Shopee je.", "churn.switch"},
        CueCase{"ms_ignored_never_picks_up", "ms", "Dah banyak kali call, tak pernah angkat.", "ignored"},
        // value.at_risk
        CueCase{"en_value_at_risk", "en", "We have a big order of 500 units waiting on this.", "value.at_risk"},
        CueCase{"id_value_at_risk", "id", "Kami punya pesanan besar yang tergantung pada masalah ini.",
                "value.at_risk"},
        CueCase{"ms_value_at_risk", "ms", "Kami ada pesanan besar yang bergantung pada perkara ini.", "value.at_risk"},
        CueCase{"he_value_at_risk", "he", "יש לנו הזמנה גדולה שתלויה בזה.", "value.at_risk"},
        // The size of the account, and what the problem costs.
        CueCase{"en_value_at_risk_costing", "en", "This outage is costing us money every hour.", "value.at_risk"},
        CueCase{"en_value_at_risk_business", "en", "Please hurry, my business depends on it.", "value.at_risk"},
        CueCase{"id_value_at_risk_corporate", "id",
                "Kami pelanggan korporat dan sudah seminggu tidak ada yang membalas.", "value.at_risk"},
        CueCase{"ms_value_at_risk_corporate", "ms", "Kami klien korporat, tolong selesaikan segera.", "value.at_risk"},
        CueCase{"he_value_at_risk_paying", "he", "החברה משלמת לכם 20,000 שקל בחודש.", "value.at_risk"},
        // signal.downgrade
        CueCase{"en_signal_downgrade", "en", "Please downgrade my plan to the basic package.", "signal.downgrade"},
        CueCase{"id_signal_downgrade", "id", "Saya mau turunkan paket saya ke yang paling murah.", "signal.downgrade"},
        CueCase{"ms_signal_downgrade", "ms", "Saya nak turunkan pelan saya ke pakej asas.", "signal.downgrade"},
        CueCase{"he_signal_downgrade", "he", "אני רוצה להוריד את החבילה שלי למסלול הבסיסי.", "signal.downgrade"},
        // change.unannounced
        CueCase{"en_change_unannounced", "en", "You raised the price without telling me.", "change.unannounced"},
        CueCase{"en_change_unannounced_any_warning", "en", "Why was my account suspended without any warning?",
                "change.unannounced"},
        CueCase{"he_change_unannounced_no_notice_at_all", "he", "העלו לי את החשבון בלי שום הודעה מראש.",
                "change.unannounced"},
        // problem.failure: what broke, in new words.
        CueCase{"en_problem_failure_service_out", "en", "My internet has been out since yesterday.", "problem.failure"},
        CueCase{"en_problem_failure_package_soaked", "en",
                "The driver left my package in the rain and everything is soaked.", "problem.failure"},
        CueCase{"id_problem_failure_force_close", "id", "Tiap buka aplikasi langsung force close.", "problem.failure"},
        CueCase{"ms_problem_failure_sour_face", "ms", "Staff kaunter layan dengan muka masam je.", "problem.failure"},
        CueCase{"ms_problem_failure_tracking", "ms", "Dah seminggu, tracking pun tak update.", "problem.failure"},
        CueCase{"he_problem_failure_hung_up", "he", "ביקשתי מנהל והנציגה פשוט ניתקה לי.", "problem.failure"},
        CueCase{"en_problem_failure_never_worked", "en", "The router never worked properly.", "problem.failure"},
        CueCase{"id_problem_failure_never_arrived", "id", "Paket saya tidak pernah sampai.", "problem.failure"},
        CueCase{"ms_problem_failure_never_arrived", "ms", "Barang tak pernah sampai pun.", "problem.failure"},
        // Negated adequacy: a connection that is not fast or not stable.
        CueCase{"ms_problem_failure_not_fast", "ms", "Line unifi tak laju langsung sejak semalam.", "problem.failure"},
        CueCase{"id_problem_failure_not_stable", "id", "Internet tidak stabil dari kemarin.", "problem.failure"},
        CueCase{"en_problem_failure_not_stable", "en", "The connection is not stable at all.", "problem.failure"},
        CueCase{"he_problem_failure_not_stable", "he", "הקליטה לא יציבה כל היום.", "problem.failure"},
        // Sentences joined by a period with no space: the words on both sides still match.
        CueCase{"en_problem_failure_joined_by_period", "en", "Hi.My internet is not working.I need help",
                "problem.failure"},
        CueCase{"he_problem_failure_joined_by_period", "he", "האינטרנט לא עובד.אני צריך עזרה", "problem.failure"},
        CueCase{"id_change_unannounced", "id", "Kalian menaikkan harga tanpa pemberitahuan.", "change.unannounced"},
        CueCase{"ms_change_unannounced", "ms", "Syarikat anda naikkan harga tanpa sebarang notis.",
                "change.unannounced"},
        CueCase{"he_change_unannounced", "he", "העליתם את המחיר בלי להודיע לי.", "change.unannounced"},
        // positive.suggestion
        CueCase{"en_positive_suggestion", "en",
                "You should also offer a family plan, I think a lot of people would like it.", "positive.suggestion"},
        CueCase{"en_positive_suggestion_handy", "en", "Could you add Apple Pay? It would be super handy.",
                "positive.suggestion"},
        CueCase{"id_positive_suggestion_just_a_tip", "id", "Saran saja, sebaiknya ada pembayaran pakai QRIS.",
                "positive.suggestion"},
        CueCase{"he_positive_suggestion_small", "he", "הצעה קטנה: תוסיפו אפשרות לתשלום בביט.", "positive.suggestion"},
        CueCase{"id_positive_suggestion", "id", "Sebaiknya kalian juga menyediakan paket keluarga.",
                "positive.suggestion"},
        CueCase{"ms_positive_suggestion", "ms", "Saya cadangkan syarikat anda tawarkan pakej keluarga juga.",
                "positive.suggestion"},
        CueCase{"he_positive_suggestion", "he", "כדאי שתוסיפו גם חבילה משפחתית.", "positive.suggestion"},
        // positive.advocacy
        CueCase{"en_positive_advocacy", "en", "Your support team is fantastic, I always recommend you to my friends.",
                "positive.advocacy"},
        CueCase{"id_positive_advocacy", "id", "Pelayanan kalian luar biasa, saya selalu rekomendasikan ke teman-teman.",
                "positive.advocacy"},
        CueCase{"ms_positive_advocacy", "ms", "Perkhidmatan anda sangat bagus, saya selalu syorkan kepada kawan-kawan.",
                "positive.advocacy"},
        CueCase{"id_positive_advocacy_short", "id", "Terima kasih, pelayanannya cepat sekali.", "positive.advocacy"},
        CueCase{"en_positive_advocacy_best_ever", "en", "Honestly you guys are amazing, best support ever!",
                "positive.advocacy"},
        CueCase{"ms_positive_advocacy_short", "ms", "Terima kasih, servis laju!", "positive.advocacy"},
        CueCase{"he_positive_advocacy", "he", "השירות שלכם מעולה, אני תמיד ממליץ עליכם.", "positive.advocacy"}),
    [](const auto& info) { return std::string(info.param.name); });

// ---------------------------------------------------------------------------
// 2. The brief's hard cases, in every language.

enum class Kind {
  kNegated,      // no live hit of the cue; a NEGATED hit of it exists
  kResolved,     // no live hit of the cue; a RESOLVED (or NEGATED) hit of it exists
  kConditional,  // a live hit of the cue marked conditional
  kQuoted,       // no live hit of the cue; a QUOTED hit of it exists
  kSignature,    // no live hit of the cue; a SIGNATURE hit of it exists
  kLive,         // a live hit of every listed cue
};

struct Expectation {
  Kind kind;
  std::vector<std::string> cues;
};

struct HardCase {
  const char* name;
  const char* language;
  const char* text;
  Expectation expectation;
};

const Expectation kNegatedCancel{Kind::kNegated, {"churn.cancel"}};
const Expectation kWithoutFailure{Kind::kNegated, {"problem.failure"}};  // "without" negates
const Expectation kResolvedCancel{Kind::kResolved, {"churn.cancel"}};
const Expectation kConditionalCancel{Kind::kConditional, {"churn.cancel"}};
const Expectation kQuotedCancel{Kind::kQuoted, {"churn.cancel"}};
const Expectation kSignatureCancel{Kind::kSignature, {"churn.cancel"}};
const Expectation kLiveCancel{Kind::kLive, {"churn.cancel"}};
const Expectation kLivePublicExposure{Kind::kLive, {"public.exposure"}};

void PrintTo(const HardCase& c, std::ostream* os) { *os << c.name << ": " << c.text; }

class HardCasesInEveryLanguage : public ::testing::TestWithParam<HardCase> {};

// Phrasings next to the entries above that are no cue: a shopper's count, an
// everyday post, a person who is unstable, a count of one.
TEST(CueLookAlikes, AreNoLiveCue) {
  for (const auto& [text, cue] : std::vector<std::pair<std::string, std::string>>{
           {"I went to 10 stores and none had it.", "value.at_risk"},
           {"Lebih 10 kedai saya pergi cari roti ni.", "value.at_risk"},
           {"Aku mau upload foto wisuda di instagram.", "public.exposure"},
           {"זהירות, הרוטב רותח.", "emotion.anger"},
           {"אני עורכת דין ורציתי לשאול על החשבונית.", "public.exposure"},
           {"Saya mau membatalkan janji temu hari Senin dan pindah ke Selasa.", "churn.cancel"},
           {"She is emotionally unstable.", "problem.failure"},
           {"Internet saya mati 1 kali minggu ini.", "repeat.failure"},
           {"The new router is 3x faster.", "repeat.failure"},
           {"Izinnya dicabut dari daftar.", "churn.cancel"},
           {"Sukses untuk tim Ombudsman.", "public.exposure"},
           {"כל אחד צריך להיות במקומם.", "emotion.anger"},
           {"Kami memesan banyak menu di sini.", "value.at_risk"},
           {"צריך להשמיד את הבאג הזה.", "urgency"},
           {"מתפללים לשובם עוד היום.", "urgency"},
           {"Tidak diperkenankan mengambil foto di dalam.", "problem.failure"},
           {"Lagi main game tiba-tiba hilang sinyal.", "change.unannounced"}}) {
    const v1::TriageResult result = Triage(text);
    EXPECT_FALSE(HasLive(result, cue)) << cue << ": " << text << "\n" << Describe(result);
  }
}

// A sentence and whether its cue is live; if not, it must be reported
// suppressed for `reason`. Returns each result for checks of its own.
struct LiveOrSuppressed {
  const char* text;
  const char* cue;
  bool live;
};

std::vector<v1::TriageResult> CheckLiveOrSuppressed(const std::vector<LiveOrSuppressed>& rows, v1::Suppression reason) {
  std::vector<v1::TriageResult> results;
  for (const LiveOrSuppressed& row : rows) {
    results.push_back(Triage(row.text));
    const v1::TriageResult& result = results.back();
    EXPECT_EQ(HasLive(result, row.cue), row.live) << row.cue << ": " << row.text << "\n" << Describe(result);
    if (!row.live) {
      EXPECT_TRUE(HasSuppressed(result, row.cue, {reason})) << row.cue << ": " << row.text << "\n" << Describe(result);
    }
  }
  return results;
}

// Words that are a cue only beside another sign of trouble (alone=no): a
// request to resend something "again", a quote for a big order. Alone they
// are reported suppressed as unsupported and the ticket is neutral; with a
// complaint they are live. A stated tenure is no trouble: it does not make
// them live.
TEST(WeakCueWords, NeedAnotherSignOfTrouble) {
  const std::vector<LiveOrSuppressed> rows{
      {"Could you send me the invoice again? I deleted the email.", "repeat.failure", false},
      {"The internet is down again and my calls keep dropping.", "repeat.failure", true},
      {"Please cancel the blue mug from my basket and keep the plates.", "churn.cancel", false},
      {"Cancel it, the box arrived with missing parts.", "churn.cancel", true},
      {"I decided to cancel.", "churn.cancel", true},
      {"The battery lasts over 4.5 hours on one charge.", "problem.failure", false},
      {"My parcel has been sitting in your depot for over 3 days and nobody answers.", "problem.failure", true},
      {"Can you quote me for a bulk order of printer paper?", "value.at_risk", false},
      {"Our bulk order arrived damaged and half of it is missing.", "value.at_risk", true},
      {"I've been with you for 6 years and want to place a big order for the office.", "value.at_risk", false},
      {"Kak, kalau pesanan besar untuk kantor ada diskon nggak?", "value.at_risk", false},
      {"Pesanan besar kami belum sampai juga, kecewa banget.", "value.at_risk", true},
      {"Tolong kirim ulang kodenya, lagi-lagi saya lupa simpan.", "repeat.failure", false},
      {"Lagi-lagi sinyal hilang dan internet mati.", "repeat.failure", true},
      {"Boleh saya tahu harga untuk tempahan besar majlis syarikat?", "value.at_risk", false},
      {"Tempahan besar kami sampai dalam keadaan rosak, kecewa betul.", "value.at_risk", true},
      {"מה המחיר להזמנה גדולה למשרד?", "value.at_risk", false},
      {"ההזמנה הגדולה שלנו הגיעה שבורה, אני מאוכזב מאוד.", "value.at_risk", true},
      {"אפשר לשלוח לי את הקבלה עוד פעם?", "repeat.failure", false},
      {"עוד פעם המשלוח התעכב ואף אחד לא עונה.", "repeat.failure", true}};
  const std::vector<v1::TriageResult> results = CheckLiveOrSuppressed(rows, v1::SUPPRESSION_UNSUPPORTED);
  for (size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].live) continue;
    EXPECT_EQ(results[i].customer_state(), v1::CUSTOMER_STATE_NEUTRAL) << rows[i].text << "\n" << Describe(results[i]);
  }
}

// A phrase in which a cue's words mean something harmless (scope.sense):
// the hit is reported suppressed as other_sense, with the phrase as its
// trigger; the same word elsewhere is still a cue.
TEST(OtherSense, HarmlessPhrasesHoldNoLiveCue) {
  const std::vector<v1::TriageResult> results = CheckLiveOrSuppressed(
      {{"Is there an emergency contact number for weekend plumbing jobs?", "urgency", false},
       {"This is an emergency, the basement is flooding.", "urgency", true},
       {"Mad props to the night shift, they sorted my router in minutes.", "emotion.anger", false},
       {"Thank you once again for the quick refund.", "repeat.failure", false},
       {"Second time I have bought this jacket, love it.", "repeat.failure", false},
       {"Third time I call about this.", "repeat.failure", true},
       {"זאת הפעם השלישית שאני קונה אצלכם והכל תמיד מושלם", "repeat.failure", false},
       {"My mother died in March and I need to close her account, thank you for your help.", "churn.cancel", false},
       {"I want to close my account, you people are useless.", "churn.cancel", true},
       {"How can I cancel one item from the order? The rest is fine.", "churn.cancel", false},
       {"How do I cancel this stupid subscription?", "churn.cancel", true},
       {"Saya nak tamatkan akaun arwah ayah saya.", "churn.cancel", false},
       {"אפשר לסגור את החשבון של אמא שלי שנפטרה בחודש שעבר?", "churn.cancel", false},
       {"Anak saya suka nonton film sedih, ada rekomendasi di aplikasi?", "emotion.disappointment", false},
       {"Saya sedih banget pesanan saya hilang.", "emotion.disappointment", true},
       {"Anak saya suka tengok filem sedih, ada cadangan dalam app?", "emotion.disappointment", false},
       {"שלחתי בדואר דחוף את הטופס, מתי יגיע?", "urgency", false},
       {"דחוף! אין חשמל בכל הבניין", "urgency", true}},
      v1::SUPPRESSION_OTHER_SENSE);
  for (const v1::TriageResult& result : results) {
    for (const v1::CueHit& h : result.cues()) {
      if (h.suppression() != v1::SUPPRESSION_OTHER_SENSE) continue;
      EXPECT_NE(h.scope_trigger().find(h.matched_text()), std::string::npos) << Describe(result);
    }
  }
}

TEST_P(HardCasesInEveryLanguage, ReadAsTheBriefSays) {
  const HardCase& c = GetParam();
  const v1::TriageResult result = Triage(c.text);
  const std::string context = std::string(c.language) + ": " + c.text + "\n" + Describe(result);
  for (const std::string& cue : c.expectation.cues) {
    switch (c.expectation.kind) {
      case Kind::kNegated:
        EXPECT_FALSE(HasLive(result, cue)) << cue << "\n" << context;
        EXPECT_TRUE(HasSuppressed(result, cue, {v1::SUPPRESSION_NEGATED})) << cue << "\n" << context;
        break;
      case Kind::kResolved:
        EXPECT_FALSE(HasLive(result, cue)) << cue << "\n" << context;
        EXPECT_TRUE(HasSuppressed(result, cue, {v1::SUPPRESSION_RESOLVED, v1::SUPPRESSION_NEGATED})) << cue << "\n"
                                                                                                     << context;
        break;
      case Kind::kConditional:
        EXPECT_TRUE(HasLiveConditional(result, cue)) << cue << "\n" << context;
        break;
      case Kind::kQuoted:
        EXPECT_FALSE(HasLive(result, cue)) << cue << "\n" << context;
        EXPECT_TRUE(HasSuppressed(result, cue, {v1::SUPPRESSION_QUOTED})) << cue << "\n" << context;
        break;
      case Kind::kSignature:
        EXPECT_FALSE(HasLive(result, cue)) << cue << "\n" << context;
        EXPECT_TRUE(HasSuppressed(result, cue, {v1::SUPPRESSION_SIGNATURE})) << cue << "\n" << context;
        break;
      case Kind::kLive:
        EXPECT_TRUE(HasLive(result, cue)) << cue << "\n" << context;
        break;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(
    Brief, HardCasesInEveryLanguage,
    ::testing::Values(
        // --- English ---
        HardCase{"en_negated_cancel", "en", "I'm not going to cancel, I just want the bill corrected.", kNegatedCancel},
        HardCase{"en_rather_than_cancel", "en", "Could we move my plan to next month rather than cancel it?",
                 kNegatedCancel},
        HardCase{"en_without_failure", "en", "The upgrade went through without any delay.", kWithoutFailure},
        HardCase{"en_resolved_cancel", "en", "I was going to cancel but you fixed it, thanks a lot.", kResolvedCancel},
        HardCase{"en_conditional_cancel", "en", "If this happens again I'll cancel my subscription.",
                 kConditionalCancel},
        HardCase{"en_quoted_cancel", "en",
                 "Thanks, everything works now.\n\n"
                 "On Mon, 3 Jun 2024 at 10:02, Dana Levi <dana@example.com> wrote:\n"
                 "> I want to cancel my subscription.\n"
                 "> Please confirm by email.\n",
                 kQuotedCancel},
        HardCase{"en_signature_cancel", "en",
                 "Where is my parcel? It was due on Monday.\n"
                 "-- \n"
                 "Dana Levi, Office Manager\n"
                 "Want to cancel these newsletters? Reply STOP.\n",
                 kSignatureCancel},
        HardCase{"en_sarcasm_brand_mention", "en", "Great, down again. Thanks @acme", kLivePublicExposure},
        // "Never ... such": the worst ever, not a negation.
        HardCase{"en_never_such", "en", "I have never had such bad service in my life.",
                 Expectation{Kind::kLive, {"problem.failure"}}},
        HardCase{"id_never_such", "id", "Tidak pernah saya sekecewa ini dengan layanan kalian.",
                 Expectation{Kind::kLive, {"emotion.disappointment"}}},
        HardCase{"ms_never_such", "ms", "Tak pernah aku kecewa macam ni dengan servis korang.",
                 Expectation{Kind::kLive, {"emotion.disappointment"}}},
        HardCase{"he_never_such", "he", "מעולם לא קיבלתי שירות כל כך גרוע.",
                 Expectation{Kind::kLive, {"emotion.anger"}}},
        HardCase{"id_resolved_switch_finally_fixed", "id",
                 "Sudah mau pindah provider tapi akhirnya teknisi datang dan beres.",
                 Expectation{Kind::kResolved, {"churn.switch"}}},
        // Praise that holds its negator: "never disappoints" is no disappointment.
        HardCase{"en_praise_never_disappoints", "en", "Great service, you never disappoint.",
                 Expectation{Kind::kNegated, {"emotion.disappointment"}}},
        HardCase{"id_praise_never_disappoints", "id", "Pelayanannya tidak pernah mengecewakan.",
                 Expectation{Kind::kNegated, {"emotion.disappointment"}}},
        HardCase{"ms_praise_never_disappoints", "ms", "Servis ni tak pernah kecewa.",
                 Expectation{Kind::kNegated, {"emotion.disappointment"}}},
        HardCase{"he_praise_never_disappoints", "he", "לא מאכזבים אף פעם, תודה.",
                 Expectation{Kind::kNegated, {"emotion.disappointment"}}},
        HardCase{"en_zero_width_cancel", "en", "I'm going to can\u200Bcel my account.", kLiveCancel},
        HardCase{"en_cyrillic_cancel", "en", "I'm going to \u0441ancel my account.", kLiveCancel},
        HardCase{"en_spaced_cancel", "en", "I'm going to c a n c e l my account.", kLiveCancel},
        HardCase{"en_hyphen_spelled_cancel", "en", "I'm going to c-a-n-c-e-l my account.", kLiveCancel},
        HardCase{"en_leet_cancel", "en", "I'm going to canc3l my account.", kLiveCancel},
        HardCase{"en_elongated_cancel", "en", "I'm going to CANCELLLL my account!!!", kLiveCancel},
        HardCase{"en_mixed_with_id", "en", "My internet is down again and I'm furious, saya sudah muak banget.",
                 Expectation{Kind::kLive, {"repeat.failure", "emotion.anger"}}},
        // --- Indonesian ---
        HardCase{"id_negated_cancel", "id", "Saya tidak akan membatalkan langganan, cuma minta tagihannya dibetulkan.",
                 kNegatedCancel},
        HardCase{"id_without_failure", "id", "Paketnya datang tanpa rusak, makasih.", kWithoutFailure},
        HardCase{"id_resolved_cancel", "id", "Saya tidak jadi membatalkan langganan karena masalahnya sudah beres.",
                 kResolvedCancel},
        HardCase{"id_conditional_cancel", "id", "Kalau ini terjadi lagi, saya akan membatalkan langganan.",
                 kConditionalCancel},
        HardCase{"id_quoted_cancel", "id",
                 "Terima kasih, sekarang sudah normal.\n\n"
                 "Pada Sen, 3 Jun 2024 pukul 10.02, Dana <dana@example.com> menulis:\n"
                 "> Saya mau membatalkan langganan saya.\n"
                 "> Mohon dikonfirmasi.\n",
                 kQuotedCancel},
        HardCase{"id_signature_cancel", "id",
                 "Paket saya di mana? Harusnya sampai hari Senin.\n"
                 "-- \n"
                 "Dana, Manajer Kantor\n"
                 "Mau membatalkan langganan buletin ini? Balas BERHENTI.\n",
                 kSignatureCancel},
        HardCase{"id_sarcasm_brand_mention", "id", "Mantap, mati lagi. Makasih ya @acme_id", kLivePublicExposure},
        HardCase{"id_zero_width_cancel", "id", "Saya mau memba\u200Btalkan langganan saya.", kLiveCancel},
        HardCase{"id_cyrillic_cancel", "id", "Saya mau memb\u0430talkan langganan saya.", kLiveCancel},
        HardCase{"id_spaced_cancel", "id", "Saya mau b a t a l k a n langganan saya.", kLiveCancel},
        HardCase{"id_elongated_cancel", "id", "Saya mau batalkannnn langganan ini!!!", kLiveCancel},
        HardCase{"id_mixed_with_en", "id", "Internet saya mati lagi. I'm going to cancel my subscription.",
                 Expectation{Kind::kLive, {"repeat.failure", "churn.cancel"}}},
        // --- Malay ---
        HardCase{"ms_negated_cancel", "ms", "Saya tak akan batalkan langganan, cuma nak bil dibetulkan.",
                 kNegatedCancel},
        HardCase{"ms_without_failure", "ms", "Barang sampai tanpa rosak, terima kasih.", kWithoutFailure},
        HardCase{"ms_resolved_cancel", "ms", "Saya tak jadi batalkan langganan sebab masalah dah selesai.",
                 kResolvedCancel},
        HardCase{"ms_conditional_cancel", "ms", "Kalau jadi lagi, saya akan batalkan langganan.", kConditionalCancel},
        HardCase{"ms_quoted_cancel", "ms",
                 "Terima kasih, sekarang dah okay.\n\n"
                 "Pada Isn, 3 Jun 2024 10:02 PG, Dana <dana@example.com> menulis:\n"
                 "> Saya nak batalkan langganan saya.\n"
                 "> Sila sahkan.\n",
                 kQuotedCancel},
        HardCase{"ms_signature_cancel", "ms",
                 "Bungkusan saya di mana? Sepatutnya sampai hari Isnin.\n"
                 "-- \n"
                 "Dana, Pengurus Pejabat\n"
                 "Nak batalkan langganan buletin ini? Balas BERHENTI.\n",
                 kSignatureCancel},
        HardCase{"ms_sarcasm_brand_mention", "ms", "Bagus sangat, putus lagi. Terima kasih @acme_my",
                 kLivePublicExposure},
        HardCase{"ms_zero_width_cancel", "ms", "Saya nak bat\u200Balkan langganan saya.", kLiveCancel},
        HardCase{"ms_cyrillic_cancel", "ms", "Saya nak b\u0430talkan langganan saya.", kLiveCancel},
        HardCase{"ms_spaced_cancel", "ms", "Saya nak b a t a l k a n langganan saya.", kLiveCancel},
        HardCase{"ms_hyphen_spelled_cancel", "ms", "Saya nak b-a-t-a-l-k-a-n langganan saya.", kLiveCancel},
        HardCase{"he_spaced_cancel", "he", "אני רוצה ל ב ט ל את המנוי.", kLiveCancel},
        HardCase{"ms_elongated_cancel", "ms", "Saya nak batalkannnn langganan ni!!!", kLiveCancel},
        HardCase{"ms_mixed_with_en", "ms", "Internet saya putus lagi, I'm really disappointed.",
                 Expectation{Kind::kLive, {"repeat.failure", "emotion.disappointment"}}},
        // --- Hebrew ---
        HardCase{"he_negated_cancel", "he", "אני לא מתכוון לבטל את המנוי, רק תתקנו את החשבונית.", kNegatedCancel},
        // A negator does not reach past "ו" into the next conjunct.
        HardCase{"he_negation_stops_at_conjunct", "he", "הנציג לא פתר כלום ושוב אין אינטרנט.",
                 Expectation{Kind::kLive, {"repeat.failure"}}},
        HardCase{"he_without_failure", "he", "ההתקנה עברה בלי תקלות, תודה.", kWithoutFailure},
        HardCase{"he_resolved_cancel", "he", "רציתי לבטל את המנוי אבל תיקנתם את זה, תודה.", kResolvedCancel},
        HardCase{"he_conditional_cancel", "he", "אם זה יקרה שוב, אני מבטל את המנוי.", kConditionalCancel},
        HardCase{"he_quoted_cancel", "he",
                 "תודה, עכשיו הכול עובד.\n\n"
                 "ב-3 ביוני 2024, בשעה 10:02, דנה <dana@example.com> כתבה:\n"
                 "> אני רוצה לבטל את המנוי שלי.\n"
                 "> אנא אשרו במייל.\n",
                 kQuotedCancel},
        HardCase{"he_signature_cancel", "he",
                 "איפה החבילה שלי? היא הייתה אמורה להגיע ביום שני.\n"
                 "-- \n"
                 "דנה, מנהלת משרד\n"
                 "רוצים לבטל את המנוי לניוזלטר? השיבו הסר.\n",
                 kSignatureCancel},
        HardCase{"he_sarcasm_brand_mention", "he", "נהדר, שוב נפל. תודה @acme_il", kLivePublicExposure},
        HardCase{"he_zero_width_cancel", "he", "אני רוצה לב\u200Bטל את המנוי.", kLiveCancel},
        HardCase{"he_niqqud_cancel", "he", "אני רוצה לְבַטֵּל את המנוי.", kLiveCancel},
        HardCase{"he_mixed_with_en", "he",
                 "אני לקוח שלכם כבר שש שנים ואין לי internet, I'm switching to another provider.",
                 Expectation{Kind::kLive, {"loyalty.tenure", "churn.switch"}}},
        // "almost" with the churn verb: it did not happen. "almost never ..., but" is no resolution.
        HardCase{"en_almost_switched", "en", "I nearly switched to another provider, but support fixed it.",
                 Expectation{Kind::kResolved, {"churn.switch"}}},
        HardCase{"he_almost_cancelled", "he", "כמעט ביטלתי את המנוי אבל זה סודר, תודה.", kResolvedCancel},
        HardCase{"en_almost_never_then_cancel", "en", "I almost never have problems, but today I want to cancel.",
                 kLiveCancel},
        HardCase{"en_one_more_outage", "en", "One more outage and I am done with you.", kConditionalCancel},
        // Quoted history as other mail clients write it: an Outlook header block, and dashed titles in Malay and
        // Hebrew. A "From:" line with no Sent/Date line under it is the customer's own words.
        HardCase{"en_outlook_header_block", "en",
                 "All good now.\n\nFrom: Dana <dana@example.com>\nSent: Monday, June 3, 2024 10:02 AM\nTo: "
                 "Support\n\nI want to cancel my account.\n",
                 kQuotedCancel},
        HardCase{"ms_mesej_asal", "ms",
                 "Dah ok, terima kasih.\n\n-----Mesej Asal-----\nDaripada: Dana\nDihantar: Isnin\n\nSaya nak "
                 "batalkan langganan.\n",
                 kQuotedCancel},
        HardCase{"he_original_message", "he",
                 "תודה, הכל עובד.\n\n-----הודעה מקורית-----\nמאת: דנה\nנשלח: יום שני\n\nאני רוצה לבטל את "
                 "המנוי.\n",
                 kQuotedCancel},
        HardCase{"ms_never_thought_of_cancelling", "ms", "Tak terfikir pun nak batalkan langganan.", kNegatedCancel},
        // Denying having said it; saying it stays live.
        HardCase{"en_never_said_cancel", "en", "I never said I wanted to cancel.", kNegatedCancel},
        HardCase{"en_said_cancel", "en", "I said I wanted to cancel and I meant it.", kLiveCancel},
        HardCase{"id_never_said_cancel", "id", "Saya ga pernah bilang mau berhenti langganan.", kNegatedCancel},
        HardCase{"ms_never_said_cancel", "ms", "Bila masa saya cakap nak batalkan langganan?", kNegatedCancel},
        HardCase{"ms_said_cancel", "ms", "Saya dah cakap nak batalkan langganan.", kLiveCancel},
        HardCase{"he_never_said_cancel", "he", "לא אמרתי שאני רוצה לבטל את המנוי.", kNegatedCancel},
        HardCase{"en_fine_now", "en", "Earlier I wanted to cancel, but it's fine now.", kResolvedCancel},
        HardCase{"he_sent_from_my_phone", "he",
                 "איפה החבילה שלי?\n\nנשלח מה-iPhone שלי\nרוצים לבטל את המנוי לניוזלטר? השיבו הסר.\n",
                 kSignatureCancel},
        HardCase{"he_a_letter_was_sent", "he", "שלום,\nנשלח מכתב אליכם לפני שבוע ואני רוצה לבטל את המנוי.\n",
                 kLiveCancel},
        HardCase{"en_from_line_not_a_header", "en",
                 "I want to cancel my account.\nFrom: my phone, because your app is broken.\n", kLiveCancel}),
    [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace triage
