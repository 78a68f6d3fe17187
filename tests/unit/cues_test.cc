// Cue detection: matching, scope and evidence, on a small inline lexicon
// (exact expectations) and on the bundled lexicons (the four languages).
#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <stdexcept>

#include "tests/unit/test_util.h"

namespace triage::cues {
namespace {

using testing::Hits;

const char* kEnglish =
    "en.cancel.going_to\tchurn.cancel\tgoing to cancel\n"
    "en.cancel.close\tchurn.cancel\tclose my ... account\n"
    "en.tenure.years\tloyalty.tenure\tfor <num> year*\n"
    "en.tenure.since\tloyalty.tenure\tcustomer since <year>\n"
    "en.neg.not\tscope.negation\tnot\n"
    "en.neg.never\tscope.negation\tnever\n"
    "en.resolved.fixed\tscope.resolved\tbut you fixed\n"
    "en.cond.if\tscope.conditional\tif\n"
    "en.unit.year\tunit.year\tyear*\n";

TEST(CuesTest, SpanSelectsExactlyTheCueWords) {
  auto lex = testing::CompileOrDie({{"en", kEnglish}});
  auto hits = Hits(*lex, "Honestly, I'm going to cancel today.");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].cue, "churn.cancel");
  EXPECT_EQ(hits[0].text, "going to cancel");
  EXPECT_TRUE(hits[0].live);
}

TEST(CuesTest, NegatedCancelIsSuppressed) {
  auto lex = testing::CompileOrDie({{"en", kEnglish}});
  auto hits = Hits(*lex, "I'm not going to cancel, don't worry.");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_FALSE(hits[0].live);
  EXPECT_EQ(hits[0].suppression, v1::SUPPRESSION_NEGATED);
}

TEST(CuesTest, NegationDoesNotCrossAClause) {
  auto lex = testing::CompileOrDie({{"en", kEnglish}});
  auto hits = Hits(*lex, "Not happy. Going to cancel.");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_TRUE(hits[0].live);
}

TEST(CuesTest, ResolvedPastIsSuppressed) {
  auto lex = testing::CompileOrDie({{"en", kEnglish}});
  auto hits = Hits(*lex, "I was going to cancel but you fixed it, thanks");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].suppression, v1::SUPPRESSION_RESOLVED);
}

TEST(CuesTest, AnIntentionCutShortResolvesOnlyItsOwnClauseAndNeverWhatIsAtStake) {
  auto lex = testing::CompileOrDie({{"en",
                                     "en.res.was_about_to\tscope.resolved\twas about to\n"
                                     "en.contrast.but\tclause.contrast\tbut\n"
                                     "en.crashed\tproblem.failure\tcrashed\n"
                                     "en.cancel\tchurn.cancel\tcancel\n"
                                     "en.big_order\tvalue.at_risk\tbig order\n"}});
  auto hits = Hits(*lex, "I was about to cancel");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].suppression, v1::SUPPRESSION_RESOLVED);
  hits = Hits(*lex, "I was about to pay but the app crashed");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_TRUE(hits[0].live) << "a contrast word starts another clause";
  hits = Hits(*lex, "I was about to place a big order");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_TRUE(hits[0].live) << "the order is still at stake";
}

TEST(CuesTest, ConditionalIsLiveAtLowerConfidence) {
  auto lex = testing::CompileOrDie({{"en", kEnglish}});
  auto hits = Hits(*lex, "If this happens again I'm going to cancel");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_TRUE(hits[0].live);
  EXPECT_TRUE(hits[0].conditional);
}

TEST(CuesTest, GapPatternSpansTheGap) {
  auto lex = testing::CompileOrDie({{"en", kEnglish}});
  auto hits = Hits(*lex, "Please close my business account now");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].text, "close my business account");
}

TEST(CuesTest, ANegatorInTheGapNegatesWhatFollows) {
  auto lex = testing::CompileOrDie(
      {{"en", "en.broken\tproblem.failure\tarrived ... broken\nen.neg.without\tscope.negation\twithout\n"}});
  auto hits = Hits(*lex, "The parcel arrived without anything broken");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_FALSE(hits[0].live);
  hits = Hits(*lex, "The parcel arrived all broken");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_TRUE(hits[0].live);
}

