#include "tests/tools/cli_test_util.h"

#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <sstream>

namespace kg::testing {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

void WriteFile(const std::string& path, const std::string& data) {
  std::ofstream out(path, std::ios::binary);
  out << data;
}

std::string Quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) {
    if (c == '\'') q += "'\\''";
    else q += c;
  }
  return q + "'";
}

RunResult RunKg(const std::string& args, const std::string& stdin_text) {
  static TempDir scratch;
  static int counter = 0;
  const std::string base = scratch.Sub("run" + std::to_string(counter++));
  WriteFile(base + ".in", stdin_text);
  const std::string cmd = "KG_DATA_DIR=" + Quote(KG_TEST_DATA_DIR) + " " + Quote(KG_TEST_BINARY) + " " + args +
                          " <" + Quote(base + ".in") + " >" + Quote(base + ".out") + " 2>" + Quote(base + ".err");
  const int status = std::system(cmd.c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = ReadFile(base + ".out");
  r.err = ReadFile(base + ".err");
  return r;
}

std::string ValidateAgainstSchema(const std::string& schema, const std::string& file, bool whole) {
  const std::string out = file + ".validation";
  const std::string cmd = "/usr/bin/python3 " + Quote(KG_TEST_SOURCE_DIR "/tests/tools/validate_jsonl.py") + " " +
                          Quote(std::string(KG_TEST_SOURCE_DIR "/schemas/") + schema) + " " + Quote(file) +
                          (whole ? " --whole" : "") + " >" + Quote(out) + " 2>&1";
  const int status = std::system(cmd.c_str());
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return "";
  return "validation failed: " + ReadFile(out);
}

}  // namespace kg::testing
