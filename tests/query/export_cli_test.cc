// `kg timeline`, `kg export dot` and `kg analyze` end to end: the kg binary
// run on a hand-made store (export_fixture.h).

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <sys/wait.h>

#include "tests/query/export_fixture.h"
#include "tests/test_util.h"

namespace kg {
namespace {

using kg::testing::TempDir;
using nlohmann::json;

struct KgRun {
  int status = -1;
  std::string out;
};

class ExportCliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    auto news = kg::testing::BuildNewsStore(dir_->Sub("news"));
    auto graph = kg::testing::BuildAnalysisStore(dir_->Sub("graph"));
    ASSERT_NE(news, nullptr);
    ASSERT_NE(graph, nullptr);
  }
  static void TearDownTestSuite() { delete dir_; }

  // Runs kg with `args` (already shell-quoted) on store `db`; stderr goes to
  // err_ so tests can check messages.
  KgRun Kg(const std::string& db, const std::string& args) {
    const std::string cmd =
        std::string(KG_TEST_BINARY) + " --db " + dir_->Sub(db) + " " + args + " 2> " + dir_->Sub("err.txt");
    KgRun r;
    FILE* p = popen(cmd.c_str(), "r");
    std::array<char, 4096> buf;
    size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
    const int rc = pclose(p);
    r.status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
    std::stringstream err;
    err << std::ifstream(dir_->Sub("err.txt")).rdbuf();
    err_ = err.str();
    return r;
  }

  static TempDir* dir_;
  std::string err_;
};

TempDir* ExportCliTest::dir_ = nullptr;

TEST_F(ExportCliTest, TimelineOfAnActorNamedInJapanese) {
  KgRun r = Kg("news", "timeline --actor イラン --format kg");
  ASSERT_EQ(r.status, 0) << err_;
  const json tl = json::parse(r.out);
  std::vector<std::string> dates;
  for (const json& e : tl["events"]) dates.push_back(e["date"]);
  EXPECT_EQ(dates, (std::vector<std::string>{"2020-01-10", "2020-10-21", "2020-10-22"}));
  EXPECT_EQ(tl["selection"]["actor"], "イラン");
  EXPECT_EQ(tl["title"], "kg timeline: イラン");
}

TEST_F(ExportCliTest, TimelineFiltersWriteToAFile) {
  const std::string file = dir_->Sub("tl.json");
  KgRun r = Kg("news", "timeline --type ACCUSE,THREATEN --from 2020 --to 2020-12 -o " + file);
  ASSERT_EQ(r.status, 0) << err_;
  EXPECT_EQ(r.out, "");
  EXPECT_NE(err_.find("wrote 3 dated and 0 undated events"), std::string::npos) << err_;
  std::stringstream text;
  text << std::ifstream(file).rdbuf();
  const json tl = json::parse(text.str());
  ASSERT_EQ(tl["events"].size(), 3u);
  EXPECT_EQ(tl["events"][0]["start_date"], json({{"year", 2020}}));
  EXPECT_EQ(tl["events"][1]["start_date"], json({{"year", 2020}, {"month", 10}}));
}

TEST_F(ExportCliTest, TimelineVisFormat) {
  KgRun r = Kg("news", "timeline --format vis --actor Pompeo");
  ASSERT_EQ(r.status, 0) << err_;
  const json vis = json::parse(r.out);
  ASSERT_EQ(vis["items"].size(), 2u);
  EXPECT_EQ(vis["items"][0]["start"], "2020-10");
  EXPECT_EQ(vis["items"][1]["content"], "菅義偉 CONSULT \xE2\x86\x92 Mike Pompeo");
}

TEST_F(ExportCliTest, UsageErrorsExitTwo) {
  EXPECT_EQ(Kg("news", "timeline --actor Atlantis").status, 1);
  EXPECT_NE(err_.find("no actor named 'Atlantis'"), std::string::npos) << err_;
  EXPECT_EQ(Kg("news", "timeline --type NOPE").status, 2);
  EXPECT_NE(err_.find("unknown event type 'NOPE'"), std::string::npos) << err_;
  EXPECT_EQ(Kg("news", "timeline --from 2020-02-30").status, 2);
  EXPECT_EQ(Kg("news", "timeline --format pdf").status, 2);
  EXPECT_EQ(Kg("news", "timeline --query 'MATCH (e:Event) RETURN e' --actor Iran").status, 2);
  EXPECT_EQ(Kg("news", "export dot --depth 0 --actor Iran").status, 2);
  EXPECT_EQ(Kg("graph", "analyze path A").status, 2);
}

TEST_F(ExportCliTest, ExportDotOfANeighbourhoodRendersToSvg) {
  if (std::system("command -v dot > /dev/null 2>&1") != 0) GTEST_SKIP() << "GraphViz dot is not installed";
  const std::string svg = dir_->Sub("iran.svg"), dot = dir_->Sub("iran.dot");
  KgRun r = Kg("news", "export dot --actor 'إيران' --depth 2 --cluster-by-country -o " + dot + " --svg " + svg);
  ASSERT_EQ(r.status, 0) << err_;
  std::stringstream d, s;
  d << std::ifstream(dot).rdbuf();
  s << std::ifstream(svg).rdbuf();
  EXPECT_NE(d.str().find("subgraph cluster_"), std::string::npos);
  EXPECT_NE(s.str().find("<svg"), std::string::npos);
  EXPECT_NE(s.str().find("John Ratcliffe"), std::string::npos);  // two hops: via Iran's SEND event
}

