// The query engine through its API: values in results, index use on a
// larger store, error formatting, rendering, and the pieces they rest on.

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "graph/base/hash.h"
#include "query/did_you_mean.h"
#include "query/query.h"
#include "query/query_internal.h"
#include "query/render.h"
#include "query/text_width.h"
#include "query/value_ops.h"

#include "tests/query/query_fixture.h"
#include "tests/test_util.h"

namespace kg::query {
namespace {

const Reader& Graph() { return testing::QueryTestGraph::Get().reader(); }

ResultSet MustRun(std::string_view text, const Params& params = {}) {
  auto rs = RunQuery(Graph(), text, params);
  EXPECT_TRUE(rs.ok()) << FormatQueryError(text, rs.status());
  return rs.ok() ? *rs : ResultSet();
}

TEST(QueryEngineTest, ResultsHoldTypedValues) {
  const ResultSet rs = MustRun(
      "MATCH (a:Actor {name: 'Proud Boys'})-[e:THREATEN]->(b) RETURN a, e.date AS d, e.article_count AS n, "
      "e.confidence > 0 AS positive");
  ASSERT_EQ(rs.columns, (std::vector<std::string>{"a", "d", "n", "positive"}));
  ASSERT_EQ(rs.rows.size(), 1u);
  const NodeRef* a = std::get_if<NodeRef>(&rs.rows[0][0].v);
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->label, NodeRef::Label::kActor);
  EXPECT_EQ(a->id, "group:proud_boys");
  const Date* d = std::get_if<Date>(&rs.rows[0][1].v);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->precision, DatePrecision::kMonth);  // never an invented day
  EXPECT_EQ(d->ToIso(), "2020-10");
  EXPECT_EQ(std::get<int64_t>(rs.rows[0][2].v), 1);
  EXPECT_TRUE(std::get<bool>(rs.rows[0][3].v));
}

TEST(QueryEngineTest, ShorthandRelationshipsInPathsCarryTheirEvent) {
  const ResultSet rs = MustRun("MATCH p = (a:Actor {name: 'Iran'})-[e:SEND]->(b) RETURN p, e");
  ASSERT_EQ(rs.rows.size(), 1u);
  const PathValue& p = std::get<PathValue>(rs.rows[0][0].v);
  const NodeRef& e = std::get<NodeRef>(rs.rows[0][1].v);
  ASSERT_EQ(p.rels.size(), 1u);
  EXPECT_EQ(p.rels[0].type, "SEND");
  EXPECT_EQ(p.rels[0].event_id, e.id);
  EXPECT_EQ(p.rels[0].from.id, "country:IR");
  EXPECT_EQ(p.rels[0].to.id, "country:US");
  EXPECT_EQ(p.nodes.size(), 2u);
}

TEST(QueryEngineTest, ExplainQueryPrintsThePlanOfTheQuery) {
  auto plan = ExplainQuery(Graph(), "MATCH (e:Event {type: 'DENY'}) RETURN e.date");
  ASSERT_OK(plan);
  EXPECT_EQ(*plan,
            "Results e.date\n"
            "  Project e.date\n"
            "    ScanEvents (e:Event) by type index: DENY\n"
            "      Argument\n");
  // EXPLAIN inside the query text gives the same lines as rows.
  const ResultSet rs = MustRun("EXPLAIN MATCH (e:Event {type: 'DENY'}) RETURN e.date");
  ASSERT_EQ(rs.columns, std::vector<std::string>{"plan"});
  ASSERT_EQ(rs.rows.size(), 4u);
  EXPECT_EQ(std::get<std::string>(rs.rows[2][0].v), "    ScanEvents (e:Event) by type index: DENY");
}

TEST(QueryEngineTest, ParametersOfEveryKind) {
  Params p;
  p["names"] = std::make_shared<ValueList>(ValueList{Value(std::string("Iran")), Value(std::string("中国"))});
  p["from"] = std::string("2020-10-22");
  p["min"] = int64_t{1};
  const ResultSet rs = MustRun(
      "MATCH (a:Actor)-[e]-(b) WHERE a.name IN $names AND e.date >= $from AND e.article_count >= $min "
      "RETURN e.type ORDER BY e.type",
      p);
  ASSERT_EQ(rs.rows.size(), 3u);
  EXPECT_EQ(std::get<std::string>(rs.rows[0][0].v), "DENY");
  EXPECT_EQ(std::get<std::string>(rs.rows[1][0].v), "SANCTION");
  EXPECT_EQ(std::get<std::string>(rs.rows[2][0].v), "STATEMENT");
}

