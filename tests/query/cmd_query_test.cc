// `kg query` end to end: the kg binary run on the fixture graph
// (query_fixture.h), as a user runs it.

#include <cstdio>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/wait.h>

#include "tests/query/query_fixture.h"
#include "tests/test_util.h"

namespace kg {
namespace {

using nlohmann::json;

struct KgRun {
  int status = -1;
  std::string out;
  std::string err;
};

std::string Quote(const std::string& arg) {
  std::string q = "'";
  for (char c : arg) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

// Runs `kg --db <fixture> query <args...>` with `input` on stdin.
KgRun Kg(const std::vector<std::string>& args, const std::string& input = "") {
  static testing::TempDir tmp;
  const std::string err_path = tmp.Sub("stderr.txt");
  const std::string in_path = tmp.Sub("stdin.txt");
  std::ofstream(in_path) << input;
  std::string cmd = Quote(KG_TEST_BINARY) + " --db " + Quote(testing::QueryTestGraph::Get().path()) + " query";
  for (const auto& a : args) {
    cmd += ' ';
    cmd += Quote(a);
  }
  cmd += " < ";
  cmd += Quote(in_path);
  cmd += " 2> ";
  cmd += Quote(err_path);
  KgRun r;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return r;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof(buf), p)) > 0) r.out.append(buf, n);
  const int st = pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  std::stringstream ss;
  ss << std::ifstream(err_path).rdbuf();
  r.err = ss.str();
  return r;
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  std::string line;
  while (std::getline(ss, line)) out.push_back(line);
  return out;
}

TEST(KgQueryTest, WritesJsonLinesKeyedByColumnWhenNotATerminal) {
  const KgRun r = Kg({"MATCH (a:Actor {name: 'إيران'})<-[e:ACCUSE]-(who) RETURN who.name AS who, e.date, a"});
  ASSERT_EQ(r.status, 0) << r.err;
  const auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 1u) << r.out;
  const json row = json::parse(lines[0]);
  EXPECT_EQ(row["who"], "John Ratcliffe");
  EXPECT_EQ(row["e.date"], "2020-10-21");
  // Nodes come with their properties.
  EXPECT_EQ(row["a"]["_label"], "Actor");
  EXPECT_EQ(row["a"]["id"], "country:IR");
  EXPECT_EQ(row["a"]["name"], "Iran");
  EXPECT_EQ(row["a"]["country"], "IR");
}

TEST(KgQueryTest, MonthPrecisionDatesStayMonths) {
  const KgRun r = Kg({"MATCH (a)-[e:THREATEN]->(b) RETURN e.date AS d, e", "--format", "jsonl"});
  ASSERT_EQ(r.status, 0) << r.err;
  const json row = json::parse(Lines(r.out).at(0));
  EXPECT_EQ(row["d"], "2020-10");
  EXPECT_EQ(row["e"]["date"], "2020-10");
  EXPECT_EQ(row["e"]["type"], "THREATEN");
}

TEST(KgQueryTest, TableAlignsColumnsByDisplayWidth) {
  const KgRun r =
      Kg({"MATCH (a:Actor {id: 'country:CN'}) RETURN a.aliases[2] AS alias, a.id AS id", "--format", "table"});
  ASSERT_EQ(r.status, 0) << r.err;
  const auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 4u) << r.out;
  EXPECT_EQ(lines[0], "alias  id");
  EXPECT_EQ(lines[1], "-----  ----------");
  // 中国 is four columns wide: one space more than "alias" needs, then two.
  EXPECT_EQ(lines[2], "中国   country:CN");
  EXPECT_EQ(lines[3], "(1 row)");
}

