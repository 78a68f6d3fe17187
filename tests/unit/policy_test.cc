#include "engine/decisions/policy.h"

#include <gtest/gtest.h>

#include "engine/data_files.h"
#include "engine/engine.h"

namespace triage::decisions {
namespace {

const Policy& Bundled() {
  static const Policy* policy = [] {
    auto files = ReadDataFiles(BundledRulesDir(), ".rules");
    auto p = Policy::Parse(files->front().path, files->front().content);
    if (!p.ok()) throw std::runtime_error(std::string(p.status().message()));
    return p->release();
  }();
  return *policy;
}

Decision DecideFor(std::vector<std::string> cues, std::string channel = "", std::optional<uint32_t> tenure = {}) {
  Facts f;
  f.live_cues = std::move(cues);
  f.channel = std::move(channel);
  f.tenure_months = tenure;
  return Bundled().Decide(f);
}

TEST(PolicyTest, ChurnWithTenureIsP1LividLoyalToSeniorRetention) {
  Decision d = DecideFor({"churn.cancel", "loyalty.tenure"}, "", 72);
  EXPECT_EQ(d.priority, 1);
  EXPECT_EQ(d.state, "livid_loyal");
  EXPECT_EQ(d.route, "retention_senior");
  EXPECT_EQ(d.sla_minutes, 15);
}

TEST(PolicyTest, LongRelationshipWithDissatisfactionIsP1WithoutExitThreat) {
  Decision d = DecideFor({"loyalty.tenure", "emotion.disappointment"});
  EXPECT_EQ(d.priority, 1);
  EXPECT_EQ(d.state, "livid_loyal");
}

TEST(PolicyTest, ChurnAloneIsP2UsedToBe) {
  Decision d = DecideFor({"churn.cancel"});
  EXPECT_EQ(d.priority, 2);
  EXPECT_EQ(d.state, "used_to_be");
}

TEST(PolicyTest, SwitchWinsOverCancel) {
  EXPECT_EQ(DecideFor({"churn.cancel", "churn.switch"}).state, "looking_to_switch");
}

TEST(PolicyTest, PublicComplaintRaisesOneLevel) {
  EXPECT_EQ(DecideFor({"emotion.disappointment"}).priority, 3);
  EXPECT_EQ(DecideFor({"emotion.disappointment"}, "social_public").priority, 2);
}

TEST(PolicyTest, PositiveGoesToCommunityAtP4) {
  Decision d = DecideFor({"positive.suggestion"});
  EXPECT_EQ(d.state, "collaborative");
  EXPECT_EQ(d.route, "community");
  EXPECT_EQ(d.priority, 4);
}

TEST(PolicyTest, NeutralIsP4) { EXPECT_EQ(DecideFor({}).priority, 4); }

TEST(PolicyTest, EveryDecisionIsInTheTrace) {
  Decision d = DecideFor({"churn.cancel"});
  ASSERT_GE(d.trace.size(), 4u);
  EXPECT_EQ(d.trace[0].field, "customer_state");
  EXPECT_EQ(d.trace[0].rule_id, "state.used_to_be");
  EXPECT_FALSE(d.trace[0].reason.empty());
}

TEST(PolicyTest, ErrorsNameFileAndLine) {
  auto p = Policy::Parse("p.rules", "[state]\ns1\tcue:x & (\tneutral\tr\n");
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(std::string(p.status().message()).rfind("p.rules:2: ", 0), 0u) << p.status().message();
  EXPECT_NE(Policy::Parse("p.rules", "[stat]\n").status().message().find("p.rules:1: unknown section"),
            std::string::npos);
  EXPECT_NE(Policy::Parse("p.rules", "[state]\ns\talways\tgrumpy\tr\n").status().message().find("unknown state"),
            std::string::npos);
  EXPECT_NE(Policy::Parse("p.rules", "[priority]\np\talways\tP9\tr\n").status().message().find("P1, P2"),
            std::string::npos);
}

TEST(ConditionTest, OperatorsAndPrefixes) {
  std::map<std::string, Condition> defines;
  auto c = Condition::Parse("cue:churn.* & !(channel:email | previous_contacts>=3)", defines);
  ASSERT_TRUE(c.ok());
  Facts f;
  f.live_cues = {"churn.switch"};
  EXPECT_TRUE(c->Eval(f));
  f.previous_contacts = 3;
  EXPECT_FALSE(c->Eval(f));
  EXPECT_FALSE(Condition::Parse("cue:", defines).ok());
  EXPECT_FALSE(Condition::Parse("mood:sad", defines).ok());
  EXPECT_FALSE(Condition::Parse("undefined_name", defines).ok());
}

}  // namespace
}  // namespace triage::decisions