TEST(QueryEngineTest, RuntimeErrorsPointAtTheExpression) {
  const std::string q = "MATCH (e:Event {type: 'DENY'}) RETURN e.article_count / 0";
  auto rs = RunQuery(Graph(), q);
  ASSERT_FALSE(rs.ok());
  EXPECT_EQ(FormatQueryError(q, rs.status()),
            "LINE 1, COLUMN 39: division by zero\n"
            "  MATCH (e:Event {type: 'DENY'}) RETURN e.article_count / 0\n"
            "                                        ^");
}

// ---- Index use on a store larger than the fixture ----

class IndexUseTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir();
    OpenOptions o;
    o.ontology = testing::QueryTestOntology();
    store_ = Store::Open(dir_->Sub("db"), o).value().release();
    ASSERT_OK(testing::BuildQueryTestGraph(store_));
    // 200 more articles, 5 events each, among 40 other actors, all in 2019.
    const std::vector<std::string> types = {"STATEMENT", "CONSULT", "AGREE", "REQUEST", "SUPPORT"};
    for (int i = 0; i < 200; ++i) {
      ArticleRecord r;
      r.article.id = "bulk-" + std::to_string(i);
      r.article.lang = "en";
      r.text = std::string(200, 'x');
      r.article.text_hash = Hash64(r.text + r.article.id);
      for (int k = 0; k < 5; ++k) {
        Actor s, t;
        s.id = "country:X" + std::to_string((i + k) % 40);
        t.id = "country:X" + std::to_string((i * 7 + k + 1) % 40);
        if (s.id == t.id) t.id = "country:X" + std::to_string((i * 7 + k + 2) % 40);
        for (Actor* a : {&s, &t}) {
          a->name = a->id.substr(8);
          a->kind = ActorKind::kCountry;
          a->from_dictionary = true;
          bool listed = false;
          for (const auto& x : r.actors) listed = listed || x.id == a->id;
          if (!listed) r.actors.push_back(*a);
        }
        EventMention m;
        m.article_id = r.article.id;
        m.lang = "en";
        m.type = types[k];
        m.source_id = s.id;
        m.target_id = t.id;
        m.date = Date::FromDays(DaysFromCivil(2019, 1, 1) + (i * 5 + k) % 300);
        m.date_basis = DateBasis::kStated;
        m.start = static_cast<uint32_t>(k * 10);
        m.end = m.start + 3;
        m.trigger = "xxx";
        r.event_mentions.push_back(m);
      }
      ASSERT_OK(store_->PutArticle(r));
    }
    reader_ = store_->NewReader().release();
  }
  static void TearDownTestSuite() {
    delete reader_;
    delete store_;
    delete dir_;
  }

  ExecStats Stats(std::string_view q, size_t* rows = nullptr) {
    ExecStats st;
    auto rs = internal::RunQueryWithStats(*reader_, q, {}, &st);
    EXPECT_TRUE(rs.ok()) << FormatQueryError(q, rs.status());
    if (rows && rs.ok()) *rows = rs->rows.size();
    return st;
  }

  static testing::TempDir* dir_;
  static Store* store_;
  static Reader* reader_;
};

testing::TempDir* IndexUseTest::dir_ = nullptr;
Store* IndexUseTest::store_ = nullptr;
Reader* IndexUseTest::reader_ = nullptr;

TEST_F(IndexUseTest, TheStoreIsLarge) {
  size_t rows = 0;
  const ExecStats st = Stats("MATCH (e:Event) RETURN e.type", &rows);
  EXPECT_GE(rows, 500u);  // some of the 1000 mentions merge into one event
  EXPECT_EQ(st.full_scans, 1u);
}

TEST_F(IndexUseTest, AnActorNameStartsFromTheActorsEvents) {
  size_t rows = 0;
  const ExecStats st = Stats(
      "MATCH (a:Actor {name: 'Iran'})-[:SOURCE]->(e:Event) WHERE e.date >= '2020-10' AND e.date < '2020-11' "
      "RETURN e.type",
      &rows);
  EXPECT_EQ(rows, 3u);
  EXPECT_EQ(st.full_scans, 0u);
  EXPECT_LE(st.events_loaded, 3u);  // Iran's own events in October, nothing else
}

TEST_F(IndexUseTest, DateBoundsNarrowTheActorIndexScan) {
  // Iran is the source of events on 2020-10 (month), 10-21 and 10-22; a lower
  // bound of the 22nd leaves one entry in the index range.
  const ExecStats st = Stats("MATCH (a:Actor {name: 'Iran'})-[e]->(b) WHERE e.date >= '2020-10-22' RETURN e.type");
  EXPECT_EQ(st.index_entries, 1u + 1u);  // the name lookup, then one event id
  EXPECT_EQ(st.events_loaded, 1u);
}

