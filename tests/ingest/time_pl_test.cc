// Polish time expressions: inflected weekdays, months and modifiers,
// resolved against Thursday 2020-10-22.

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

TEST(TimePlTest, WeekdaysInEveryCaseAndAsAdjectives) {
  EXPECT_THAT(Spans("Rzecznik poinformował w środę, że", "pl"), ElementsAre("środę"));
  EXPECT_EQ(DateOf("Rzecznik poinformował w środę, że", "pl"), "2020-10-21");
  EXPECT_EQ(DateOf("Środa była spokojna.", "pl"), "2020-10-21");
  EXPECT_EQ(DateOf("Podczas środowej konferencji powiedział", "pl"), "2020-10-21");
  EXPECT_EQ(DateOf("Na wtorkowej konferencji powiedział", "pl"), "2020-10-20");
  EXPECT_EQ(DateOf("W niedzielę odbyło się spotkanie", "pl"), "2020-10-18");
  EXPECT_EQ(DateOf("W zeszły czwartek odbyło się spotkanie", "pl"), "2020-10-15");
  EXPECT_EQ(DateOf("W przyszły wtorek odbędzie się spotkanie", "pl", Tense::kFuture), "2020-10-27");
  EXPECT_EQ(ValueOf("W środę wieczorem rzecznik powiedział", "pl"), "2020-10-21TEV");
}

TEST(TimePlTest, DatesMonthsAndYears) {
  EXPECT_EQ(DateOf("Wybory odbędą się 3 listopada.", "pl", Tense::kFuture), "2020-11-03");
  EXPECT_THAT(Spans("Wybory odbędą się 3 listopada 2020 r. w USA", "pl"), ElementsAre("3 listopada 2020 r."));
  EXPECT_EQ(DateOf("Wybory odbędą się 3 listopada 2020 r. w USA", "pl"), "2020-11-03");
  EXPECT_EQ(DateOf("Do ataku doszło 18 października.", "pl"), "2020-10-18");
  EXPECT_EQ(DateOf("Dokument z 3.11.2020 r.", "pl"), "2020-11-03");
  EXPECT_EQ(DateOf("Wywiad ostrzegał w lutym.", "pl"), "2020-02");
  EXPECT_EQ(DateOf("Wywiad ostrzegał w lutym 2020 roku.", "pl"), "2020-02");
  EXPECT_EQ(DateOf("Do tego doszło w listopadzie ubiegłego roku.", "pl"), "2019-11");
  EXPECT_EQ(DateOf("Do tego doszło na początku lutego.", "pl"), "2020-02");
  EXPECT_THAT(Spans("Rosja ingerowała w 2016 roku.", "pl"), ElementsAre("2016 roku"));
  EXPECT_EQ(DateOf("Rosja ingerowała w 2016 roku.", "pl"), "2016");
  EXPECT_EQ(DateOf("Rosja ingerowała w 2016 r.", "pl"), "2016");
  EXPECT_EQ(ValueOf("To było w XXI wieku.", "pl"), "20");
}

TEST(TimePlTest, RelativeDaysAndPeriods) {
  EXPECT_EQ(DateOf("Wczoraj rzecznik powiedział", "pl"), "2020-10-21");
  EXPECT_EQ(DateOf("Dziś rzecznik powiedział", "pl"), "2020-10-22");
  EXPECT_EQ(DateOf("Dzisiaj rzecznik powiedział", "pl"), "2020-10-22");
  EXPECT_EQ(DateOf("Jutro rzecznik powie", "pl", Tense::kFuture), "2020-10-23");
  EXPECT_EQ(DateOf("Na wczorajszym posiedzeniu powiedział", "pl"), "2020-10-21");
  EXPECT_EQ(ValueOf("Wczoraj wieczorem rzecznik powiedział", "pl"), "2020-10-21TEV");
  EXPECT_EQ(ValueOf("W tym tygodniu rzecznik powiedział", "pl"), "2020-W43");
  EXPECT_EQ(ValueOf("W ubiegłym tygodniu rzecznik powiedział", "pl"), "2020-W42");
  EXPECT_EQ(ValueOf("W zeszłym tygodniu rzecznik powiedział", "pl"), "2020-W42");
  EXPECT_EQ(ValueOf("W przyszłym tygodniu rzecznik powie", "pl"), "2020-W44");
  EXPECT_EQ(ValueOf("W ubiegłym miesiącu rzecznik powiedział", "pl"), "2020-09");
  EXPECT_EQ(ValueOf("W przyszłym miesiącu rzecznik powie", "pl"), "2020-11");
  EXPECT_EQ(ValueOf("W ubiegłym roku rzecznik powiedział", "pl"), "2019");
  EXPECT_EQ(ValueOf("Zeszłego roku rzecznik powiedział", "pl"), "2019");
  EXPECT_EQ(ValueOf("Trzy lata temu rzecznik powiedział", "pl"), "2017");
  EXPECT_EQ(ValueOf("Za dwa tygodnie rzecznik powie", "pl"), "2020-W45");
  EXPECT_EQ(ValueOf("Przez pięć lat rzecznik milczał", "pl"), "P5Y");
  EXPECT_EQ(ValueOf("Obecnie rzecznik milczy", "pl"), "PRESENT_REF");
  EXPECT_EQ(ValueOf("Raport ukazuje się co roku", "pl"), "P1Y");
}

TEST(TimePlTest, MayAsMonthAndAsName) {
  EXPECT_THAT(Spans("Maja powiedziała, że do maja nic się nie zmieni", "pl"), ElementsAre("maja"));
  EXPECT_EQ(DateOf("Spotkanie odbyło się 3 maja.", "pl"), "2020-05-03");
  EXPECT_EQ(DateOf("Spotkanie odbyło się w maju.", "pl"), "2020-05");
}

TEST(TimePlTest, AnaphoricDaysCountFromTheLastStatedDate) {
  const Date thursday = Date::Day(2021, 4, 15);
  EXPECT_TRUE(Only("Tego samego dnia Waszyngton ogłosił sankcje.", "pl").anaphoric);
  EXPECT_EQ(DateOf("Tego samego dnia Waszyngton ogłosił sankcje.", "pl", Tense::kPast, thursday), "2021-04-15");
  EXPECT_EQ(DateOf("Moskwa odpowiedziała następnego dnia.", "pl", Tense::kPast, thursday), "2021-04-16");
  EXPECT_EQ(DateOf("Ambasador był wówczas w Warszawie.", "pl", Tense::kPast, thursday), "2021-04-15");
}

TEST(TimePlTest, WordsThatAreNotTimes) {
  EXPECT_THAT(Spans("Co to jest? Ten człowiek wysłał 1500 e-maili.", "pl"), IsEmpty());
  EXPECT_THAT(Spans("W tym czasie nic się nie stało.", "pl"), IsEmpty());
  EXPECT_THAT(Spans("Lata świetności minęły, a lis zjadł kurę.", "pl"), IsEmpty());
}

}  // namespace
}  // namespace kg::ingest
