#include "query/export/timeline.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sys/wait.h>

#include "query/export/graph_slice.h"
#include "tests/query/export_fixture.h"
#include "tests/test_util.h"

namespace kg::query {
namespace {

using kg::testing::TempDir;
using nlohmann::json;

constexpr const char* kPython = "/usr/bin/python3";

class TimelineExportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = kg::testing::BuildNewsStore(dir_.Sub("db"));
    ASSERT_NE(store_, nullptr);
    reader_ = store_->NewReader();
    auto s = SliceFromFilter(*reader_, SliceFilter{});
    ASSERT_OK(s);
    slice_ = std::move(s).value();
    options_.title = "Election 2020";
    options_.ontology = &reader_->ontology();
    options_.selection = {{"from", "2019"}};
  }

  // Runs the schema validator script on `text`; returns its exit status.
  // `expect_invalid` silences the validator's report of the expected errors.
  int Validate(const std::string& schema, const std::string& text, bool expect_invalid = false) {
    const std::string file = dir_.Sub("out.json");
    std::ofstream(file) << text;
    const std::string cmd = std::string(kPython) + " " + KG_TEST_SOURCE_DIR "/tests/query/validate_timeline_json.py " +
                            schema + " " + file + (expect_invalid ? " 2> /dev/null" : "");
    const int rc = std::system(cmd.c_str());
    return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  }

  const json* FindEvent(const json& events, const std::string& headline_prefix) {
    for (const json& e : events) {
      if (e["text"]["headline"].get<std::string>().rfind(headline_prefix, 0) == 0) return &e;
    }
    ADD_FAILURE() << "no event headline starting with " << headline_prefix;
    return nullptr;
  }

  TempDir dir_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<Reader> reader_;
  GraphSlice slice_;
  TimelineOptions options_;
};

TEST_F(TimelineExportTest, TimelineJsOrdersByDateAndNeverInventsADay) {
  const json tl = json::parse(RenderTimelineJs(slice_, options_));
  std::vector<std::string> order;
  for (const json& e : tl["events"]) order.push_back(e["group"]);
  EXPECT_EQ(order, (std::vector<std::string>{"ACCUSE", "THREATEN", "INVESTIGATE", "ACCUSE", "CONSULT", "ATTACK",
                                             /* 2020-10-21 by id: */ order[6], order[7], "ACCUSE"}));
  EXPECT_EQ((std::set<std::string>{order[6], order[7]}), (std::set<std::string>{"OBTAIN", "SEND"}));
  // Year precision: year only. Month precision: no day.
  EXPECT_EQ(tl["events"][1]["start_date"], json({{"year", 2020}}));
  EXPECT_EQ(tl["events"][3]["start_date"], json({{"year", 2020}, {"month", 10}}));
  EXPECT_EQ(tl["events"][8]["start_date"], json({{"year", 2020}, {"month", 10}, {"day", 22}}));
  // The undated statement is not on the timeline but listed on the title slide.
  const std::string intro = tl["title"]["text"]["text"];
  EXPECT_NE(intro.find("Undated events"), std::string::npos);
  EXPECT_NE(intro.find("محمد جواد ظريف STATEMENT"), std::string::npos);
  EXPECT_NE(intro.find("9 dated events (from: 2019)"), std::string::npos);
  EXPECT_EQ(tl["title"]["text"]["headline"], "Election 2020");
}

TEST_F(TimelineExportTest, HeadlineIsASentenceAndTextCitesTheSources) {
  const json tl = json::parse(RenderTimelineJs(slice_, options_));
  const json* send = FindEvent(tl["events"], "Iran SEND");
  ASSERT_NE(send, nullptr);
  EXPECT_EQ((*send)["text"]["headline"],
            "Iran SEND threatening e-mails \xE2\x86\x92 voters (according to John Ratcliffe)");
  const std::string text = (*send)["text"]["text"];
  EXPECT_NE(text.find("Ratcliffe said Iran <b>sent</b> threatening"), std::string::npos) << text;
  EXPECT_NE(text.find("<a href=\"https://example.com/en/1\""), std::string::npos);
  EXPECT_NE(text.find("US officials say Iran sent threatening e-mails</a>"), std::string::npos);
  EXPECT_NE(text.find("on Wednesday"), std::string::npos);
  EXPECT_NE(text.find("<code>a_en_1</code>"), std::string::npos);
  EXPECT_EQ((*send)["unique_id"].get<std::string>().rfind("ev_", 0), 0u);

  // One event told in two languages cites both articles.
  const json* accuse = FindEvent(tl["events"], "United States ACCUSE");
  ASSERT_NE(accuse, nullptr);
  const std::string both = (*accuse)["text"]["text"];
  EXPECT_NE(both.find("2 articles \xC2\xB7 ar, en"), std::string::npos) << both;
  EXPECT_NE(both.find("<b>اتهمت</b> الولايات المتحدة"), std::string::npos);
  EXPECT_NE(both.find("<q dir=\"auto\">"), std::string::npos);

  const json* negated = FindEvent(tl["events"], "Russia NOT ATTACK");
  ASSERT_NE(negated, nullptr);
}

