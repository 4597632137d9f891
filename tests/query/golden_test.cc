// Golden query tests: every case in tests/query/cases/<area>/*.test runs
// against the fixture graph (query_fixture.h).
//
// A .test file holds one or more cases separated by a line "====". A case
// is: optional comment lines starting with '#', an optional line
// "-- params: {JSON object}", the statement (one or more lines), then
//   ----          followed by the expected rows as JSON lines (objects keyed
//                 by column), compared in order when the statement has ORDER
//                 BY and as a multiset otherwise; or
//   ---- error    followed by the exact FormatQueryError text; or
//   ---- plan     followed by the exact EXPLAIN text.
//
// With KG_GOLDEN_SHOW=1 in the environment, each case also prints what it
// got, verbatim, for writing new cases (check it before pasting it in).

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "query/query.h"
#include "query/render.h"

#include "tests/query/query_fixture.h"
#include "tests/test_util.h"

namespace kg::query {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct GoldenCase {
  std::string file;
  int line = 0;
  std::string statement;
  json params = json::object();
  enum class Expect { kRows, kError, kPlan } expect = Expect::kRows;
  std::vector<std::string> expected;  // lines
};

std::string Trim(const std::string& s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return s.substr(b, e - b);
}

std::vector<GoldenCase> ParseCases(const fs::path& file) {
  std::ifstream in(file);
  std::vector<GoldenCase> out;
  GoldenCase c;
  c.file = file.string();
  enum { kHeader, kStatement, kExpected } state = kHeader;
  std::vector<std::string> statement;
  std::string line;
  int n = 0;
  auto flush = [&] {
    if (!statement.empty()) {
      std::string text;
      for (size_t i = 0; i < statement.size(); ++i) text += (i ? "\n" : "") + statement[i];
      c.statement = text;
      while (!c.expected.empty() && Trim(c.expected.back()).empty()) c.expected.pop_back();
      out.push_back(c);
    }
    c = GoldenCase();
    c.file = file.string();
    statement.clear();
    state = kHeader;
  };
  while (std::getline(in, line)) {
    ++n;
    if (line == "====") {
      flush();
      continue;
    }
    if (state == kHeader) {
      if (line.empty() || line[0] == '#') continue;
      if (line.rfind("-- params:", 0) == 0) {
        c.params = json::parse(line.substr(10));
        continue;
      }
      state = kStatement;
      c.line = n;
    }
    if (state == kStatement) {
      if (line.rfind("----", 0) == 0) {
        const std::string kind = Trim(line.substr(4));
        c.expect = kind == "error"  ? GoldenCase::Expect::kError
                   : kind == "plan" ? GoldenCase::Expect::kPlan
                                    : GoldenCase::Expect::kRows;
        state = kExpected;
        continue;
      }
      statement.push_back(line);
      continue;
    }
    c.expected.push_back(line);
  }
  flush();
  return out;
}

Value ParamValue(const json& j) {
  if (j.is_string()) return j.get<std::string>();
  if (j.is_number_integer()) return j.get<int64_t>();
  if (j.is_number()) return j.get<double>();
  if (j.is_boolean()) return j.get<bool>();
  if (j.is_array()) {
    auto list = std::make_shared<ValueList>();
    for (const auto& x : j) list->push_back(ParamValue(x));
    return list;
  }
  return Value();
}

bool HasOrderBy(const std::string& statement) {
  std::string upper = statement;
  for (char& ch : upper) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  return upper.find("ORDER BY") != std::string::npos;
}

class GoldenTest : public ::testing::Test {
 public:
  explicit GoldenTest(GoldenCase c) : c_(std::move(c)) {}

