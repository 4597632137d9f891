// Japanese events end to end: は/が subjects, に/を targets, quoted speech
// before と述べた, negation by ない/なかった, planned modality, and dates
// (a time modifies the first verb after it), on sentences written for these
// tests.

#include <gtest/gtest.h>

#include "tests/ingest/event_test_util.h"

namespace kg::ingest {
namespace {

using testing::Describe;
using testing::Events;
using testing::One;

TEST(EventsJaTest, TopicSubjectAndObject) {
  const auto ev = Events("ポーランドは15日、ロシアの外交官3人を国外追放した。", "ja");
  const auto e = One(ev, "COERCE");
  EXPECT_EQ(e.source, "country:PL");
  EXPECT_EQ(e.target, "agent:diplomats@RU");
  EXPECT_EQ(e.date, "2021-04-15");
}

TEST(EventsJaTest, QuotedAttackIsAttributedAndAccused) {
  const auto ev = Events("ラブロフ外相は16日、ウクライナがロシアの町を攻撃したと述べた。", "ja");
  const auto attack = One(ev, "ATTACK");
  EXPECT_EQ(attack.source, "country:UA");
  EXPECT_EQ(attack.attributed, "person:sergey_lavrov");
  const auto accuse = One(ev, "ACCUSE");
  EXPECT_EQ(accuse.source, "person:sergey_lavrov");
  EXPECT_EQ(accuse.target, "country:UA");
  EXPECT_EQ(accuse.date, "2021-04-16");
}

TEST(EventsJaTest, NegationAndPlans) {
  const auto ev = Events("中国は台湾を威嚇しなかった。米国はイランに新たな制裁を科す方針だ。", "ja");
  const auto threat = One(ev, "THREATEN");
  EXPECT_TRUE(threat.negated);
  EXPECT_EQ(threat.target, "country:TW");
  const auto sanction = One(ev, "SANCTION");
  EXPECT_EQ(sanction.source, "country:US");
  EXPECT_EQ(sanction.target, "country:IR");
  EXPECT_EQ(sanction.modality, Modality::kPlanned);
}

TEST(EventsJaTest, QuotedNonPastVerbIsFuture) {
  const auto ev = Events("岸田首相は記者団に対し、日本はウクライナに追加の支援を行うと述べた。", "ja");
  const auto aid = One(ev, "AID");
  EXPECT_EQ(aid.source, "country:JP");
  EXPECT_EQ(aid.target, "country:UA");
  EXPECT_EQ(aid.attributed, "person:fumio_kishida");
  EXPECT_EQ(aid.modality, Modality::kFuture);
}

// Japanese news writes its own government bare; reporters are an audience.
TEST(EventsJaTest, BareGovernmentIsJapansAndReportersAreNoTarget) {
  const auto ev = Events("政府は14日、中国に抗議した。首相は記者団に懸念を表明した。", "ja");
  const auto protest = One(ev, "PROTEST");
  EXPECT_EQ(protest.source, "agent:government@JP");
  EXPECT_EQ(protest.target, "country:CN");
  const auto concern = One(ev, "WARN");  // 懸念を表明: one event, not also an announcement
  EXPECT_EQ(concern.source, "title:prime_minister@JP");
  EXPECT_EQ(concern.target, "");
}

TEST(EventsJaTest, DojitsuCountsFromTheLastStatedDate) {
  const auto ev = Events("ポーランドは15日、ロシアの外交官3人を国外追放した。同日、米国はロシアに制裁を科した。", "ja");
  EXPECT_EQ(One(ev, "SANCTION").date, "2021-04-15") << Describe(ev);
  EXPECT_EQ(One(ev, "SANCTION").source, "country:US");
}

}  // namespace
}  // namespace kg::ingest
