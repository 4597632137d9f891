#pragma once

// Node properties as queries see them (grammar.md "Graph model"), read
// through an ExecContext. Empty strings and unknown dates read as null, so
// `a.country IS NULL` finds actors without a country.

#include <string>
#include <utility>
#include <vector>

#include "graph/base/result.h"
#include "query/bound.h"
#include "query/exec_context.h"
#include "query/value.h"

namespace kg::query {

// Property `p` of `node`; null when the node does not have it or the store
// no longer has the node.
Result<Value> PropertyOf(ExecContext& ctx, const NodeRef& node, Prop p);

// Every property of `node` (in the schema's order) with its value, nulls
// left out. Empty when the store does not have the node.
Result<std::vector<std::pair<std::string, Value>>> PropertiesOf(ExecContext& ctx, const NodeRef& node);

// "Actor", "Event", "Article".
const char* LabelOf(const NodeRef& node);

}  // namespace kg::query
