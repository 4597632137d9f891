// FormatQueryError (declared in query/query.h): a query error as
//   LINE 1, COLUMN 10: unknown label 'Actr' (did you mean 'Actor'?)
//     MATCH (a:Actr) RETURN a
//              ^
// The column counts code points, as a reader counts characters; the caret
// is indented by display width (a Japanese character takes two columns in
// a terminal, a combining mark none) so it lands under the token.

#include <algorithm>

#include "query/query.h"
#include "query/text_width.h"

namespace kg::query {

std::string FormatQueryError(std::string_view text, const Status& status) {
  if (!status.has_span()) return status.message();
  const size_t offset = std::min<size_t>(status.span().offset, text.size());
  const size_t newline = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
  const size_t begin = newline == std::string_view::npos ? 0 : newline + 1;
  size_t end = text.find('\n', begin);
  if (end == std::string_view::npos) end = text.size();
  std::string_view line = text.substr(begin, end - begin);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  const size_t line_no = static_cast<size_t>(std::count(text.begin(), text.begin() + begin, '\n')) + 1;
  const std::string_view before = text.substr(begin, offset - begin);
  const size_t column = CodePointCount(before) + 1;

  std::string pad;
  // Tabs stay tabs so the caret line expands them like the line above.
  size_t run_start = 0;
  for (size_t i = 0; i <= before.size(); ++i) {
    if (i == before.size() || before[i] == '\t') {
      pad.append(DisplayWidth(before.substr(run_start, i - run_start)), ' ');
      if (i < before.size()) pad += '\t';
      run_start = i + 1;
    }
  }
  std::string out =
      "LINE " + std::to_string(line_no) + ", COLUMN " + std::to_string(column) + ": " + status.message() + "\n";
  out += "  " + std::string(line) + "\n";
  out += "  " + pad + "^";
  return out;
}

}  // namespace kg::query
