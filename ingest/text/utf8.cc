#include "ingest/text/utf8.h"

#include <unicode/utf8.h>

namespace kg::ingest {

namespace {
constexpr size_t kBlock = 64;
inline bool IsLead(unsigned char c) { return (c & 0xC0) != 0x80; }
}  // namespace

bool IsValidUtf8(std::string_view text, size_t* bad_offset) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < n) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) {
      *bad_offset = static_cast<size_t>(start);
      return false;
    }
  }
  return true;
}

CodePointMap::CodePointMap(std::string_view text) : text_(text) {
  uint32_t count = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i % kBlock == 0) block_counts_.push_back(count);
    count += IsLead(static_cast<unsigned char>(text[i]));
  }
  total_ = count;
}

uint32_t CodePointMap::ToCodePoint(size_t byte_offset) const {
  if (byte_offset >= text_.size()) return total_;
  const size_t block = byte_offset / kBlock;
  uint32_t count = block_counts_[block];
  for (size_t i = block * kBlock; i < byte_offset; ++i) count += IsLead(static_cast<unsigned char>(text_[i]));
  return count;
}

}  // namespace kg::ingest
