// The time vocabularies in ingest/data/time: file format lint, and the
// loader's errors for broken files.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "ingest/text/char_class.h"
#include "ingest/time/time_tagger.h"
#include "tests/test_util.h"

namespace kg::ingest {
namespace {

std::vector<std::string> Lines(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

TEST(TimeDataTest, VocabulariesAreNfcSortedVersionedWithFourColumns) {
  for (const char* lang : {"ar", "en", "ja", "pl"}) {
    const std::string path = std::string(KG_TEST_SOURCE_DIR "/ingest/data/time/") + lang + ".tsv";
    const std::vector<std::string> lines = Lines(path);
    ASSERT_GT(lines.size(), 20u) << path;
    bool version = false, columns = false;
    std::set<std::string> seen;
    std::string prev;  // entries are sorted within each block between comment lines
    for (size_t i = 0; i < lines.size(); ++i) {
      const std::string& line = lines[i];
      const std::string where = path + ":" + std::to_string(i + 1);
      EXPECT_TRUE(IsNfc(line)) << where;
      if (line.empty() || line[0] == '#') {
        version = version || line.rfind("# version: ", 0) == 0;
        columns = columns || line.rfind("# columns: ", 0) == 0;
        prev.clear();
        continue;
      }
      EXPECT_EQ(std::count(line.begin(), line.end(), '\t'), 3) << where;
      if (line[0] == '@') continue;
      EXPECT_LT(prev, line) << where << ": not sorted within its block";
      prev = line;
      const std::string key = line.substr(0, line.find('\t', line.find('\t') + 1));  // phrase + class
      EXPECT_TRUE(seen.insert(key).second) << where << ": duplicate " << key;
    }
    EXPECT_TRUE(version) << path << " has no '# version: ' line";
    EXPECT_TRUE(columns) << path << " has no '# columns: ' line";
  }
}

class TimeDataErrorTest : public ::testing::Test {
 protected:
  // Writes a data dir whose en.tsv is `en` and the others are minimal.
  std::string DataDir(const std::string& en) {
    std::filesystem::create_directories(tmp_.Sub("time"));
    for (const char* lang : {"ar", "ja", "pl"}) {
      std::ofstream(tmp_.Sub("time/") + lang + ".tsv") << "# version: 1\n";
    }
    std::ofstream(tmp_.Sub("time/en.tsv")) << en;
    return tmp_.path();
  }
  std::string LoadError(const std::string& en) {
    auto t = TimeTagger::Load(DataDir(en));
    return t.ok() ? "" : t.status().message();
  }
  kg::testing::TempDir tmp_;
};

TEST_F(TimeDataErrorTest, ErrorsNameTheFileAndLine) {
  EXPECT_NE(LoadError("# version: 1\nyesterday\trel_day\t-1\n").find("en.tsv:2: expected 4"), std::string::npos);
  EXPECT_NE(LoadError("# version: 1\nyesterday\tbogus\t-1\t-\n").find("unknown class 'bogus'"), std::string::npos);
  EXPECT_NE(LoadError("# version: 1\nsomeday\tmonth\t13\t-\n").find("bad value '13'"), std::string::npos);
  EXPECT_NE(LoadError("# version: 1\nlast\tdir\t-1\tsideways\n").find("unknown flag 'sideways'"),
            std::string::npos);
  EXPECT_NE(LoadError("# version: 1\nnow\tpresent_ref\t0\t-\nnow\tpresent_ref\t0\t-\n").find("en.tsv:3: duplicate"),
            std::string::npos);
  EXPECT_NE(LoadError("now\tpresent_ref\t0\t-\n").find("no '# version:'"), std::string::npos);
  EXPECT_NE(LoadError("# version: 1\n@months\txx_NOWHERE\twide-format\t-\n").find("no calendar names"),
            std::string::npos);
  EXPECT_NE(LoadError("# version: 1\ne\xCC\x81t\xC3\xA9\tpresent_ref\t0\t-\n").find("not in Unicode NFC"),
            std::string::npos);
  const auto missing = TimeTagger::Load(tmp_.Sub("nowhere"));
  ASSERT_FALSE(missing.ok());
  EXPECT_TRUE(missing.status().IsNotFound());
}

TEST_F(TimeDataErrorTest, ATinyVocabularyIsEnough) {
  auto t = TimeTagger::Load(DataDir("# version: 1\n@weekdays\ten\twide-format\tcap\nyesterday\trel_day\t-1\t-\n"));
  ASSERT_OK(t);
  const std::vector<TimeExpression> found = (*t)->Tag("Yesterday and on Friday, 2020-11-03.", "en");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].text, "Yesterday");
  EXPECT_EQ(found[1].text, "Friday");
  EXPECT_EQ(found[2].text, "2020-11-03");
}

}  // namespace
}  // namespace kg::ingest
