#include "ingest/source/line_reader.h"

#include <cstring>

namespace kg::ingest {

bool LineReader::Fill() {
  in_.read(buf_, sizeof buf_);
  len_ = static_cast<size_t>(in_.gcount());
  pos_ = 0;
  if (len_ > 0) saw_any_ = true;
  return len_ > 0;
}

LineReader::Outcome LineReader::Next(std::string* line, size_t* skipped_bytes) {
  line->clear();
  *skipped_bytes = 0;
  size_t total = 0;
  bool too_long = false;
  bool got_any = false;
  while (true) {
    if (pos_ == len_ && !Fill()) break;
    got_any = true;
    const char* start = buf_ + pos_;
    const void* nl = std::memchr(start, '\n', len_ - pos_);
    const size_t chunk = nl ? static_cast<const char*>(nl) - start : len_ - pos_;
    total += chunk;
    if (!too_long && total > max_) {
      too_long = true;
      line->clear();
      line->shrink_to_fit();
    }
    if (!too_long) line->append(start, chunk);
    pos_ += chunk;
    if (nl) {
      ++pos_;  // the newline
      break;
    }
  }
  if (!got_any) return Outcome::kEnd;
  ++line_no_;
  if (too_long) {
    *skipped_bytes = total;
    return Outcome::kTooLong;
  }
  if (!line->empty() && line->back() == '\r') line->pop_back();
  return Outcome::kLine;
}

}  // namespace kg::ingest
