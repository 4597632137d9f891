#pragma once

// The query facade: kg's subset of openCypher/GQL (grammar in
// query/grammar.md) over a store Reader.
//
//   auto rs = query::RunQuery(reader, "MATCH (a:Actor)-[e:ACCUSE]->(b) RETURN a.name, e.date", params);
//
// Errors are Status::SyntaxError / SemanticError with a SourceSpan into the
// query text; FormatQueryError renders them with line, column and a caret.

#include <map>
#include <string>
#include <string_view>

#include "graph/base/result.h"
#include "graph/store/reader.h"
#include "query/result_set.h"
#include "query/value.h"

namespace kg::query {

using Params = std::map<std::string, Value>;

Result<ResultSet> RunQuery(const Reader& reader, std::string_view text, const Params& params = {});

// The plan for a query, one operator per line (what EXPLAIN prints).
Result<std::string> ExplainQuery(const Reader& reader, std::string_view text, const Params& params = {});

// "LINE 2, COLUMN 9: unknown label 'Actr' (did you mean 'Actor'?)\n  MATCH (a:Actr)\n          ^"
// Columns count code points, so the caret sits under Arabic or Japanese text too.
std::string FormatQueryError(std::string_view text, const Status& status);

}  // namespace kg::query