TEST(CuesTest, ASecondNegatorInsideANegatedEntryIsConcordNotADoubleNegative) {
  auto lex = testing::CompileOrDie({{"he",
                                     "he.ign.no_reply\tignored\tלא קיבלתי ... תשובה\n"
                                     "he.neg.la\tscope.negation\tלא\nhe.neg.shum\tscope.negation\tשום\n"}});
  auto hits = Hits(*lex, "לא קיבלתי שום תשובה מכם");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_TRUE(hits[0].live);
}

TEST(CuesTest, OfTwoOverlappingHitsTheOneStartingAtItsNegatorIsKept) {
  auto lex = testing::CompileOrDie({{"en",
                                     "en.ign.yet\tignored\tcalled me yet\n"
                                     "en.ign.hasnt\tignored\thasn't called me\n"
                                     "en.neg.hasnt\tscope.negation\thasn't\n"}});
  auto hits = Hits(*lex, "The engineer hasn't called me yet.");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].text, "hasn't called me");
  EXPECT_TRUE(hits[0].live);
}

TEST(CuesTest, NegatedPraiseIsSuppressedAndPraiseThatHoldsAComplaintNegatesIt) {
  auto lex = testing::CompileOrDie({{"en",
                                     "en.adv.recommend_you\tpositive.advocacy\trecommend you\n"
                                     "en.adv.cant_recommend_enough\tpositive.advocacy\tcan't recommend ... enough\n"
                                     "en.dis.not_recommend\temotion.disappointment\tnot recommend\n"
                                     "en.dis.cant_recommend\temotion.disappointment\tcan't recommend\n"
                                     "en.neg.not\tscope.negation\tnot\n"}});
  auto live = [&](const std::string& text, const std::string& cue) {
    for (const auto& h : Hits(*lex, text)) {
      if (h.cue == cue && h.live) return true;
    }
    return false;
  };
  // The complaint holds the negator of the praise it overlaps.
  EXPECT_FALSE(live("I would not recommend you to anyone", "positive.advocacy"));
  EXPECT_TRUE(live("I would not recommend you to anyone", "emotion.disappointment"));
  // The praise holds the complaint's words.
  EXPECT_TRUE(live("I can't recommend you enough", "positive.advocacy"));
  EXPECT_FALSE(live("I can't recommend you enough", "emotion.disappointment"));
}

TEST(CuesTest, QuotedHistoryIsSuppressed) {
  auto lex = testing::CompileOrDie({{"en", kEnglish}});
  auto hits = Hits(*lex, "Thanks, all good now.\n\nOn Mon, 3 Jun 2024, Me <me@x.com> wrote:\n> I'm going to cancel\n");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].suppression, v1::SUPPRESSION_QUOTED);
}

TEST(CuesTest, SignatureIsSuppressed) {
  auto lex = testing::CompileOrDie({{"en", kEnglish}});
  auto hits = Hits(*lex, "Where is my parcel?\n-- \nGoing to cancel is our motto\n");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].suppression, v1::SUPPRESSION_SIGNATURE);
}

TEST(CuesTest, ObfuscationDoesNotHideTheCue) {
  auto lex = testing::CompileOrDie({{"en", kEnglish}});
  for (const char* text :
       {"going to CANCELLLL", "going to can\u200Bcel", "going to c a n c e l", "going to \u0441\u0430ncel"}) {
    auto hits = Hits(*lex, text);
    ASSERT_EQ(hits.size(), 1u) << text;
    EXPECT_TRUE(hits[0].live) << text;
  }
}

TEST(CuesTest, OneEditMisspellingMatchesAtLowerConfidence) {
  auto lex = testing::CompileOrDie({{"en", kEnglish}, {"id", "id.cancel\tchurn.cancel\tmembatalkan\n"}});
  for (const char* text : {"going to cancle", "going to cancwl", "going to canccel", "going to cance"}) {
    cues::Analysis a;
    DetectCues(*lex, text, &a);
    ASSERT_EQ(a.cues.size(), 1u) << text;
    EXPECT_LT(a.cues[0].confidence, 0.9f) << text;
  }
  EXPECT_EQ(Hits(*lex, "saya mau membatalkn").size(), 1u);
  EXPECT_EQ(Hits(*lex, "going to candle").size(), 0u);  // two edits
}

