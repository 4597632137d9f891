// Resolution against the publication date, independent of language: tense
// sensitivity of bare weekdays and months, precision, ranges, and what
// cannot be resolved. Also byte offsets and concurrent use.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <thread>

#include "tests/ingest/time_test_util.h"

namespace kg::ingest {
namespace {

using testing::DateOf;
using testing::kRef;
using testing::Only;
using testing::Tagger;
using testing::ValueOf;

TEST(TimeResolveTest, BareWeekdayFollowsTheTense) {
  // kRef is a Thursday. Past: the latest such day, the reference day counting.
  EXPECT_EQ(DateOf("Wednesday", "en", Tense::kPast), "2020-10-21");
  EXPECT_EQ(DateOf("Thursday", "en", Tense::kPast), "2020-10-22");
  EXPECT_EQ(DateOf("Friday", "en", Tense::kPast), "2020-10-16");
  EXPECT_EQ(DateOf("Friday", "en", Tense::kUnknown), "2020-10-16");
  // Future: the first one on or after the reference.
  EXPECT_EQ(DateOf("Wednesday", "en", Tense::kFuture), "2020-10-28");
  EXPECT_EQ(DateOf("Friday", "en", Tense::kFuture), "2020-10-23");
  EXPECT_EQ(DateOf("Thursday", "en", Tense::kFuture), "2020-10-22");
  // The same holds in every language.
  EXPECT_EQ(DateOf("الأربعاء", "ar", Tense::kPast), "2020-10-21");
  EXPECT_EQ(DateOf("الأربعاء", "ar", Tense::kFuture), "2020-10-28");
  EXPECT_EQ(DateOf("水曜日", "ja", Tense::kFuture), "2020-10-28");
  EXPECT_EQ(DateOf("w środę", "pl", Tense::kFuture), "2020-10-28");
}

TEST(TimeResolveTest, ExplicitDirectionIgnoresTheTense) {
  for (Tense tense : {Tense::kPast, Tense::kFuture, Tense::kUnknown}) {
    EXPECT_EQ(DateOf("last Thursday", "en", tense), "2020-10-15");
    EXPECT_EQ(DateOf("next Thursday", "en", tense), "2020-10-29");
    EXPECT_EQ(DateOf("this Monday", "en", tense), "2020-10-19");
    EXPECT_EQ(DateOf("last June", "en", tense), "2020-06");
    EXPECT_EQ(DateOf("next week", "en", tense), "2020");  // 26 Oct - 1 Nov: two months
  }
}

TEST(TimeResolveTest, MonthsAndDaysWithoutAYear) {
  EXPECT_EQ(DateOf("in December", "en", Tense::kPast), "2019-12");
  EXPECT_EQ(DateOf("in December", "en", Tense::kFuture), "2020-12");
  EXPECT_EQ(DateOf("in December", "en", Tense::kUnknown), "2020-12");  // the nearer one
  EXPECT_EQ(DateOf("in March", "en", Tense::kUnknown), "2021-03");
  EXPECT_EQ(DateOf("in October", "en", Tense::kPast), "2020-10");      // the reference month counts
  EXPECT_EQ(DateOf("in October", "en", Tense::kFuture), "2020-10");
  EXPECT_EQ(DateOf("3 listopada", "pl", Tense::kFuture), "2020-11-03");
  EXPECT_EQ(DateOf("15 marca", "pl", Tense::kPast), "2020-03-15");
  EXPECT_EQ(DateOf("15 marca", "pl", Tense::kFuture), "2021-03-15");
  // A yearless day is not put most of a year away when the other reading is
  // weeks away: a past-tense clause about "3 November" in late October is
  // about the coming one (the election), not 3 November of last year.
  EXPECT_EQ(DateOf("3 listopada", "pl", Tense::kPast), "2020-11-03");
  EXPECT_EQ(DateOf("18 października", "pl", Tense::kFuture), "2020-10-18");
  EXPECT_EQ(DateOf("October 22", "en", Tense::kPast), "2020-10-22");
  // Year boundaries: December news about January and the reverse.
  EXPECT_EQ(DateOf("in January", "en", Tense::kUnknown, Date::Day(2020, 12, 28)), "2021-01");
  EXPECT_EQ(DateOf("on December 30", "en", Tense::kPast, Date::Day(2021, 1, 2)), "2020-12-30");
}

TEST(TimeResolveTest, PrecisionIsWhatTheTextGives) {
  EXPECT_EQ(Tagger().Resolve(Only("in October 2020", "en"), kRef, Tense::kPast), Date::Month(2020, 10));
  EXPECT_EQ(Tagger().Resolve(Only("in 2016", "en"), kRef, Tense::kPast), Date::Year(2016));
  EXPECT_EQ(Tagger().Resolve(Only("先月", "ja"), kRef, Tense::kPast), Date::Month(2020, 9));
  // A week is given as the month that holds it (never a made-up day).
  EXPECT_EQ(Tagger().Resolve(Only("last week", "en"), kRef, Tense::kPast), Date::Month(2020, 10));
  EXPECT_EQ(Tagger().Resolve(Only("this weekend", "en"), kRef, Tense::kPast), Date::Month(2020, 10));
}

TEST(TimeResolveTest, ResolveDaysGivesTheWholePeriod) {
  int32_t first = 0, last = 0;
  ASSERT_TRUE(Tagger().ResolveDays(Only("next week", "en"), kRef, Tense::kFuture, &first, &last));
  EXPECT_EQ(Date::FromDays(first).ToIso(), "2020-10-26");
  EXPECT_EQ(Date::FromDays(last).ToIso(), "2020-11-01");
  ASSERT_TRUE(Tagger().ResolveDays(Only("last summer", "en"), kRef, Tense::kPast, &first, &last));
  EXPECT_EQ(Date::FromDays(first).ToIso(), "2020-06-01");
  EXPECT_EQ(Date::FromDays(last).ToIso(), "2020-08-31");
  ASSERT_TRUE(Tagger().ResolveDays(Only("the 1990s", "en"), kRef, Tense::kPast, &first, &last));
  EXPECT_EQ(Date::FromDays(first).ToIso(), "1990-01-01");
  EXPECT_EQ(Date::FromDays(last).ToIso(), "1999-12-31");
  EXPECT_FALSE(Tagger().ResolveDays(Only("for three years", "en"), kRef, Tense::kPast, &first, &last));
}

TEST(TimeResolveTest, UnanchoredExpressionsResolveToNone) {
  for (const char* text : {"for three years", "every week", "in the past", "in the future", "90 days"}) {
    EXPECT_FALSE(Tagger().Resolve(Only(text, "en"), kRef, Tense::kPast).known()) << text;
  }
  // Relative days need a reference with a day; absolute dates do not.
  const Date month_only = Date::Month(2020, 10);
  EXPECT_FALSE(Tagger().Resolve(Only("yesterday", "en"), month_only, Tense::kPast).known());
  EXPECT_EQ(Tagger().Resolve(Only("last month", "en"), month_only, Tense::kPast), Date::Month(2020, 9));
  EXPECT_EQ(Tagger().Resolve(Only("in 2016", "en"), Date::None(), Tense::kPast), Date::Year(2016));
  EXPECT_EQ(Tagger().TimexValue(Only("on Wednesday", "en"), Date::None(), Tense::kPast), "XXXX-WXX-3");
  EXPECT_EQ(Tagger().TimexValue(Only("on 3 November", "en"), Date::None(), Tense::kPast), "XXXX-11-03");
}

TEST(TimeResolveTest, ByteOffsetsPointIntoTheUtf8Text) {
  const std::pair<std::string, std::string> cases[] = {
      {"Ω→ «On Wednesday night» he said", "en"},
      {"قال راتكليف مساء الأربعاء وبالأمس إن", "ar"},
      {"米国は２０２０年１１月３日（火）の選挙を前に", "ja"},
      {"Żółć: w środę wieczorem i 3 listopada 2020 r.", "pl"},
  };
  for (const auto& [text, lang] : cases) {
    const std::vector<TimeExpression> found = Tagger().Tag(text, lang);
    ASSERT_FALSE(found.empty()) << text;
    size_t prev_end = 0;
    for (const TimeExpression& t : found) {
      ASSERT_LE(t.end, text.size());
      EXPECT_EQ(text.substr(t.begin, t.end - t.begin), t.text);
      EXPECT_GE(t.begin, prev_end) << "overlap or out of order in " << text;
      EXPECT_NE(static_cast<unsigned char>(text[t.begin]) & 0xC0, 0x80) << "begin inside a character";
      prev_end = t.end;
    }
  }
  EXPECT_EQ(Tagger().Tag("米国は２０２０年１１月３日（火）の選挙", "ja")[0].text, "２０２０年１１月３日（火）");
}

TEST(TimeResolveTest, WholeArticlesAndConcurrentCallers) {
  std::string article;
  for (int i = 0; i < 2000; ++i) article += "On Wednesday night, officials said on 3 November 2020 that last week was calm. ";
  std::vector<std::thread> threads;
  std::vector<size_t> counts(4);
  for (size_t k = 0; k < counts.size(); ++k) {
    threads.emplace_back([&, k] { counts[k] = Tagger().Tag(article, "en").size(); });
  }
  for (auto& t : threads) t.join();
  for (size_t n : counts) EXPECT_EQ(n, 3u * 2000);
}

}  // namespace
}  // namespace kg::ingest
