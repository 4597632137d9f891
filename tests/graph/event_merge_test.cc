#include "graph/store/event_merge.h"

#include <gtest/gtest.h>

namespace kg::store {
namespace {

const Ontology& Onto() {
  static Ontology o = Ontology::LoadFile(KG_TEST_SOURCE_DIR "/graph/data/ontology.tsv").value();
  return o;
}

EventMention M(const std::string& type, const std::string& src, const std::string& tgt, Date d,
               DateBasis b = DateBasis::kStated, const std::string& article = "a") {
  EventMention m;
  m.article_id = article;
  m.type = type;
  m.source_id = src;
  m.target_id = tgt;
  m.date = d;
  m.date_basis = b;
  m.confidence = 0.6;
  return m;
}

TEST(EventMergeTest, SameFamilySameSourceCompatibleDates) {
  Event e = AggregateEvent("ev_1", {M("ANNOUNCE", "p:pompeo", "", Date::Day(2020, 8, 5))}, Onto());
  EXPECT_TRUE(CanMerge(e, M("STATEMENT", "p:pompeo", "", Date::Day(2020, 8, 5)), Onto()));
  EXPECT_TRUE(CanMerge(e, M("STATEMENT", "p:pompeo", "", Date::Day(2020, 8, 6)), Onto()));  // time zones
  EXPECT_TRUE(CanMerge(e, M("STATEMENT", "p:pompeo", "", Date::Month(2020, 8)), Onto()));
  EXPECT_TRUE(CanMerge(e, M("STATEMENT", "p:pompeo", "", Date::Day(2020, 8, 7), DateBasis::kPublication), Onto()));
  EXPECT_FALSE(CanMerge(e, M("STATEMENT", "p:pompeo", "", Date::Day(2020, 8, 9)), Onto()));
  EXPECT_FALSE(CanMerge(e, M("ACCUSE", "p:pompeo", "", Date::Day(2020, 8, 5)), Onto()));
  EXPECT_FALSE(CanMerge(e, M("ANNOUNCE", "p:other", "", Date::Day(2020, 8, 5)), Onto()));
  EXPECT_FALSE(CanMerge(e, M("ANNOUNCE", "", "", Date::Day(2020, 8, 5)), Onto()));
}

TEST(EventMergeTest, TargetsMustAgreeWhenBothPresent) {
  Event e = AggregateEvent("ev_1", {M("ACCUSE", "c:US", "c:IR", Date::Day(2020, 10, 21))}, Onto());
  EXPECT_TRUE(CanMerge(e, M("ACCUSE", "c:US", "", Date::Day(2020, 10, 21)), Onto()));
  EXPECT_FALSE(CanMerge(e, M("ACCUSE", "c:US", "c:RU", Date::Day(2020, 10, 21)), Onto()));
}

TEST(EventMergeTest, NegationAndPlansKeepEventsApart) {
  Event e = AggregateEvent("ev_1", {M("SEND", "c:IR", "", Date::Day(2020, 10, 21))}, Onto());
  EventMention negated = M("SEND", "c:IR", "", Date::Day(2020, 10, 21));
  negated.negated = true;
  EXPECT_FALSE(CanMerge(e, negated, Onto()));
  EventMention planned = M("SEND", "c:IR", "", Date::Day(2020, 10, 21));
  planned.modality = Modality::kPlanned;
  EXPECT_FALSE(CanMerge(e, planned, Onto()));
}

TEST(EventMergeTest, AggregatePrefersStatedPreciseDatesAndSpecificTypes) {
  Event e = AggregateEvent("ev_1",
                           {M("STATEMENT", "p", "", Date::Day(2020, 8, 7), DateBasis::kPublication, "a"),
                            M("ANNOUNCE", "p", "", Date::Month(2020, 8), DateBasis::kStated, "b"),
                            M("ANNOUNCE", "p", "", Date::Day(2020, 8, 5), DateBasis::kStated, "c"),
                            M("STATEMENT", "p", "", Date::Day(2020, 8, 5), DateBasis::kStated, "c")},
                           Onto());
  EXPECT_EQ(e.type, "ANNOUNCE");  // 2 vs 2: ANNOUNCE has the higher priority
  EXPECT_EQ(e.date.ToIso(), "2020-08-05");
  EXPECT_EQ(e.date_basis, DateBasis::kStated);
  EXPECT_EQ(e.article_count, 3u);
  EXPECT_EQ(e.mention_count, 4u);
}

TEST(EventMergeTest, ConfidenceRisesWithArticlesAndFallsWithWeakEvidence) {
  const double one = AggregateEvent("e", {M("SEND", "s", "", Date::Day(2020, 1, 1))}, Onto()).confidence;
  const double two = AggregateEvent("e", {M("SEND", "s", "", Date::Day(2020, 1, 1), DateBasis::kStated, "a"),
                                          M("SEND", "s", "", Date::Day(2020, 1, 1), DateBasis::kStated, "b")},
                                    Onto()).confidence;
  const double same_article_twice =
      AggregateEvent("e", {M("SEND", "s", "", Date::Day(2020, 1, 1)), M("SEND", "s", "", Date::Day(2020, 1, 1))},
                     Onto()).confidence;
  const double unknown_source = AggregateEvent("e", {M("SEND", "", "", Date::Day(2020, 1, 1))}, Onto()).confidence;
  const double pub_date =
      AggregateEvent("e", {M("SEND", "s", "", Date::Day(2020, 1, 1), DateBasis::kPublication)}, Onto()).confidence;
  EXPECT_GT(two, one);
  EXPECT_DOUBLE_EQ(same_article_twice, one);
  EXPECT_LT(unknown_source, one);
  EXPECT_LT(pub_date, one);
  EXPECT_LE(two, 0.99);
}

}  // namespace
}  // namespace kg::store
