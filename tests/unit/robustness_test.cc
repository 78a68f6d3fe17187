// Outside bytes never break the engine: pseudo-random tickets (every script
// we read, combining marks, format characters, emoji, invalid UTF-8) and
// pseudo-random lexicon and policy files. Deterministic seeds, so a failure
// reproduces; the sanitizer build runs these too.
#include <gtest/gtest.h>

#include <random>

#include "engine/decisions/policy.h"
#include "engine/text/utf8.h"
#include "tests/unit/test_util.h"

namespace triage {
namespace {

// Code points drawn from the ranges tickets really contain, plus the ones
// meant to confuse: combining marks, zero-width and bidi controls, Cyrillic
// look-alikes, niqqud, emoji, and '@', '>' and newlines.
std::string RandomText(std::mt19937& rng, size_t max_code_points) {
  static const std::vector<std::pair<char32_t, char32_t>> kRanges = {
      {'a', 'z'},       {'A', 'Z'},         {'0', '9'},       {' ', '/'},       {0x05D0, 0x05EA},
      {0x0591, 0x05C7}, {0x0430, 0x044F},   {0x200B, 0x200F}, {0x202A, 0x202E}, {0x2066, 0x2069},
      {0x0300, 0x036F}, {0x1F600, 0x1F64F}, {0xFF01, 0xFF5E}};
  std::string out;
  const size_t n = std::uniform_int_distribution<size_t>(0, max_code_points)(rng);
  for (size_t i = 0; i < n; ++i) {
    const int pick = std::uniform_int_distribution<int>(0, 20)(rng);
    if (pick == 0) {
      out += "\n> ";
    } else if (pick == 1) {
      out += " @brand ";
    } else {
      const auto& r = kRanges[std::uniform_int_distribution<size_t>(0, kRanges.size() - 1)(rng)];
      text::AppendUtf8(std::uniform_int_distribution<char32_t>(r.first, r.second)(rng), &out);
    }
  }
  return out;
}

TEST(RobustnessTest, RandomValidTextsGiveWellFormedResults) {
  std::mt19937 rng(20261123);
  for (int i = 0; i < 1500; ++i) {
    v1::TriageTicketRequest request;
    request.set_text(RandomText(rng, 120) + " going to cancel, kecewa, לבטל");
    auto r = testing::BundledEngine().TriageTicket(request);
    ASSERT_TRUE(r.ok()) << r.status();
    const std::string& text = request.text();
    for (const auto& h : r->cues()) {
      ASSERT_LE(h.utf8_begin(), h.utf8_end());
      ASSERT_LE(h.utf8_end(), text.size());
      ASSERT_EQ(h.matched_text(), text.substr(h.utf8_begin(), h.utf8_end() - h.utf8_begin()));
      ASSERT_FALSE(text::FindInvalidUtf8(h.matched_text()));
      ASSERT_EQ(h.utf16_end() - h.utf16_begin(), text::Utf16Length(h.matched_text()));
    }
    ASSERT_FALSE(r->reply().text().empty());
  }
}

TEST(RobustnessTest, RandomBytesAreRefusedOrTriagedNeverCrash) {
  std::mt19937 rng(7);
  for (int i = 0; i < 1500; ++i) {
    std::string bytes(std::uniform_int_distribution<size_t>(1, 200)(rng), '\0');
    for (char& c : bytes) c = static_cast<char>(std::uniform_int_distribution<int>(0, 255)(rng));
    v1::TriageTicketRequest request;
    request.set_text(bytes);
    auto r = testing::BundledEngine().TriageTicket(request);
    if (text::FindInvalidUtf8(bytes)) {
      ASSERT_FALSE(r.ok());
      ASSERT_EQ(std::string(r.status().message()).rfind("text: invalid UTF-8 at byte ", 0), 0u);
    } else {
      ASSERT_TRUE(r.ok()) << r.status();
    }
  }
}

TEST(RobustnessTest, RandomDataFilesAreRefusedWithFileAndLine) {
  std::mt19937 rng(99);
  const std::vector<std::string> pieces = {"en.x",
                                           "\t",
                                           "churn.cancel",
                                           "scope.negation",
                                           "...",
                                           "<num>",
                                           "word*",
                                           "ab*",
                                           "confidence=",
                                           "0.5",
                                           "value=3",
                                           ";",
                                           "#",
                                           "\n",
                                           "[state]",
                                           "always",
                                           "cue:",
                                           "&",
                                           "(",
                                           ")",
                                           "P1",
                                           "לבטל",
                                           "\xff"};
  for (int i = 0; i < 800; ++i) {
    std::string content;
    const int n = std::uniform_int_distribution<int>(0, 40)(rng);
    for (int k = 0; k < n; ++k) content += pieces[std::uniform_int_distribution<size_t>(0, pieces.size() - 1)(rng)];
    auto lex = cues::Lexicon::Compile({{"en/r.lex", "en", content}});
    if (!lex.ok()) {
      ASSERT_EQ(std::string(lex.status().message()).rfind("en/r.lex:", 0), 0u) << lex.status();
    }
    auto policy = decisions::Policy::Parse("r.rules", content);
    if (!policy.ok()) {
      ASSERT_EQ(std::string(policy.status().message()).rfind("r.rules", 0), 0u) << policy.status();
    }
  }
}

}  // namespace
}  // namespace triage