TEST(CuesTest, ACapitalisedWordInsideASentenceIsANameNotAMisspelling) {
  auto lex = testing::CompileOrDie({{"ms", "ms.a\temotion.anger\tmarah\n"}});
  EXPECT_TRUE(Hits(*lex, "kami singgah di Maran semalam").empty());  // a town
  EXPECT_EQ(Hits(*lex, "kami maran betul").size(), 1u);              // small letters: a misspelling
  EXPECT_EQ(Hits(*lex, "Maran betul kami").size(), 1u);              // first word of the sentence
  EXPECT_EQ(Hits(*lex, "kami MARAN betul").size(), 1u);              // capitals: shouting
  EXPECT_EQ(Hits(*lex, "kami Marah betul").size(), 1u);              // the word itself is exact
}

TEST(CuesTest, ShortWordsAndScopeWordsAreNeverFuzzy) {
  auto lex = testing::CompileOrDie(
      {{"en", "en.x\turgency\tasap\nen.neg\tscope.negation\tnever\nen.c\tchurn.cancel\tgoing to cancel\n"}});
  EXPECT_EQ(Hits(*lex, "asaq").size(), 0u);  // four letters: exact only
  auto hits = Hits(*lex, "nevr going to cancel");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_TRUE(hits[0].live);  // "nevr" is not read as the negator
}

// A lexicon over `files` with Debian's id_ID Hunspell dictionary, optionally
// with the bundled Malay supplement and en_US for spelling.
std::unique_ptr<const Lexicon> WithMorphology(const std::vector<LexiconFile>& files, bool malay, bool english) {
  std::vector<std::string> extra;
  if (malay) extra.push_back(BundledLexiconDir() + "/ms/hunspell_supplement.dic");
  auto morphology = Morphology::Open("/usr/share/hunspell/id_ID.aff", "/usr/share/hunspell/id_ID.dic", extra);
  if (!morphology.ok()) throw std::runtime_error(std::string(morphology.status().message()));
  if (english) {
    absl::Status s = (*morphology)->AddSpelling("/usr/share/hunspell/en_US.aff", "/usr/share/hunspell/en_US.dic");
    if (!s.ok()) throw std::runtime_error(std::string(s.message()));
  }
  auto lex = Lexicon::Compile(files, *std::move(morphology));
  if (!lex.ok()) throw std::runtime_error(std::string(lex.status().message()));
  return *std::move(lex);
}

TEST(CuesTest, FiveLetterWordsMatchMisspellingsOfFiveLettersOrMore) {
  auto lex = testing::CompileOrDie({{"id", "id.a\temotion.anger\tkesal\nid.b\temotion.anger\tjulid\n"}});
  auto hits = Hits(*lex, "aku kesel banget");  // one letter changed
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].text, "kesel");
  EXPECT_EQ(Hits(*lex, "aku kesall").size(), 1u);      // one letter added (not a run of three)
  EXPECT_TRUE(Hits(*lex, "bulan juli lalu").empty());  // four letters: a month, not a misspelling
}

TEST(CuesTest, IndonesianInflectionsMatchThroughHunspellStems) {
  auto lex = WithMorphology({{"id/t.lex", "id", "id.cancel\tchurn.cancel\tbatal langganan\n"},
                             {"ms/t.lex", "ms", "ms.broken\tproblem.failure\trosak\n"}},
                            /*malay=*/true, /*english=*/false);
  for (const char* text : {"pembatalan langganan", "dibatalkan langganan", "membatalkan langganan"}) {
    cues::Analysis a;
    DetectCues(*lex, text, &a);
    ASSERT_EQ(a.cues.size(), 1u) << text;
    EXPECT_LT(a.cues[0].confidence, 0.9f) << text;  // a relative, not the word itself
  }
  // The Malay supplement gives Malay roots Indonesian affixes.
  EXPECT_EQ(Hits(*lex, "telefon saya dirosakkan").size(), 1u);
  EXPECT_EQ(Hits(*lex, "langganan saya").size(), 0u);
  // A relative of the root does not reach a derived lexicon word.
  auto derived = WithMorphology({{"id/t.lex", "id", "id.x\temotion.anger\tketerlaluan\n"}}, false, false);
  EXPECT_EQ(Hits(*derived, "kami melalui jalan itu").size(), 0u);
}

