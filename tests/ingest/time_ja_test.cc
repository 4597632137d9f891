// Japanese time expressions: counters (年/月/日), full-width digits, kanji
// numerals, eras, relative words and weekdays, resolved against Thursday
// 2020-10-22.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/ingest/time_test_util.h"

namespace kg::ingest {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::DateOf;
using testing::Only;
using testing::Spans;
using testing::ValueOf;

TEST(TimeJaTest, DatesWithCountersInAnyDigits) {
  EXPECT_EQ(DateOf("２０２０年１１月３日の大統領選挙", "ja"), "2020-11-03");
  EXPECT_THAT(Spans("２０２０年１１月３日の大統領選挙", "ja"), ElementsAre("２０２０年１１月３日"));
  EXPECT_EQ(DateOf("11月3日に投票が行われる予定だ", "ja", Tense::kFuture), "2020-11-03");
  EXPECT_EQ(DateOf("十一月三日に投票が行われる", "ja", Tense::kFuture), "2020-11-03");
  EXPECT_EQ(DateOf("2020年に発表した", "ja"), "2020");
  EXPECT_EQ(DateOf("令和2年3月に発表した", "ja"), "2020-03");
  EXPECT_EQ(DateOf("平成元年に始まった", "ja"), "1989");
  EXPECT_EQ(DateOf("昨年11月に始まった", "ja"), "2019-11");
  // A day of the month alone is in the nearest month in the tense's direction.
  EXPECT_EQ(DateOf("21日に記者会見した", "ja"), "2020-10-21");
  EXPECT_EQ(DateOf("25日に記者会見する", "ja", Tense::kFuture), "2020-10-25");
  // The weekday in brackets belongs to the date.
  EXPECT_THAT(Spans("21日（水）に発表した", "ja"), ElementsAre("21日（水）"));
  EXPECT_EQ(ValueOf("21日夜に発表した", "ja"), "2020-10-21TNI");
  EXPECT_EQ(ValueOf("21日午後3時に発表した", "ja"), "2020-10-21T15:00");
}

TEST(TimeJaTest, MonthsAndWeekdays) {
  EXPECT_EQ(DateOf("3月に発表した", "ja"), "2020-03");
  EXPECT_EQ(DateOf("米情報機関は水曜日、発表した", "ja"), "2020-10-21");
  const TimeExpression night = Only("米情報機関は水曜日の夜、イランが脅迫メールを送ったと発表した", "ja");
  EXPECT_EQ(night.text, "水曜日の夜");
  EXPECT_EQ(night.part, PartOfDay::kNight);
  EXPECT_EQ(DateOf("木曜に発表した", "ja"), "2020-10-22");
  EXPECT_EQ(DateOf("先週の水曜日に会談した", "ja"), "2020-10-14");
  EXPECT_EQ(DateOf("来週水曜日に会談する", "ja", Tense::kFuture), "2020-10-28");
}

TEST(TimeJaTest, RelativeWords) {
  EXPECT_EQ(DateOf("昨日発表した", "ja"), "2020-10-21");
  EXPECT_EQ(DateOf("今日発表した", "ja"), "2020-10-22");
  EXPECT_EQ(DateOf("本日発表した", "ja"), "2020-10-22");
  EXPECT_EQ(DateOf("明日発表する", "ja"), "2020-10-23");
  EXPECT_EQ(ValueOf("今夜討論会が開かれる", "ja"), "2020-10-22TNI");
  EXPECT_EQ(ValueOf("昨夜発表した", "ja"), "2020-10-21TNI");
  EXPECT_EQ(ValueOf("今週発表した", "ja"), "2020-W43");
  EXPECT_EQ(ValueOf("先週発表した", "ja"), "2020-W42");
  EXPECT_EQ(ValueOf("来週発表する", "ja"), "2020-W44");
  // 先月 has month precision: no day is invented.
  const Date last_month = testing::Tagger().Resolve(Only("先月発表した", "ja"), testing::kRef, Tense::kPast);
  EXPECT_EQ(last_month, Date::Month(2020, 9));
  EXPECT_EQ(ValueOf("昨年発表した", "ja"), "2019");
  EXPECT_EQ(ValueOf("去年発表した", "ja"), "2019");
  EXPECT_EQ(ValueOf("来年発表する", "ja"), "2021");
  EXPECT_EQ(ValueOf("今月末に発表する", "ja"), "2020-10");
  EXPECT_EQ(ValueOf("今夏に発表した", "ja"), "2020-SU");
}

TEST(TimeJaTest, CountsAgoAndDurations) {
  EXPECT_EQ(ValueOf("3年前に発表した", "ja"), "2017");
  EXPECT_EQ(ValueOf("3日前に発表した", "ja"), "2020-10-19");
  EXPECT_EQ(ValueOf("2週間後に発表する", "ja"), "2020-W45");
  EXPECT_EQ(ValueOf("数日前に発表した", "ja"), "PAST_REF");
  EXPECT_EQ(ValueOf("2週間続いた", "ja"), "P2W");
  EXPECT_EQ(ValueOf("3日間続いた", "ja"), "P3D");
  EXPECT_EQ(ValueOf("3カ月続いた", "ja"), "P3M");
  EXPECT_EQ(ValueOf("1990年代に流行した", "ja"), "199");
  EXPECT_EQ(ValueOf("20世紀に流行した", "ja"), "19");
  EXPECT_EQ(ValueOf("毎年発表している", "ja"), "P1Y");
  EXPECT_EQ(ValueOf("現在調査している", "ja"), "PRESENT_REF");
}

TEST(TimeJaTest, AnaphoricDaysCountFromTheLastStatedDate) {
  const Date thursday = Date::Day(2021, 4, 15);
  EXPECT_TRUE(Only("ロシアは翌日、米外交官を追放した", "ja").anaphoric);
  EXPECT_EQ(DateOf("ロシアは翌日、米外交官を追放した", "ja", Tense::kPast, thursday), "2021-04-16");
  EXPECT_EQ(DateOf("外務省は同日、抗議した", "ja", Tense::kPast, thursday), "2021-04-15");
  EXPECT_EQ(DateOf("首相は前日に会談した", "ja", Tense::kPast, thursday), "2021-04-14");
  EXPECT_EQ(DateOf("同年、条約が発効した", "ja", Tense::kPast, thursday), "2021");
}

TEST(TimeJaTest, WordsThatAreNotTimes) {
  EXPECT_THAT(Spans("今回の選挙では一時的に停止した", "ja"), IsEmpty());
  EXPECT_THAT(Spans("日本政府は同時に前年の発表を訂正した", "ja"), IsEmpty());
  EXPECT_THAT(Spans("毎日新聞によると", "ja"), IsEmpty());
  EXPECT_THAT(Spans("十分に検討し、三菱が一部を発表した", "ja"), IsEmpty());
  EXPECT_THAT(Spans("1500通のメールを送った", "ja"), IsEmpty());
}

}  // namespace
}  // namespace kg::ingest
