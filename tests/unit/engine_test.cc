#include "engine/engine.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <optional>

#include "tests/unit/test_util.h"

namespace triage {
namespace {

class FixedClock : public Clock {
 public:
  google::protobuf::Timestamp Now() const override {
    google::protobuf::Timestamp t;
    t.set_seconds(1'700'000'000);  // 2023-11-14
    return t;
  }
};

v1::TriageTicketRequest Ticket(const std::string& text) {
  v1::TriageTicketRequest r;
  r.set_text(text);
  return r;
}

bool HasLive(const v1::TriageResult& r, const std::string& cue) {
  for (const auto& h : r.cues()) {
    if (h.cue() == cue && h.suppression() == v1::SUPPRESSION_UNSPECIFIED) return true;
  }
  return false;
}

// Topic: the most mentioned; on a tie, the one named in a clause that holds
// a live complaint, so a part the customer says is fine does not set it.
TEST(EngineTest, TopicIsTheOneTheComplaintIsAbout) {
  const Engine& e = testing::BundledEngine();
  const auto topic = [&](const std::string& text) { return e.TriageTicket(Ticket(text))->topic(); };
  EXPECT_EQ(topic("My parcel arrived without damage but the internet is down again"), "connectivity");
  EXPECT_EQ(topic("The internet works fine, however my bill is wrong again"), "billing");
  EXPECT_EQ(topic("Paket saya sampai dengan baik tapi internet mati lagi"), "connectivity");
  EXPECT_EQ(topic("Bungkusan saya sampai tanpa rosak tapi internet putus lagi"), "connectivity");
  EXPECT_EQ(topic("החבילה הגיעה בלי נזק אבל האינטרנט לא עובד שוב"), "connectivity");
  // Both in complaints: the first named.
  EXPECT_EQ(topic("My bill is wrong and the internet is down"), "billing");
  // More mentions win.
  EXPECT_EQ(topic("My order never arrived, where is my parcel? Also the app is slow"), "delivery");
  EXPECT_EQ(topic("Thanks, all good"), "other");
  // Hebrew חשבון is an account and a bill: logging in to it is the account.
  EXPECT_EQ(topic("לא מצליח להיכנס לחשבון שלי"), "account");
}

// The waiting time comes from a duration near an "ignored" cue, but an
// amount per month is a rate, not a wait.
TEST(EngineTest, WaitingTimeIsNotARate) {
  const Engine& e = testing::BundledEngine();
  const auto waited = [&](const std::string& text) -> std::optional<uint32_t> {
    const auto r = e.TriageTicket(Ticket(text));
    if (!r.ok() || !r->extracted().has_waiting_hours()) return std::nullopt;
    return r->extracted().waiting_hours();
  };
  EXPECT_EQ(waited("I have waited a week and nobody answered."), 168u);
  EXPECT_EQ(waited("Nobody has replied to my emails in 5 days."), 120u);
  EXPECT_EQ(waited("Sudah 3 hari tidak ada yang membalas."), 72u);
  EXPECT_EQ(waited("כבר חודש אני מחכה לטכנאי."), 720u);
  EXPECT_EQ(waited("I pay $500 a month and nobody answers my emails."), std::nullopt);
  EXPECT_EQ(waited("Saya bayar Rp 50.000 per bulan tapi tidak ada yang membalas."), std::nullopt);
  EXPECT_EQ(waited("החברה שלנו משלמת לכם 20,000 ש\"ח בחודש ואף אחד לא מטפל בתקלה."), std::nullopt);
}

TEST(EngineTest, BadInputNamesTheField) {
  const Engine& e = testing::BundledEngine();
  EXPECT_EQ(e.TriageTicket(Ticket("")).status().message(), "text: must not be empty");
  EXPECT_EQ(e.TriageTicket(Ticket("ok \xff")).status().message(), "text: invalid UTF-8 at byte 3");
  EXPECT_NE(e.TriageTicket(Ticket(std::string(65537, 'a'))).status().message().find("text: 65537 bytes"),
            std::string::npos);
  v1::TriageTicketRequest bad_channel = Ticket("hi");
  bad_channel.mutable_metadata()->set_channel(static_cast<v1::Channel>(99));
  EXPECT_EQ(e.TriageTicket(bad_channel).status().message(), "metadata.channel: unknown value 99");

  v1::TriageConversationRequest conv;
  EXPECT_EQ(e.TriageConversation(conv).status().message(), "turns: must have at least one turn");
  for (int i = 0; i < 501; ++i) {
    auto* t = conv.add_turns();
    t->set_role(v1::ROLE_CUSTOMER);
    t->set_text("hello");
  }
  EXPECT_NE(e.TriageConversation(conv).status().message().find("turns: 501 turns"), std::string::npos);
  conv.mutable_turns()->DeleteSubrange(1, 500);
  conv.mutable_turns(0)->set_role(v1::ROLE_AGENT);
  EXPECT_EQ(e.TriageConversation(conv).status().message(), "turns: no customer turn");
  conv.mutable_turns(0)->set_role(static_cast<v1::Role>(77));
  EXPECT_EQ(e.TriageConversation(conv).status().message(),
            "turns[0].role: must be customer or agent, got unknown value 77");
}

TEST(EngineTest, ResultCarriesEvidenceDecisionAndReply) {
  const Engine& e = testing::BundledEngine();
  auto r = e.TriageTicket(Ticket("I'm going to cancel my subscription."));
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->language(), "en");
  EXPECT_TRUE(HasLive(*r, "churn.cancel"));
  EXPECT_LE(r->priority(), v1::PRIORITY_P2);
  EXPECT_EQ(r->customer_state(), v1::CUSTOMER_STATE_USED_TO_BE);
  EXPECT_FALSE(r->route().empty());
  EXPECT_FALSE(r->reply().text().empty());
  EXPECT_EQ(r->data_version(), e.data_version());
  for (const auto& step : r->trace()) EXPECT_FALSE(step.rule_id().empty());
  for (const auto& h : r->cues()) {
    const std::string text = "I'm going to cancel my subscription.";
    EXPECT_EQ(h.matched_text(), text.substr(h.utf8_begin(), h.utf8_end() - h.utf8_begin()));
    EXPECT_EQ(h.utf16_end() - h.utf16_begin(), h.utf8_end() - h.utf8_begin());  // ASCII
    EXPECT_FALSE(h.entry_id().empty());
  }
}

TEST(EngineTest, HebrewSpansCountUtf16Units) {
  const Engine& e = testing::BundledEngine();
  const std::string text = "אני הולך לבטל את המנוי שלי.";
  auto r = e.TriageTicket(Ticket(text));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->language(), "he");
  EXPECT_EQ(r->reply().direction(), v1::TEXT_DIRECTION_RTL);
  bool found = false;
  for (const auto& h : r->cues()) {
    if (h.cue() != "churn.cancel") continue;
    found = true;
    const std::string span = text.substr(h.utf8_begin(), h.utf8_end() - h.utf8_begin());
    EXPECT_EQ(span, h.matched_text());
    size_t letters = 0, spaces = 0;
    for (unsigned char c : span) letters += c >= 0xC0, spaces += c == ' ';
    EXPECT_EQ(h.utf16_end() - h.utf16_begin(), letters + spaces);    // one unit each
    EXPECT_EQ(h.utf8_end() - h.utf8_begin(), 2 * letters + spaces);  // Hebrew letters are 2 bytes
  }
  EXPECT_TRUE(found);
}

TEST(EngineTest, DueTimeCountsFromSentAt) {
  FixedClock clock;
  EngineOptions options;
  options.lexicon_dir = BundledLexiconDir();
  options.rules_dir = BundledRulesDir();
  options.clock = &clock;
  auto e = Engine::Create(options);
  ASSERT_TRUE(e.ok());
  auto r = (*e)->TriageTicket(Ticket("What are your opening hours?"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->priority(), v1::PRIORITY_P4);
  EXPECT_EQ(r->first_reply_due().seconds(), 1'700'000'000 + 24 * 3600);
}

TEST(EngineTest, AgentTurnsYieldNoCustomerCues) {
  v1::TriageConversationRequest conv;
  auto* agent = conv.add_turns();
  agent->set_role(v1::ROLE_AGENT);
  agent->set_text("I'm going to cancel your order now.");
  auto* customer = conv.add_turns();
  customer->set_role(v1::ROLE_CUSTOMER);
  customer->set_text("Thanks.");
  auto r = testing::BundledEngine().TriageConversation(conv);
  ASSERT_TRUE(r.ok());
  for (const auto& h : r->cues()) EXPECT_NE(h.turn_index(), 0u);
}

TEST(EngineTest, ReloadWithBrokenLexiconRulesOrScriptsKeepsServingOldData) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("triage_reload_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  fs::copy(BundledLexiconDir(), dir / "lexicons", fs::copy_options::recursive);
  fs::copy(BundledRulesDir(), dir / "rules", fs::copy_options::recursive);
  EngineOptions options;
  options.lexicon_dir = (dir / "lexicons").string();
  options.rules_dir = (dir / "rules").string();
  auto e = Engine::Create(options);
  ASSERT_TRUE(e.ok()) << e.status();
  const std::string before = (*e)->data_version();
  std::ofstream(dir / "lexicons" / "en" / "broken.lex") << "en.x\tno.such.cue\tword\n";
  absl::Status s = (*e)->Reload();
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("broken.lex:1: unknown cue id"), std::string::npos) << s;
  EXPECT_EQ((*e)->data_version(), before);
  EXPECT_TRUE((*e)->TriageTicket(Ticket("hello")).ok());

  // A policy and a reply script with errors: refused with file and line, old data kept.
  fs::remove(dir / "lexicons" / "en" / "broken.lex");
  ASSERT_TRUE((*e)->Reload().ok());
  std::ofstream(dir / "rules" / "policy.rules", std::ios::app) << "[priority]\nbroken\tcue:\tP1\treason\n";
  s = (*e)->Reload();
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("policy.rules:"), std::string::npos) << s;
  EXPECT_NE(s.message().find("'cue:' needs a value"), std::string::npos) << s;
  fs::copy_file(BundledRulesDir() + "/policy.rules", dir / "rules" / "policy.rules",
                fs::copy_options::overwrite_existing);
  std::ofstream(dir / "rules" / "replies" / "en.replies", std::ios::app) << "en.broken\tstate:new\tHello {\n";
  s = (*e)->Reload();
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("en.replies:"), std::string::npos) << s;
  EXPECT_EQ((*e)->data_version(), before);
  EXPECT_TRUE((*e)->TriageTicket(Ticket("I'm going to cancel")).ok());
  fs::remove_all(dir);
}

}  // namespace
}  // namespace triage

