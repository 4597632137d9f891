// kg end to end on the bundled example corpus: ingest, list, validate against
// the schemas, re-ingest, bad input, exit codes.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <sstream>

#include "tests/tools/cli_test_util.h"

namespace kg::testing {
namespace {

using nlohmann::json;

const std::string kCorpus = KG_TEST_SOURCE_DIR "/examples/corpus/articles.jsonl";

std::vector<json> Lines(const std::string& out) {
  std::vector<json> v;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) v.push_back(json::parse(line));
  }
  return v;
}

class CliTest : public ::testing::Test {
 protected:
  std::string Db() const { return "--db " + Quote(dir_.Sub("kg.db")); }
  TempDir dir_;
};

TEST_F(CliTest, IngestsTheExampleCorpusAndWritesValidJson) {
  RunResult r = RunKg("ingest " + Db() + " " + Quote(kCorpus));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("ingested 12"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("articles/s"), std::string::npos) << "summary with throughput";

  RunResult events = RunKg(Db() + " events");
  ASSERT_EQ(events.exit_code, 0) << events.err;
  const auto ev = Lines(events.out);
  EXPECT_GT(ev.size(), 12u);
  WriteFile(dir_.Sub("events.jsonl"), events.out);
  EXPECT_EQ(ValidateAgainstSchema("event.v1.schema.json", dir_.Sub("events.jsonl")), "");

  RunResult actors = RunKg("actors " + Db());
  ASSERT_EQ(actors.exit_code, 0) << actors.err;
  WriteFile(dir_.Sub("actors.jsonl"), actors.out);
  EXPECT_EQ(ValidateAgainstSchema("actor.v1.schema.json", dir_.Sub("actors.jsonl")), "");

  EXPECT_EQ(Lines(RunKg("articles " + Db()).out).size(), 12u);
  const json stats = json::parse(RunKg("stats --format json " + Db()).out);
  EXPECT_EQ(stats["articles"], 12);
  EXPECT_GE(stats["events_multi_lang"].get<int>(), 1) << "the corpus tells stories in several languages";
  EXPECT_EQ(RunKg("check " + Db()).exit_code, 0);

  // Events are ordered by date and carry evidence into the original text.
  std::string last;
  for (const json& e : ev) {
    const std::string d = e["date"].is_null() ? "9999" : e["date"].get<std::string>();
    EXPECT_LE(last, d);
    last = d;
    for (const json& m : e["mentions"]) {
      EXPECT_LT(m["start"].get<int>(), m["end"].get<int>());
      EXPECT_FALSE(m["sentence"].get<std::string>().empty());
    }
  }
}

TEST_F(CliTest, ReingestChangesNothingAndStoresAreReproducible) {
  ASSERT_EQ(RunKg("ingest " + Db() + " " + Quote(kCorpus)).exit_code, 0);
  const std::string before = RunKg("events " + Db()).out;
  RunResult again = RunKg("ingest " + Db() + " " + Quote(kCorpus));
  ASSERT_EQ(again.exit_code, 0);
  EXPECT_NE(again.err.find("unchanged 12"), std::string::npos) << again.err;
  EXPECT_EQ(RunKg("events " + Db()).out, before);
  // A second store from the same input exports byte-identical results.
  const std::string other = "--db " + Quote(dir_.Sub("other.db"));
  ASSERT_EQ(RunKg("ingest " + other + " " + Quote(kCorpus)).exit_code, 0);
  EXPECT_EQ(RunKg("events " + other).out, before);
  EXPECT_EQ(RunKg("actors " + other).out, RunKg("actors " + Db()).out);
}

TEST_F(CliTest, ChangedArticleReplacesTheOldVersion) {
  WriteFile(dir_.Sub("a.jsonl"), R"({"id":"x1","lang":"en","published":"2021-03-02","text":"Germany accused Russia of a cyberattack on Monday."})" "\n");
  ASSERT_EQ(RunKg("ingest " + Db() + " " + Quote(dir_.Sub("a.jsonl"))).exit_code, 0);
  WriteFile(dir_.Sub("a.jsonl"), R"({"id":"x1","lang":"en","published":"2021-03-02","text":"France warned Iran on Monday."})" "\n");
  RunResult r = RunKg("ingest " + Db() + " " + Quote(dir_.Sub("a.jsonl")));
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_NE(r.err.find("1 replaced"), std::string::npos) << r.err;
  const std::string events = RunKg("events " + Db()).out;
  EXPECT_EQ(events.find("ACCUSE"), std::string::npos) << "the old version's events are gone";
  EXPECT_NE(events.find("WARN"), std::string::npos);
  EXPECT_TRUE(RunKg("actors --actor Germany " + Db()).out.empty());
  EXPECT_EQ(RunKg("check " + Db()).exit_code, 0);
}

