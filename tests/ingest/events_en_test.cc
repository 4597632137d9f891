// English events end to end: triggers and roles, reported speech and the
// accusations it implies, negation and modality, and dates, on sentences
// written for these tests.

#include <gtest/gtest.h>

#include "tests/ingest/event_test_util.h"

namespace kg::ingest {
namespace {

using testing::Describe;
using testing::Events;
using testing::One;

TEST(EventsEnTest, SubjectVerbObjectWithAStatedWeekday) {
  const auto ev = Events("Poland expelled three Russian diplomats on Thursday.", "en");
  const auto e = One(ev, "COERCE");
  EXPECT_EQ(e.source, "country:PL");
  EXPECT_EQ(e.target, "agent:diplomats@RU");
  EXPECT_EQ(e.date, "2021-04-15");
  EXPECT_TRUE(e.stated);
}

TEST(EventsEnTest, LightVerbWithItsNounIsOneEvent) {
  const auto ev = Events("Washington imposed sanctions on Moscow.", "en");
  ASSERT_EQ(ev.size(), 1u) << Describe(ev);
  EXPECT_EQ(ev[0].type, "SANCTION");
  EXPECT_EQ(ev[0].source, "country:US");
  EXPECT_EQ(ev[0].target, "country:RU");
  EXPECT_EQ(ev[0].date, testing::kPublished);  // no date in the text
  EXPECT_FALSE(ev[0].stated);
}

TEST(EventsEnTest, ReportedHostileActIsAttributedAndAccused) {
  const auto ev = Events("Lavrov said on Friday that Ukraine had attacked a Russian border town.", "en");
  const auto attack = One(ev, "ATTACK");
  EXPECT_EQ(attack.source, "country:UA");
  EXPECT_EQ(attack.attributed, "person:sergey_lavrov");
  const auto accuse = One(ev, "ACCUSE");
  EXPECT_EQ(accuse.source, "person:sergey_lavrov");
  EXPECT_EQ(accuse.target, "country:UA");
  EXPECT_EQ(accuse.date, "2021-04-16");
}

TEST(EventsEnTest, NoAccusationOfOnesOwnSide) {
  const auto ev = Events("Blinken said the United States would send more weapons to Ukraine.", "en");
  for (const auto& e : ev) EXPECT_NE(e.type, "ACCUSE") << Describe(ev);
  const auto send = One(ev, "SEND");
  EXPECT_EQ(send.source, "country:US");
  EXPECT_EQ(send.target, "country:UA");
}

TEST(EventsEnTest, NegationAndModality) {
  const auto ev = Events("China did not threaten Taiwan. The United States will impose new sanctions on Iran.", "en");
  const auto threat = One(ev, "THREATEN");
  EXPECT_TRUE(threat.negated);
  EXPECT_EQ(threat.target, "country:TW");
  const auto sanction = One(ev, "SANCTION");
  EXPECT_FALSE(sanction.negated);
  EXPECT_EQ(sanction.modality, Modality::kFuture);
}

TEST(EventsEnTest, TheSameDayCountsFromTheLastStatedDate) {
  const auto ev = Events("Poland expelled three Russian diplomats on Thursday. The same day, Washington imposed "
                         "sanctions on Moscow. Moscow retaliated the next day.", "en");
  EXPECT_EQ(One(ev, "SANCTION").date, "2021-04-15") << Describe(ev);
  EXPECT_TRUE(One(ev, "SANCTION").stated);
}

TEST(EventsEnTest, AYearBeforeANounDatesThatNounOnly) {
  const auto ev = Events("The ministry accused Russia of the 2020 cyberattack on government servers.", "en");
  const auto accuse = One(ev, "ACCUSE");
  EXPECT_EQ(accuse.target, "country:RU");
  EXPECT_EQ(accuse.date, testing::kPublished);
  const auto attack = One(ev, "ATTACK");
  EXPECT_EQ(attack.source, "country:RU");
  EXPECT_EQ(attack.date, "2020");
}

// A name before an act done to someone is the victim; the one blamed is the agent.
TEST(EventsEnTest, TheNamedVictimOfANominalAttack) {
  const auto ev = Events("Washington blamed the SVR for the SolarWinds cyberattack.", "en");
  const auto attack = One(ev, "ATTACK");
  EXPECT_EQ(attack.source, "org:svr");
  EXPECT_EQ(attack.target, "org:solarwinds");
  EXPECT_EQ(attack.attributed, "country:US");
  EXPECT_EQ(One(ev, "ACCUSE").target, "org:svr");
}

// Reported "would" is a future; a future takes no time from another clause.
TEST(EventsEnTest, ReportedWouldIsFutureWithoutBorrowedDate) {
  const auto ev = Events("The EU agreed new sanctions on Tuesday, while Britain said it would send more weapons to Ukraine.",
                         "en");
  const auto send = One(ev, "SEND");
  EXPECT_EQ(send.modality, Modality::kFuture);
  EXPECT_FALSE(send.stated) << Describe(ev);
}

TEST(EventsEnTest, TalksBetweenTwoSides) {
  const auto ev = Events("Talks between Russia and Ukraine resumed near the border.", "en");
  const auto talks = One(ev, "CONSULT");
  EXPECT_EQ(talks.source, "country:RU");
  EXPECT_EQ(talks.target, "country:UA");
}

// A dictionary surname after someone else's given name is not that person.
TEST(EventsEnTest, JohnSullivanIsNotJakeSullivan) {
  const auto ev = Events("Moscow summoned US Ambassador John Sullivan on Thursday. Sullivan left without comment.", "en");
  const auto summon = One(ev, "PROTEST");
  EXPECT_EQ(summon.source, "country:RU");
  EXPECT_NE(summon.target, "person:jake_sullivan");
  EXPECT_EQ(summon.target.rfind("name:", 0), 0u) << summon.target;
}

TEST(EventsEnTest, PronounSubjectIsTheLastPerson) {
  const auto ev = Events("Sergey Lavrov arrived in Ankara. He accused NATO of provoking Russia.", "en");
  const auto accuse = One(ev, "ACCUSE");
  EXPECT_EQ(accuse.source, "person:sergey_lavrov");
  EXPECT_EQ(accuse.target, "org:nato");
}

}  // namespace
}  // namespace kg::ingest
