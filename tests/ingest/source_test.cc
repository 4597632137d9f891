// Reading articles: every input form and every kind of bad input.

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "ingest/source/envelope.h"
#include "ingest/source/input_reader.h"
#include "tests/test_util.h"

namespace kg::ingest {
namespace {

using kg::testing::TempDir;

struct Collected {
  std::vector<RawArticle> good;
  std::vector<std::pair<std::string, std::string>> bad;  // origin, message
};

Collected ReadAll(const std::vector<std::string>& inputs, InputOptions options = {}) {
  Collected c;
  InputReader(options).ForEach(inputs, [&](const std::string& origin, Result<RawArticle> a) {
    if (a.ok()) {
      c.good.push_back(std::move(*a));
    } else {
      c.bad.emplace_back(origin, a.status().message());
    }
    return true;
  });
  return c;
}

void Write(const std::string& path, const std::string& data) {
  std::ofstream out(path, std::ios::binary);
  out << data;
}

TEST(EnvelopeTest, FieldsAndDefaults) {
  auto a = ParseEnvelope(R"({"id":"x1","text":"Hello","title":"T","published":"2020-10-22T08:00:00Z","lang":"en","url":"u","source":"s","extra":1})", "f:1");
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->id, "x1");
  EXPECT_EQ(a->published, "2020-10-22T08:00:00Z");
  auto no_id = ParseEnvelope(R"({"text":"Hello"})", "f:2");
  ASSERT_TRUE(no_id.ok());
  EXPECT_EQ(no_id->id, DerivedId("Hello")) << "ids derive from content when absent";
}

TEST(EnvelopeTest, ClearErrors) {
  auto expect_error = [](const std::string& json, const std::string& fragment) {
    auto a = ParseEnvelope(json, "f");
    ASSERT_FALSE(a.ok()) << json;
    EXPECT_NE(a.status().message().find(fragment), std::string::npos) << a.status().message();
  };
  expect_error(R"({"id":"a"})", "missing required field \"text\"");
  expect_error(R"({"text":5})", "\"text\" must be a string");
  expect_error(R"({"text":"   "})", "text is empty");
  expect_error(R"({"text":"a\u0000b"})", "NUL");
  expect_error(R"({"text":"x","published":"last week"})", "unparsable date");
  expect_error(R"({"text":"x","published":"2020-10"})", "must give a day");
  expect_error(R"({"text":"x","lang":"English"})", "ISO 639-1");
  expect_error(R"({"text":"x",)", "malformed JSON");
  expect_error("[1,2]", "expected a JSON object");
  expect_error("{\"text\":\"bad \xff byte\"}", "malformed JSON");
}

TEST(InputReaderTest, BadLinesAreReportedAndGoodOnesKept) {
  TempDir dir;
  const std::string path = dir.Sub("mixed.jsonl");
  Write(path, "{\"id\":\"a\",\"text\":\"one\"}\n"
              "not json\n"
              "\n"
              "{\"id\":\"b\"}\n"
              "{\"id\":\"c\",\"text\":\"three\",\"published\":\"2021-02-30\"}\n"
              "\x01\x02\x03\xff\xfe binary\n"
              "{\"id\":\"d\",\"text\":\"four\"}\r\n");
  Collected c = ReadAll({path});
  ASSERT_EQ(c.good.size(), 2u);
  EXPECT_EQ(c.good[0].id, "a");
  EXPECT_EQ(c.good[1].id, "d");
  ASSERT_EQ(c.bad.size(), 4u);
  EXPECT_EQ(c.bad[0].first, path + ":2");
  EXPECT_EQ(c.bad[1].first, path + ":4");
  EXPECT_EQ(c.bad[2].first, path + ":5");
  EXPECT_EQ(c.bad[3].first, path + ":6");
}

TEST(InputReaderTest, HugeLineIsSkippedWithoutBufferingIt) {
  TempDir dir;
  const std::string path = dir.Sub("big.jsonl");
  {
    std::ofstream out(path, std::ios::binary);
    out << "{\"id\":\"big\",\"text\":\"";
    std::string chunk(1 << 20, 'x');
    for (int i = 0; i < 50; ++i) out << chunk;  // a 50 MB line
    out << "\"}\n{\"id\":\"after\",\"text\":\"still read\"}\n";
  }
  InputOptions o;
  o.max_article_bytes = 1 << 20;
  Collected c = ReadAll({path}, o);
  ASSERT_EQ(c.good.size(), 1u);
  EXPECT_EQ(c.good[0].id, "after");
  ASSERT_EQ(c.bad.size(), 1u);
  EXPECT_EQ(c.bad[0].first, path + ":1");
  EXPECT_NE(c.bad[0].second.find("over the 1.0 MB limit"), std::string::npos) << c.bad[0].second;
}

TEST(InputReaderTest, TextJsonDirectoriesAndEmptyFiles) {
  TempDir dir;
  std::filesystem::create_directories(dir.Sub("d/sub"));
  Write(dir.Sub("d/sub/note-1.txt"), "Headline here\nBody of the article.\n");
  Write(dir.Sub("d/one.json"), R"({"id":"j","text":"json article"})");
  Write(dir.Sub("d/arr.json"), R"([{"id":"a1","text":"first"},{"id":"a2"}])");
  Write(dir.Sub("d/empty.jsonl"), "");
  Write(dir.Sub("d/nul.txt"), std::string("a\0b", 3));
  Write(dir.Sub("d/invalid.txt"), "caf\xc3");
  Write(dir.Sub("d/ignored.csv"), "x,y");
  InputOptions o;
  o.txt_published = "2020-01-02";
  Collected c = ReadAll({dir.Sub("d"), dir.Sub("missing.jsonl")}, o);
  std::vector<std::string> ids;
  for (const auto& a : c.good) ids.push_back(a.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"a1", "j", "note-1"}));
  EXPECT_EQ(c.good[2].published, "2020-01-02");
  EXPECT_EQ(c.good[2].title, "Headline here");
  std::vector<std::string> messages;
  for (const auto& [origin, msg] : c.bad) messages.push_back(origin + " " + msg);
  ASSERT_EQ(c.bad.size(), 5u) << ::testing::PrintToString(messages);
  auto has = [&](const std::string& fragment) {
    for (const auto& m : messages) {
      if (m.find(fragment) != std::string::npos) return true;
    }
    return false;
  };
  EXPECT_TRUE(has("arr.json[1] missing required field"));
  EXPECT_TRUE(has("empty.jsonl empty file"));
  EXPECT_TRUE(has("nul.txt text contains NUL"));
  EXPECT_TRUE(has("invalid.txt text is not valid UTF-8"));
  EXPECT_TRUE(has("missing.jsonl no such file"));
}

}  // namespace
}  // namespace kg::ingest
