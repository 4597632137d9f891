#pragma once

// The syntax tree of a query, as the parser builds it (query/grammar.md has
// the grammar). Plain structs; every node carries the byte span of the text
// it came from, for error messages and for RETURN column names.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "graph/base/status.h"
#include "query/value.h"

namespace kg::query::ast {

enum class ExprKind : uint8_t {
  kLiteral,            // literal: null, bool, integer, float or string
  kParameter,          // name: $name
  kVariable,           // name
  kProperty,           // args[0].name
  kList,               // [args...]
  kUnary,              // op args[0]  (kNot, kNeg)
  kBinary,             // args[0] op args[1]
  kIsNull,             // args[0] IS [NOT] NULL   (negated = IS NOT NULL)
  kFunction,           // name(args...), count(*) has star, count(DISTINCT x) has distinct
  kIndex,              // args[0][args[1]]
  kListComprehension,  // [name IN args[0] WHERE args[1] | args[2]]; args[1], args[2] may be null
};

enum class Op : uint8_t {
  kNone,
  kOr,
  kXor,
  kAnd,
  kNot,
  kEq,
  kNe,
  kLt,
  kLe,
  kGt,
  kGe,
  kIn,
  kStartsWith,
  kEndsWith,
  kContains,
  kAdd,
  kSub,
  kMul,
  kDiv,
  kMod,
  kNeg,
};

// "AND", "=", "STARTS WITH", ...
const char* OpName(Op op);

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;

struct Expr {
  ExprKind kind = ExprKind::kLiteral;
  SourceSpan span;
  Value literal;
  std::string name;      // variable, parameter, property key or function name
  SourceSpan name_span;  // of the property key or function name
  Op op = Op::kNone;
  bool negated = false;   // IS NOT NULL
  bool star = false;      // count(*)
  bool distinct = false;  // count(DISTINCT x)
  std::vector<ExprPtr> args;
};

// key: value inside a node or relationship pattern.
struct PropertyEntry {
  std::string key;
  SourceSpan key_span;
  ExprPtr value;
};

struct NodePattern {
  SourceSpan span;
  std::string var;  // "" when anonymous
  SourceSpan var_span;
  std::string label;  // "" when none
  SourceSpan label_span;
  std::vector<PropertyEntry> properties;
};

enum class Direction : uint8_t { kRight, kLeft, kBoth };  // -> <- -

struct RelType {
  std::string name;
  SourceSpan span;
};

struct RelPattern {
  SourceSpan span;
  std::string var;
  SourceSpan var_span;
  std::vector<RelType> types;  // alternatives: [:A|B]
  Direction direction = Direction::kBoth;
  bool variable_length = false;     // [*...]
  std::optional<int64_t> min_hops;  // [*2..]
  std::optional<int64_t> max_hops;  // [*..3]
  SourceSpan range_span;            // the '*...' part
  std::vector<PropertyEntry> properties;
};

enum class PathFunction : uint8_t { kNone, kShortest, kAllShortest };

struct PathPattern {
  SourceSpan span;
  std::string var;  // p = ...
  SourceSpan var_span;
  PathFunction function = PathFunction::kNone;
  SourceSpan function_span;
  std::vector<NodePattern> nodes;  // nodes.size() == rels.size() + 1
  std::vector<RelPattern> rels;
};

struct MatchClause {
  SourceSpan span;
  bool optional = false;
  std::vector<PathPattern> patterns;
  ExprPtr where;  // may be null
};

struct ReturnItem {
  ExprPtr expr;
  std::string alias;  // "" when none
  SourceSpan alias_span;
  std::string text;  // the expression as written: the column name without an alias
};

struct SortItem {
  ExprPtr expr;
  bool descending = false;
};

struct ReturnClause {
  SourceSpan span;
  bool distinct = false;
  bool star = false;  // RETURN *
  SourceSpan star_span;
  std::vector<ReturnItem> items;
  std::vector<SortItem> order_by;
  ExprPtr skip;   // may be null
  ExprPtr limit;  // may be null
};

struct Query {
  bool explain = false;
  std::vector<MatchClause> matches;
  ReturnClause ret;
};

}  // namespace kg::query::ast
