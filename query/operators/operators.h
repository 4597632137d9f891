#pragma once

// The operators of query plans (see plan.h for the model). Each takes a
// spec struct filled by the planner; slots index the row.
//
// scan_ops.cc        ScanOp
// expand_ops.cc      ExpandEventOp, ExpandStoredOp
// path_ops.cc        VarLengthOp, ShortestPathOp, BuildPathOp
// relational_ops.cc  FilterOp, OptionalOp, ProjectOp, AggregateOp,
//                    DistinctOp, SortOp, SkipLimitOp

#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

#include "query/bound.h"
#include "query/plan.h"

namespace kg::query {

inline Value NodeValue(NodeRef::Label label, std::string id) { return Value(NodeRef{label, std::move(id)}); }

// ---- Scans: bind one node variable for each input row. ----

struct ScanSpec {
  enum class Mode {
    kAll,     // every node of the label (a full scan)
    kByName,  // actors whose name or alias folds like `keys` (Reader::FindActorsByName)
    kById,    // the node(s) with the id(s) in `keys`
    kByType,  // events of the types in `types`, through the type index
    kByDate,  // events in the day range of `dates`, through the date index
  };
  Mode mode = Mode::kAll;
  NodeLabel label = NodeLabel::kAny;
  int slot = -1;
  std::string var_text;           // "(a:Actor)"
  std::vector<std::string> keys;  // names (kByName) or ids (kById)
  std::string keys_text;          // "a.name = 'Iran'"
  std::vector<std::string> types;
  DateBounds dates;  // events: narrows kAll/kByType to a day range
};

class ScanOp : public FlatMapOp {
 public:
  ScanOp(OperatorPtr child, ScanSpec spec) : FlatMapOp(std::move(child)), spec_(std::move(spec)) {}
  std::string Describe() const override;

 protected:
  Status Start(const Row& in) override;
  Result<bool> Produce(const Row& in, Row* out) override;

 private:
  ScanSpec spec_;
  std::vector<NodeRef> found_;
  size_t next_ = 0;
};

// ---- Expansions. ----

// (left)-[event]-(right) where left and right are actors and the event is
// one of `types` (any when empty) with source and target.
struct EventExpandSpec {
  enum class From { kLeft, kRight, kEvent };
  From from = From::kLeft;
  std::string text;  // "(a)-[e:ACCUSE]->(b)"
  std::vector<std::string> types;
  ast::Direction direction = ast::Direction::kBoth;  // as written, left to right
  int left_slot = -1;
  int right_slot = -1;
  int event_slot = -1;
  int rel_slot = -1;
  // Bound before this operator (so checked, not bound). The node expanded
  // from is always bound.
  bool left_bound = false;
  bool right_bound = false;
  DateBounds dates;       // of the event; pushed into the actor index scan
  std::string from_name;  // the variable expanded from, for EXPLAIN
};

class ExpandEventOp : public FlatMapOp {
 public:
  ExpandEventOp(OperatorPtr child, EventExpandSpec spec) : FlatMapOp(std::move(child)), spec_(std::move(spec)) {}
  std::string Describe() const override;

 protected:
  Status Start(const Row& in) override;
  Result<bool> Produce(const Row& in, Row* out) override;

 private:
  struct Match {
    std::string event_id;
    std::string left_id;
    std::string right_id;
    RelRef rel;
  };
  Status FromActor(const Row& in, bool from_left);
  Status FromEvent(const Row& in);
  bool Accepts(const Row& in, const std::string& left, const std::string& right) const;
  EventExpandSpec spec_;
  std::vector<Match> found_;
  size_t next_ = 0;
};

// A stored relationship (SOURCE, TARGET, ATTRIBUTED_TO, MENTIONED_IN) from
// the bound node on one side to the node on the other.
struct StoredExpandSpec {
  std::string text;
  std::vector<BoundEdge::Hop> hops;  // each type with its orientation (left is its start?)
  int left_slot = -1;
  int right_slot = -1;
  int rel_slot = -1;
  bool from_left = true;  // the bound node is the left one
  NodeLabel from_label = NodeLabel::kActor;
  bool to_bound = false;  // the other node is bound too: check it
  DateBounds dates;       // of the event reached from an actor
  std::string from_name;
};

class ExpandStoredOp : public FlatMapOp {
 public:
  ExpandStoredOp(OperatorPtr child, StoredExpandSpec spec) : FlatMapOp(std::move(child)), spec_(std::move(spec)) {}
  std::string Describe() const override;

