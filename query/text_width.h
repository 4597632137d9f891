#pragma once

// Display widths of UTF-8 text in a terminal (East Asian Width): wide and
// full-width characters take two columns, combining marks and format
// characters none, everything else one. Used to align error carets and
// table columns under Japanese and Arabic text.

#include <cstddef>
#include <string_view>

namespace kg::query {

// Columns `text` occupies; invalid bytes count one column each.
size_t DisplayWidth(std::string_view text);

// Number of code points in `text` (invalid bytes count one each).
size_t CodePointCount(std::string_view text);

}  // namespace kg::query