TEST_F(CliTest, BadInputIsReportedByFileAndLineAndGoodArticlesStillLand) {
  const std::string bad = dir_.Sub("mixed.jsonl");
  WriteFile(bad, "{\"id\":\"ok1\",\"lang\":\"en\",\"text\":\"Japan protested to China on Friday.\"}\n"
                 "{not json\n"
                 "{\"id\":\"nodate\",\"published\":\"someday\",\"text\":\"x\"}\n"
                 "\xff\xfe\x00binary\n"
                 "{\"id\":\"ok2\",\"lang\":\"pl\",\"text\":\"Polska oskarżyła Rosję.\"}\n");
  WriteFile(dir_.Sub("empty.json"), "");
  RunResult r = RunKg("ingest " + Db() + " " + Quote(bad) + " " + Quote(dir_.Sub("empty.json")) + " " +
                      Quote(dir_.Sub("missing.jsonl")));
  EXPECT_EQ(r.exit_code, 1) << "something failed";
  EXPECT_NE(r.err.find("mixed.jsonl:2: malformed JSON"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("mixed.jsonl:3: field \"published\""), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("mixed.jsonl:4:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("empty.json: empty file"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("missing.jsonl: no such file"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("ingested 2"), std::string::npos) << r.err;
  EXPECT_EQ(Lines(RunKg("articles " + Db()).out).size(), 2u);
}

TEST_F(CliTest, TextFilesStdinAndTheDbOption) {
  const std::string txt = KG_TEST_SOURCE_DIR "/examples/corpus/txt/ex-pl-03.txt";
  ASSERT_EQ(RunKg("ingest --published 2023-03-17 " + Quote(txt) + " " + Db()).exit_code, 0);  // --db after
  auto articles = Lines(RunKg(Db() + " articles").out);                                    // --db before
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0]["id"], "ex-pl-03");
  EXPECT_EQ(articles[0]["published"], "2023-03-17");
  EXPECT_EQ(articles[0]["lang"], "pl");
  // JSON Lines on standard input, and KG_DB instead of --db.
  RunResult r = RunKg("ingest -", "{\"id\":\"s1\",\"text\":\"Iran denied the report on Monday.\",\"lang\":\"en\"}\n");
  (void)r;
  const std::string env = "KG_DB=" + Quote(dir_.Sub("env.db")) + " ";
  std::string cmd = "echo '{\"id\":\"s1\",\"lang\":\"en\",\"text\":\"Iran denied the report.\"}' | " + env +
                    "KG_DATA_DIR=" + Quote(KG_TEST_DATA_DIR) + " " + Quote(KG_TEST_BINARY) + " ingest -q -";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  EXPECT_EQ(Lines(RunKg("articles --db " + Quote(dir_.Sub("env.db"))).out).size(), 1u);
  EXPECT_EQ(RunKg("ingest --published yesterday " + Quote(txt) + " " + Db()).exit_code, 2);
}

TEST_F(CliTest, HelpEverywhereAndUsageErrorsExitTwo) {
  for (const char* cmd : {"--help", "ingest --help", "events --help", "actors --help", "articles --help",
                          "stats --help", "check --help", "inspect --help", "query --help", "timeline --help",
                          "export dot --help", "analyze --help", "eval gold --help"}) {
    RunResult r = RunKg(cmd);
    EXPECT_EQ(r.exit_code, 0) << cmd;
    EXPECT_NE(r.out.find("Usage"), std::string::npos) << cmd;
  }
  EXPECT_EQ(RunKg("").exit_code, 2);
  EXPECT_EQ(RunKg("no-such-command").exit_code, 2);
  EXPECT_EQ(RunKg("events --bogus").exit_code, 2);
  RunResult missing = RunKg("events --db /nonexistent/kg.db");
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("no kg store at /nonexistent/kg.db"), std::string::npos) << missing.err;
  EXPECT_TRUE(missing.out.empty()) << "diagnostics go to stderr";
}

}  // namespace
}  // namespace kg::testing
