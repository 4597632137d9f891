#pragma once

// LineReader: reads newline-separated records from a stream in bounded
// memory. A line longer than the limit is skipped (not buffered) and
// reported as such, so one 50 MB line cannot exhaust memory.

#include <cstddef>
#include <istream>
#include <string>

namespace kg::ingest {

class LineReader {
 public:
  LineReader(std::istream& in, size_t max_line_bytes) : in_(in), max_(max_line_bytes) {}

  enum class Outcome { kLine, kTooLong, kEnd };

  // Reads the next line (without '\n', and without a trailing '\r').
  // kTooLong: `line` is empty and `skipped_bytes` says how long it was.
  Outcome Next(std::string* line, size_t* skipped_bytes);
  size_t line_number() const { return line_no_; }
  bool saw_any_byte() const { return saw_any_; }

 private:
  bool Fill();
  std::istream& in_;
  size_t max_;
  size_t line_no_ = 0;
  bool saw_any_ = false;
  char buf_[1 << 16];
  size_t pos_ = 0;
  size_t len_ = 0;
};

}  // namespace kg::ingest
