#pragma once

// The bound query: the syntax tree with names resolved against the graph
// model and the store (labels, properties, relationship and event types),
// parameters substituted, types checked, and every variable given a slot in
// the row that operators pass along. The binder (binder.h) builds it; the
// planner (planner.h) turns it into operators.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "graph/base/status.h"
#include "query/ast.h"
#include "query/value.h"

namespace kg::query {

// A node label as the binder knows it; kAny for an unlabelled node that no
// relationship pins down (it matches nodes of every label).
enum class NodeLabel : uint8_t { kAny, kActor, kEvent, kArticle };
const char* LabelName(NodeLabel l);      // "Actor", ...; "" for kAny
NodeRef::Label ToRefLabel(NodeLabel l);  // REQUIRES: l != kAny

// Static types, for type checks at bind time. kAny when unknown.
enum class Type : uint8_t { kAny, kNull, kBool, kInt, kFloat, kString, kDate, kNode, kRel, kPath, kList };
const char* TypeName(Type t);  // "Integer", "String", ...

// The properties queries see on nodes (grammar.md "Graph model").
enum class Prop : uint8_t {
  kId,
  kName,
  kKind,
  kCountry,
  kAliases,
  kType,
  kDate,
  kDateBasis,
  kTheme,
  kConfidence,
  kNegated,
  kModality,
  kArticleCount,
  kMentionCount,
  kCameo,
  kQuadClass,
  kTitle,
  kPublished,
  kLang,
  kUrl,
  kSource,
};

// The stored relationship types.
enum class StoredRel : uint8_t { kSource, kTarget, kAttributedTo, kMentionedIn };
const char* StoredRelName(StoredRel r);  // "SOURCE", ...

enum class Func : uint8_t {
  // Aggregates.
  kCount,
  kCollect,
  kMin,
  kMax,
  kSum,
  kAvg,
  // Scalars.
  kNodes,
  kRelationships,
  kLength,
  kSize,
  kType,
  kLabels,
  kId,
  kDate,
  kCoalesce,
  kToLower,
  kToUpper,
  kToString,
  kStartNode,
  kEndNode,
};
bool IsAggregate(Func f);

enum class BKind : uint8_t {
  kConst,     // value
  kSlot,      // slot
  kProperty,  // args[0].prop
  kList,      // [args...]
  kNot,
  kNeg,
  kAnd,
  kOr,
  kXor,
  kCompare,   // args[0] op args[1]; op is one of = <> < <= > >=
  kIn,        // args[0] IN args[1]
  kStringOp,  // STARTS WITH / ENDS WITH / CONTAINS
  kArith,     // + - * / %
  kIsNull,    // negated: IS NOT NULL
  kFunction,  // fn(args...); aggregates never reach evaluation (see AggSpec)
  kIndex,     // args[0][args[1]]
  // Actor names match any alias, folded as ingest folds them
  // (Reader::FindActorsByName): args[0] is the actor, args[1] the name(s).
  kActorNameEq,        // a.name = x
  kActorNameIn,        // a.name IN list
  kActorNameText,      // a.name STARTS WITH / ENDS WITH / CONTAINS x (op)
  kHasLabel,           // args[0] is a node with label `value` (a String)
  kListComprehension,  // [x IN args[0] WHERE args[1] | args[2]]: x in `slot`; args[1], args[2] may be null
};

struct BExpr;
using BExprPtr = std::unique_ptr<BExpr>;

struct BExpr {
  BKind kind = BKind::kConst;
  SourceSpan span;
  Type type = Type::kAny;
  Value value;  // kConst
  int slot = -1;
  Prop prop = Prop::kId;
  ast::Op op = ast::Op::kNone;
  Func fn = Func::kCount;
  bool negated = false;
  std::vector<BExprPtr> args;
  std::string canon;  // canonical text (ast_printer) of the source expression
};

BExprPtr CloneExpr(const BExpr& e);
// True when the expression reads no slot (constants, lists of constants).
bool IsConstant(const BExpr& e);
// Appends the slots the expression reads (not the variables of list
// comprehensions, which it binds itself).
void CollectSlots(const BExpr& e, std::vector<int>* slots);

struct Variable {
  std::string name;     // as written; a generated "anonN" for anonymous ones
  bool hidden = false;  // anonymous, or internal
  enum class Kind : uint8_t { kNode, kRel, kPath, kEventList, kValue } kind = Kind::kNode;
  NodeLabel label = NodeLabel::kAny;  // kNode
  int slot = -1;
  SourceSpan span;
};

// A relationship pattern between two node variables (indexes into
// BoundQuery::vars). `left`/`right` are as written; `direction` is as written.
struct BoundEdge {
  enum class Kind : uint8_t {
    kStored,     // SOURCE, TARGET, ATTRIBUTED_TO, MENTIONED_IN
    kEvent,      // (a:Actor)-[e:ACCUSE]->(b:Actor): e is an Event node
    kVarLength,  // (a)-[*1..3]-(b): actor to actor through events
  };
  Kind kind = Kind::kStored;
  SourceSpan span;
  std::string text;  // for EXPLAIN: "(a)-[e:ACCUSE]->(b)"
  int left = -1;
  int right = -1;
  ast::Direction direction = ast::Direction::kBoth;

