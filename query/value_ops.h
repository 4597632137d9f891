#pragma once

// Operations on query values: comparison (with openCypher's three-valued
// logic: a comparison with null is null, and WHERE keeps only true), the
// total order ORDER BY uses, and identity keys for DISTINCT and grouping.
//
// Dates compare as the periods they denote (grammar.md "Dates"):
//   a <  b   a ends before b starts          (a.last  <  b.first)
//   a >  b   a starts after b ends           (a.first >  b.last)
//   a >= b   a starts no earlier than b      (a.first >= b.first)
//   a <= b   a ends no later than b          (a.last  <= b.last)
//   a =  b   the periods overlap: a month equals each of its days
// so `d >= '2020-10' AND d < '2020-11'` holds for every date whose whole
// period lies in October 2020, whatever its precision. A string compared
// with a date is read as an ISO date.

#include <optional>
#include <string>

#include "query/ast.h"
#include "query/value.h"

namespace kg::query {

// `a op b` for op in = <> < <= > >=; nullopt for null (either side null, or
// values that cannot be ordered, like a number and a string).
std::optional<bool> Compare(const Value& a, ast::Op op, const Value& b);

// The total order of ORDER BY, min() and max(): nulls last; values of
// different kinds by kind (node, relationship, list, path, string, boolean,
// number, date); dates by first day, a coarser date first on a tie.
// Returns <0, 0 or >0.
int OrderCompare(const Value& a, const Value& b);

// A string that is equal for two values exactly when DISTINCT and grouping
// treat them as the same (dates by value and precision, nodes by label and id).
std::string IdentityKey(const Value& v);

// The value as a date: a Date, or a string holding an ISO date.
std::optional<Date> AsDate(const Value& v);

// Truth value for WHERE and boolean operators: nullopt for null; a non-boolean
// is an error the binder prevents, and counts as null here.
std::optional<bool> AsBool(const Value& v);

// A short human-readable kind for messages: "Integer", "String", "Node"...
std::string KindOf(const Value& v);

}  // namespace kg::query
