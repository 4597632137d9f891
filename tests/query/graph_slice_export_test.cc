#include "query/export/graph_slice.h"

#include <gtest/gtest.h>

#include <set>

#include "tests/query/export_fixture.h"
#include "tests/test_util.h"

namespace kg::query {
namespace {

using kg::testing::TempDir;

std::set<std::string> Types(const GraphSlice& s) {
  std::set<std::string> out;
  for (const auto& [id, e] : s.events) out.insert(e.event.type + ":" + e.event.source_id + ">" + e.event.target_id);
  return out;
}

class GraphSliceExportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = kg::testing::BuildNewsStore(dir_.Sub("db"));
    ASSERT_NE(store_, nullptr);
    reader_ = store_->NewReader();
  }
  TempDir dir_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<Reader> reader_;
};

TEST_F(GraphSliceExportTest, ActorNamedInArabicFindsIransEvents) {
  SliceFilter f;
  f.actor = "إيران";
  auto s = SliceFromFilter(*reader_, f);
  ASSERT_OK(s);
  EXPECT_EQ(s->focus, std::set<std::string>{"country:IR"});
  EXPECT_EQ(Types(*s), (std::set<std::string>{"SEND:country:IR>name:unknown:voters", "ACCUSE:country:US>country:IR",
                                              "INVESTIGATE:org:fbi>country:IR"}));
  // The events' other actors and the articles of every mention come along.
  EXPECT_NE(s->FindActor("person:john_ratcliffe"), nullptr);
  EXPECT_NE(s->FindActor("org:fbi"), nullptr);
  EXPECT_NE(s->FindArticle("a_ar_1"), nullptr);
  EXPECT_NE(s->FindArticle("a_en_1"), nullptr);
  EXPECT_EQ(s->distance.at("country:US"), 1);
}

TEST_F(GraphSliceExportTest, DepthTwoAddsTheNeighboursEvents) {
  SliceFilter f;
  f.actor = "John Ratcliffe";
  auto one = SliceFromFilter(*reader_, f);
  ASSERT_OK(one);
  EXPECT_EQ(Types(*one), std::set<std::string>{"SEND:country:IR>name:unknown:voters"});
  f.depth = 2;
  auto two = SliceFromFilter(*reader_, f);
  ASSERT_OK(two);
  EXPECT_EQ(Types(*two), (std::set<std::string>{"SEND:country:IR>name:unknown:voters", "ACCUSE:country:US>country:IR",
                                                "INVESTIGATE:org:fbi>country:IR",
                                                "THREATEN:group:proud_boys>name:unknown:voters"}));
  EXPECT_EQ(two->distance.at("country:IR"), 1);
  EXPECT_EQ(two->distance.at("country:US"), 2);
  EXPECT_EQ(two->distance.at("group:proud_boys"), 2);
}

TEST_F(GraphSliceExportTest, TypeAndDateFiltersKeepOnlyWholePeriodsInRange) {
  SliceFilter f;
  f.types = {"ACCUSE"};
  f.from = "2020-10";
  f.to = "2020-10";
  auto oct = SliceFromFilter(*reader_, f);
  ASSERT_OK(oct);
  EXPECT_EQ(Types(*oct), (std::set<std::string>{"ACCUSE:country:US>country:IR",
                                                "ACCUSE:person:mike_pompeo>country:RU"}));
  // "2020-10" may lie before the 15th, so it is not within "from 2020-10-15".
  f.from = "2020-10-15";
  auto late = SliceFromFilter(*reader_, f);
  ASSERT_OK(late);
  EXPECT_EQ(Types(*late), std::set<std::string>{"ACCUSE:country:US>country:IR"});
}

