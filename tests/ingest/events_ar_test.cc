// Arabic events end to end: verb-subject-object order, clitics on triggers
// and names, reported speech after "إن/أن", negation with لم/لن/لا, the
// future prefix سـ, and dates, on sentences written for these tests.

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "tests/ingest/event_test_util.h"

namespace kg::ingest {
namespace {

using testing::Describe;
using testing::Events;
using testing::One;

TEST(EventsArTest, VerbSubjectObject) {
  const auto ev = Events("طردت بولندا ثلاثة دبلوماسيين روس يوم الخميس.", "ar");
  const auto e = One(ev, "COERCE");
  EXPECT_EQ(e.source, "country:PL");
  EXPECT_EQ(e.target, "agent:diplomats@RU") << "a broken-plural demonym after its noun";
  EXPECT_EQ(e.date, "2021-04-15");
}

TEST(EventsArTest, LightVerbWithSubjectBetweenVerbAndNoun) {
  const auto ev = Events("وفرضت واشنطن عقوبات على موسكو.", "ar");
  const auto e = One(ev, "SANCTION");
  EXPECT_EQ(e.source, "country:US");
  EXPECT_EQ(e.target, "country:RU");
}

TEST(EventsArTest, ReportedAttackIsAttributedAndAccused) {
  const auto ev = Events("قال لافروف يوم الجمعة إن أوكرانيا هاجمت بلدة روسية حدودية.", "ar");
  EXPECT_EQ(One(ev, "ATTACK").source, "country:UA");
  EXPECT_EQ(One(ev, "ATTACK").attributed, "person:sergey_lavrov");
  const auto accuse = One(ev, "ACCUSE");
  EXPECT_EQ(accuse.source, "person:sergey_lavrov");
  EXPECT_EQ(accuse.target, "country:UA");
  EXPECT_EQ(accuse.date, "2021-04-16");
}

TEST(EventsArTest, NegationAndFuture) {
  const auto ev = Events("لم تهدد الصين تايوان. وستفرض الولايات المتحدة عقوبات جديدة على طهران.", "ar");
  const auto threat = One(ev, "THREATEN");
  EXPECT_TRUE(threat.negated);
  EXPECT_EQ(threat.source, "country:CN");
  EXPECT_EQ(threat.target, "country:TW");
  const auto sanction = One(ev, "SANCTION");
  EXPECT_EQ(sanction.source, "country:US");
  EXPECT_EQ(sanction.target, "country:IR");
  EXPECT_EQ(sanction.modality, Modality::kFuture);
}

// "أعلنت X وY قطع العلاقات": the masdar after the announcement is each
// announcer's own act, and those announcing together accuse no one.
TEST(EventsArTest, CoordinatedAnnouncersEachCutTies) {
  const auto ev = Events("أعلنت السعودية والكويت قطع العلاقات مع إيران.", "ar");
  std::set<std::string> cut;
  for (const auto& e : ev) {
    EXPECT_NE(e.type, "ACCUSE") << Describe(ev);
    if (e.type == "SANCTION") {
      cut.insert(e.source);
      EXPECT_EQ(e.target, "country:IR");
      EXPECT_EQ(e.attributed, "");
    }
  }
  EXPECT_EQ(cut, (std::set<std::string>{"country:SA", "country:KW"})) << Describe(ev);
}

// The speaker behind a title and its qualifiers is the named person.
TEST(EventsArTest, SpeakerNamedAfterTitleAndQualifiers) {
  const auto ev = Events("ويرى الخبير الاقتصادي الدكتور خالد الراشد أن العقوبات لن تنجح.", "ar");
  const auto said = One(ev, "STATEMENT");
  EXPECT_EQ(said.source.rfind("name:", 0), 0u) << Describe(ev);
}

TEST(EventsArTest, TheSameDayCountsFromTheLastStatedDate) {
  const auto ev = Events("طردت بولندا ثلاثة دبلوماسيين روس يوم الخميس. وفي اليوم نفسه فرضت واشنطن عقوبات على موسكو.",
                         "ar");
  EXPECT_EQ(One(ev, "SANCTION").date, "2021-04-15") << Describe(ev);
}

}  // namespace
}  // namespace kg::ingest
