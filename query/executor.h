#pragma once

// The executor: pulls every row out of a plan's root operator and keeps the
// RETURN columns.

#include "graph/base/result.h"
#include "query/exec_context.h"
#include "query/planner.h"
#include "query/result_set.h"

namespace kg::query {

Result<ResultSet> Execute(const Plan& plan, ExecContext* ctx);

}  // namespace kg::query
