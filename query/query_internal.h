#pragma once

// Test hooks of the query facade (query.h).

#include <string_view>

#include "graph/base/result.h"
#include "query/exec_context.h"
#include "query/query.h"

namespace kg::query::internal {

// RunQuery that also reports the work done (entities loaded, index entries).
Result<ResultSet> RunQueryWithStats(const Reader& reader, std::string_view text, const Params& params,
                                    ExecStats* stats);

}  // namespace kg::query::internal