TEST_F(ExportCliTest, SvgWithoutDotIsAClearError) {
  const std::string cmd = "PATH=/nonexistent " + std::string(KG_TEST_BINARY) + " --db " + dir_->Sub("news") +
                          " export dot --actor Iran --svg " + dir_->Sub("x.svg") + " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  const int rc = pclose(p);
  EXPECT_EQ(WEXITSTATUS(rc), 1);
  EXPECT_NE(out.find("--svg needs GraphViz's `dot` program"), std::string::npos) << out;
}

TEST_F(ExportCliTest, AnalyzePageRankAsJsonLines) {
  KgRun r = Kg("graph", "analyze pagerank --limit 2");
  ASSERT_EQ(r.status, 0) << err_;
  std::istringstream lines(r.out);
  std::string line;
  std::vector<json> rows;
  while (std::getline(lines, line)) rows.push_back(json::parse(line));
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0]["name"], "A");
  EXPECT_EQ(rows[0]["rank"], 1);
  EXPECT_NEAR(rows[0]["score"].get<double>(), 0.4004, 1e-4);
  EXPECT_EQ(rows[1]["name"], "B");
}

TEST_F(ExportCliTest, AnalyzePathComponentsAndNeighboursAsTables) {
  KgRun path = Kg("graph", "analyze path C F --format table");
  ASSERT_EQ(path.status, 0) << err_;
  EXPECT_NE(path.out.find("step  name  kind    via"), std::string::npos) << path.out;
  EXPECT_NE(path.out.find("ACCUSE 2020-10-04 \xE2\x86\x90"), std::string::npos) << path.out;  // E accused A
  EXPECT_NE(path.out.find("SEND 2020-10-06 \xE2\x86\x92"), std::string::npos);
  KgRun none = Kg("graph", "analyze path C F --directed");
  EXPECT_EQ(none.status, 1);
  EXPECT_NE(err_.find("no path from 'C' to 'F'"), std::string::npos);

  KgRun comps = Kg("graph", "analyze components --format json");
  ASSERT_EQ(comps.status, 0) << err_;
  const json c = json::parse(comps.out);
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[0]["actors"], json({"A", "B", "C", "D", "E", "F"}));

  KgRun near = Kg("graph", "analyze neighbours E --depth 1 --format json");
  ASSERT_EQ(near.status, 0) << err_;
  EXPECT_EQ(json::parse(near.out).size(), 3u);  // E, A, F

  KgRun filtered = Kg("graph", "analyze betweenness --type ACCUSE --format json --limit -1");
  ASSERT_EQ(filtered.status, 0) << err_;
  EXPECT_EQ(json::parse(filtered.out)[0]["name"], "A");
  EXPECT_EQ(json::parse(filtered.out).size(), 5u);
}

TEST_F(ExportCliTest, QueryErrorsShowTheirPlace) {
  KgRun r = Kg("news", "timeline --query 'MATCH (e:Evnt) RETURN e'");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(err_.find("kg: error: LINE 1, COLUMN 10: unknown label 'Evnt' (did you mean 'Event'?)"),
            std::string::npos)
      << err_;
  EXPECT_NE(err_.find("\n  MATCH (e:Evnt) RETURN e\n           ^"), std::string::npos) << err_;
}

TEST_F(ExportCliTest, TimelineAndDotOfAQueryWithAParameter) {
  KgRun r = Kg("news", "timeline --format kg --query 'MATCH (a:Actor {name: $n})-[e:ACCUSE]->(b) RETURN e' "
                       "--param n=ポンペオ");
  ASSERT_EQ(r.status, 0) << err_;
  const json tl = json::parse(r.out);
  ASSERT_EQ(tl["events"].size(), 1u);
  EXPECT_EQ(tl["events"][0]["headline"], "Mike Pompeo ACCUSE \xE2\x86\x92 Russia");
  EXPECT_EQ(tl["events"][0]["date"], "2020-10");

  KgRun dot = Kg("news", "export dot --query 'MATCH p = (a:Actor {name: \"菅義偉\"})-[*1..2]-(b) RETURN p'");
  ASSERT_EQ(dot.status, 0) << err_;
  EXPECT_NE(dot.out.find("[label=\"CONSULT\\n2020-10-06\""), std::string::npos) << dot.out;
  EXPECT_NE(dot.out.find("[label=\"ACCUSE\\n2020-10\""), std::string::npos) << dot.out;

  KgRun actors = Kg("news", "timeline --query 'MATCH (a:Actor) RETURN a'");
  ASSERT_EQ(actors.status, 0) << err_;
  EXPECT_NE(err_.find("the query's result holds no events"), std::string::npos) << err_;
}

}  // namespace
}  // namespace kg
