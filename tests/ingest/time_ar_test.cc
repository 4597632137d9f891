// Arabic time expressions: each family, resolved against Thursday
// 2020-10-22, with proclitics, Arabic-Indic digits and the month names of
// Egypt, the Levant and the Maghreb.

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

TEST(TimeArTest, WeekdaysBareWithDayWordAndPartOfDay) {
  EXPECT_EQ(DateOf("قال راتكليف الأربعاء إن إيران أرسلت رسائل", "ar"), "2020-10-21");
  const TimeExpression evening = Only("قال راتكليف مساء الأربعاء إن إيران أرسلت رسائل", "ar");
  EXPECT_EQ(evening.text, "مساء الأربعاء");
  EXPECT_EQ(evening.part, PartOfDay::kEvening);
  EXPECT_EQ(DateOf("قال راتكليف مساء الأربعاء إن إيران أرسلت رسائل", "ar"), "2020-10-21");
  EXPECT_THAT(Spans("أعلنت غوغل يوم الخميس أنها رصدت محاولات", "ar"), ElementsAre("يوم الخميس"));
  EXPECT_EQ(DateOf("أعلنت غوغل يوم الخميس أنها رصدت محاولات", "ar"), "2020-10-22");
  EXPECT_EQ(DateOf("التقى الوزيران الخميس الماضي", "ar"), "2020-10-15");
  EXPECT_EQ(DateOf("يصل الوزير الأحد المقبل", "ar", Tense::kFuture), "2020-10-25");
  EXPECT_EQ(ValueOf("وصل الوفد صباح الأربعاء", "ar"), "2020-10-21TMO");
}

TEST(TimeArTest, DatesInBothDigitScriptsAndEveryMonthNaming) {
  EXPECT_EQ(DateOf("وقعت الحادثة في ١٨ أكتوبر", "ar"), "2020-10-18");
  EXPECT_EQ(DateOf("وقعت الحادثة في 18 أكتوبر", "ar"), "2020-10-18");
  EXPECT_EQ(DateOf("تجرى الانتخابات في 3 نوفمبر", "ar", Tense::kFuture), "2020-11-03");
  EXPECT_THAT(Spans("تجرى الانتخابات في 3 نوفمبر/تشرين الثاني 2020", "ar"),
              ElementsAre("3 نوفمبر/تشرين الثاني 2020"));
  EXPECT_EQ(DateOf("تجرى الانتخابات في 3 نوفمبر/تشرين الثاني 2020", "ar"), "2020-11-03");
  EXPECT_EQ(DateOf("عقد الاجتماع في 5 آب 2020", "ar"), "2020-08-05");           // Levantine
  EXPECT_EQ(DateOf("عقد الاجتماع في كانون الثاني 2021", "ar"), "2021-01");     // Levantine, two words
  EXPECT_EQ(DateOf("عقد الاجتماع في 5 غشت 2020", "ar"), "2020-08-05");         // Moroccan
  EXPECT_EQ(DateOf("عقد الاجتماع في 5 أوت 2020", "ar"), "2020-08-05");         // Tunisian, Algerian
  EXPECT_EQ(DateOf("صدر التقرير في ٥/٨/٢٠٢٠", "ar"), "2020-08-05");            // day first
  EXPECT_EQ(DateOf("تجرى الانتخابات في الثالث من نوفمبر", "ar", Tense::kFuture), "2020-11-03");
  EXPECT_EQ(DateOf("وقع الهجوم في الحادي والعشرين من أكتوبر", "ar"), "2020-10-21");
}

TEST(TimeArTest, MonthsAndYears) {
  EXPECT_EQ(DateOf("حذرت الاستخبارات في فبراير من التدخل", "ar"), "2020-02");
  EXPECT_EQ(DateOf("حذرت الاستخبارات في شهر فبراير من التدخل", "ar"), "2020-02");
  EXPECT_EQ(DateOf("تدخلت روسيا في انتخابات عام 2016", "ar"), "2016");
  EXPECT_THAT(Spans("تدخلت روسيا في انتخابات عام 2016", "ar"), ElementsAre("عام 2016"));
  EXPECT_EQ(DateOf("وقع ذلك في أكتوبر الماضي", "ar"), "2019-10");
  EXPECT_EQ(DateOf("وقع ذلك في منتصف سبتمبر", "ar"), "2020-09");
}

