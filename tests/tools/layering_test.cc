// The module layering of style.md B.1, checked on the sources: graph/ at the
// bottom, ingest/ and query/ on it and never on each other, each third-party
// library behind its adapter.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

struct Include {
  std::string file;  // relative to the source root
  std::string header;
};

std::vector<Include> Includes(const std::string& dir) {
  std::vector<Include> out;
  const fs::path root = KG_TEST_SOURCE_DIR;
  static const std::regex kInclude(R"(^\s*#\s*include\s*[<"]([^>"]+)[>"])");
  for (const auto& e : fs::recursive_directory_iterator(root / dir)) {
    const std::string ext = e.path().extension().string();
    if (ext != ".h" && ext != ".cc") continue;
    std::ifstream in(e.path());
    std::string line;
    while (std::getline(in, line)) {
      std::smatch m;
      if (std::regex_search(line, m, kInclude)) out.push_back({fs::relative(e.path(), root).string(), m[1]});
    }
  }
  return out;
}

bool StartsWith(const std::string& s, const std::string& p) { return s.rfind(p, 0) == 0; }

TEST(LayeringTest, ModulesDependOnlyDownward) {
  for (const Include& i : Includes("graph")) {
    EXPECT_FALSE(StartsWith(i.header, "ingest/") || StartsWith(i.header, "query/") || StartsWith(i.header, "tools/"))
        << i.file << " includes " << i.header;
  }
  for (const Include& i : Includes("ingest")) {
    EXPECT_FALSE(StartsWith(i.header, "query/") || StartsWith(i.header, "tools/")) << i.file << " includes " << i.header;
  }
  for (const Include& i : Includes("query")) {
    EXPECT_FALSE(StartsWith(i.header, "ingest/") || StartsWith(i.header, "tools/")) << i.file << " includes " << i.header;
  }
}

TEST(LayeringTest, ThirdPartyLibrariesStayBehindTheirAdapters) {
  struct Rule {
    std::string header_prefix;
    std::vector<std::string> allowed;  // path prefixes
  };
  const std::vector<Rule> rules = {
      {"rocksdb/", {"graph/store/"}},
      {"mecab.h", {"ingest/text/japanese_tagger.cc"}},
      {"hunspell", {"ingest/text/lemmatizer.cc"}},
      {"libstemmer.h", {"ingest/text/stemmer.cc"}},
      {"cld2/", {"ingest/text/language_detector.cc"}},
      {"unicode/", {"ingest/text/", "graph/text/", "query/"}},
      {"boost/", {"query/"}},
      {"CLI/", {"tools/kg/main.cc"}},
  };
  for (const char* dir : {"graph", "ingest", "query", "tools"}) {
    for (const Include& i : Includes(dir)) {
      for (const Rule& r : rules) {
        if (!StartsWith(i.header, r.header_prefix)) continue;
        bool ok = false;
        for (const std::string& a : r.allowed) ok = ok || StartsWith(i.file, a);
        EXPECT_TRUE(ok) << i.file << " includes " << i.header << " outside its adapter";
      }
    }
  }
  // The store's header hides RocksDB.
  for (const Include& i : Includes("graph/store")) {
    if (i.file == "graph/store/store.h" || i.file == "graph/store/reader.h") {
      EXPECT_FALSE(StartsWith(i.header, "rocksdb/")) << i.file;
    }
  }
}

}  // namespace
