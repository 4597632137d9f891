#include "graph/text/fold.h"

#include <gtest/gtest.h>

namespace kg {
namespace {

TEST(FoldTest, CaseAndFullWidth) {
  EXPECT_EQ(FoldForMatch("Pompeo"), FoldForMatch("POMPEO"));
  EXPECT_EQ(FoldForMatch("Ｐｏｍｐｅｏ"), "pompeo");
  EXPECT_EQ(FoldForMatch("ﾗﾄｸﾘﾌ"), FoldForMatch("ラトクリフ"));  // half-width katakana
}

TEST(FoldTest, ArabicLetterVariantsAndDiacritics) {
  EXPECT_EQ(FoldForMatch("إيران"), FoldForMatch("ايران"));
  EXPECT_EQ(FoldForMatch("إيرانُ"), FoldForMatch("ايران"));
  EXPECT_EQ(FoldForMatch("أمريكا"), FoldForMatch("امريكا"));
  EXPECT_EQ(FoldForMatch("موسكـــو"), FoldForMatch("موسكو"));  // tatweel
  EXPECT_EQ(FoldForMatch("الخارجية"), FoldForMatch("الخارجيه"));  // ta marbuta
  EXPECT_EQ(FoldForMatch("مصطفى"), FoldForMatch("مصطفي"));  // alef maqsura
}

TEST(FoldTest, DigitsPunctuationAndSpaces) {
  EXPECT_EQ(FoldForMatch("٣ نوفمبر"), FoldForMatch("3 نوفمبر"));
  EXPECT_EQ(FoldForMatch("۱۸"), "18");
  EXPECT_EQ(FoldForMatch("U.S."), "us");
  EXPECT_EQ(FoldForMatch("  Mike   Pompeo "), "mike pompeo");
  EXPECT_EQ(FoldForMatch("ドナルド・トランプ"), "ドナルド トランプ");
  EXPECT_EQ(FoldForMatch("Ławrow"), "ławrow");  // Polish letters are kept
}

TEST(FoldTest, InvalidUtf8DoesNotCrash) {
  const std::string bad = "Iran\xff\xfe";
  EXPECT_FALSE(FoldForMatch(bad).empty());
}

}  // namespace
}  // namespace kg