TEST(KgQueryTest, CsvQuotesFieldsAndLeavesNullsEmpty) {
  const KgRun r =
      Kg({"MATCH (e:Event) WHERE e.type IN ['SEND', 'INVESTIGATE'] RETURN e.type AS type, e.theme AS "
          "theme, e.date AS date ORDER BY type",
          "--format", "csv"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "type,theme,date\r\nINVESTIGATE,,\r\nSEND,threatening e-mails,2020-10-21\r\n");
  const KgRun q = Kg({"RETURN 'a, \"b\"' AS x", "--format", "csv"});
  EXPECT_EQ(q.out, "x\r\n\"a, \"\"b\"\"\"\r\n");
}

TEST(KgQueryTest, JsonIsOneArray) {
  const KgRun r =
      Kg({"MATCH (a:Actor) WHERE a.kind = 'person' RETURN a.name AS name ORDER BY name", "--format", "json"});
  ASSERT_EQ(r.status, 0) << r.err;
  const json all = json::parse(r.out);
  ASSERT_TRUE(all.is_array());
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0]["name"], "Christopher Wray");
  EXPECT_EQ(all[2]["name"], "Mike Pompeo");
}

TEST(KgQueryTest, ParametersFromTheCommandLine) {
  // A Polish inflected form as a string, a number, and a JSON list.
  const KgRun r =
      Kg({"MATCH (a:Actor {name: $who})<-[e]-(b) WHERE e.type IN $types RETURN b.name AS b ORDER BY b "
          "LIMIT $n",
          "--param", "who=Rosji", "--param", "types=[\"ACCUSE\", \"INVESTIGATE\"]", "--param", "n=2"});
  ASSERT_EQ(r.status, 0) << r.err;
  const auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 2u) << r.out;
  EXPECT_EQ(json::parse(lines[0])["b"], "FBI");
  EXPECT_EQ(json::parse(lines[1])["b"], "John Ratcliffe");
}

TEST(KgQueryTest, SyntaxAndSemanticErrorsShowTheCaretAndExitTwo) {
  const KgRun r = Kg({"MATCH (a:Actr) RETURN a"});
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "kg: error: LINE 1, COLUMN 10: unknown label 'Actr' (did you mean 'Actor'?)\n"
            "  MATCH (a:Actr) RETURN a\n"
            "           ^\n");
  const KgRun s = Kg({"MATCH (a:Actor {name: 'イラン'}) RETURN a.name ~"});
  EXPECT_EQ(s.status, 2);
  EXPECT_NE(s.err.find("LINE 1, COLUMN 45: unexpected character '~'"), std::string::npos) << s.err;
  const KgRun v = Kg({"MATCH (a:Actor)-[*]-(b) RETURN b"});
  EXPECT_EQ(v.status, 2);
  EXPECT_NE(v.err.find("unbounded variable-length relationship"), std::string::npos) << v.err;
}

TEST(KgQueryTest, MissingParameterIsAUsageError) {
  const KgRun r = Kg({"MATCH (a:Actor {name: $who}) RETURN a"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("parameter $who has no value (pass --param who=...)"), std::string::npos) << r.err;
  const KgRun bad = Kg({"RETURN 1", "--param", "oops"});
  EXPECT_EQ(bad.status, 2);
}

TEST(KgQueryTest, ExplainShowsTheIndexes) {
  const KgRun r = Kg({"MATCH (a:Actor {name: 'Iran'})-[e]->(b) WHERE e.date >= '2020-10' RETURN e.type", "--explain"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("ScanActors (a:Actor) by name index: a.name = 'Iran'"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("by actor index (as source, days 2020-10-01..)"), std::string::npos) << r.out;
  // EXPLAIN in the query prints the same plan, without a table around it.
  const KgRun e = Kg({"EXPLAIN MATCH (e:Event {type: 'DENY'}) RETURN e", "--format", "table"});
  ASSERT_EQ(e.status, 0) << e.err;
  EXPECT_EQ(Lines(e.out).at(0), "Results e");
  EXPECT_NE(e.out.find("ScanEvents (e:Event) by type index: DENY"), std::string::npos) << e.out;
}

TEST(KgQueryTest, ReadsTheQueryFromStdin) {
  const KgRun r = Kg({"-"}, "MATCH (a:Actor {name: 'ポンペオ'})\nRETURN a.id AS id\n");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "{\"id\":\"person:mike_pompeo\"}\n");
}

}  // namespace
}  // namespace kg
