#include "graph/base/date.h"

#include <gtest/gtest.h>

namespace kg {
namespace {

TEST(DateTest, ParsesEveryIsoPrecision) {
  EXPECT_EQ(Date::ParseIso("2020")->ToIso(), "2020");
  EXPECT_EQ(Date::ParseIso("2020-10")->ToIso(), "2020-10");
  EXPECT_EQ(Date::ParseIso("2020-10-21")->ToIso(), "2020-10-21");
  EXPECT_EQ(Date::ParseIso("2020-10-21T23:15:00Z")->ToIso(), "2020-10-21");
  EXPECT_EQ(Date::ParseIso("2020-10-21T23:15+02:00")->ToIso(), "2020-10-21");
  EXPECT_EQ(Date::ParseIso("2020-10-21 08:00:00.250-05:00")->ToIso(), "2020-10-21");
}

TEST(DateTest, RejectsImpossibleDatesWithReason) {
  for (const char* bad : {"2020-02-30", "2020-13", "20-10-21", "yesterday", "2020/10/21", "",
                          "2020-10-21T25:00", "2020-10-21Tnoon"}) {
    auto r = Date::ParseIso(bad);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_NE(r.status().message().find("unparsable date"), std::string::npos);
  }
  EXPECT_TRUE(Date::ParseIso("2020-02-29").ok());  // leap year
  EXPECT_FALSE(Date::ParseIso("2021-02-29").ok());
}

TEST(DateTest, DayArithmeticAndWeekdays) {
  EXPECT_EQ(DaysFromCivil(1970, 1, 1), 0);
  const int32_t d = DaysFromCivil(2020, 10, 21);
  EXPECT_EQ(WeekdayOf(d), 2);  // a Wednesday (0 = Monday)
  EXPECT_EQ(Date::FromDays(d).ToIso(), "2020-10-21");
  EXPECT_EQ(Date::Month(2020, 2).LastDay() - Date::Month(2020, 2).FirstDay(), 28);
  EXPECT_EQ(Date::Year(2021).LastDay() - Date::Year(2021).FirstDay(), 364);
  EXPECT_EQ(WeekdayOf(DaysFromCivil(1969, 12, 31)), 2);  // negative days
}

}  // namespace
}  // namespace kg