TEST_F(TimelineExportTest, MarkupFromTheStoreIsEscapedAndUnsafeLinksDropped) {
  const std::string out = RenderTimelineJs(slice_, options_);
  const json tl = json::parse(out);
  const json* q = FindEvent(tl["events"], "Dr. ");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ((*q)["text"]["headline"],
            "Dr. &quot;Q&quot; \\ {B} &lt;x&gt; ACCUSE \xE2\x86\x92 محمد جواد ظريف");
  const std::string text = (*q)["text"]["text"];
  EXPECT_NE(text.find("<i>He said &quot;no&quot; &lt;b&gt;&amp; {more}</i>"), std::string::npos) << text;
  EXPECT_EQ(out.find("javascript:"), std::string::npos);
}

TEST_F(TimelineExportTest, GroupsByQuadClassOnRequest) {
  options_.group_by_quad_class = true;
  const json tl = json::parse(RenderTimelineJs(slice_, options_));
  std::set<std::string> groups;
  for (const json& e : tl["events"]) groups.insert(e["group"]);
  EXPECT_EQ(groups, (std::set<std::string>{"verbal conflict", "material conflict", "verbal cooperation",
                                           "material cooperation"}));
}

TEST_F(TimelineExportTest, VisItemsStartAsPreciselyAsTheirDate) {
  const json vis = json::parse(RenderVisTimeline(slice_, options_));
  std::vector<std::string> starts;
  for (const json& item : vis["items"]) {
    starts.push_back(item["start"]);
    for (const char* field : {"id", "content", "start", "group"}) EXPECT_TRUE(item.contains(field)) << field;
  }
  EXPECT_EQ(starts, (std::vector<std::string>{"2019-05-01", "2020", "2020-01-10", "2020-10", "2020-10-06",
                                              "2020-10-20", "2020-10-21", "2020-10-21", "2020-10-22"}));
  EXPECT_EQ(vis["items"][1]["className"], "kg-year");
  EXPECT_EQ(vis["items"][3]["className"], "kg-month");
  EXPECT_EQ(vis["items"][3]["content"], "Mike Pompeo ACCUSE \xE2\x86\x92 Russia");
  ASSERT_EQ(vis["undated"].size(), 1u);
  EXPECT_EQ(vis["undated"][0]["group"], "STATEMENT");
  std::set<std::string> groups;
  for (const json& g : vis["groups"]) groups.insert(g["id"]);
  EXPECT_EQ(groups, (std::set<std::string>{"ACCUSE", "ATTACK", "CONSULT", "INVESTIGATE", "OBTAIN", "SEND",
                                           "THREATEN"}));
}

TEST_F(TimelineExportTest, KgTimelineValidatesAgainstItsSchema) {
  const std::string out = RenderKgTimeline(slice_, options_);
  const int rc = Validate(KG_TEST_SOURCE_DIR "/schemas/timeline.v1.schema.json", out);
  if (rc == 77) GTEST_SKIP() << "python3 jsonschema is not installed";
  EXPECT_EQ(rc, 0) << out;
  const json tl = json::parse(out);
  EXPECT_EQ(tl["$schema"], kTimelineSchemaId);
  ASSERT_EQ(tl["events"].size(), 9u);
  EXPECT_EQ(tl["events"][3]["date"], "2020-10");
  EXPECT_EQ(tl["events"][3]["precision"], "month");
  EXPECT_EQ(tl["events"][3]["first_day"], "2020-10-01");
  EXPECT_EQ(tl["events"][3]["last_day"], "2020-10-31");
  EXPECT_EQ(tl["events"][3]["mentions"][0]["time_text"], "W październiku");
  EXPECT_EQ(tl["events"][3]["quad_class"], 3);
  ASSERT_EQ(tl["undated"].size(), 1u);
  EXPECT_EQ(tl["undated"][0]["date"], nullptr);
  EXPECT_EQ(tl["undated"][0]["source"]["name"], "محمد جواد ظريف");
  EXPECT_EQ(tl["selection"]["from"], "2019");
}

TEST_F(TimelineExportTest, SchemaRejectsAnInventedDay) {
  json tl = json::parse(RenderKgTimeline(slice_, options_));
  tl["events"][3]["date"] = "2020-10-01";  // claims a day for a month-precision event
  const int rc = Validate(KG_TEST_SOURCE_DIR "/schemas/timeline.v1.schema.json", tl.dump(), true);
  if (rc == 77) GTEST_SKIP() << "python3 jsonschema is not installed";
  EXPECT_EQ(rc, 1);
}

TEST_F(TimelineExportTest, TimelineJsMatchesTheTimelineJs3FieldStructure) {
  const std::string schema = KG_TEST_SOURCE_DIR "/tests/query/timelinejs3_format.schema.json";
  const std::string out = RenderTimelineJs(slice_, options_);
  const int rc = Validate(schema, out);
  if (rc == 77) GTEST_SKIP() << "python3 jsonschema is not installed";
  EXPECT_EQ(rc, 0) << out;
  json broken = json::parse(out);
  broken["events"][0]["start_date"]["year"] = "2020";  // a string year is not what kg promises
  EXPECT_EQ(Validate(schema, broken.dump(), true), 1);
}

TEST_F(TimelineExportTest, EmptySliceGivesAnEmptyButValidTimeline) {
  const GraphSlice empty;
  const json tl = json::parse(RenderTimelineJs(empty, options_));
  EXPECT_TRUE(tl["events"].empty());
  const int rc = Validate(KG_TEST_SOURCE_DIR "/schemas/timeline.v1.schema.json", RenderKgTimeline(empty, options_));
  if (rc == 77) GTEST_SKIP() << "python3 jsonschema is not installed";
  EXPECT_EQ(rc, 0);
}

}  // namespace
}  // namespace kg::query
