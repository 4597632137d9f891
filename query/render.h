#pragma once

// Rendering of query results for people and programs (`kg query`, tests).
//
// JSON (jsonl and json output): strings, numbers, booleans and null as
// such; dates as ISO strings of their precision ("2020-10", never an
// invented day); lists as arrays; nodes as objects with "_label" and their
// properties ({"_label":"Actor","id":"country:IR","name":"Iran",...});
// relationships as {"_type","_start","_end"} (the ids of their end nodes)
// plus, for the actor-to-actor relationships that stand for events, the
// event's properties; paths as {"nodes":[...],"relationships":[...]}.
// Text is UTF-8 as is; invalid bytes become U+FFFD.
//
// Text (table cells, CSV fields): actors as "Iran (country:IR)", events as
// "ACCUSE 2020-10-21 (ev_...)", articles as "title (id)", paths as
// "Pompeo -[ACCUSE]-> Iran".

#include <string>
#include <string_view>
#include <vector>

#include "graph/base/result.h"
#include "graph/store/reader.h"
#include "query/exec_context.h"
#include "query/value.h"

namespace kg::query {

class ValueRenderer {
 public:
  // `reader` must outlive the renderer.
  explicit ValueRenderer(const Reader& reader) : ctx_(reader) {}

  Result<std::string> ToJson(const Value& v);
  // {"column": value, ...} in column order.
  Result<std::string> RowToJson(const std::vector<std::string>& columns, const std::vector<Value>& row);
  // `null_text` is what null becomes ("null" in tables, "" in CSV).
  Result<std::string> ToText(const Value& v, std::string_view null_text = "null");

 private:
  Status AppendJson(const Value& v, std::string* out);
  Result<std::string> NodeText(const NodeRef& n);
  ExecContext ctx_;
};

// A JSON string literal, quotes included.
std::string JsonQuote(std::string_view s);

}  // namespace kg::query
