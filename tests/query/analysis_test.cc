#include <gtest/gtest.h>

#include <numeric>

#include "query/algo/actor_graph.h"
#include "query/algo/algorithms.h"
#include "tests/query/export_fixture.h"
#include "tests/test_util.h"

namespace kg::query {
namespace {

using kg::testing::TempDir;

class AnalysisTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = kg::testing::BuildAnalysisStore(dir_.Sub("db"));
    ASSERT_NE(store_, nullptr);
    reader_ = store_->NewReader();
    auto g = BuildActorGraph(*reader_, ActorGraphOptions{});
    ASSERT_OK(g);
    graph_ = std::move(g).value();
  }
  uint32_t V(const std::string& name) { return graph_.Find("person:" + name).value(); }
  std::string Name(uint32_t v) { return graph_.actor_id(v).substr(7); }

  TempDir dir_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<Reader> reader_;
  ActorGraph graph_;
};

TEST_F(AnalysisTest, GraphHasEveryActorOfTheSelectedEvents) {
  EXPECT_EQ(graph_.vertex_count(), 9u);  // I takes part without a partner
  EXPECT_EQ(graph_.edges().size(), 7u);
}

TEST_F(AnalysisTest, PageRankRanksTheMostAccusedFirst) {
  const auto ranks = PageRank(graph_);
  ASSERT_EQ(ranks.size(), 9u);
  EXPECT_EQ(Name(ranks[0].vertex), "A");
  EXPECT_EQ(Name(ranks[1].vertex), "B");
  EXPECT_EQ(Name(ranks[2].vertex), "H");
  EXPECT_EQ(Name(ranks[3].vertex), "F");
  EXPECT_NEAR(ranks[0].score, 0.4004, 1e-4);
  EXPECT_NEAR(ranks[1].score, 0.3683, 1e-4);
  const double sum = std::accumulate(ranks.begin(), ranks.end(), 0.0,
                                     [](double s, const ActorScore& r) { return s + r.score; });
  EXPECT_NEAR(sum, 1.0, 1e-9);
  // Ties (C, D, E, G, I) are ordered by actor id.
  EXPECT_EQ(Name(ranks[4].vertex), "C");
  EXPECT_EQ(Name(ranks[8].vertex), "I");
}

TEST_F(AnalysisTest, BetweennessFindsTheBridges) {
  const auto b = Betweenness(graph_);
  EXPECT_EQ(Name(b[0].vertex), "A");
  EXPECT_NEAR(b[0].score, 9.0 / 28, 1e-9);
  EXPECT_EQ(Name(b[1].vertex), "E");
  EXPECT_NEAR(b[1].score, 4.0 / 28, 1e-9);
  for (size_t i = 2; i < b.size(); ++i) EXPECT_EQ(b[i].score, 0.0) << Name(b[i].vertex);
  // Directed, only B->A->B and C/D/E->A->B pass through A.
  const auto d = Betweenness(graph_, /*directed=*/true);
  EXPECT_EQ(Name(d[0].vertex), "A");
  EXPECT_NEAR(d[0].score, 3.0 / 56, 1e-9);
}

TEST_F(AnalysisTest, ComponentsAreNumberedLargestFirst) {
  const Components c = ConnectedComponents(graph_);
  EXPECT_EQ(c.sizes, (std::vector<uint32_t>{6, 2, 1}));
  for (const char* n : {"A", "B", "C", "D", "E", "F"}) EXPECT_EQ(c.component_of[V(n)], 0u) << n;
  EXPECT_EQ(c.component_of[V("G")], 1u);
  EXPECT_EQ(c.component_of[V("H")], 1u);
  EXPECT_EQ(c.component_of[V("I")], 2u);
}

TEST_F(AnalysisTest, ShortestPathNamesTheEventsOfEachHop) {
  auto p = ShortestPath(graph_, V("C"), V("F"));
  ASSERT_TRUE(p.has_value());
  std::vector<std::string> names;
  for (uint32_t v : p->actors) names.push_back(Name(v));
  EXPECT_EQ(names, (std::vector<std::string>{"C", "A", "E", "F"}));
  ASSERT_EQ(p->hops.size(), 3u);
  EXPECT_EQ(graph_.edges()[p->hops[0].at(0)].type, "ACCUSE");
  EXPECT_EQ(graph_.edges()[p->hops[1].at(0)].type, "ACCUSE");  // E accused A, walked backwards
  EXPECT_EQ(graph_.edges()[p->hops[2].at(0)].type, "SEND");
  // A -> B: the THREATEN edge and B's ACCUSE of A both join them.
  auto ab = ShortestPath(graph_, V("A"), V("B"));
  ASSERT_TRUE(ab.has_value());
  EXPECT_EQ(ab->hops.at(0).size(), 2u);
  // Directed, F cannot be reached from C, nor G from A at all.
  EXPECT_FALSE(ShortestPath(graph_, V("C"), V("F"), /*directed=*/true).has_value());
  EXPECT_FALSE(ShortestPath(graph_, V("A"), V("G")).has_value());
  auto self = ShortestPath(graph_, V("A"), V("A"));
  ASSERT_TRUE(self.has_value());
  EXPECT_EQ(self->actors.size(), 1u);
}

TEST_F(AnalysisTest, NeighbourhoodWithinKHops) {
  auto one = Neighbourhood(graph_, {V("A")}, 1);
  std::vector<std::pair<std::string, int>> got;
  for (const auto& n : one) got.emplace_back(Name(n.vertex), n.distance);
  EXPECT_EQ(got, (std::vector<std::pair<std::string, int>>{{"A", 0}, {"B", 1}, {"C", 1}, {"D", 1}, {"E", 1}}));
  EXPECT_EQ(Neighbourhood(graph_, {V("A")}, 2).size(), 6u);  // adds F
  EXPECT_EQ(Neighbourhood(graph_, {V("E")}, 1, /*directed=*/true).size(), 3u);  // E, A, F
}

TEST_F(AnalysisTest, TypeAndDateFiltersRestrictTheGraph) {
  ActorGraphOptions o;
  o.types = {"ACCUSE"};
  auto accuse = BuildActorGraph(*reader_, o);
  ASSERT_OK(accuse);
  EXPECT_EQ(accuse->vertex_count(), 5u);  // A..E
  EXPECT_EQ(accuse->edges().size(), 4u);
  ActorGraphOptions d;
  d.range.first = DaysFromCivil(2020, 10, 4);
  d.range.last = DaysFromCivil(2020, 12, 31);
  d.range.include_undated = false;
  auto late = BuildActorGraph(*reader_, d);
  ASSERT_OK(late);
  EXPECT_EQ(late->edges().size(), 3u);  // E->A, A->B, E->F
  EXPECT_FALSE(late->Find("person:G").has_value());
  o.types = {"NOPE"};
  EXPECT_TRUE(BuildActorGraph(*reader_, o).status().IsInvalidArgument());
}

TEST_F(AnalysisTest, EmptyGraphGivesEmptyResults) {
  const ActorGraph empty;
  EXPECT_TRUE(PageRank(empty).empty());
  EXPECT_TRUE(Betweenness(empty).empty());
  EXPECT_TRUE(ConnectedComponents(empty).sizes.empty());
  EXPECT_TRUE(Neighbourhood(empty, {}, 3).empty());
  EXPECT_FALSE(ShortestPath(empty, 0, 0).has_value());
}

}  // namespace
}  // namespace kg::query
