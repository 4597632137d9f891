#include "query/export/graphviz.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <sys/wait.h>

#include "query/export/escape.h"
#include "query/export/graph_slice.h"
#include "tests/query/export_fixture.h"
#include "tests/test_util.h"

namespace kg::query {
namespace {

using kg::testing::TempDir;

TEST(DotEscapeTest, QuotesBackslashesAndNewlinesAreEscaped) {
  EXPECT_EQ(EscapeDotString("Dr. \"Q\""), "Dr. \\\"Q\\\"");
  EXPECT_EQ(EscapeDotString("a\\b"), "a\\\\b");
  EXPECT_EQ(EscapeDotString("\\N \\G"), "\\\\N \\\\G");  // never a GraphViz escape
  EXPECT_EQ(EscapeDotString("line1\nline2\r\tend"), "line1\\nline2 end");
  EXPECT_EQ(EscapeDotString("{B} <x> [y]"), "{B} <x> [y]");
  EXPECT_EQ(EscapeDotString("إيران イラン"), "إيران イラン");
}

TEST(DotEscapeTest, InvalidUtf8AndControlsAreReplaced) {
  EXPECT_EQ(SanitizeUtf8("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(SanitizeUtf8("\xE3\x82"), "\xEF\xBF\xBD\xEF\xBF\xBD");  // truncated イ
  EXPECT_EQ(SanitizeUtf8("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong '/'
  EXPECT_EQ(SanitizeUtf8(std::string("a\0b\x01", 4)), "a b ");
  EXPECT_EQ(TruncateChars("イランとロシア", 3), "イラン\xE2\x80\xA6");
  EXPECT_EQ(TruncateChars("abc", 3), "abc");
}

class DotExportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = kg::testing::BuildNewsStore(dir_.Sub("db"));
    ASSERT_NE(store_, nullptr);
    reader_ = store_->NewReader();
    auto s = SliceFromFilter(*reader_, SliceFilter{});
    ASSERT_OK(s);
    slice_ = std::move(s).value();
    options_.ontology = &reader_->ontology();
  }

  // Runs `dot -Tsvg` on `dot_text`; returns the SVG, or "" with a failure.
  std::string RenderSvg(const std::string& dot_text) {
    const std::string in = dir_.Sub("g.dot"), out = dir_.Sub("g.svg"), err = dir_.Sub("dot.err");
    std::ofstream(in) << dot_text;
    const std::string cmd = "dot -Tsvg -o " + out + " " + in + " 2> " + err;
    const int rc = std::system(cmd.c_str());
    std::stringstream errors, svg;
    errors << std::ifstream(err).rdbuf();
    EXPECT_TRUE(WIFEXITED(rc) && WEXITSTATUS(rc) == 0) << errors.str() << "\n" << dot_text;
    // dot reports invalid UTF-8 or syntax problems as warnings too.
    EXPECT_EQ(errors.str(), "") << dot_text;
    svg << std::ifstream(out).rdbuf();
    return svg.str();
  }

  bool HaveDot() { return std::system("command -v dot > /dev/null 2>&1") == 0; }

  TempDir dir_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<Reader> reader_;
  GraphSlice slice_;
  DotOptions options_;
};

TEST_F(DotExportTest, ActorsAreShapedByKindAndEventsAreLabelledEdges) {
  const std::string dot = RenderDot(slice_, options_);
  EXPECT_NE(dot.find("[label=\"Iran\", shape=doubleoctagon"), std::string::npos) << dot;
  EXPECT_NE(dot.find("[label=\"Mike Pompeo\", shape=ellipse"), std::string::npos);
  EXPECT_NE(dot.find("[label=\"FBI\", shape=box"), std::string::npos);
  EXPECT_NE(dot.find("[label=\"Proud Boys\", shape=hexagon"), std::string::npos);
  EXPECT_NE(dot.find("[label=\"voters\", shape=plaintext"), std::string::npos);
  EXPECT_NE(dot.find("[label=\"Dr. \\\"Q\\\" \\\\ {B} <x>\", shape=ellipse"), std::string::npos);
  EXPECT_NE(dot.find("label=\"ACCUSE\\n2020-10\""), std::string::npos);  // month precision as such
  EXPECT_NE(dot.find("label=\"SEND\\n2020-10-21\\naccording to John Ratcliffe\""), std::string::npos);
  EXPECT_NE(dot.find("label=\"NOT ATTACK\\n2020-10-20\""), std::string::npos);
  // Russia OBTAIN voter data has no target: drawn as an event node.
  EXPECT_NE(dot.find("label=\"OBTAIN\\n2020-10-21\\nvoter data\", tooltip=\"Russia OBTAIN voter data\", shape=note"),
            std::string::npos);
  EXPECT_EQ(dot.find("subgraph"), std::string::npos);
}

TEST_F(DotExportTest, DotRendersNamesWithQuotesBracesArabicAndJapanese) {
  if (!HaveDot()) GTEST_SKIP() << "GraphViz dot is not installed";
  for (bool nodes : {false, true}) {
    for (bool clusters : {false, true}) {
      options_.events_as_nodes = nodes;
      options_.cluster_by_country = clusters;
      options_.title = "kg \"test\" {graph} \\ <b>";
      const std::string svg = RenderSvg(RenderDot(slice_, options_));
      EXPECT_NE(svg.find("محمد جواد ظريف"), std::string::npos);
      EXPECT_NE(svg.find("菅義偉"), std::string::npos);
      EXPECT_NE(svg.find("Dr. &quot;Q&quot; \\ {B} &lt;x&gt;"), std::string::npos) << svg;
    }
  }
}

TEST_F(DotExportTest, InvalidUtf8InTheStoreStillRenders) {
  if (!HaveDot()) GTEST_SKIP() << "GraphViz dot is not installed";
  slice_.actors["country:IR"].name = "Ir\xE2\x28\xA1n\n{x}";
  const std::string svg = RenderSvg(RenderDot(slice_, options_));
  EXPECT_NE(svg.find("Ir\xEF\xBF\xBD"), std::string::npos);
}

TEST_F(DotExportTest, EventsAsNodesLinkSourceTargetAndSpeaker) {
  options_.events_as_nodes = true;
  const std::string dot = RenderDot(slice_, options_);
  EXPECT_NE(dot.find("label=\"SEND\\n2020-10-21\\nthreatening e-mails\""), std::string::npos) << dot;
  EXPECT_NE(dot.find("[style=dashed, label=\"according to\""), std::string::npos);
  size_t notes = 0;
  for (size_t p = dot.find("shape=note"); p != std::string::npos; p = dot.find("shape=note", p + 1)) ++notes;
  EXPECT_EQ(notes, slice_.events.size());
}

TEST_F(DotExportTest, ClustersGroupActorsByCountry) {
  options_.cluster_by_country = true;
  const std::string dot = RenderDot(slice_, options_);
  EXPECT_NE(dot.find("label=\"IR \xE2\x80\x94 Iran\""), std::string::npos) << dot;
  EXPECT_NE(dot.find("label=\"US \xE2\x80\x94 United States\""), std::string::npos);
  EXPECT_NE(dot.find("label=\"JP\""), std::string::npos);  // no Japan actor in the slice: code only
  // Zarif sits in Iran's cluster.
  const size_t ir = dot.find("label=\"IR ");
  const size_t zarif = dot.find("label=\"محمد جواد ظريف\"");
  const size_t close = dot.find("  }\n", ir);
  EXPECT_TRUE(ir < zarif && zarif < close);
}

TEST_F(DotExportTest, FocusActorsAreHighlighted) {
  SliceFilter f;
  f.actor = "イラン";
  auto s = SliceFromFilter(*reader_, f);
  ASSERT_OK(s);
  const std::string dot = RenderDot(*s, options_);
  EXPECT_NE(dot.find("[label=\"Iran\", shape=doubleoctagon, tooltip=\"Iran (country, IR)\\ncountry:IR\", "
                     "style=filled"),
            std::string::npos)
      << dot;
  EXPECT_EQ(dot.find("[label=\"United States\", shape=doubleoctagon, tooltip=\"United States (country, US)"
                     "\\ncountry:US\", style=filled"),
            std::string::npos);
}

}  // namespace
}  // namespace kg::query
