// The binder's entry point and the RETURN clause: projection, implicit
// grouping (every returned expression without an aggregate is a grouping
// key), ORDER BY over columns or match variables, SKIP and LIMIT.

#include "query/binder.h"

#include "query/ast_printer.h"

namespace kg::query {

namespace {

Status Error(SourceSpan span, const std::string& msg) { return Status::SemanticError(msg, span); }

}  // namespace

bool IsAggregate(Func f) {
  switch (f) {
    case Func::kCount:
    case Func::kCollect:
    case Func::kMin:
    case Func::kMax:
    case Func::kSum:
    case Func::kAvg:
      return true;
    default:
      return false;
  }
}

BExprPtr CloneExpr(const BExpr& e) {
  auto c = std::make_unique<BExpr>();
  c->kind = e.kind;
  c->span = e.span;
  c->type = e.type;
  c->value = e.value;
  c->slot = e.slot;
  c->prop = e.prop;
  c->op = e.op;
  c->fn = e.fn;
  c->negated = e.negated;
  c->canon = e.canon;
  for (const auto& a : e.args) c->args.push_back(a ? CloneExpr(*a) : nullptr);
  return c;
}

bool IsConstant(const BExpr& e) {
  if (e.kind == BKind::kSlot) return false;
  for (const auto& a : e.args) {
    if (a && !IsConstant(*a)) return false;
  }
  return e.kind == BKind::kConst || e.kind == BKind::kList;
}

void CollectSlots(const BExpr& e, std::vector<int>* slots) {
  if (e.kind == BKind::kSlot) slots->push_back(e.slot);
  std::vector<int> inner;
  for (const auto& a : e.args) {
    if (a) CollectSlots(*a, &inner);
  }
  for (int s : inner) {
    if (e.kind != BKind::kListComprehension || s != e.slot) slots->push_back(s);
  }
}

Result<BoundQuery> Bind(const ast::Query& query, const Ontology& ontology, const Params& params) {
  internal::Binder b(ontology, params);
  return b.BindQuery(query);
}

namespace internal {

Result<BoundQuery> Binder::BindQuery(const ast::Query& q) {
  BoundQuery bq;
  bq.explain = q.explain;
  for (const auto& m : q.matches) {
    BoundMatch bm;
    KG_RETURN_IF_ERROR(BindMatch(m, &bm));
    bq.matches.push_back(std::move(bm));
  }
  KG_RETURN_IF_ERROR(BindReturn(q.ret, &bq.ret));
  bq.vars = vars_;
  bq.num_slots = num_slots_;
  return bq;
}

Status Binder::RewriteForAggregation(BExprPtr& e, const std::map<std::string, int>& keys, const std::set<int>& allowed,
                                     const std::string& message) {
  if (e->kind != BKind::kConst) {
    auto it = keys.find(e->canon);
    if (it != keys.end()) {
      const Type t = e->type;
      const SourceSpan span = e->span;
      std::string canon = e->canon;
      e = std::make_unique<BExpr>();
      e->kind = BKind::kSlot;
      e->slot = it->second;
      e->type = t;
      e->span = span;
      e->canon = std::move(canon);
      return Status::OK();
    }
  }
  if (e->kind == BKind::kSlot) {
    if (allowed.count(e->slot)) return Status::OK();
    return Error(e->span, "'" + e->canon + "' " + message);
  }
  if (e->kind == BKind::kProperty && e->args[0]->kind == BKind::kSlot && !allowed.count(e->args[0]->slot)) {
    return Error(e->span, "'" + e->canon + "' " + message);  // name the property, not just its node
  }
  std::set<int> inner = allowed;
  if (e->kind == BKind::kListComprehension) inner.insert(e->slot);  // its own variable
  for (auto& a : e->args) {
    if (a) KG_RETURN_IF_ERROR(RewriteForAggregation(a, keys, inner, message));
  }
  return Status::OK();
}

Result<int64_t> Binder::BindCount(const ast::Expr& e, const char* what) {
  ExprScope scope;
  scope.vars_visible = false;
  scope.aggregate_context = std::string(what) == "SKIP" ? "in SKIP" : "in LIMIT";
  KG_ASSIGN_OR_RETURN(BExprPtr b, BindExpr(e, scope));
  const int64_t* n = b->kind == BKind::kConst ? std::get_if<int64_t>(&b->value.v) : nullptr;
  if (!n || *n < 0) return Error(e.span, std::string(what) + " needs a non-negative integer");
  return *n;
}

Status Binder::BindReturn(const ast::ReturnClause& r, BoundReturn* out) {
  out->distinct = r.distinct;
  std::vector<std::string> canons;
  std::vector<bool> has_agg;
  std::vector<SourceSpan> spans;
  if (r.star) {
    for (size_t i = 0; i < vars_.size(); ++i) {
      if (vars_[i].hidden) continue;
      out->items.push_back(SlotRef(static_cast<int>(i)));
      out->columns.push_back(vars_[i].name);
      out->item_texts.push_back(vars_[i].name);
      canons.push_back(vars_[i].name);
      has_agg.push_back(false);
      spans.push_back(r.star_span);
    }
    if (out->items.empty()) return Error(r.star_span, "RETURN * needs at least one named variable");
  }
  for (const auto& item : r.items) {
    ExprScope scope;
    scope.allow_aggregates = true;
    const size_t before = aggs_.size();
    KG_ASSIGN_OR_RETURN(BExprPtr b, BindExpr(*item.expr, scope));
    has_agg.push_back(aggs_.size() > before);
    out->items.push_back(std::move(b));
    out->columns.push_back(item.alias.empty() ? item.text : item.alias);
    out->item_texts.push_back(item.text);
    canons.push_back(PrintExpr(*item.expr));
    spans.push_back(item.alias.empty() ? item.expr->span : item.alias_span);
  }
  for (size_t i = 0; i < out->columns.size(); ++i) {
    for (size_t j = 0; j < i; ++j) {
      if (out->columns[i] == out->columns[j]) {
        return Error(spans[i], "column '" + out->columns[i] + "' is returned twice; rename one with AS");
      }
    }
    out->column_slots.push_back(NewSlot());
  }

  std::map<std::string, int> keys;  // canonical text -> column slot
  std::set<int> allowed;            // slots available after projection
  for (int s : out->column_slots) allowed.insert(s);
  for (size_t i = 0; i < out->items.size(); ++i) {
    if (has_agg[i]) out->aggregate = true;
  }
  if (out->aggregate) {
    for (size_t i = 0; i < out->items.size(); ++i) {
      if (!has_agg[i]) {
        out->key_items.push_back(static_cast<int>(i));
        keys[canons[i]] = out->column_slots[i];
      }
    }
    for (const auto& a : aggs_) allowed.insert(a.slot);
    for (size_t i = 0; i < out->items.size(); ++i) {
      if (!has_agg[i]) continue;
      KG_RETURN_IF_ERROR(RewriteForAggregation(
          out->items[i], keys, allowed, "must be inside an aggregate, or returned on its own as a grouping key"));
    }
  }

  std::map<std::string, std::pair<int, Type>> aliases;
  for (size_t i = 0; i < r.items.size(); ++i) {
    const size_t at = i + (out->items.size() - r.items.size());
    if (!r.items[i].alias.empty()) aliases[r.items[i].alias] = {out->column_slots[at], out->items[at]->type};
  }
  std::map<std::string, int> columns_by_canon;
  for (size_t i = 0; i < out->items.size(); ++i) columns_by_canon[canons[i]] = out->column_slots[i];
  for (const auto& s : r.order_by) {
    SortKey key;
    key.descending = s.descending;
    key.text = PrintExpr(*s.expr);
    auto same = columns_by_canon.find(key.text);
    if (same != columns_by_canon.end()) {
      key.slot = same->second;
      out->order_by.push_back(std::move(key));
      continue;
    }
    ExprScope scope;
    scope.aliases = &aliases;
    scope.allow_aggregates = out->aggregate;
    scope.aggregate_context = "in ORDER BY unless RETURN aggregates too";
    const size_t before = aggs_.size();
    KG_ASSIGN_OR_RETURN(key.expr, BindExpr(*s.expr, scope));
    for (size_t a = before; a < aggs_.size(); ++a) allowed.insert(aggs_[a].slot);
    if (out->aggregate) {
      KG_RETURN_IF_ERROR(RewriteForAggregation(key.expr, keys, allowed,
                                               "is not returned: ORDER BY after an aggregating RETURN can use only "
                                               "returned columns and aggregates"));
    } else if (out->distinct) {
      KG_RETURN_IF_ERROR(RewriteForAggregation(key.expr, columns_by_canon, allowed,
                                               "is not returned: ORDER BY after RETURN DISTINCT can use only "
                                               "returned columns"));
    }
    if (key.expr->kind == BKind::kSlot) {
      key.slot = key.expr->slot;
      key.expr.reset();
    } else {
      key.slot = NewSlot();
    }
    out->order_by.push_back(std::move(key));
  }
  if (r.skip) {
    KG_ASSIGN_OR_RETURN(out->skip, BindCount(*r.skip, "SKIP"));
  }
  if (r.limit) {
    KG_ASSIGN_OR_RETURN(out->limit, BindCount(*r.limit, "LIMIT"));
  }
  out->aggs = std::move(aggs_);
  aggs_.clear();
  return Status::OK();
}

}  // namespace internal
}  // namespace kg::query