namespace triage {
namespace {

struct ExtractionCase {
  const char* name;
  const char* text;
  int tenure_months;  // -1: not stated
  int repeat_count;   // -1: not stated
  int waiting_hours;  // -1: not stated
};

class ExtractionTest : public ::testing::TestWithParam<ExtractionCase> {};

TEST_P(ExtractionTest, ReadsFiguresFromTheText) {
  const ExtractionCase& c = GetParam();
  v1::TriageTicketRequest request;
  request.set_text(c.text);
  request.mutable_metadata()->mutable_sent_at()->set_seconds(1'700'000'000);  // November 2023
  auto r = testing::BundledEngine().TriageTicket(request);
  ASSERT_TRUE(r.ok()) << r.status();
  const v1::Extracted& x = r->extracted();
  EXPECT_EQ(x.has_tenure_months() ? static_cast<int>(x.tenure_months()) : -1, c.tenure_months) << c.text;
  EXPECT_EQ(x.has_repeat_count() ? static_cast<int>(x.repeat_count()) : -1, c.repeat_count) << c.text;
  EXPECT_EQ(x.has_waiting_hours() ? static_cast<int>(x.waiting_hours()) : -1, c.waiting_hours) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    FourLanguages, ExtractionTest,
    ::testing::Values(
        ExtractionCase{"en_words", "I have been a loyal customer for six years and this is the third time it broke.",
                       72, 3, -1},
        ExtractionCase{"en_digits", "Customer for 6 years. No one has replied in 3 days.", 72, -1, 72},
        ExtractionCase{"en_since", "I've been a customer since 2016 and I'm furious.", 84, -1, -1},
        ExtractionCase{"id", "Saya sudah menjadi pelanggan setia selama enam tahun, ini sudah ketiga kalinya gangguan.",
                       72, 3, -1},
        ExtractionCase{"ms", "Saya pelanggan setia selama lapan tahun dan ini kali ketiga internet putus.", 96, 3, -1},
        ExtractionCase{"he", "אני לקוח שלכם כבר עשר שנים וזו הפעם השלישית שזה קורה.", 120, 3, -1},
        // A count written with an x; once is no repeat.
        ExtractionCase{"id_3x", "Udah 3x telepon tapi internet masih mati", -1, 3, -1},
        ExtractionCase{"ms_2x", "Internet putus 2x hari ni", -1, 2, -1},
        ExtractionCase{"id_once", "Internet saya mati 1 kali minggu ini", -1, -1, -1},
        // A word between the customer noun and "sejak"; the duration before the wait; an ordinal failure.
        ExtractionCase{"id_since_with_word", "Saya pelanggan setia sejak 2016 dan kecewa berat.", 84, -1, -1},
        ExtractionCase{"ms_since_with_word", "Saya pengguna unifi sejak tahun 2015, kecewa sungguh.", 96, -1, -1},
        ExtractionCase{"id_days_then_wait", "Sudah 2 hari menunggu balasan CS.", -1, -1, 48},
        ExtractionCase{"en_fourth_outage", "This is the fourth outage this month.", -1, 4, -1},
        // Halves and decimals: a half after the number or after the unit, a
        // decimal point or comma; a version number is no duration.
        ExtractionCase{"en_one_and_a_half", "I've been a customer for one and a half years.", 18, -1, -1},
        ExtractionCase{"en_a_year_and_a_half", "I've been with you for a year and a half.", 18, -1, -1},
        ExtractionCase{"en_decimal", "Customer for 2.5 years. I've been waiting 1.5 days for a reply.", 30, -1, 36},
        ExtractionCase{"id_dua_setengah", "Saya pelanggan setia selama dua setengah tahun.", 30, -1, -1},
        ExtractionCase{"id_decimal_comma", "Sudah 2,5 tahun langganan, sudah 2 hari menunggu balasan.", 30, -1, 48},
        ExtractionCase{"ms_setahun_setengah", "Dah setahun setengah saya langgan Unifi.", 18, -1, -1},
        ExtractionCase{"id_half_day", "Sudah nunggu setengah hari tidak ada yang balas.", -1, -1, 12},
        ExtractionCase{"he_shana_vachetsi", "אני לקוח שלכם כבר שנה וחצי.", 18, -1, -1},
        ExtractionCase{"he_shnatayim_vachetsi", "אני לקוח שלכם כבר שנתיים וחצי.", 30, -1, -1},
        ExtractionCase{"he_half_before_unit", "אני לקוח שלכם כבר שלוש וחצי שנים.", 42, -1, -1},
        ExtractionCase{"he_prefixed_number_word", "אנחנו לקוחות של הבנק כבר למעלה מעשרים שנה.", 240, -1, -1},
        ExtractionCase{"en_version_number", "Version 2.5 of the app keeps crashing.", -1, -1, -1},
        ExtractionCase{"none", "What are your opening hours?", -1, -1, -1}),
    [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace triage

namespace triage {
namespace {

v1::TriageConversationRequest Transcript(std::initializer_list<std::pair<v1::Role, const char*>> turns) {
  v1::TriageConversationRequest r;
  for (const auto& [role, text] : turns) {
    auto* t = r.add_turns();
    t->set_role(role);
    t->set_text(text);
  }
  return r;
}

TEST(TrajectoryTest, ExitThreatInALaterTurnIsEscalatingAndRaisesPriority) {
  auto calm = testing::BundledEngine().TriageConversation(Transcript({{v1::ROLE_CUSTOMER, "My internet is slow."},
                                                                      {v1::ROLE_AGENT, "Please restart the router."},
                                                                      {v1::ROLE_CUSTOMER, "OK, will try."}}));
  auto angry = testing::BundledEngine().TriageConversation(
      Transcript({{v1::ROLE_CUSTOMER, "My internet is slow."},
                  {v1::ROLE_AGENT, "Please restart the router."},
                  {v1::ROLE_CUSTOMER, "I did that ten times. I'm fed up and I'm going to cancel."}}));
  ASSERT_TRUE(calm.ok() && angry.ok());
  EXPECT_EQ(angry->trajectory(), v1::TRAJECTORY_ESCALATING);
  EXPECT_LT(angry->priority(), calm->priority());
}

TEST(TrajectoryTest, FixedInTheLastTurnIsResolvedAndLowersPriority) {
  for (const auto& [complaint, fixed] : std::vector<std::pair<const char*, const char*>>{
           {"My internet is down again, third time this week!", "It works now, thanks a lot!"},
           {"Internet saya mati lagi, sudah ketiga kalinya minggu ini!", "Sudah normal lagi, makasih ya"}}) {
    auto r = testing::BundledEngine().TriageConversation(
        Transcript({{v1::ROLE_CUSTOMER, complaint}, {v1::ROLE_AGENT, "..."}, {v1::ROLE_CUSTOMER, fixed}}));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->trajectory(), v1::TRAJECTORY_RESOLVED) << fixed;
    EXPECT_EQ(r->priority(), v1::PRIORITY_P4) << fixed;
    EXPECT_NE(r->reply().script_id().find("resolved"), std::string::npos);
  }
}

TEST(TrajectoryTest, SingleMessageHasNoTrajectory) {
  auto r = testing::BundledEngine().TriageTicket(Ticket("My internet is down again!"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->trajectory(), v1::TRAJECTORY_UNSPECIFIED);
}

}  // namespace
}  // namespace triage
