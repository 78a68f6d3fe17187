// The seven properties of a good reply (domain brief, "Empathy scripting"),
// checked on the engine's replies in each language for the scenarios that
// matter: churn with tenure, repeated delivery failure, outage, public
// @mention, positive suggestion, neutral question.
#include <gtest/gtest.h>

#include "tests/unit/test_util.h"

namespace triage {
namespace {

enum class Kind { kChurnWithTenure, kRepeatDelivery, kOutage, kPublicMention, kSuggestion, kQuestion };

struct Scenario {
  const char* name;
  const char* language;
  Kind kind;
  const char* text;
  int tenure_years = 0;
};

struct Words {
  std::vector<std::string> apology;  // one must open the reply
  std::vector<std::string> thanks;
  std::string private_channel;  // the public-channel sentence mentions it
};

Words WordsFor(const std::string& language) {
  if (language == "id") return {{"maaf"}, {"Terima kasih"}, "pesan pribadi"};
  if (language == "ms") return {{"maaf"}, {"Terima kasih"}, "mesej peribadi"};
  if (language == "he") return {{"מצטער", "מתנצלים"}, {"תודה"}, "בהודעה פרטית"};
  return {{"sorry"}, {"Thank you"}, "private message"};
}

std::string FirstSentence(const std::string& text) {
  size_t end = text.find_first_of(".!:?");
  return text.substr(0, end);
}

bool ContainsAny(const std::string& text, const std::vector<std::string>& words) {
  for (const auto& w : words) {
    if (text.find(w) != std::string::npos) return true;
  }
  return false;
}

class ReplyPropertiesTest : public ::testing::TestWithParam<Scenario> {};

TEST_P(ReplyPropertiesTest, ReplyHasTheSevenProperties) {
  const Scenario& s = GetParam();
  v1::TriageTicketRequest request;
  request.set_text(s.text);
  request.mutable_metadata()->set_language_hint(s.language);
  if (s.kind == Kind::kPublicMention || s.kind == Kind::kSuggestion) {
    request.mutable_metadata()->set_channel(v1::CHANNEL_SOCIAL_PUBLIC);
    request.mutable_metadata()->add_brand_handles("@acme");
  }
  auto r = testing::BundledEngine().TriageTicket(request);
  ASSERT_TRUE(r.ok()) << r.status();
  const std::string& reply = r->reply().text();
  const Words words = WordsFor(s.language);
  SCOPED_TRACE(reply);

  // 6. The customer's language; Hebrew right-to-left with isolated digits.
  EXPECT_EQ(r->language(), s.language);
  EXPECT_EQ(r->reply().language(), s.language);
  EXPECT_EQ(r->reply().direction(), s.language == std::string("he") ? v1::TEXT_DIRECTION_RTL : v1::TEXT_DIRECTION_LTR);

  const bool positive = s.kind == Kind::kSuggestion;
  if (positive) {
    // 7 (positive). Thanks, community, no apology.
    EXPECT_TRUE(ContainsAny(FirstSentence(reply), words.thanks));
    EXPECT_FALSE(ContainsAny(reply, words.apology));
    EXPECT_EQ(r->route(), "community");
    EXPECT_EQ(r->priority(), v1::PRIORITY_P4);
    return;
  }
  // 1. Opens with empathy and an apology; never with a request for an ID.
  EXPECT_TRUE(ContainsAny(FirstSentence(reply), words.apology)) << FirstSentence(reply);
  // 4. A next step with a time taken from the SLA.
  const v1::DecisionStep* sla = nullptr;
  for (const auto& step : r->trace()) {
    if (step.field() == "first_reply_due") sla = &step;
  }
  ASSERT_NE(sla, nullptr);
  const int minutes = std::stoi(sla->value());
  const std::string figure = std::to_string(minutes >= 60 ? (minutes + 59) / 60 : minutes);
  if (!(s.language == std::string("he") && minutes == 120)) {
    EXPECT_NE(reply.find(figure), std::string::npos) << "no '" << figure << "' from the SLA";
  }
  if (s.kind == Kind::kQuestion) return;

  // 2. Loyalty acknowledged with the customer's own figure.
  if (s.tenure_years > 0) {
    EXPECT_NE(reply.find(std::to_string(s.tenure_years)), std::string::npos);
    EXPECT_EQ(r->customer_state(), v1::CUSTOMER_STATE_LIVID_LOYAL);
  }
  // 3. Two or three concrete options (digits are isolated inside Hebrew).
  const bool rtl = s.language == std::string("he");
  EXPECT_NE(reply.find(rtl ? "\u20661\u2069)" : "1)"), std::string::npos);
  EXPECT_NE(reply.find(rtl ? "\u20662\u2069)" : "2)"), std::string::npos);
  // 5. On a public channel: stays public, private only for personal data, and says so.
  EXPECT_EQ(reply.find(words.private_channel) != std::string::npos, s.kind == Kind::kPublicMention);
  if (s.language == std::string("he") && s.tenure_years > 0) {
    EXPECT_NE(reply.find("\u2066" + std::to_string(s.tenure_years) + "\u2069"), std::string::npos);
  }
  // 7. No canned line, no blame: the engine's reply passes its own coach.
  v1::CoachDraftRequest coach;
  coach.set_draft(reply);
  *coach.mutable_ticket() = request;
  auto findings = testing::BundledEngine().CoachDraft(coach);
  ASSERT_TRUE(findings.ok()) << findings.status();
  for (const auto& f : findings->findings()) {
    ADD_FAILURE() << v1::AntiPattern_Name(f.anti_pattern()) << " on '" << f.matched_text() << "' (" << f.entry_id()
                  << ")";
  }
}

INSTANTIATE_TEST_SUITE_P(
    FourLanguages, ReplyPropertiesTest,
    ::testing::Values(
        Scenario{"en_churn_tenure", "en", Kind::kChurnWithTenure,
                 "I've been a loyal customer for six years and my internet is down again. I'm going to cancel.", 6},
        Scenario{"en_repeat_delivery", "en", Kind::kRepeatDelivery,
                 "My parcel didn't arrive again, this is the third time this month."},
        Scenario{"en_outage", "en", Kind::kOutage, "The internet has been down since this morning, nothing works."},
        Scenario{"en_public", "en", Kind::kPublicMention, "@acme great, down again. Thanks for nothing"},
        Scenario{"en_suggestion", "en", Kind::kSuggestion,
                 "You should also offer grilled chicken, it would be great! cc @acme"},
        Scenario{"en_question", "en", Kind::kQuestion, "What are your opening hours on Sunday?"},
        Scenario{"id_churn_tenure", "id", Kind::kChurnWithTenure,
                 "Saya sudah enam tahun jadi pelanggan setia, internet mati lagi. Saya mau berhenti berlangganan saja.",
                 6},
        Scenario{"id_repeat_delivery", "id", Kind::kRepeatDelivery,
                 "Paket saya tidak sampai lagi, ini sudah ketiga kalinya bulan ini."},
        Scenario{"id_outage", "id", Kind::kOutage, "Internet mati total sejak pagi, tolong segera diperbaiki."},
        Scenario{"id_public", "id", Kind::kPublicMention, "@acme mantap, gangguan lagi. Makasih ya"},
        Scenario{"id_suggestion", "id", Kind::kSuggestion,
                 "Sebaiknya kalian juga menyediakan menu ayam bakar, pasti laris! cc @acme"},
        Scenario{"id_question", "id", Kind::kQuestion, "Jam buka toko hari Minggu jam berapa ya?"},
        Scenario{"ms_churn_tenure", "ms", Kind::kChurnWithTenure,
                 "Saya pelanggan setia selama enam tahun, internet putus lagi. Saya nak tamatkan langganan.", 6},
        Scenario{"ms_repeat_delivery", "ms", Kind::kRepeatDelivery,
                 "Bungkusan saya tak sampai lagi, ini kali ketiga bulan ni."},
        Scenario{"ms_outage", "ms", Kind::kOutage, "Internet tak boleh guna langsung sejak pagi, tolong baiki segera."},
        Scenario{"ms_public", "ms", Kind::kPublicMention, "@acme hebat, rosak lagi. Terima kasih la sangat"},
        Scenario{"ms_suggestion", "ms", Kind::kSuggestion,
                 "Korang patut sediakan menu ayam panggang juga, mesti laku! cc @acme"},
        Scenario{"ms_question", "ms", Kind::kQuestion, "Kedai buka pukul berapa hari Ahad?"},
        Scenario{"he_churn_tenure", "he", Kind::kChurnWithTenure,
                 "אני לקוח שלכם כבר שש שנים והאינטרנט שוב לא עובד. אני רוצה לבטל את המנוי.", 6},
        Scenario{"he_repeat_delivery", "he", Kind::kRepeatDelivery, "החבילה שלי שוב לא הגיעה, זו הפעם השלישית החודש."},
        Scenario{"he_outage", "he", Kind::kOutage, "האינטרנט לא עובד מהבוקר, בבקשה תתקנו דחוף."},
        Scenario{"he_public", "he", Kind::kPublicMention, "@acme מעולה, שוב תקלה. תודה על כלום"},
        Scenario{"he_suggestion", "he", Kind::kSuggestion,
                 "כדאי שתוסיפו גם עוף על האש לתפריט, זה יהיה מעולה! cc @acme"},
        Scenario{"he_question", "he", Kind::kQuestion, "באיזו שעה אתם פתוחים ביום ראשון?"}),
    [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace triage
