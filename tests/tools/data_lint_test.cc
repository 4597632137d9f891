// The data files kg ships: UTF-8 NFC, a version line, one entry per line,
// no duplicates, a constant number of columns, sorted where the format says so.

#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

bool IsNfc(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  return U_SUCCESS(status) && nfc->isNormalized(icu::UnicodeString::fromUTF8(s), status) && U_SUCCESS(status);
}

std::vector<fs::path> Files(const std::string& dir, const std::string& ext) {
  std::vector<fs::path> out;
  for (const auto& e : fs::recursive_directory_iterator(fs::path(KG_TEST_SOURCE_DIR) / dir)) {
    if (e.path().extension() == ext) out.push_back(e.path());
  }
  return out;
}

TEST(DataLintTest, TsvLexiconsAreWellFormed) {
  std::vector<fs::path> files = Files("ingest/data", ".tsv");
  files.push_back(fs::path(KG_TEST_SOURCE_DIR) / "graph/data/ontology.tsv");
  ASSERT_GT(files.size(), 10u);
  for (const fs::path& f : files) {
    std::ifstream in(f);
    std::string line;
    int line_no = 0, columns = -1;
    bool version = false;
    std::set<std::string> seen;
    std::vector<std::string> body;
    while (std::getline(in, line)) {
      ++line_no;
      const std::string where = f.string() + ":" + std::to_string(line_no);
      EXPECT_TRUE(IsNfc(line)) << where << " is not NFC";
      EXPECT_TRUE(line.empty() || line.back() != '\r') << where << " has a CR";
      if (line.rfind("# version:", 0) == 0) version = true;
      if (line.empty() || line[0] == '#' || line[0] == '@') continue;
      const int n = 1 + static_cast<int>(std::count(line.begin(), line.end(), '\t'));
      if (columns < 0) columns = n;
      EXPECT_EQ(n, columns) << where << " has " << n << " columns";
      EXPECT_TRUE(seen.insert(line).second) << where << " repeats an entry";
      body.push_back(line);
    }
    EXPECT_TRUE(version) << f << " has no '# version:' line";
    // Trigger and name lexicons are kept sorted (diffs stay readable).
    const std::string parent = f.parent_path().filename().string();
    if (parent == "events" || parent == "names") {
      EXPECT_TRUE(std::is_sorted(body.begin(), body.end())) << f << " is not sorted";
    }
  }
}

TEST(DataLintTest, ActorDictionariesAreNfcAndSortedWithUniqueIds) {
  const std::vector<fs::path> files = Files("ingest/data/actors", ".jsonl");
  ASSERT_GE(files.size(), 6u);
  std::set<std::string> ids;
  for (const fs::path& f : files) {
    std::ifstream in(f);
    std::string line, last;
    int line_no = 0;
    while (std::getline(in, line)) {
      ++line_no;
      ASSERT_TRUE(IsNfc(line)) << f << ":" << line_no;
      const size_t p = line.find("\"id\":");
      ASSERT_NE(p, std::string::npos) << f << ":" << line_no;
      const size_t q1 = line.find('"', p + 5), q2 = line.find('"', q1 + 1);
      const std::string id = line.substr(q1 + 1, q2 - q1 - 1);
      EXPECT_TRUE(ids.insert(id).second) << f << ":" << line_no << " repeats id " << id;
      EXPECT_LT(last, id) << f << ":" << line_no << " is not sorted by id";
      last = id;
    }
  }
}

}  // namespace
