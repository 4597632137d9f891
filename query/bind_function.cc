// Binding of function calls: scalar functions with their argument types,
// and aggregates, which become AggSpecs read back through a slot.

#include <algorithm>
#include <cctype>

#include "query/ast_printer.h"
#include "query/bind_util.h"
#include "query/binder.h"
#include "query/did_you_mean.h"

namespace kg::query::internal {

namespace {

struct FunctionInfo {
  const char* name;
  Func fn;
  size_t min_args;
  size_t max_args;
};

const std::vector<FunctionInfo>& Functions() {
  static const std::vector<FunctionInfo> v = {
      {"count", Func::kCount, 1, 1},
      {"collect", Func::kCollect, 1, 1},
      {"min", Func::kMin, 1, 1},
      {"max", Func::kMax, 1, 1},
      {"sum", Func::kSum, 1, 1},
      {"avg", Func::kAvg, 1, 1},
      {"nodes", Func::kNodes, 1, 1},
      {"relationships", Func::kRelationships, 1, 1},
      {"rels", Func::kRelationships, 1, 1},
      {"length", Func::kLength, 1, 1},
      {"size", Func::kSize, 1, 1},
      {"type", Func::kType, 1, 1},
      {"labels", Func::kLabels, 1, 1},
      {"id", Func::kId, 1, 1},
      {"date", Func::kDate, 1, 1},
      {"coalesce", Func::kCoalesce, 1, 64},
      {"toLower", Func::kToLower, 1, 1},
      {"toUpper", Func::kToUpper, 1, 1},
      {"toString", Func::kToString, 1, 1},
      {"startNode", Func::kStartNode, 1, 1},
      {"endNode", Func::kEndNode, 1, 1},
  };
  return v;
}

bool SameIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

}  // namespace

Result<BExprPtr> Binder::BindFunction(const ast::Expr& e, const ExprScope& scope) {
  const FunctionInfo* info = nullptr;
  for (const auto& f : Functions()) {
    if (SameIgnoreCase(f.name, e.name)) info = &f;
  }
  if (!info) {
    std::vector<std::string> names;
    for (const auto& f : Functions()) names.push_back(f.name);
    return BindError(e.name_span, "unknown function '" + e.name + "'" + DidYouMean(e.name, names));
  }
  const std::string canon = PrintExpr(e);
  const bool aggregate = IsAggregate(info->fn);
  if (e.star && info->fn != Func::kCount)
    return BindError(e.span, std::string(info->name) + "(*) is not allowed; only count(*)");
  if (e.distinct && !aggregate)
    return BindError(e.span, std::string("DISTINCT is only allowed in aggregates, not in ") + info->name + "()");
  const size_t n = e.star ? 1 : e.args.size();
  if (n < info->min_args || n > info->max_args) {
    return BindError(e.span, std::string(info->name) + "() takes " +
                                 (info->min_args == info->max_args ? std::to_string(info->min_args)
                                                                   : "at least " + std::to_string(info->min_args)) +
                                 " argument" + (info->min_args == 1 && info->max_args == 1 ? "" : "s"));
  }
  if (aggregate) {
    if (!scope.allow_aggregates) {
      return BindError(e.name_span,
                       std::string("aggregate ") + info->name + "() is not allowed " + scope.aggregate_context);
    }
    AggSpec agg;
    agg.fn = info->fn;
    agg.distinct = e.distinct;
    agg.text = canon;
    if (!e.star) {
      ExprScope inner = scope;
      inner.allow_aggregates = false;
      inner.aggregate_context = "inside another aggregate";
      KG_ASSIGN_OR_RETURN(agg.arg, BindExpr(*e.args[0], inner));
      if ((info->fn == Func::kSum || info->fn == Func::kAvg) && !Loose(agg.arg->type) && !Numeric(agg.arg->type)) {
        return BindError(e.args[0]->span, std::string(info->name) + "() needs numbers, not " + TypeName(agg.arg->type));
      }
    }
    agg.slot = NewSlot();
    Type t = Type::kAny;
    if (info->fn == Func::kCount) t = Type::kInt;
    if (info->fn == Func::kCollect) t = Type::kList;
    if (info->fn == Func::kAvg) t = Type::kFloat;
    if ((info->fn == Func::kMin || info->fn == Func::kMax || info->fn == Func::kSum) && agg.arg) t = agg.arg->type;
    BExprPtr ref = MakeBExpr(BKind::kSlot, e.span, t, canon);
    ref->slot = agg.slot;
    aggs_.push_back(std::move(agg));
    return ref;
  }
  BExprPtr b = MakeBExpr(BKind::kFunction, e.span, Type::kAny, canon);
  b->fn = info->fn;
  for (const auto& a : e.args) {
    KG_ASSIGN_OR_RETURN(BExprPtr arg, BindExpr(*a, scope));
    b->args.push_back(std::move(arg));
  }
  const Type t0 = b->args[0]->type;
  auto need = [&](std::initializer_list<Type> ok, const char* what) -> Status {
    if (Loose(t0)) return Status::OK();
    for (Type t : ok) {
      if (t == t0) return Status::OK();
    }
    return BindError(e.args[0]->span, std::string(info->name) + "() takes " + what + ", not a " + TypeName(t0));
  };
  switch (info->fn) {
    case Func::kNodes:
    case Func::kRelationships:
      KG_RETURN_IF_ERROR(need({Type::kPath}, "a path"));
      b->type = Type::kList;
      break;
    case Func::kLength:
    case Func::kSize:
      KG_RETURN_IF_ERROR(need({Type::kPath, Type::kList, Type::kString}, "a path, a list or a string"));
      b->type = Type::kInt;
      break;
    case Func::kType:
      KG_RETURN_IF_ERROR(need({Type::kRel, Type::kNode}, "a relationship or an event"));
      b->type = Type::kString;
      break;
    case Func::kLabels:
      KG_RETURN_IF_ERROR(need({Type::kNode}, "a node"));
      b->type = Type::kList;
      break;
    case Func::kId:
      KG_RETURN_IF_ERROR(need({Type::kNode, Type::kRel}, "a node or a relationship"));
      b->type = Type::kString;
      break;
    case Func::kDate:
      KG_RETURN_IF_ERROR(need({Type::kString, Type::kDate}, "a string like '2020-10-21'"));
      if (b->args[0]->kind == BKind::kConst) {
        if (const std::string* s = std::get_if<std::string>(&b->args[0]->value.v)) {
          auto d = Date::ParseIso(*s);
          if (!d.ok()) return BindError(e.args[0]->span, "'" + *s + "' is not a date: " + d.status().message());
          BExprPtr c = MakeBExpr(BKind::kConst, e.span, Type::kDate, canon);
          c->value = *d;
          return c;
        }
      }
      b->type = Type::kDate;
      break;
    case Func::kToLower:
    case Func::kToUpper:
      KG_RETURN_IF_ERROR(need({Type::kString}, "a string"));
      b->type = Type::kString;
      break;
    case Func::kToString:
      b->type = Type::kString;
      break;
    case Func::kStartNode:
    case Func::kEndNode:
      KG_RETURN_IF_ERROR(need({Type::kRel}, "a relationship"));
      b->type = Type::kNode;
      break;
    default:
      break;
  }
  return b;
}

}  // namespace kg::query::internal
