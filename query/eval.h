#pragma once

// Evaluation of bound expressions over a row of slot values.

#include <vector>

#include "graph/base/result.h"
#include "query/bound.h"
#include "query/exec_context.h"
#include "query/value.h"

namespace kg::query {

using Row = std::vector<Value>;

// The value of `e` in `row`. Errors (SemanticError with the expression's
// span) only for what the binder cannot rule out: integer division by zero,
// a string that is not a date given to date(), an overflow.
// REQUIRES: e contains no aggregate call (the planner replaces them).
Result<Value> Eval(const BExpr& e, const Row& row, ExecContext& ctx);

// WHERE semantics: true when `e` evaluates to true; false for false and null.
Result<bool> EvalPredicate(const BExpr& e, const Row& row, ExecContext& ctx);

// toString() of a value: numbers as written, dates in ISO form of their
// precision, nodes as "Label:id".
std::string ValueToPlainString(const Value& v);

}  // namespace kg::query
