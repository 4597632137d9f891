#include "query/text_width.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace kg::query {

namespace {

int CodePointWidth(UChar32 c) {
  if (c < 0) return 1;
  if (c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF) return 0;
  const int gc = u_getIntPropertyValue(c, UCHAR_GENERAL_CATEGORY);
  if (gc == U_NON_SPACING_MARK || gc == U_ENCLOSING_MARK || gc == U_FORMAT_CHAR) return 0;
  const int ea = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return ea == U_EA_WIDE || ea == U_EA_FULLWIDTH ? 2 : 1;
}

}  // namespace

size_t DisplayWidth(std::string_view text) {
  size_t width = 0;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(text.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(text.data(), i, n, c);
    width += CodePointWidth(c);
  }
  return width;
}

size_t CodePointCount(std::string_view text) {
  size_t count = 0;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(text.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(text.data(), i, n, c);
    (void)c;  // only counting
    ++count;
  }
  return count;
}

}  // namespace kg::query
