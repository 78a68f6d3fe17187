#include "engine/text/utf8.h"

#include <gtest/gtest.h>

namespace triage::text {
namespace {

TEST(Utf8Test, AcceptsWellFormedTextInAllScripts) {
  EXPECT_FALSE(FindInvalidUtf8("cancel, batal, לבטל, 😡"));
  EXPECT_FALSE(FindInvalidUtf8(""));
}

TEST(Utf8Test, ReportsFirstIllFormedByte) {
  EXPECT_EQ(FindInvalidUtf8("ok\xff"), 2u);
  EXPECT_EQ(FindInvalidUtf8("ab\xC0\xAF"), 2u);         // overlong '/'
  EXPECT_EQ(FindInvalidUtf8("\xED\xA0\x80"), 0u);       // surrogate
  EXPECT_EQ(FindInvalidUtf8("x\xF4\x90\x80\x80"), 1u);  // past U+10FFFF
  EXPECT_EQ(FindInvalidUtf8("abc\xE2\x82"), 3u);        // truncated
}

TEST(Utf8Test, Utf16LengthCountsSurrogatePairs) {
  EXPECT_EQ(Utf16Length("abc"), 3u);
  EXPECT_EQ(Utf16Length("לבטל"), 4u);
  EXPECT_EQ(Utf16Length("😡!"), 3u);
}

}  // namespace
}  // namespace triage::text
