#pragma once

// The binder: a syntax tree to a BoundQuery (bound.h). It resolves names
// against the graph model (schema.h) and the store's ontology (event types),
// infers the labels of unlabelled nodes from the relationships around them,
// substitutes parameters, checks types, and says "did you mean" for
// misspelt labels, properties, relationship and event types and functions.
//
// Errors are Status::SemanticError with the span of the offending name.
//
// Split by clause: binder.cc (query, RETURN), bind_pattern.cc (MATCH
// patterns), infer_labels.cc (labels of unlabelled nodes),
// bind_expression.cc (expressions), bind_function.cc (function calls and
// aggregates); bind_util.h has what they share.

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "graph/base/result.h"
#include "graph/model/ontology.h"
#include "query/ast.h"
#include "query/bound.h"
#include "query/query.h"

namespace kg::query {

Result<BoundQuery> Bind(const ast::Query& query, const Ontology& ontology, const Params& params);

namespace internal {

// "SOURCE|TARGET": the stored relationship types of an edge, for messages.
std::string StoredTypesText(const BoundEdge& e);

class Binder {
 public:
  Binder(const Ontology& ontology, const Params& params) : ontology_(ontology), params_(params) {}

  Result<BoundQuery> BindQuery(const ast::Query& q);

  // bind_pattern.cc
  Status BindMatch(const ast::MatchClause& m, BoundMatch* out);

  // bind_expression.cc
  struct ExprScope {
    bool vars_visible = true;
    bool allow_aggregates = false;
    const char* aggregate_context = "here";  // for "aggregates are not allowed <context>"
    // RETURN aliases, visible in ORDER BY: name -> (slot, type).
    const std::map<std::string, std::pair<int, Type>>* aliases = nullptr;
  };
  Result<BExprPtr> BindExpr(const ast::Expr& e, const ExprScope& scope);
  // `lhs op rhs` with all the comparison rules (used for {key: value} maps too).
  Result<BExprPtr> BindComparison(ast::Op op, BExprPtr lhs, BExprPtr rhs, SourceSpan span, std::string canon);
  // A property read with the label of `base` checked: "unknown property".
  Result<BExprPtr> BindProperty(BExprPtr base, const std::string& key, SourceSpan key_span, SourceSpan span,
                                std::string canon);

  // Slots and variables.
  int NewSlot() { return num_slots_++; }
  int NewVariable(Variable v);
  int FindVariable(const std::string& name) const;  // -1 when unknown
  BExprPtr SlotRef(int var_index) const;

 private:
  // infer_labels.cc
  Status SetLabel(int var, NodeLabel label, SourceSpan span, const std::string& why);
  Status InferLabels(std::vector<BoundEdge>& edges, const std::vector<int>& undecided,
                     const std::vector<const ast::RelPattern*>& rels);
  Status ResolveStoredHops(BoundEdge& e, const std::vector<StoredRel>& types, const ast::RelPattern& rel);
  // bind_pattern.cc
  Status FinishEdge(BoundEdge& e, const ast::RelPattern& rel, BoundMatch* out);
  Status AddPropertyConjuncts(int var, const std::vector<ast::PropertyEntry>& props, BoundMatch* out);
  void AddUniquenessConjuncts(BoundMatch* out);
  std::string DisplayName(int var) const;

  // bind_function.cc
  Result<BExprPtr> BindFunction(const ast::Expr& e, const ExprScope& scope);
  // bind_expression.cc
  Result<BExprPtr> BindParameter(const ast::Expr& e);
  Status CheckEventTypeLiteral(BExpr& lit);

  // binder.cc
  Status BindReturn(const ast::ReturnClause& r, BoundReturn* out);
  // Replaces sub-expressions equal to a grouping key (by canonical text)
  // with the key's column; any other slot outside `allowed` is an error.
  Status RewriteForAggregation(BExprPtr& e, const std::map<std::string, int>& keys, const std::set<int>& allowed,
                               const std::string& message);
  Result<int64_t> BindCount(const ast::Expr& e, const char* what);

  const Ontology& ontology_;
  const Params& params_;
  std::vector<Variable> vars_;
  std::map<std::string, int> by_name_;
  int num_slots_ = 0;
  int anonymous_ = 0;
  std::vector<AggSpec> aggs_;
};

}  // namespace internal
}  // namespace kg::query
