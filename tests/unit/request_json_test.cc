#include "engine/request_json.h"

#include <gtest/gtest.h>

namespace triage {
namespace {

TEST(RequestJsonTest, SmallestTicketLine) {
  auto r = ParseRequestJson(R"({"text": "I'm going to cancel"})");
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_TRUE(std::holds_alternative<v1::TriageTicketRequest>(*r));
  EXPECT_EQ(std::get<v1::TriageTicketRequest>(*r).text(), "I'm going to cancel");
}

TEST(RequestJsonTest, SmallestConversationLineWithLowerCaseRole) {
  auto r = ParseRequestJson(R"({"turns": [{"role": "customer", "text": "hi"}, {"role": "Agent", "text": "yo"}]})");
  ASSERT_TRUE(r.ok()) << r.status();
  const auto& c = std::get<v1::TriageConversationRequest>(*r);
  ASSERT_EQ(c.turns_size(), 2);
  EXPECT_EQ(c.turns(0).role(), v1::ROLE_CUSTOMER);
  EXPECT_EQ(c.turns(1).role(), v1::ROLE_AGENT);
}

TEST(RequestJsonTest, EnumsWithOrWithoutPrefix) {
  auto r = ParseRequestJson(
      R"({"text": "x", "metadata": {"channel": "social_public", "plan_tier": "PLAN_TIER_ENTERPRISE", "previous_contacts": 2}})");
  ASSERT_TRUE(r.ok()) << r.status();
  const auto& t = std::get<v1::TriageTicketRequest>(*r);
  EXPECT_EQ(t.metadata().channel(), v1::CHANNEL_SOCIAL_PUBLIC);
  EXPECT_EQ(t.metadata().plan_tier(), v1::PLAN_TIER_ENTERPRISE);
  EXPECT_EQ(t.metadata().previous_contacts(), 2u);
}

TEST(RequestJsonTest, UnknownEnumNamesTheField) {
  auto r = ParseRequestJson(R"({"text": "x", "metadata": {"channel": "pigeon"}})");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "metadata.channel: unknown value 'pigeon'");
  auto t = ParseRequestJson(R"({"turns": [{"role": "boss", "text": "x"}]})");
  EXPECT_EQ(t.status().message(), "turns[0].role: unknown value 'boss'");
}

TEST(RequestJsonTest, BadJsonAndUnknownFieldsAreErrors) {
  EXPECT_FALSE(ParseRequestJson(R"({"text": 5)").ok());
  EXPECT_FALSE(ParseRequestJson(R"([1, 2])").ok());
  EXPECT_FALSE(ParseRequestJson(R"({"txt": "x"})").ok());
}

TEST(RequestJsonTest, ResultKeepsProtoFieldNames) {
  v1::TriageResult result;
  result.set_data_version("abc");
  result.set_priority(v1::PRIORITY_P2);
  EXPECT_EQ(ToJsonLine(result), R"({"priority":"PRIORITY_P2","data_version":"abc"})");
}

}  // namespace
}  // namespace triage
