#include "ingest/text/segmenter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kg::ingest {
namespace {

std::vector<std::string> Sentences(const std::string& text, const std::string& lang) {
  std::vector<std::string> out;
  for (const ByteSpan& s : SplitSentences(text, lang)) out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

TEST(SegmenterTest, ArabicPeriodCommaRunsSeparateSentences) {
  // Scraped Arabic news often joins sentences with "., ".
  const std::string text = "أعلنت الحكومة خطة جديدة., وقال الوزير إنها ستبدأ قريبا., ولم يعلق أحد.";
  auto s = Sentences(text, "ar");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0], "أعلنت الحكومة خطة جديدة.");
  EXPECT_EQ(s[1], "وقال الوزير إنها ستبدأ قريبا.");
}

TEST(SegmenterTest, InitialsDoNotEndSentences) {
  auto en = Sentences("Director Samuel J. Harlow said the plan was ready. Nobody objected.", "en");
  ASSERT_EQ(en.size(), 2u);
  EXPECT_EQ(en[0], "Director Samuel J. Harlow said the plan was ready.");
  auto ar = Sentences("التقى الوزير بكريم ع. الحسن في المقر صباحا. ثم غادر.", "ar");
  ASSERT_EQ(ar.size(), 2u);
  EXPECT_NE(ar[0].find("الحسن"), std::string::npos);
}

TEST(SegmenterTest, JapaneseQuotationStaysWithItsVerb) {
  auto s = Sentences("「交渉は続ける。」と外相は述べた。「期限はない」と、報道官も付け加えた。次の話題。", "ja");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0], "「交渉は続ける。」と外相は述べた。");
  EXPECT_EQ(s[1], "「期限はない」と、報道官も付け加えた。");
}

TEST(SegmenterTest, NewlineOnlyParagraphsAreSentences) {
  auto s = Sentences("Talks resume in Geneva\nDelegates arrived on Monday\n\nA deal is not expected", "en");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0], "Talks resume in Geneva");
  EXPECT_EQ(s[2], "A deal is not expected");
}

TEST(SegmenterTest, WordOffsetsPointIntoTheOriginalBytes) {
  const std::string text = "Le ministre a dit «non» — puis est parti.";
  auto words = SplitWords(text, {0, static_cast<uint32_t>(text.size())}, "fr");
  std::vector<std::string> got;
  for (const WordSpan& w : words) got.push_back(text.substr(w.begin, w.end - w.begin));
  EXPECT_NE(std::find(got.begin(), got.end(), "«"), got.end());
  EXPECT_NE(std::find(got.begin(), got.end(), "non"), got.end());
  EXPECT_NE(std::find(got.begin(), got.end(), "parti"), got.end());
}

}  // namespace
}  // namespace kg::ingest
