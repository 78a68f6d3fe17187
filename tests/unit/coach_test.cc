// Coaching: each anti-pattern from agent.* matches, on an inline lexicon so
// the expectations are exact; the bundled data is covered in engine_test.
#include "engine/replies/coach.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/unit/test_util.h"

namespace triage::replies {
namespace {

const char* kAgent =
    "en.asks_id\tagent.asks_id\taccount number\n"
    "en.refusal.cant\tagent.refusal\twe can't\n"
    "en.refusal.unable\tagent.refusal\tunable to\n"
    "en.alt.instead\tagent.alternative\tinstead\n"
    "en.apology.sorry\tagent.apology\tsorry\n"
    "en.private.dm\tagent.private\tdm us\n"
    "en.personal.address\tagent.personal_data\taddress\n"
    "en.scripted.important\tagent.scripted\tyour call is important\n"
    "en.blame.should\tagent.blame\tyou should have\n"
    "en.loyal.years\tagent.loyalty_ack\tyears with us\n";

std::vector<v1::AntiPattern> Patterns(const std::string& draft, CoachContext context = {}) {
  static auto lex = testing::CompileOrDie({{"en", kAgent}});
  cues::Analysis a;
  cues::DetectCues(*lex, draft, &a);
  std::vector<v1::AntiPattern> out;
  for (const Finding& f : Coach(*lex, a, context)) out.push_back(f.anti_pattern);
  return out;
}

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(CoachTest, AsksIdFirstOnlyWhenItOpens) {
  EXPECT_THAT(Patterns("What is your account number?"), ElementsAre(v1::ANTI_PATTERN_ASKS_ID_FIRST));
  EXPECT_THAT(Patterns("So sorry about this! Could you share your account number?"), IsEmpty());
  EXPECT_THAT(Patterns("I'll fix this now. Later I may need your account number."), IsEmpty());
}

TEST(CoachTest, FlatNoWithoutAlternative) {
  EXPECT_THAT(Patterns("We can't refund this."), ElementsAre(v1::ANTI_PATTERN_FLAT_NO));
  EXPECT_THAT(Patterns("We can't refund this, but instead I can send a new one."), IsEmpty());
}

TEST(CoachTest, RepeatedNoCountsEarlierTurns) {
  EXPECT_THAT(Patterns("We can't do that. We are unable to change it. Instead, a voucher?"),
              ElementsAre(v1::ANTI_PATTERN_REPEATED_NO));
  CoachContext earlier;
  earlier.earlier_refusals = 1;
  EXPECT_THAT(Patterns("Instead, we can't do more.", earlier), ElementsAre(v1::ANTI_PATTERN_REPEATED_NO));
}

TEST(CoachTest, NoApologyOnlyAfterAFailure) {
  CoachContext unhappy;
  unhappy.dissatisfied = true;
  EXPECT_THAT(Patterns("Your parcel will arrive Monday.", unhappy), ElementsAre(v1::ANTI_PATTERN_NO_APOLOGY));
  EXPECT_THAT(Patterns("Sorry! Your parcel will arrive Monday.", unhappy), IsEmpty());
  EXPECT_THAT(Patterns("Your parcel will arrive Monday."), IsEmpty());
}

TEST(CoachTest, IgnoresLoyaltyUnlessTheFigureOrThanksAppear) {
  CoachContext loyal;
  loyal.loyalty = true;
  loyal.tenure_months = 72;
  EXPECT_THAT(Patterns("Your parcel will arrive Monday.", loyal), ElementsAre(v1::ANTI_PATTERN_IGNORES_LOYALTY));
  EXPECT_THAT(Patterns("After six years you deserve better.", loyal), IsEmpty());
  EXPECT_THAT(Patterns("After 6 years you deserve better.", loyal), IsEmpty());
  EXPECT_THAT(Patterns("Thank you for your years with us.", loyal), IsEmpty());
}

TEST(CoachTest, PrivateOnlyWhenNothingConfidential) {
  EXPECT_THAT(Patterns("Please DM us."), ElementsAre(v1::ANTI_PATTERN_UNNEEDED_PRIVATE));
  EXPECT_THAT(Patterns("Please DM us your address so we can send it."), IsEmpty());
}

TEST(CoachTest, ScriptedAndBlame) {
  EXPECT_THAT(Patterns("Your call is important to us. You should have read the manual."),
              ElementsAre(v1::ANTI_PATTERN_SCRIPTED_PHRASE, v1::ANTI_PATTERN_BLAMES_CUSTOMER));
}

TEST(CoachBookTest, EveryAntiPatternNeedsASuggestion) {
  auto book = CoachBook::Compile({{"en.coach", "en", "asks_id_first\tOpen with an apology.\n"}});
  ASSERT_FALSE(book.ok());
  EXPECT_NE(book.status().message().find("en.coach: no suggestion for 'ANTI_PATTERN_FLAT_NO'"), std::string::npos);
  auto bad = CoachBook::Compile({{"en.coach", "en", "# c\nshouting\tDon't.\n"}});
  EXPECT_EQ(bad.status().message(), "en.coach:2: unknown anti-pattern 'shouting'");
}

}  // namespace
}  // namespace triage::replies
