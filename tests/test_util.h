#pragma once

// Helpers shared by kg's tests: status assertions and temporary directories.

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "graph/base/status.h"

#define ASSERT_OK(expr)                                      \
  do {                                                       \
    const ::kg::Status _s = ::kg::testing::ToStatus(expr);   \
    ASSERT_TRUE(_s.ok()) << _s.ToString();                   \
  } while (0)
#define EXPECT_OK(expr)                                      \
  do {                                                       \
    const ::kg::Status _s = ::kg::testing::ToStatus(expr);   \
    EXPECT_TRUE(_s.ok()) << _s.ToString();                   \
  } while (0)

namespace kg::testing {

inline Status ToStatus(const Status& s) { return s; }
template <class R>
Status ToStatus(const R& r) {
  return r.status();
}

// A fresh directory removed when the object goes away.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "kg-test-XXXXXX").string();
    path_ = mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }
  std::string Sub(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

// The directory with the shared corpus (../shared beside the project), or ""
// when it is absent.
inline std::string SharedDir() {
  std::error_code ec;
  if (std::filesystem::is_directory(KG_TEST_SHARED_DIR "/corpus/seeds", ec)) return KG_TEST_SHARED_DIR;
  return "";
}

#define KG_SKIP_WITHOUT_SHARED()                                                             \
  if (::kg::testing::SharedDir().empty())                                                    \
  GTEST_SKIP() << "../shared/corpus/seeds is not present beside the project; this test "     \
                  "reads the shared seed corpus and is skipped without it"

}  // namespace kg::testing
