#include "engine/cues/lexicon.h"

#include <gtest/gtest.h>

#include "tests/unit/test_util.h"

namespace triage::cues {
namespace {

absl::Status CompileError(const std::string& content) {
  auto lex = Lexicon::Compile({{"en/bad.lex", "en", content}});
  return lex.status();
}

TEST(LexiconTest, SchemaErrorsNameFileAndLine) {
  absl::Status s = CompileError("# header\n\nen.a\tchurn.cancel\tcancel\nen.b\tchurn.cancelx\tquit\n");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "en/bad.lex:4: unknown cue id 'churn.cancelx'");
}

TEST(LexiconTest, RejectsMalformedEntries) {
  EXPECT_NE(CompileError("en.a\tchurn.cancel\n").message().find("en/bad.lex:1: expected 3 or 4"), std::string::npos);
  EXPECT_NE(CompileError("id.a\tchurn.cancel\tcancel\n").message().find("must match"), std::string::npos);
  EXPECT_NE(CompileError("en.a\tchurn.cancel\t... cancel\n").message().find("start or end"), std::string::npos);
  EXPECT_NE(CompileError("en.a\tchurn.cancel\tca*\n").message().find("prefix"), std::string::npos);
  EXPECT_NE(CompileError("en.a\tchurn.cancel\tcancel\tconfidence=2\n").message().find("confidence"), std::string::npos);
  EXPECT_NE(CompileError("en.a\tordinal\tthird\n").message().find("value=N"), std::string::npos);
  EXPECT_NE(CompileError("en.a\tchurn.cancel\tcancel\nen.a\turgency\tasap\n").message().find("duplicate"),
            std::string::npos);
  EXPECT_NE(CompileError("en.a\turgency\t<when>\n").message().find("unknown slot"), std::string::npos);
  EXPECT_NE(CompileError("en.a\turgency\t{asap|right now}\n").message().find("{a|b|c}"), std::string::npos);
  EXPECT_NE(CompileError("en.a\turgency\t{asap|now,please}\n").message().find("must be one word"), std::string::npos);
  EXPECT_NE(CompileError("en.a\turgency\t{as*|now}\n").message().find("must be one word"), std::string::npos);
  // alone=no marks a weak word of a dissatisfaction cue; praise, tenure and
  // scope words are no sign of trouble to lean on.
  EXPECT_NE(CompileError("en.a\trepeat.failure\tagain\talone=maybe\n").message().find("alone must be"),
            std::string::npos);
  EXPECT_NE(CompileError("en.a\tpositive.advocacy\tlove it\talone=no\n").message().find("dissatisfaction cues only"),
            std::string::npos);
  EXPECT_NE(CompileError("en.a\tloyalty.tenure\tsince <year>\talone=no\n").message().find("dissatisfaction cues"),
            std::string::npos);
  EXPECT_TRUE(CompileError("en.a\trepeat.failure\tagain\tconfidence=0.6;alone=no\n").ok());
}

TEST(LexiconTest, WordListsFeedChoicesInTheirOwnFile) {
  auto lex = testing::CompileOrDie({{"ms",
                                     "@failure\trosak|putus|gagal*\n"
                                     "ms.a\trepeat.failure\t{@failure} ... kali {kedua|ketiga}\n"
                                     "ms.b\trepeat.failure\tkali {kedua|ketiga} ... {@failure|mati}\n"}});
  EXPECT_EQ(testing::Hits(*lex, "internet gagalkan kali kedua").size(), 1u);
  EXPECT_EQ(testing::Hits(*lex, "kali ketiga tv mati").size(), 1u);
  EXPECT_TRUE(testing::Hits(*lex, "internet bagus kali kedua").empty());
  EXPECT_NE(CompileError("en.a\turgency\t{@nope|asap}\n").message().find("en/bad.lex:1: unknown word list '@nope'"),
            std::string::npos);
  EXPECT_NE(CompileError("@x\ta|b\n@x\tc\n").message().find("en/bad.lex:2: word list @x is defined twice"),
            std::string::npos);
  EXPECT_NE(CompileError("@X\ta\n").message().find("en/bad.lex:1: a word list is written"), std::string::npos);
  // A list belongs to the file that defines it.
  auto other = Lexicon::Compile({{"en/a.lex", "en", "@w\tasap\n"}, {"en/b.lex", "en", "en.a\turgency\t{@w}\n"}});
  ASSERT_FALSE(other.ok());
  EXPECT_NE(other.status().message().find("en/b.lex:1: unknown word list"), std::string::npos);
}

TEST(LexiconTest, HebrewPrefixesAreStrippedForLookup) {
  auto lex = testing::CompileOrDie({{"he", "he.cancel\tchurn.cancel\tבטל\n"}});
  auto hits = testing::Hits(*lex, "אני רוצה ולבטל הכל");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].text, "ולבטל");
}

