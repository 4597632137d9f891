#pragma once

// The planner: a BoundQuery to a tree of operators (plan.h).
//
// MATCH (plan_match.cc): the patterns of a clause are matched one variable
// or relationship at a time. While some relationship touches a bound
// variable it is expanded, cheapest first (from an event: its own fields;
// from an article or actor: their index). Otherwise the most selective
// unbound variable is scanned: an actor by name or id (name index), an
// event by id, by type (type index, also for `-[e:ACCUSE]->`) or by date
// (date index), and only then every node of a label. Date bounds on an
// event (e.date >= ..., <, =, IS NOT NULL) narrow the day range of the
// index scan that finds it, whether a type, date or actor index. Each WHERE
// conjunct is applied as soon as its variables are bound; those an index
// scan answers exactly (a name, an id, a type) are not repeated.
//
// RETURN (planner.cc): Project, or Aggregate then Project; Distinct; Sort;
// SkipLimit.

#include <string>
#include <vector>

#include "graph/base/result.h"
#include "query/bound.h"
#include "query/plan.h"

namespace kg::query {

struct Plan {
  OperatorPtr root;
  std::vector<std::string> columns;
  std::vector<int> column_slots;
  size_t num_slots = 0;
};

// Consumes the expressions of `q`.
Result<Plan> PlanQuery(BoundQuery& q);

// "Results a.name, e.date" and the operator tree below it, for EXPLAIN.
std::string ExplainPlan(const Plan& plan);

namespace internal {

// Appends the operators matching one clause to `input`. `bound` holds the
// variables bound by earlier clauses and gains this clause's.
Result<OperatorPtr> PlanMatch(BoundQuery& q, BoundMatch& m, std::vector<bool>* bound, OperatorPtr input);

}  // namespace internal
}  // namespace kg::query
