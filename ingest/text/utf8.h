#pragma once

// UTF-8 checks and the byte -> code point offset map. Analysis works on byte
// offsets into the UTF-8 text; everything kg reports uses code point offsets,
// which is what Python's text[start:end] or a JavaScript user (after
// Array.from) expects.

#include <cstdint>
#include <string_view>
#include <vector>

namespace kg::ingest {

// True when `text` is well-formed UTF-8 (no overlongs, surrogates or values
// past U+10FFFF). On failure *bad_offset is the first bad byte.
bool IsValidUtf8(std::string_view text, size_t* bad_offset);

class CodePointMap {
 public:
  // REQUIRES: text is valid UTF-8.
  explicit CodePointMap(std::string_view text);
  // Code point offset of a byte offset (which must be on a character
  // boundary, or text.size()).
  uint32_t ToCodePoint(size_t byte_offset) const;
  uint32_t size() const { return total_; }

 private:
  // Code point count at the start of every 64-byte block; the rest is counted.
  std::vector<uint32_t> block_counts_;
  std::string_view text_;
  uint32_t total_ = 0;
};

}  // namespace kg::ingest