TEST_F(IndexUseTest, AnEventTypeStartsFromTheTypeIndex) {
  size_t rows = 0;
  const ExecStats st = Stats("MATCH (a)-[e:DENY]->(b) RETURN a.name, b.name", &rows);
  EXPECT_EQ(rows, 1u);
  EXPECT_EQ(st.full_scans, 0u);
  EXPECT_EQ(st.events_loaded, 1u);
}

TEST_F(IndexUseTest, ADateRangeStartsFromTheDateIndex) {
  size_t rows = 0;
  const ExecStats st = Stats("MATCH (e:Event) WHERE e.date >= '2020-10-22' AND e.date <= '2020-10-24' RETURN e", &rows);
  EXPECT_EQ(rows, 3u);  // DENY and SANCTION on the 22nd, STATEMENT on the 24th
  EXPECT_EQ(st.full_scans, 0u);
  EXPECT_EQ(st.events_loaded, 3u);
}

TEST_F(IndexUseTest, ShortestPathReadsOnlyWhatItReaches) {
  size_t rows = 0;
  const ExecStats st =
      Stats("MATCH p = shortestPath((a:Actor {name: 'Pompeo'})-[*..3]-(b:Actor {name: 'Ratcliffe'})) RETURN p", &rows);
  EXPECT_EQ(rows, 1u);
  EXPECT_EQ(st.full_scans, 0u);
  EXPECT_LT(st.events_loaded, 20u);
}

// ---- Error formatting ----

TEST(FormatQueryErrorTest, CountsCodePointsAndIndentsByDisplayWidth) {
  const std::string q = "MATCH (a {name: 'イラン'}) RETURN x";
  const Status s = Status::SemanticError("unknown variable 'x'", {static_cast<uint32_t>(q.find(" x") + 1), 1});
  EXPECT_EQ(FormatQueryError(q, s),
            "LINE 1, COLUMN 32: unknown variable 'x'\n"
            "  MATCH (a {name: 'イラン'}) RETURN x\n"
            "                                    ^");
}

TEST(FormatQueryErrorTest, ArabicDiacriticsTakeNoColumn) {
  const std::string q = "RETURN 'إيرانُ' + x";
  const Status s = Status::SemanticError("bad", {static_cast<uint32_t>(q.size() - 1), 1});
  // 'إيرانُ' has six code points, one of them a combining damma.
  EXPECT_EQ(FormatQueryError(q, s),
            "LINE 1, COLUMN 19: bad\n"
            "  RETURN 'إيرانُ' + x\n"
            "                   ^");
}

TEST(FormatQueryErrorTest, LaterLinesAndTabs) {
  const std::string q = "MATCH (a)\n\tWHERE a.x = 1\nRETURN a";
  const Status s = Status::SemanticError("oops", {static_cast<uint32_t>(q.find("a.x")), 3});
  EXPECT_EQ(FormatQueryError(q, s),
            "LINE 2, COLUMN 8: oops\n"
            "  \tWHERE a.x = 1\n"
            "  \t      ^");
}

TEST(FormatQueryErrorTest, EndOfInputAndNoSpan) {
  const std::string q = "MATCH (a)";
  EXPECT_EQ(FormatQueryError(q, Status::SyntaxError("expected RETURN", {9, 0})),
            "LINE 1, COLUMN 10: expected RETURN\n"
            "  MATCH (a)\n"
            "           ^");
  EXPECT_EQ(FormatQueryError(q, Status::IOError("disk gone")), "disk gone");
}

// ---- Rendering ----

TEST(ValueRendererTest, JsonOfScalarsListsAndText) {
  ValueRenderer r(Graph());
  EXPECT_EQ(r.ToJson(Value()).value(), "null");
  EXPECT_EQ(r.ToJson(Value(int64_t{-3})).value(), "-3");
  EXPECT_EQ(r.ToJson(Value(2.0)).value(), "2.0");
  EXPECT_EQ(r.ToJson(Value(Date::Year(2020))).value(), "\"2020\"");
  EXPECT_EQ(r.ToJson(Value(std::string("a\"b\n\x01 إيران \xff"))).value(), "\"a\\\"b\\n\\u0001 إيران \xEF\xBF\xBD\"");
  auto list = std::make_shared<ValueList>(ValueList{Value(true), Value(std::string("x"))});
  EXPECT_EQ(r.ToJson(Value(list)).value(), "[true,\"x\"]");
}