 protected:
  Status Start(const Row& in) override;
  Result<bool> Produce(const Row& in, Row* out) override;

 private:
  StoredExpandSpec spec_;
  std::vector<std::pair<NodeRef, RelRef>> found_;  // the other node, the relationship
  size_t next_ = 0;
};

// (left)-[*min..max]-(right): walks from actor to actor through events with
// a source and a target, never using an event twice in one walk.
struct VarLengthSpec {
  std::string text;
  std::vector<std::string> types;
  ast::Direction direction = ast::Direction::kBoth;
  int left_slot = -1;
  int right_slot = -1;
  bool from_left = true;
  bool to_bound = false;
  int64_t min_hops = 1;
  int64_t max_hops = 1;
  int list_slot = -1;     // the events of the walk, or -1
  int segment_slot = -1;  // the walk as a PathValue, left to right
  std::string from_name;
};

class VarLengthOp : public FlatMapOp {
 public:
  VarLengthOp(OperatorPtr child, VarLengthSpec spec) : FlatMapOp(std::move(child)), spec_(std::move(spec)) {}
  std::string Describe() const override;

 protected:
  Status Start(const Row& in) override;
  Result<bool> Produce(const Row& in, Row* out) override;

 private:
  VarLengthSpec spec_;
  std::vector<PathValue> found_;  // walks from the bound end, in walking order
  size_t next_ = 0;
};

// shortestPath / allShortestPaths between two bound actors: breadth-first
// over the actor graph, through events of `types` (any when empty).
struct ShortestPathSpec {
  std::string text;
  std::vector<std::string> types;
  ast::Direction direction = ast::Direction::kBoth;
  int left_slot = -1;
  int right_slot = -1;
  int64_t min_hops = 1;
  int64_t max_hops = 1;
  bool all = false;
  int list_slot = -1;
  int segment_slot = -1;
};

class ShortestPathOp : public FlatMapOp {
 public:
  ShortestPathOp(OperatorPtr child, ShortestPathSpec spec) : FlatMapOp(std::move(child)), spec_(std::move(spec)) {}
  std::string Describe() const override;

 protected:
  Status Start(const Row& in) override;
  Result<bool> Produce(const Row& in, Row* out) override;

 private:
  ShortestPathSpec spec_;
  std::vector<PathValue> found_;
  size_t next_ = 0;
};

// Assembles a named path from the slots of its nodes and relationships.
struct PathPiece {
  int rel_slot = -1;      // a RelRef (single relationship), or
  int segment_slot = -1;  // a PathValue segment (variable length, shortest path)
  int node_slot = -1;     // the node after it
};

class BuildPathOp : public FlatMapOp {
 public:
  BuildPathOp(OperatorPtr child, int path_slot, int first_node_slot, std::vector<PathPiece> pieces, std::string text)
      : FlatMapOp(std::move(child)),
        path_slot_(path_slot),
        first_node_slot_(first_node_slot),
        pieces_(std::move(pieces)),
        text_(std::move(text)) {}
  std::string Describe() const override { return "BuildPath " + text_; }

 protected:
  Status Start(const Row&) override {
    done_ = false;
    return Status::OK();
  }
  Result<bool> Produce(const Row& in, Row* out) override;

 private:
  int path_slot_;
  int first_node_slot_;
  std::vector<PathPiece> pieces_;
  std::string text_;
  bool done_ = false;
};

// ---- Relational operators. ----

class FilterOp : public Operator {
 public:
  FilterOp(OperatorPtr child, BExprPtr predicate, std::string text)
      : child_(std::move(child)), predicate_(std::move(predicate)), text_(std::move(text)) {}
  Status Open(ExecContext* ctx) override {
    ctx_ = ctx;
    return child_->Open(ctx);
  }
  Result<bool> Next(Row* row) override;
  std::string Describe() const override { return "Filter " + text_; }
  std::vector<const Operator*> Children() const override { return {child_.get()}; }

 private:
  OperatorPtr child_;
  BExprPtr predicate_;
  std::string text_;
  ExecContext* ctx_ = nullptr;
};

// OPTIONAL MATCH: runs `inner` (whose leaf is `argument`) for each input
// row; when it yields nothing, passes the input on with `new_slots` null.
class OptionalOp : public FlatMapOp {
 public:
  OptionalOp(OperatorPtr child, OperatorPtr inner, ArgumentOp* argument, std::vector<int> new_slots)
      : FlatMapOp(std::move(child)), inner_(std::move(inner)), argument_(argument), new_slots_(std::move(new_slots)) {}
  std::string Describe() const override { return "Optional"; }
  std::vector<const Operator*> Children() const override;