TEST(TimeArTest, RelativeDaysAndPeriods) {
  EXPECT_EQ(DateOf("قال بومبيو أمس إن المكافأة كبيرة", "ar"), "2020-10-21");
  // The preposition glued to أمس stays outside the span.
  EXPECT_THAT(Spans("أعلن ذلك بالأمس", "ar"), ElementsAre("الأمس"));
  EXPECT_EQ(DateOf("أعلن ذلك بالأمس", "ar"), "2020-10-21");
  EXPECT_EQ(DateOf("يلتقي الوزيران اليوم", "ar"), "2020-10-22");
  EXPECT_EQ(ValueOf("تبدأ المناظرة الليلة", "ar"), "2020-10-22TNI");
  EXPECT_EQ(ValueOf("وصل مساء أمس", "ar"), "2020-10-21TEV");
  EXPECT_EQ(ValueOf("عقدت المحادثات هذا الأسبوع", "ar"), "2020-W43");
  EXPECT_EQ(ValueOf("عقدت المحادثات الأسبوع الماضي", "ar"), "2020-W42");
  EXPECT_EQ(ValueOf("تعقد المحادثات الأسبوع المقبل", "ar", Tense::kFuture), "2020-W44");
  EXPECT_EQ(ValueOf("أصدر القادة بيانا الشهر الماضي", "ar"), "2020-09");
  EXPECT_EQ(ValueOf("ارتفعت الأسعار العام الماضي", "ar"), "2019");
  EXPECT_EQ(ValueOf("ارتفعت الأسعار للعام الماضي", "ar"), "2019");
  EXPECT_EQ(ValueOf("وقع الهجوم قبل ثلاثة أيام", "ar"), "2020-10-19");
  EXPECT_EQ(ValueOf("بدأ ذلك منذ عامين", "ar"), "2018");
  EXPECT_EQ(ValueOf("استمر القتال ثلاث سنوات", "ar"), "P3Y");
  EXPECT_EQ(ValueOf("يصدر التقرير سنويا", "ar"), "P1Y");
  EXPECT_EQ(ValueOf("الوضع الآن مختلف", "ar"), "PRESENT_REF");
}

TEST(TimeArTest, WordsThatAreNotTimes) {
  EXPECT_THAT(Spans("مارس ضغوطا كبيرة على الحكومة", "ar"), IsEmpty());         // مارس: he exerted
  EXPECT_THAT(Spans("وصل في اليوم الأول من الزيارة", "ar"), IsEmpty());
  EXPECT_THAT(Spans("قتل أحد عشر شخصا", "ar"), IsEmpty());
  EXPECT_THAT(Spans("زار الأب ابنه وركب سيارة نيسان", "ar"), IsEmpty());
  EXPECT_THAT(Spans("أرسلت 1500 رسالة", "ar"), IsEmpty());
}

TEST(TimeArTest, AnaphoricDaysCountFromTheLastStatedDate) {
  const Date thursday = Date::Day(2021, 4, 15);
  EXPECT_TRUE(Only("وصل الوفد في اليوم التالي", "ar").anaphoric);
  EXPECT_EQ(DateOf("وصل الوفد في اليوم التالي", "ar", Tense::kPast, thursday), "2021-04-16");
  EXPECT_EQ(DateOf("وردت موسكو في اليوم نفسه", "ar", Tense::kPast, thursday), "2021-04-15");
  EXPECT_EQ(DateOf("وكان الرئيس آنذاك في باريس", "ar", Tense::kPast, Date::Month(2019, 3)), "2019-03");
}

TEST(TimeArTest, FutureTenseMovesABareWeekdayForward) {
  const std::string text = "سيزور الوزير المنطقة الأربعاء";
  const TimeExpression t = Only(text, "ar");
  const Tense tense = GuessTenseAround(text, t.begin, t.end, "ar");
  EXPECT_EQ(tense, Tense::kFuture);
  EXPECT_EQ(testing::Tagger().Resolve(t, testing::kRef, tense).ToIso(), "2020-10-28");
}

}  // namespace
}  // namespace kg::ingest
