#include "engine/replies/replies.h"

#include <gtest/gtest.h>

#include "engine/data_files.h"
#include "engine/engine.h"

namespace triage::replies {
namespace {

const ReplyBook& Bundled() {
  static const ReplyBook* book = [] {
    auto by_language = [](const std::string& suffix) {
      std::vector<ReplyFile> input;
      const auto files = ReadDataFiles(BundledRulesDir() + "/replies", suffix);
      for (const DataFile& f : *files) {
        input.push_back({f.path, f.relative.substr(0, 2), f.content});
      }
      return input;
    };
    auto b = ReplyBook::Compile(by_language(".replies"), by_language(".options"));
    if (!b.ok()) throw std::runtime_error(std::string(b.status().message()));
    return b->release();
  }();
  return *book;
}

Reply Render(const std::string& lang, const std::string& state, int years) {
  decisions::Facts f;
  f.state = state;
  f.tenure_months = years * 12;
  ReplyArgs args;
  args.tenure_years = years;
  args.tenure_months = years * 12;
  args.sla_minutes = 15;
  auto r = Bundled().Render(lang, f, args);
  if (!r.ok()) throw std::runtime_error(std::string(r.status().message()));
  return *r;
}

TEST(RepliesTest, EnglishPluralFollowsTheFigure) {
  EXPECT_NE(Render("en", "livid_loyal", 6).text.find("6 years"), std::string::npos);
  EXPECT_NE(Render("en", "livid_loyal", 1).text.find("1 year "), std::string::npos);
}

TEST(RepliesTest, HebrewUsesDualAndIsRightToLeft) {
  Reply two = Render("he", "livid_loyal", 2);
  EXPECT_TRUE(two.rtl);
  EXPECT_NE(two.text.find("שנתיים"), std::string::npos);
  EXPECT_NE(Render("he", "livid_loyal", 6).text.find("שנים"), std::string::npos);
}

TEST(RepliesTest, MalayCustomerGetsMalay) {
  Reply r = Render("ms", "used_to_be", 0);
  EXPECT_EQ(r.language, "ms");
  EXPECT_NE(r.text.find("anda"), std::string::npos);
  EXPECT_EQ(r.text.find("Anda"), std::string::npos);  // Indonesian capitalises the pronoun
}

TEST(RepliesTest, OpensWithEmpathyNotAnAccountNumber) {
  for (const char* lang : {"en", "id", "ms", "he"}) {
    Reply r = Render(lang, "used_to_be", 0);
    EXPECT_EQ(r.text.find("account number"), std::string::npos);
    EXPECT_FALSE(r.text.empty());
  }
}

TEST(RepliesTest, LtrRunsInHebrewAreIsolated) {
  EXPECT_EQ(IsolateLtrRuns("תודה @acme על 6 שנים"), "תודה \u2066@acme\u2069 על \u20666\u2069 שנים");
}

TEST(RepliesTest, BadTemplateIsRejectedWithFileAndLine) {
  const std::vector<ReplyFile> options = {{"en.options", "en", "a\tother\tx\nb\tother\ty\nc\tother\tz\n"}};
  auto b = ReplyBook::Compile({{"en.replies", "en", "# c\nx\talways\tHello {name\n"}}, options);
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(std::string(b.status().message()).rfind("en.replies:2: ", 0), 0u) << b.status().message();
  auto no_default = ReplyBook::Compile({{"en.replies", "en", "x\tstate:new\tHello\n"}}, options);
  EXPECT_NE(no_default.status().message().find("always"), std::string::npos);
}

}  // namespace
}  // namespace triage::replies