TEST(CuesTest, StemGateLetsThroughWordsThatMayStemToItsRoots) {
  auto morphology = Morphology::Open("/usr/share/hunspell/id_ID.aff", "/usr/share/hunspell/id_ID.dic", {});
  ASSERT_TRUE(morphology.ok()) << morphology.status();
  ASSERT_TRUE((*morphology)->reach().bounded);
  StemGate gate((*morphology)->reach(), {"batal", "tolak", "kecewa"});
  for (const char* word : {"membatalkan", "pembatalan", "menolak", "ditolak", "kekecewaan", "mengecewakan"}) {
    EXPECT_TRUE(gate.MayReachARoot(word)) << word;
  }
  for (const char* word : {"pelanggan", "internet", "menunggu", "sekarang"}) {
    EXPECT_FALSE(gate.MayReachARoot(word)) << word;
  }
  EXPECT_TRUE(StemGate().MayReachARoot("pelanggan"));  // no roots known: no bound
  // A root so short that the strips leave one letter bounds nothing.
  EXPECT_TRUE(StemGate((*morphology)->reach(), {"batal", "ab"}).MayReachARoot("pelanggan"));
}

// The gate must never turn away a word Hunspell would stem to one of its
// roots. Roots: a sample of the dictionary's own words the size of the
// bundled lexicons; words: every ASCII word of ../shared/eval.
TEST(CuesTest, StemGateNeverTurnsAwayAWordThatStemsToARoot) {
  const std::filesystem::path eval = std::filesystem::path(TRIAGE_SOURCE_DIR) / ".." / "shared" / "eval";
  if (!std::filesystem::is_directory(eval)) GTEST_SKIP() << "no " << eval;
  auto morphology = Morphology::Open("/usr/share/hunspell/id_ID.aff", "/usr/share/hunspell/id_ID.dic",
                                     {BundledLexiconDir() + "/ms/hunspell_supplement.dic"});
  ASSERT_TRUE(morphology.ok()) << morphology.status();
  std::set<std::string> roots;
  std::ifstream dic("/usr/share/hunspell/id_ID.dic");
  size_t n = 0;
  for (std::string line; std::getline(dic, line);) {
    const std::string word = line.substr(0, line.find('/'));
    if (word.size() >= 3 && ++n % 10 == 0 &&
        std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
      roots.insert(word);
    }
  }
  ASSERT_GT(roots.size(), 2000u);
  const StemGate gate((*morphology)->reach(), std::vector<std::string>(roots.begin(), roots.end()));
  std::set<std::string> words;
  for (const auto& entry : std::filesystem::directory_iterator(eval)) {
    std::ifstream in(entry.path());
    std::string word;
    for (char c; in.get(c);) {
      if (std::isalpha(static_cast<unsigned char>(c)) && static_cast<unsigned char>(c) < 0x80) {
        word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        continue;
      }
      if (word.size() >= 5) words.insert(word);
      word.clear();
    }
  }
  ASSERT_GT(words.size(), 20000u);
  size_t turned_away = 0;
  for (const std::string& word : words) {
    if (gate.MayReachARoot(word)) continue;
    ++turned_away;
    for (const std::string& stem : (*morphology)->Stems(word)) {
      EXPECT_EQ(roots.count(stem), 0u) << word << " stems to the root " << stem;
    }
  }
  EXPECT_GT(turned_away, words.size() / 3);  // the gate does spare Hunspell calls
}

TEST(CuesTest, APrefixWordElsewhereDoesNotHideAnInflection) {
  // "rosakkan" starts like the prefix word rosak* of the second entry, and is
  // still an inflection of the first entry's "rosak".
  auto lex = WithMorphology({{"ms/t.lex", "ms",
                              "ms.broken\tproblem.failure\trosak\n"
                              "ms.again\trepeat.failure\trosak* ... kali kedua\n"}},
                            /*malay=*/true, /*english=*/false);
  auto hits = Hits(*lex, "mereka rosakkan telefon saya");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].cue, "problem.failure");
}

TEST(CuesTest, DictionaryWordsAreNeverMisspellings) {
  auto lex = WithMorphology({{"en/t.lex", "en", "en.c\tchurn.cancel\tcancel\n"},
                             {"ms/t.lex", "ms", "ms.s\temotion.disappointment\tmerana\n"}},
                            /*malay=*/false, /*english=*/true);
  EXPECT_EQ(Hits(*lex, "I will cancle it").size(), 1u);      // not a word: a misspelling
  EXPECT_EQ(Hits(*lex, "my mother has cancer").size(), 0u);  // an English word
  EXPECT_EQ(Hits(*lex, "saya merasa senang").size(), 0u);    // an Indonesian word
  EXPECT_EQ(Hits(*lex, "hidup saya meranaa").size(), 1u);
  // Malay words the Indonesian dictionary lacks come from the bundled
  // supplement: "maruah" (dignity) is not a misspelling of "marah".
  auto malay = WithMorphology({{"id/t.lex", "id", "id.a\temotion.anger\tmarah\n"}}, /*malay=*/true, /*english=*/false);
  EXPECT_TRUE(Hits(*malay, "soal maruah negara").empty());
  EXPECT_EQ(Hits(*malay, "saya maraah").size(), 1u);
}

