#pragma once

// Runs the kg binary in tests: command line, exit status, stdout, stderr.

#include <string>

#include "tests/test_util.h"

namespace kg::testing {

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `kg <args>` through /bin/sh (args are a shell fragment), with the
// data directory of the build and `stdin_text` on standard input.
RunResult RunKg(const std::string& args, const std::string& stdin_text = "");

// Validates a file against a schema in schemas/ with python3-jsonschema;
// returns "" when valid, else the validator's message.
std::string ValidateAgainstSchema(const std::string& schema, const std::string& file, bool whole = false);

std::string ReadFile(const std::string& path);
void WriteFile(const std::string& path, const std::string& data);
// Single-quotes a string for /bin/sh.
std::string Quote(const std::string& s);

}  // namespace kg::testing