TEST(ValueRendererTest, NodesRelationshipsAndPaths) {
  ValueRenderer r(Graph());
  const ResultSet rs = MustRun("MATCH p = (a:Actor {name: 'Iran'})-[e:DENY]->(b) RETURN p");
  ASSERT_EQ(rs.rows.size(), 1u);
  auto text = r.ToText(rs.rows[0][0]);
  ASSERT_OK(text);
  EXPECT_EQ(*text, "Iran -[DENY]-> United States");
  auto json = r.ToJson(rs.rows[0][0]);
  ASSERT_OK(json);
  EXPECT_NE(json->find("\"relationships\":[{\"_type\":\"DENY\",\"_start\":\"country:IR\",\"_end\":\"country:US\""),
            std::string::npos)
      << *json;
  EXPECT_NE(json->find("\"date\":\"2020-10-22\""), std::string::npos) << *json;
  EXPECT_EQ(r.ToText(Value(NodeRef{NodeRef::Label::kActor, "country:CN"})).value(), "China (country:CN)");
  EXPECT_EQ(r.ToText(Value(), "").value(), "");
}

// ---- Building blocks ----

TEST(DateCompareTest, PeriodsAsBounds) {
  const Value month = Date::Month(2020, 10);
  auto cmp = [&](ast::Op op, const char* iso) { return Compare(month, op, Value(std::string(iso))); };
  EXPECT_EQ(cmp(ast::Op::kGe, "2020-10-01"), true);
  EXPECT_EQ(cmp(ast::Op::kGe, "2020-10-15"), false);
  EXPECT_EQ(cmp(ast::Op::kLe, "2020-10-31"), true);
  EXPECT_EQ(cmp(ast::Op::kLe, "2020-10-30"), false);
  EXPECT_EQ(cmp(ast::Op::kLt, "2020-11"), true);
  EXPECT_EQ(cmp(ast::Op::kGt, "2020-09"), true);
  EXPECT_EQ(cmp(ast::Op::kEq, "2020-10-15"), true);
  EXPECT_EQ(cmp(ast::Op::kEq, "2020"), true);
  EXPECT_EQ(cmp(ast::Op::kNe, "2020-11-01"), true);
  EXPECT_EQ(Compare(Value(Date::None()), ast::Op::kLt, Value(Date::Year(2021))), std::nullopt);
  EXPECT_LT(OrderCompare(Value(Date::Year(2020)), Value(Date::Month(2020, 1))), 0);
  EXPECT_LT(OrderCompare(Value(Date::Month(2020, 1)), Value(Date::Day(2020, 1, 1))), 0);
  EXPECT_LT(OrderCompare(Value(Date::Day(2019, 12, 31)), Value(Date::Year(2020))), 0);
}

TEST(DidYouMeanTest, NearNamesOnly) {
  EXPECT_EQ(ClosestName("Actr", {"Actor", "Event", "Article"}), "Actor");
  EXPECT_EQ(ClosestName("nmae", {"id", "name", "kind"}), "name");  // a swap is one edit
  EXPECT_EQ(ClosestName("THRETEN", {"THREATEN", "TARGET"}), "THREATEN");
  EXPECT_EQ(ClosestName("Zebra", {"Actor", "Event", "Article"}), "");
  EXPECT_EQ(ClosestName("ev", {"e", "a"}), "");     // two letters: no guess
  EXPECT_EQ(EditDistance("イラン", "イラク"), 1u);  // code points, not bytes
}

TEST(TextWidthTest, WideNarrowAndCombining) {
  EXPECT_EQ(DisplayWidth("Iran"), 4u);
  EXPECT_EQ(DisplayWidth("イラン"), 6u);
  EXPECT_EQ(DisplayWidth("ｲﾗﾝ"), 3u);  // half-width katakana
  EXPECT_EQ(DisplayWidth("إيرانُ"), 5u);
  EXPECT_EQ(CodePointCount("إيرانُ"), 6u);
}

// query/ depends on graph/ only, never on ingest/ (style.md B.1).
TEST(LayeringTest, QueryDoesNotIncludeIngest) {
  namespace fs = std::filesystem;
  for (const auto& entry : fs::recursive_directory_iterator(KG_TEST_SOURCE_DIR "/query")) {
    if (!entry.is_regular_file()) continue;
    const auto ext = entry.path().extension();
    if (ext != ".h" && ext != ".cc") continue;
    std::stringstream ss;
    ss << std::ifstream(entry.path()).rdbuf();
    EXPECT_EQ(ss.str().find("#include \"ingest/"), std::string::npos) << entry.path();
    EXPECT_EQ(ss.str().find("#include \"tools/"), std::string::npos) << entry.path();
  }
}

}  // namespace
}  // namespace kg::query