// match=exact: a word whose prefixed forms are other words ("לדחוף", to push,
// is not "דחוף", urgent) matches only as written; misspellings do not match.
TEST(LexiconTest, ExactEntriesMatchWordsOnlyAsWritten) {
  auto lex = testing::CompileOrDie({{"he",
                                     "he.urgent\turgency\tדחוף\tmatch=exact\n"
                                     "he.cancel\tchurn.cancel\tבטל\n"},
                                    {"en", "en.cancel\tchurn.cancel\tcancel\tmatch=exact\n"}});
  EXPECT_EQ(testing::Hits(*lex, "זה דחוף").size(), 1u);
  EXPECT_TRUE(testing::Hits(*lex, "צריך לדחוף את זה").empty());
  EXPECT_EQ(testing::Hits(*lex, "אני רוצה ולבטל").size(), 1u);  // entries without it still strip
  EXPECT_EQ(testing::Hits(*lex, "cancel it").size(), 1u);
  EXPECT_TRUE(testing::Hits(*lex, "cancell it").empty());
  EXPECT_NE(CompileError("en.a\turgency\tasap\tmatch=loose\n").message().find("match must be 'exact'"),
            std::string::npos);
}

// <times> is a count written with an x ("3x"); min=N turns away a count
// below N, so "1 kali" (once) is no repeat.
TEST(LexiconTest, CountsWithAnXAndAMinimum) {
  auto lex = testing::CompileOrDie({{"id",
                                     "id.a\trepeat.failure\t<times> ... telepon\tmin=2\n"
                                     "id.b\trepeat.failure\tmati <num> kali\tmin=2\n"}});
  EXPECT_EQ(testing::Hits(*lex, "udah 3x telepon").size(), 1u);
  EXPECT_EQ(testing::Hits(*lex, "udah 12x aku telepon").size(), 1u);
  EXPECT_TRUE(testing::Hits(*lex, "baru 1x telepon").empty());
  EXPECT_TRUE(testing::Hits(*lex, "udah 3 telepon").empty());       // a number is not a count
  EXPECT_TRUE(testing::Hits(*lex, "layar 1080x telepon").empty());  // nor a resolution
  EXPECT_TRUE(testing::Hits(*lex, "0x1f telepon").empty());
  EXPECT_EQ(testing::Hits(*lex, "mati 2 kali").size(), 1u);
  EXPECT_TRUE(testing::Hits(*lex, "mati 1 kali").empty());
  EXPECT_NE(CompileError("en.a\turgency\tasap\tmin=2\n").message().find("min=N needs a <num> or <times>"),
            std::string::npos);
  EXPECT_NE(CompileError("en.a\turgency\t<num> times\tmin=0\n").message().find("min must be"), std::string::npos);
}

TEST(LexiconTest, PrefixPatternsMatchInflections) {
  auto lex = testing::CompileOrDie({{"en", "en.dis\temotion.disappointment\tdisappoint*\n"}});
  EXPECT_EQ(testing::Hits(*lex, "So disappointed").size(), 1u);
  EXPECT_EQ(testing::Hits(*lex, "So disappointing").size(), 1u);
  EXPECT_EQ(testing::Hits(*lex, "disap").size(), 0u);
}

TEST(LexiconTest, BundledLexiconsCompile) {
  const Lexicon& lex = testing::BundledLexicon();
  EXPECT_GT(lex.entries().size(), 100u);
}

}  // namespace
}  // namespace triage::cues
