#pragma once

// A query plan is a tree of pull-based operators (the Volcano model). Each
// operator pulls rows from its child and passes on zero or more rows; a row
// is a vector of values indexed by slot (bound.h gives every variable a
// slot), so operators only write the slots they bind. The leaf of every
// plan is an Argument, which yields one row: the empty row at the top, or
// the current outer row inside OPTIONAL MATCH.
//
// Operators (query/operators/*.cc):
//   scans        ScanActors (all / by name index / by id), ScanEvents (all /
//                by date index / by type index / by id), ScanArticles, ScanNodes
//   expansions   ExpandEvent (actor <-> event <-> actor through the actor
//                index or from a bound event), ExpandStored (SOURCE, TARGET,
//                ATTRIBUTED_TO, MENTIONED_IN), VarLengthExpand, ShortestPath
//   relational   Filter, Optional, Project, BuildPath, Aggregate, Distinct,
//                Sort, SkipLimit
//
// The planner (planner.h) builds the tree; EXPLAIN prints it with
// PrintPlan, root first.

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "graph/base/result.h"
#include "graph/store/reader.h"
#include "query/ast.h"
#include "query/eval.h"
#include "query/exec_context.h"

namespace kg::query {

class Operator {
 public:
  virtual ~Operator() = default;
  // (Re)starts the operator and its children; called once per outer row
  // inside OPTIONAL MATCH.
  virtual Status Open(ExecContext* ctx) = 0;
  // Writes the next row into *row (sized to the plan's slot count); false
  // when there are no more rows.
  virtual Result<bool> Next(Row* row) = 0;
  // One line for EXPLAIN: "ScanActors (a:Actor) by name index: a.name = 'Iran'".
  virtual std::string Describe() const = 0;
  virtual std::vector<const Operator*> Children() const = 0;
};
using OperatorPtr = std::unique_ptr<Operator>;

// The plan tree as text, root first, two spaces of indent per level.
std::string PrintPlan(const Operator& root);

// Bounds on an event's date taken from WHERE, pushed into index scans as a
// day range. The range may be wider than the bounds (a month-precision
// event is indexed under its first day); the planner keeps the bounds as
// filters too.
struct DateBounds {
  std::vector<std::pair<ast::Op, Date>> bounds;
  bool not_null = false;  // e.date IS NOT NULL, or any bound

  bool empty() const { return bounds.empty() && !not_null; }
  DayRange Range() const;
  // "days 2020-10-01..2020-10-31" or "dated events"; "" when empty.
  std::string Describe() const;
};

// Leaf operator: yields one row per Open, a copy of the argument.
class ArgumentOp : public Operator {
 public:
  explicit ArgumentOp(size_t num_slots) : row_(num_slots) {}
  void Set(const Row& row) { row_ = row; }
  Status Open(ExecContext*) override {
    done_ = false;
    return Status::OK();
  }
  Result<bool> Next(Row* row) override {
    if (done_) return false;
    done_ = true;
    *row = row_;
    return true;
  }
  std::string Describe() const override { return "Argument"; }
  std::vector<const Operator*> Children() const override { return {}; }

 private:
  Row row_;
  bool done_ = false;
};

// Base of the operators that map each input row to zero or more output
// rows: Start() prepares the outputs for one input row, Produce() emits
// them one by one.
class FlatMapOp : public Operator {
 public:
  explicit FlatMapOp(OperatorPtr child) : child_(std::move(child)) {}
  Status Open(ExecContext* ctx) override {
    ctx_ = ctx;
    active_ = false;
    return child_->Open(ctx);
  }
  Result<bool> Next(Row* row) override {
    for (;;) {
      if (active_) {
        KG_ASSIGN_OR_RETURN(bool got, Produce(input_, row));
        if (got) return true;
        active_ = false;
      }
      KG_ASSIGN_OR_RETURN(bool more, child_->Next(&input_));
      if (!more) return false;
      KG_RETURN_IF_ERROR(Start(input_));
      active_ = true;
    }
  }
  std::vector<const Operator*> Children() const override { return {child_.get()}; }

 protected:
  virtual Status Start(const Row& in) = 0;
  virtual Result<bool> Produce(const Row& in, Row* out) = 0;
  const Operator* child() const { return child_.get(); }
  ExecContext* ctx_ = nullptr;

 private:
  OperatorPtr child_;
  Row input_;
  bool active_ = false;
};

}  // namespace kg::query
