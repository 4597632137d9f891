// English time expressions: each family, resolved against Thursday
// 2020-10-22, and words that look like times but are not.

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

TEST(TimeEnTest, AbsoluteDatesInEitherOrder) {
  EXPECT_EQ(DateOf("The vote is on 3 November.", "en", Tense::kFuture), "2020-11-03");
  EXPECT_EQ(DateOf("The vote is on November 3.", "en", Tense::kFuture), "2020-11-03");
  EXPECT_EQ(DateOf("It was signed on the 3rd of November 2019.", "en"), "2019-11-03");
  EXPECT_EQ(DateOf("He spoke on March 22, 2013.", "en"), "2013-03-22");
  EXPECT_EQ(DateOf("Filed 2020-11-03 in court.", "en"), "2020-11-03");
  // An abbreviated month keeps its dot.
  EXPECT_THAT(Spans("Deutsche Bank released a note on Feb. 28, citing", "en"), ElementsAre("Feb. 28"));
  EXPECT_EQ(DateOf("Deutsche Bank released a note on Feb. 28.", "en"), "2020-02-28");
  // A weekday before the date belongs to it.
  EXPECT_THAT(Spans("Thursday, October 22, 2020 was calm.", "en"), ElementsAre("Thursday, October 22, 2020"));
}

TEST(TimeEnTest, SlashDatesOnlyWhenUnambiguous) {
  EXPECT_EQ(DateOf("Posted 21/10/2020.", "en"), "2020-10-21");
  EXPECT_EQ(DateOf("Posted 10/21/2020.", "en"), "2020-10-21");
  EXPECT_THAT(Spans("Posted 3/11/2020 and 3/11.", "en"), IsEmpty());  // March 11 or 3 November
}

TEST(TimeEnTest, YearsAndMonthsWithoutDays) {
  EXPECT_THAT(Spans("In 2018 the agency said so.", "en"), ElementsAre("2018"));
  EXPECT_EQ(DateOf("The program ended in May 2010.", "en"), "2010-05");
  EXPECT_EQ(DateOf("They met last February.", "en"), "2020-02");
  EXPECT_EQ(DateOf("They met in March.", "en"), "2020-03");
  EXPECT_EQ(DateOf("They will meet in March.", "en", Tense::kFuture), "2021-03");
  const TimeExpression early = Only("The season began in early December.", "en");
  EXPECT_EQ(early.text, "early December");
  EXPECT_EQ(early.mod, PositionMod::kStart);
  EXPECT_EQ(DateOf("The season began in early December.", "en"), "2019-12");
  EXPECT_EQ(DateOf("It ended late last July.", "en"), "2020-07");
}

TEST(TimeEnTest, WeekdaysWithModifiersAndPartsOfDay) {
  EXPECT_THAT(Spans("Google said on Thursday that it had acted.", "en"), ElementsAre("Thursday"));
  EXPECT_EQ(ValueOf("The report came out Wednesday night.", "en"), "2020-10-21TNI");
  EXPECT_EQ(DateOf("Officials spoke early Thursday.", "en"), "2020-10-22");
  EXPECT_EQ(DateOf("They met last Thursday.", "en"), "2020-10-15");
  EXPECT_EQ(DateOf("They meet next Monday.", "en", Tense::kFuture), "2020-10-26");
  EXPECT_EQ(DateOf("They meet this Saturday.", "en", Tense::kFuture), "2020-10-24");
  EXPECT_EQ(ValueOf("The CDC's Dr. Jhung said Friday afternoon.", "en"), "2020-10-16TAF");
}

TEST(TimeEnTest, RelativeDaysAndPeriods) {
  EXPECT_EQ(DateOf("He left yesterday.", "en"), "2020-10-21");
  EXPECT_EQ(DateOf("He leaves today.", "en"), "2020-10-22");
  EXPECT_EQ(DateOf("He leaves tomorrow.", "en"), "2020-10-23");
  EXPECT_EQ(ValueOf("The debate is tonight.", "en"), "2020-10-22TNI");
  EXPECT_EQ(ValueOf("He left yesterday morning.", "en"), "2020-10-21TMO");
  EXPECT_EQ(ValueOf("Talks began this week.", "en"), "2020-W43");
  EXPECT_EQ(ValueOf("Talks began last week.", "en"), "2020-W42");
  EXPECT_EQ(ValueOf("Talks begin next week.", "en", Tense::kFuture), "2020-W44");
  EXPECT_EQ(ValueOf("Democratic leaders spoke last month.", "en"), "2020-09");
  EXPECT_EQ(ValueOf("It opens next month.", "en"), "2020-11");
  EXPECT_EQ(ValueOf("It opened last year.", "en"), "2019");
  EXPECT_EQ(ValueOf("It was announced earlier this month.", "en"), "2020-10");
  EXPECT_EQ(ValueOf("It happened two years ago.", "en"), "2018");
  EXPECT_EQ(ValueOf("It happened three days ago.", "en"), "2020-10-19");
  EXPECT_EQ(ValueOf("The budget for this fiscal year grew.", "en"), "2020");
}