TEST(CuesTest, AChoiceMatchesAnyOfItsWordsAndNothingElse) {
  auto lex = testing::CompileOrDie({{"ms", "ms.r\trepeat.failure\t{rosak|putus|gagal*} ... kali {kedua|ketiga}\n"}});
  for (const char* text : {"Internet putus lagi kali ketiga", "Bayaran gagalkan kali kedua", "TV rosak kali kedua"}) {
    auto hits = Hits(*lex, text);
    ASSERT_EQ(hits.size(), 1u) << text;
    EXPECT_EQ(hits[0].cue, "repeat.failure") << text;
  }
  EXPECT_TRUE(Hits(*lex, "Internet bagus kali ketiga").empty());
  EXPECT_TRUE(Hits(*lex, "TV rosak kali keempat").empty());
}

// "marah2" is "marah-marah": the word itself, repeated for emphasis.
TEST(CuesTest, ReduplicationWrittenWithATwoIsTheWordItself) {
  auto lex = testing::CompileOrDie({{"id",
                                     "id.anger.marah\temotion.anger\tmarah\n"
                                     "id.fail.lama\tproblem.failure\tlama {banget|sekali}\n"}});
  auto hits = Hits(*lex, "Saya marah2 sama kurirnya");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].text, "marah2");
  EXPECT_EQ(Hits(*lex, "nunggu lama2 banget").size(), 1u);
  EXPECT_TRUE(Hits(*lex, "marah22").empty());
  EXPECT_TRUE(Hits(*lex, "ma2").empty());
}

TEST(CuesTest, NumberWordsFillNumberSlots) {
  auto lex = testing::CompileOrDie({{"en", kEnglish}});
  auto hits = Hits(*lex, "Loyal for six years and this is how you treat me");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].text, "for six years");
}

// The bundled lexicons: "I'm going to cancel" in each language is a live
// churn.cancel whose span holds the cancel verb and not the pronoun; the
// negated form is not live.
struct LanguageCase {
  const char* language;
  const char* cancel;
  const char* negated;
  const char* verb;
  const char* pronoun;
};

class BundledCancelTest : public ::testing::TestWithParam<LanguageCase> {};

TEST_P(BundledCancelTest, CancelIsLiveAndSpanHoldsTheVerb) {
  const LanguageCase& c = GetParam();
  auto hits = Hits(testing::BundledLexicon(), c.cancel);
  bool found = false;
  for (const auto& h : hits) {
    if (h.cue != "churn.cancel" || !h.live) continue;
    found = true;
    EXPECT_NE(h.text.find(c.verb), std::string::npos) << h.text;
    EXPECT_EQ(h.text.find(c.pronoun), std::string::npos) << h.text;
    EXPECT_NE(h.text.back(), '.');
  }
  EXPECT_TRUE(found) << c.cancel;
}

TEST_P(BundledCancelTest, NegatedCancelIsNotLive) {
  const LanguageCase& c = GetParam();
  for (const auto& h : Hits(testing::BundledLexicon(), c.negated)) {
    EXPECT_FALSE(h.cue == "churn.cancel" && h.live) << c.negated << " -> " << h.text;
  }
}

INSTANTIATE_TEST_SUITE_P(FourLanguages, BundledCancelTest,
                         ::testing::Values(LanguageCase{"en", "I'm going to cancel my subscription.",
                                                        "I'm not going to cancel my subscription.", "cancel", "I'm"},
                                           LanguageCase{"id", "Saya mau membatalkan langganan saya.",
                                                        "Saya tidak mau membatalkan langganan saya.", "membatalkan",
                                                        "Saya"},
                                           LanguageCase{"ms", "Saya nak batalkan langganan saya.",
                                                        "Saya tak nak batalkan langganan saya.", "batalkan", "Saya"},
                                           LanguageCase{"he", "אני הולך לבטל את המנוי שלי.",
                                                        "אני לא הולך לבטל את המנוי שלי.", "לבטל", "אני"}),
                         [](const auto& info) { return std::string(info.param.language); });

}  // namespace
}  // namespace triage::cues