TEST_F(GraphSliceExportTest, UndatedEventsOnlyWithoutDateRange) {
  SliceFilter f;
  f.actor = "محمد جواد ظريف";
  auto all = SliceFromFilter(*reader_, f);
  ASSERT_OK(all);
  EXPECT_EQ(Types(*all), (std::set<std::string>{"STATEMENT:person:zarif>", "ACCUSE:person:quote>person:zarif"}));
  f.from = "2000";
  auto dated = SliceFromFilter(*reader_, f);
  ASSERT_OK(dated);
  EXPECT_EQ(Types(*dated), std::set<std::string>{"ACCUSE:person:quote>person:zarif"});
}

TEST_F(GraphSliceExportTest, BadArgumentsAreReportedClearly) {
  SliceFilter f;
  f.actor = "Atlantis";
  auto s = SliceFromFilter(*reader_, f);
  EXPECT_TRUE(s.status().IsNotFound());
  EXPECT_NE(s.status().message().find("Atlantis"), std::string::npos);
  f.actor = "";
  f.types = {"ACUSE"};
  s = SliceFromFilter(*reader_, f);
  EXPECT_TRUE(s.status().IsInvalidArgument());
  EXPECT_NE(s.status().message().find("ACCUSE"), std::string::npos);  // the list of known types
  f.types = {};
  f.from = "2020-13";
  s = SliceFromFilter(*reader_, f);
  EXPECT_TRUE(s.status().IsInvalidArgument());
  EXPECT_NE(s.status().message().find("--from"), std::string::npos);
  f.from = "2021";
  f.to = "2020";
  EXPECT_TRUE(SliceFromFilter(*reader_, f).status().IsInvalidArgument());
}

TEST_F(GraphSliceExportTest, MaxEventsStopsAnOversizedSelection) {
  SliceFilter f;
  f.max_events = 3;
  auto s = SliceFromFilter(*reader_, f);
  EXPECT_TRUE(s.status().IsInvalidArgument());
  EXPECT_NE(s.status().message().find("more than 3 events"), std::string::npos);
}

TEST_F(GraphSliceExportTest, ResultSetNodesRelationshipsAndPathsAreCollected) {
  // Find the ids the store gave the events.
  std::string send_id, consult_id;
  ASSERT_OK(reader_->ForEachEvent([&](const Event& e) {
    if (e.type == "SEND") send_id = e.id;
    if (e.type == "CONSULT") consult_id = e.id;
    return true;
  }));
  ResultSet rs;
  rs.columns = {"e", "r", "p", "list"};
  NodeRef russia{NodeRef::Label::kActor, "country:RU"};
  NodeRef suga{NodeRef::Label::kActor, "person:suga"};
  NodeRef pompeo{NodeRef::Label::kActor, "person:mike_pompeo"};
  PathValue path{{suga, pompeo}, {RelRef{"CONSULT", suga, pompeo, consult_id}}};
  auto list = std::make_shared<ValueList>(ValueList{Value(russia), Value(NodeRef{NodeRef::Label::kEvent, "ev_0"})});
  rs.rows.push_back({Value(NodeRef{NodeRef::Label::kEvent, send_id}),
                     Value(RelRef{"MENTIONED_IN", NodeRef{NodeRef::Label::kEvent, send_id},
                                  NodeRef{NodeRef::Label::kArticle, "a_en_1"}, ""}),
                     Value(path), Value(list)});
  rs.rows.push_back({Value(), Value(int64_t{3}), Value(std::string("x")), Value()});
  auto s = SliceFromResultSet(*reader_, rs);
  ASSERT_OK(s);
  EXPECT_EQ(Types(*s), (std::set<std::string>{"SEND:country:IR>name:unknown:voters",
                                              "CONSULT:person:suga>person:mike_pompeo"}));
  for (const char* a : {"country:IR", "name:unknown:voters", "person:john_ratcliffe", "country:RU", "person:suga",
                        "person:mike_pompeo"}) {
    EXPECT_NE(s->FindActor(a), nullptr) << a;
  }
  EXPECT_EQ(s->actors.size(), 6u);  // the unknown event id "ev_0" is skipped
  EXPECT_NE(s->FindArticle("a_ja_1"), nullptr);
  EXPECT_TRUE(s->focus.empty());
}

}  // namespace
}  // namespace kg::query