TEST(TimeEnTest, DurationsSetsAndReferences) {
  EXPECT_EQ(ValueOf("Prices rose over the past two years.", "en"), "P2Y");
  EXPECT_EQ(Only("Prices rose over the past two years.", "en").text, "the past two years");
  EXPECT_EQ(ValueOf("The ban lasts 90 days.", "en"), "P90D");
  EXPECT_EQ(ValueOf("the worst in a decade", "en"), "P10Y");
  EXPECT_EQ(ValueOf("a three-month class", "en"), "P3M");
  EXPECT_EQ(ValueOf("Output may fall in the next few months.", "en"), "PXM");
  EXPECT_EQ(ValueOf("It has been dry for years.", "en"), "PXY");
  EXPECT_EQ(ValueOf("The report is published annually.", "en"), "P1Y");
  EXPECT_EQ(ValueOf("They run every morning.", "en"), "XXXX-XX-XXTMO");
  EXPECT_EQ(ValueOf("It is now clear.", "en"), "PRESENT_REF");
  EXPECT_EQ(ValueOf("In the past, it was different.", "en"), "PAST_REF");
  EXPECT_EQ(ValueOf("He finished in 3:07:35.", "en"), "PT3H7M35S");
}

TEST(TimeEnTest, DecadesCenturiesSeasonsQuarters) {
  EXPECT_EQ(ValueOf("It was popular in the 1990s.", "en"), "199");
  EXPECT_EQ(Only("It was popular in the 1990s.", "en").text, "1990s");
  EXPECT_EQ(ValueOf("the best of the 20th century", "en"), "19");
  EXPECT_EQ(ValueOf("They met last summer.", "en"), "2020-SU");
  EXPECT_EQ(ValueOf("Profits fell in the first quarter of 2020.", "en"), "2020-Q1");
}

TEST(TimeEnTest, ClockTimesJoinTheirDay) {
  EXPECT_EQ(ValueOf("Polls close at 8 p.m.", "en"), "2020-10-22T20:00");
  EXPECT_EQ(ValueOf("The match starts 15:00 GMT Saturday.", "en", Tense::kFuture), "2020-10-24T15:00");
  EXPECT_THAT(Spans("It aired Sunday night at 8 PM.", "en"), ElementsAre("Sunday night", "8 PM"));
}

TEST(TimeEnTest, WordsThatAreNotTimes) {
  EXPECT_THAT(Spans("May I ask a question?", "en"), IsEmpty());
  EXPECT_THAT(Spans("Theresa May said the march on the capital was peaceful.", "en"), IsEmpty());
  EXPECT_THAT(Spans("Iran sent 1500 e-mails to 1,500 voters.", "en"), IsEmpty());
  EXPECT_THAT(Spans("Prices rose 2.5% and 2019% is a typo.", "en"), IsEmpty());
  EXPECT_THAT(Spans("She won a second term; a 5-year-old boy watched.", "en"), IsEmpty());
  EXPECT_THAT(Spans("At last, one day, they agreed.", "en"), IsEmpty());
  EXPECT_THAT(Spans("It may rain; we march and sun ourselves.", "en"), IsEmpty());
  // Only the month is ambiguous; with a day or a preposition it is one.
  EXPECT_THAT(Spans("On May 3 they met, and again in May.", "en"), ElementsAre("May 3", "May"));
}

// "The next day" counts from the last date the text stated, which the caller
// passes as the reference.
TEST(TimeEnTest, AnaphoricDaysCountFromTheLastStatedDate) {
  const Date thursday = Date::Day(2021, 4, 15);
  EXPECT_TRUE(Only("Moscow answered the next day.", "en").anaphoric);
  EXPECT_EQ(DateOf("Moscow answered the next day.", "en", Tense::kPast, thursday), "2021-04-16");
  EXPECT_EQ(DateOf("The same day, Washington expelled ten diplomats.", "en", Tense::kPast, thursday), "2021-04-15");
  EXPECT_EQ(DateOf("They had met the previous day.", "en", Tense::kPast, thursday), "2021-04-14");
  EXPECT_EQ(DateOf("Talks resumed the following year.", "en", Tense::kPast, thursday), "2022");
  // Without a stated day there is nothing to count from.
  EXPECT_EQ(DateOf("Moscow answered the next day.", "en", Tense::kPast, Date::Year(2021)), "");
  EXPECT_FALSE(Only("Moscow answered yesterday.", "en").anaphoric);
}

TEST(TimeEnTest, OtherLanguagesGetDigitsOnly) {
  EXPECT_THAT(Spans("Wybory 2020-11-03, 3.11.2020; Montag.", "de"), ElementsAre("2020-11-03", "3.11.2020"));
}

}  // namespace
}  // namespace kg::ingest
