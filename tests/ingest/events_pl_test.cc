// Polish events end to end: roles from case (nominative subject, oblique
// target, dropped subjects), reported clauses after "że", negation with
// "nie", modality, and dates, on sentences written for these tests.

#include <gtest/gtest.h>

#include "tests/ingest/event_test_util.h"

namespace kg::ingest {
namespace {

using testing::Describe;
using testing::Events;
using testing::One;

TEST(EventsPlTest, NominativeSubjectAndAccusativeTarget) {
  const auto ev = Events("Polska wydaliła w czwartek trzech rosyjskich dyplomatów.", "pl");
  const auto e = One(ev, "COERCE");
  EXPECT_EQ(e.source, "country:PL");
  EXPECT_EQ(e.target, "agent:diplomats@RU");
  EXPECT_EQ(e.date, "2021-04-15");
}

TEST(EventsPlTest, InflectedNamesAreNotSubjects) {
  // "Rosję" is accusative: the target, whatever the order.
  const auto ev = Events("Rosję oskarżyła w piątek Wielka Brytania.", "pl");
  const auto e = One(ev, "ACCUSE");
  EXPECT_EQ(e.source, "country:GB") << Describe(ev);
  EXPECT_EQ(e.target, "country:RU");
}

TEST(EventsPlTest, DroppedSubjectOfAReportedClauseIsTheSpeaker) {
  const auto ev = Events("Iran zaprzeczył, że wysłał broń Hutim.", "pl");
  EXPECT_EQ(One(ev, "DENY").source, "country:IR");
  const auto send = One(ev, "SEND");
  EXPECT_EQ(send.source, "country:IR") << "a dative plural is not a subject";
  EXPECT_EQ(send.target, "group:houthis");
}

TEST(EventsPlTest, ReportedAttackIsAttributedAndAccused) {
  const auto ev = Events("Ławrow powiedział w piątek, że Ukraina zaatakowała rosyjskie miasto przygraniczne.", "pl");
  EXPECT_EQ(One(ev, "ATTACK").attributed, "person:sergey_lavrov");
  const auto accuse = One(ev, "ACCUSE");
  EXPECT_EQ(accuse.source, "person:sergey_lavrov");
  EXPECT_EQ(accuse.target, "country:UA");
}

TEST(EventsPlTest, NegationAndFuture) {
  const auto ev = Events("Rzecznik rządu nie potępił Chin. Stany Zjednoczone nałożą nowe sankcje na Teheran.", "pl");
  const auto condemn = One(ev, "ACCUSE");
  EXPECT_TRUE(condemn.negated);
  EXPECT_EQ(condemn.source, "title:spokesperson") << "a title's head noun is its case";
  EXPECT_EQ(condemn.target, "country:CN");
  const auto sanction = One(ev, "SANCTION");
  EXPECT_EQ(sanction.source, "country:US");
  EXPECT_EQ(sanction.target, "country:IR");
}

TEST(EventsPlTest, SpeakerAfterADashReportsWhatCameBefore) {
  const auto ev = Events("Litwa wydaliła dwóch rosyjskich dyplomatów – poinformował w piątek minister spraw "
                         "zagranicznych Litwy.", "pl");
  const auto said = One(ev, "STATEMENT");
  EXPECT_NE(said.source, "country:LT") << Describe(ev);
  EXPECT_EQ(said.date, "2021-04-16");
  const auto expel = One(ev, "COERCE");
  EXPECT_EQ(expel.source, "country:LT");
  EXPECT_EQ(expel.attributed, said.source);
}

// Inflected unknown names keep one key: the same person in English and in
// the Polish dative, and not the dictionary's Jake Sullivan.
TEST(EventsPlTest, InflectedForeignNameMeetsItsEnglishForm) {
  const auto pl = Events("Ławrow doradził ambasadorowi USA Johnowi Sullivanowi, by wrócił do Waszyngtonu.", "pl");
  const auto en = Events("Lavrov urged US Ambassador John Sullivan to return to Washington.", "en");
  const auto advice_pl = One(pl, "REQUEST");
  const auto advice_en = One(en, "REQUEST");
  EXPECT_EQ(advice_pl.target, advice_en.target);
  EXPECT_NE(advice_pl.target, "person:jake_sullivan");
  EXPECT_EQ(advice_pl.target.rfind("name:", 0), 0u) << Describe(pl);
}

TEST(EventsPlTest, TegoSamegoDniaCountsFromTheLastStatedDate) {
  const auto ev = Events("Polska wydaliła w czwartek trzech rosyjskich dyplomatów. Tego samego dnia Waszyngton "
                         "nałożył sankcje na Moskwę.", "pl");
  EXPECT_EQ(One(ev, "SANCTION").date, "2021-04-15") << Describe(ev);
}

}  // namespace
}  // namespace kg::ingest