  void TestBody() override {
    const Reader& reader = testing::QueryTestGraph::Get().reader();
    Params params;
    for (const auto& [k, v] : c_.params.items()) params[k] = ParamValue(v);
    SCOPED_TRACE(c_.file + ":" + std::to_string(c_.line) + "\n" + c_.statement);
    auto rs = RunQuery(reader, c_.statement, params);
    if (const char* show = std::getenv("KG_GOLDEN_SHOW"); show && std::string(show) == "1") Show(reader, rs);
    if (c_.expect == GoldenCase::Expect::kError) {
      ASSERT_FALSE(rs.ok()) << "expected an error, the query succeeded";
      std::string want;
      for (size_t i = 0; i < c_.expected.size(); ++i) want += (i ? "\n" : "") + c_.expected[i];
      EXPECT_EQ(FormatQueryError(c_.statement, rs.status()), want);
      return;
    }
    ASSERT_TRUE(rs.ok()) << FormatQueryError(c_.statement, rs.status());
    if (c_.expect == GoldenCase::Expect::kPlan) {
      std::string got, want;
      for (const auto& row : rs->rows) got += std::get<std::string>(row[0].v) + "\n";
      for (const auto& l : c_.expected) want += l + "\n";
      EXPECT_EQ(got, want);
      return;
    }
    ValueRenderer renderer(reader);
    std::vector<json> got, want;
    for (const auto& row : rs->rows) {
      auto text = renderer.RowToJson(rs->columns, row);
      ASSERT_TRUE(text.ok()) << text.status().ToString();
      got.push_back(json::parse(*text));
    }
    for (const auto& l : c_.expected) {
      if (!Trim(l).empty()) want.push_back(json::parse(l));
    }
    if (!HasOrderBy(c_.statement)) {
      auto by_text = [](const json& a, const json& b) { return a.dump() < b.dump(); };
      std::sort(got.begin(), got.end(), by_text);
      std::sort(want.begin(), want.end(), by_text);
    }
    std::string got_text, want_text;
    for (const auto& j : got) got_text += j.dump() + "\n";
    for (const auto& j : want) want_text += j.dump() + "\n";
    EXPECT_EQ(got_text, want_text);
  }

 private:
  void Show(const Reader& reader, const Result<ResultSet>& rs) const {
    std::string out = "==== " + c_.file + ":" + std::to_string(c_.line) + "\n";
    if (!rs.ok()) {
      out += FormatQueryError(c_.statement, rs.status()) + "\n";
    } else if (c_.expect == GoldenCase::Expect::kPlan) {
      for (const auto& row : rs->rows) out += std::get<std::string>(row[0].v) + "\n";
    } else {
      ValueRenderer renderer(reader);
      for (const auto& row : rs->rows) {
        auto text = renderer.RowToJson(rs->columns, row);
        out += (text.ok() ? *text : text.status().ToString()) + "\n";
      }
    }
    std::printf("%s", out.c_str());
  }

  GoldenCase c_;
};

// "match/names.test", case 2 -> "MatchNames2".
std::string CaseName(const fs::path& rel, size_t index) {
  std::string name;
  bool upper = true;
  for (char ch : rel.parent_path().string() + "_" + rel.stem().string()) {
    if (!std::isalnum(static_cast<unsigned char>(ch))) {
      upper = true;
      continue;
    }
    name += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(ch))) : ch;
    upper = false;
  }
  return name + std::to_string(index + 1);
}

const bool kRegistered = [] {
  const fs::path root = fs::path(KG_TEST_SOURCE_DIR) / "tests" / "query" / "cases";
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& entry : fs::recursive_directory_iterator(root, ec)) {
    if (entry.is_regular_file() && entry.path().extension() == ".test") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    const auto cases = ParseCases(file);
    for (size_t i = 0; i < cases.size(); ++i) {
      const std::string name = CaseName(fs::relative(file, root), i);
      ::testing::RegisterTest("QueryGolden", name.c_str(), nullptr, nullptr, file.string().c_str(), cases[i].line,
                              [c = cases[i]]() -> ::testing::Test* { return new GoldenTest(c); });
    }
  }
  return true;
}();

// Guards against a broken path: the cases must be found.
TEST(QueryGoldenSetup, CasesAreFound) {
  const fs::path root = fs::path(KG_TEST_SOURCE_DIR) / "tests" / "query" / "cases";
  size_t n = 0;
  for (const auto& entry : fs::recursive_directory_iterator(root)) n += entry.path().extension() == ".test";
  EXPECT_GE(n, 10u);
}

}  // namespace
}  // namespace kg::query