 protected:
  Status Start(const Row& in) override;
  Result<bool> Produce(const Row& in, Row* out) override;

 private:
  OperatorPtr inner_;
  ArgumentOp* argument_;
  std::vector<int> new_slots_;
  bool produced_ = false;
  bool finished_ = false;
};

// Evaluates expressions into slots, in order (a later one may read an
// earlier one's slot).
class ProjectOp : public Operator {
 public:
  ProjectOp(OperatorPtr child, std::vector<std::pair<int, BExprPtr>> items, std::vector<std::string> texts)
      : child_(std::move(child)), items_(std::move(items)), texts_(std::move(texts)) {}
  Status Open(ExecContext* ctx) override {
    ctx_ = ctx;
    return child_->Open(ctx);
  }
  Result<bool> Next(Row* row) override;
  std::string Describe() const override;
  std::vector<const Operator*> Children() const override { return {child_.get()}; }

 private:
  OperatorPtr child_;
  std::vector<std::pair<int, BExprPtr>> items_;
  std::vector<std::string> texts_;
  ExecContext* ctx_ = nullptr;
};

// Groups input rows by the key expressions and computes the aggregates of
// each group; outputs one row per group (one row with no keys, even for no
// input), with only key and aggregate slots set.
class AggregateOp : public Operator {
 public:
  AggregateOp(OperatorPtr child, size_t num_slots, std::vector<std::pair<int, BExprPtr>> keys,
              std::vector<AggSpec> aggs, std::vector<std::string> key_texts)
      : child_(std::move(child)),
        num_slots_(num_slots),
        keys_(std::move(keys)),
        aggs_(std::move(aggs)),
        key_texts_(std::move(key_texts)) {}
  Status Open(ExecContext* ctx) override;
  Result<bool> Next(Row* row) override;
  std::string Describe() const override;
  std::vector<const Operator*> Children() const override { return {child_.get()}; }

 private:
  OperatorPtr child_;
  size_t num_slots_;
  std::vector<std::pair<int, BExprPtr>> keys_;
  std::vector<AggSpec> aggs_;
  std::vector<std::string> key_texts_;
  std::vector<Row> out_;
  size_t next_ = 0;
};

class DistinctOp : public Operator {
 public:
  DistinctOp(OperatorPtr child, std::vector<int> slots) : child_(std::move(child)), slots_(std::move(slots)) {}
  Status Open(ExecContext* ctx) override;
  Result<bool> Next(Row* row) override;
  std::string Describe() const override { return "Distinct"; }
  std::vector<const Operator*> Children() const override { return {child_.get()}; }

 private:
  OperatorPtr child_;
  std::vector<int> slots_;
  std::unordered_set<std::string> seen_;  // identity keys of the rows passed on
};

struct SortSpec {
  int slot = -1;
  bool descending = false;
  std::string text;
};

class SortOp : public Operator {
 public:
  SortOp(OperatorPtr child, std::vector<SortSpec> keys) : child_(std::move(child)), keys_(std::move(keys)) {}
  Status Open(ExecContext* ctx) override;
  Result<bool> Next(Row* row) override;
  std::string Describe() const override;
  std::vector<const Operator*> Children() const override { return {child_.get()}; }

 private:
  OperatorPtr child_;
  std::vector<SortSpec> keys_;
  std::vector<Row> rows_;
  size_t next_ = 0;
};

class SkipLimitOp : public Operator {
 public:
  SkipLimitOp(OperatorPtr child, int64_t skip, int64_t limit) : child_(std::move(child)), skip_(skip), limit_(limit) {}
  Status Open(ExecContext* ctx) override {
    seen_ = 0;
    given_ = 0;
    return child_->Open(ctx);
  }
  Result<bool> Next(Row* row) override;
  std::string Describe() const override;
  std::vector<const Operator*> Children() const override { return {child_.get()}; }

 private:
  OperatorPtr child_;
  int64_t skip_;
  int64_t limit_;  // -1 = none
  int64_t seen_ = 0;
  int64_t given_ = 0;
};

}  // namespace kg::query