  // kStored: each candidate type with its orientation (left is the
  // relationship's start node or not); `rel_var` holds the RelRef.
  struct Hop {
    StoredRel type;
    bool left_is_start;
  };
  std::vector<Hop> hops;
  int rel_var = -1;

  // kEvent and kVarLength: event types, empty = any. kEvent: `event_var`
  // is the Event node (hidden when anonymous); `rel_var` a hidden RelRef of
  // the actor-to-actor relationship, for paths.
  std::vector<std::string> event_types;
  int event_var = -1;

  // kVarLength: hops, `list_var` (the events, may be -1) and `segment_var`
  // (hidden PathValue of the walk, for paths).
  int64_t min_hops = 1;
  int64_t max_hops = 1;
  int list_var = -1;
  int segment_var = -1;
};

struct BoundPath {
  int path_var = -1;  // -1 when the path is not named
  ast::PathFunction function = ast::PathFunction::kNone;
  SourceSpan span;
  std::string text;
  std::vector<int> nodes;  // variable indexes
  std::vector<int> edges;  // indexes into BoundMatch::edges
};

struct Conjunct {
  BExprPtr expr;
  std::vector<int> slots;  // slots it reads
  std::string text;        // for EXPLAIN
};

struct BoundMatch {
  bool optional = false;
  std::vector<int> nodes;  // node variables of this clause, in order of appearance
  std::vector<BoundEdge> edges;
  std::vector<BoundPath> paths;
  std::vector<Conjunct> conjuncts;  // WHERE split on AND, plus {key: value} maps
  std::vector<int> new_vars;        // variables this clause binds
};

struct AggSpec {
  Func fn = Func::kCount;
  bool distinct = false;
  BExprPtr arg;  // null for count(*)
  int slot = -1;
  std::string text;
};

struct SortKey {
  BExprPtr expr;  // evaluated after projection
  int slot = -1;
  bool descending = false;
  std::string text;
};

struct BoundReturn {
  std::vector<std::string> columns;
  std::vector<int> column_slots;
  std::vector<BExprPtr> items;  // one per column; aggregated items refer to AggSpec slots
  std::vector<std::string> item_texts;
  bool aggregate = false;
  std::vector<int> key_items;  // indexes of items that are grouping keys
  std::vector<AggSpec> aggs;
  bool distinct = false;
  std::vector<SortKey> order_by;
  int64_t skip = 0;
  int64_t limit = -1;  // -1 = none
};

struct BoundQuery {
  bool explain = false;
  std::vector<Variable> vars;
  int num_slots = 0;
  std::vector<BoundMatch> matches;
  BoundReturn ret;
};

}  // namespace kg::query
