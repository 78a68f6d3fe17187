// Whole results against reviewed golden files (tests/golden/README.md).
#include <google/protobuf/util/message_differencer.h>
#include <gtest/gtest.h>

#include <fstream>

#include "engine/request_json.h"
#include "tests/unit/test_util.h"

namespace triage {
namespace {

class GoldenTest : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenTest, ResultsMatchTheReviewedGoldens) {
  const std::string dir = std::string(TRIAGE_SOURCE_DIR) + "/tests/golden/";
  std::ifstream requests(dir + GetParam() + ".jsonl"), goldens(dir + GetParam() + ".golden.jsonl");
  ASSERT_TRUE(requests && goldens);
  std::string request_line, golden_line;
  int n = 0;
  while (std::getline(requests, request_line)) {
    ++n;
    ASSERT_TRUE(std::getline(goldens, golden_line)) << "no golden for request " << n;
    auto request = ParseRequestJson(request_line);
    ASSERT_TRUE(request.ok()) << request.status();
    auto result = std::holds_alternative<v1::TriageTicketRequest>(*request)
                      ? testing::BundledEngine().TriageTicket(std::get<v1::TriageTicketRequest>(*request))
                      : testing::BundledEngine().TriageConversation(std::get<v1::TriageConversationRequest>(*request));
    ASSERT_TRUE(result.ok()) << result.status();
    result->clear_data_version();
    v1::TriageResult golden;
    ASSERT_TRUE(ParseJsonInto(golden_line, &golden).ok()) << golden_line;
    std::string diff;
    google::protobuf::util::MessageDifferencer differ;
    differ.ReportDifferencesToString(&diff);
    EXPECT_TRUE(differ.Compare(golden, *result)) << GetParam() << " request " << n << ":\n" << diff;
  }
}

INSTANTIATE_TEST_SUITE_P(FourLanguages, GoldenTest, ::testing::Values("en", "id", "ms", "he"));

}  // namespace
}  // namespace triage
