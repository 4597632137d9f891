#pragma once

// Shared by `kg timeline` and `kg export dot`: turning the command line's
// --query / --actor / --type / --from / --to / --depth into a GraphSlice,
// reporting its errors, and writing the output.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/base/result.h"
#include "graph/store/reader.h"
#include "query/export/graph_slice.h"
#include "tools/kg/commands.h"

namespace kg::cli {

// --query runs the query (its Event, Actor and Article values, relationships
// and paths make the slice); otherwise the filters select events.
Result<query::GraphSlice> LoadSlice(const Reader& reader, const SliceArgs& args);

// "name=value" -> parameter, as `kg query --param` reads it: the value is
// JSON when it parses as JSON (42, 1.5, true, null, "text", ["a","b"]),
// else the text itself as a string.
Result<query::Params> ParamsFromArgs(const std::vector<std::string>& params);

// Prints a LoadSlice error: a query error with its line, column and caret
// (exit 2), anything else as ReportError does.
int ReportSliceError(const SliceArgs& args, const Status& s);

// The selection as (name, value) pairs for a timeline's title and metadata.
std::vector<std::pair<std::string, std::string>> DescribeSlice(const SliceArgs& args);

// Writes `text` to `path`, or to stdout when path is "" or "-".
Status WriteOutput(const std::string& path, std::string_view text);

}  // namespace kg::cli
