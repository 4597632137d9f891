// Expression binding: names to slots, parameters to constants, type checks,
// and the rewrites that give actor names and event types their meaning
// (grammar.md "Names" and "Event types").

#include <algorithm>
#include <cctype>

#include "query/ast_printer.h"
#include "query/binder.h"
#include "query/did_you_mean.h"
#include "query/schema.h"

namespace kg::query::internal {

namespace {

Status Error(SourceSpan span, const std::string& msg) { return Status::SemanticError(msg, span); }

Type TypeOfValue(const Value& v) {
  switch (v.v.index()) {
    case 0: return Type::kNull;
    case 1: return Type::kBool;
    case 2: return Type::kInt;
    case 3: return Type::kFloat;
    case 4: return Type::kString;
    case 5: return Type::kDate;
    case 6: return Type::kNode;
    case 7: return Type::kRel;
    case 8: return Type::kPath;
    default: return Type::kList;
  }
}

bool Loose(Type t) { return t == Type::kAny || t == Type::kNull; }
bool Numeric(Type t) { return t == Type::kInt || t == Type::kFloat; }

bool Comparable(Type a, Type b) {
  if (Loose(a) || Loose(b) || a == b) return true;
  if (Numeric(a) && Numeric(b)) return true;
  return (a == Type::kDate && b == Type::kString) || (a == Type::kString && b == Type::kDate);
}

BExprPtr Make(BKind kind, SourceSpan span, Type type, std::string canon) {
  auto b = std::make_unique<BExpr>();
  b->kind = kind;
  b->span = span;
  b->type = type;
  b->canon = std::move(canon);
  return b;
}

ast::Op Mirror(ast::Op op) {
  switch (op) {
    case ast::Op::kLt: return ast::Op::kGt;
    case ast::Op::kLe: return ast::Op::kGe;
    case ast::Op::kGt: return ast::Op::kLt;
    case ast::Op::kGe: return ast::Op::kLe;
    default: return op;
  }
}

struct FunctionInfo {
  const char* name;
  Func fn;
  size_t min_args;
  size_t max_args;
};

const std::vector<FunctionInfo>& Functions() {
  static const std::vector<FunctionInfo> v = {
      {"count", Func::kCount, 1, 1},         {"collect", Func::kCollect, 1, 1},
      {"min", Func::kMin, 1, 1},             {"max", Func::kMax, 1, 1},
      {"sum", Func::kSum, 1, 1},             {"avg", Func::kAvg, 1, 1},
      {"nodes", Func::kNodes, 1, 1},         {"relationships", Func::kRelationships, 1, 1},
      {"rels", Func::kRelationships, 1, 1},  {"length", Func::kLength, 1, 1},
      {"size", Func::kSize, 1, 1},           {"type", Func::kType, 1, 1},
      {"labels", Func::kLabels, 1, 1},       {"id", Func::kId, 1, 1},
      {"date", Func::kDate, 1, 1},           {"coalesce", Func::kCoalesce, 1, 64},
      {"toLower", Func::kToLower, 1, 1},     {"toUpper", Func::kToUpper, 1, 1},
      {"toString", Func::kToString, 1, 1},   {"startNode", Func::kStartNode, 1, 1},
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

int Binder::NewVariable(Variable v) {
  v.slot = NewSlot();
  if (v.name.empty()) {
    v.hidden = true;
    v.name = "anon" + std::to_string(++anonymous_);
  } else if (!v.hidden) {
    by_name_[v.name] = static_cast<int>(vars_.size());
  }
  vars_.push_back(std::move(v));
  return static_cast<int>(vars_.size()) - 1;
}

int Binder::FindVariable(const std::string& name) const {
  auto it = by_name_.find(name);
  return it == by_name_.end() ? -1 : it->second;
}

BExprPtr Binder::SlotRef(int var) const {
  const Variable& v = vars_[var];
  Type t = Type::kAny;
  switch (v.kind) {
    case Variable::Kind::kNode: t = Type::kNode; break;
    case Variable::Kind::kRel: t = Type::kRel; break;
    case Variable::Kind::kPath: t = Type::kPath; break;
    case Variable::Kind::kEventList: t = Type::kList; break;
    case Variable::Kind::kValue: t = Type::kAny; break;
  }
  BExprPtr b = Make(BKind::kSlot, v.span, t, v.name);
  b->slot = v.slot;
  return b;
}

Result<BExprPtr> Binder::BindParameter(const ast::Expr& e) {
  auto it = params_.find(e.name);
  if (it == params_.end()) {
    std::vector<std::string> given;
    for (const auto& [name, value] : params_) given.push_back(name);
    return Error(e.span, "parameter $" + e.name + " has no value (pass --param " + e.name + "=...)" +
                             DidYouMean(e.name, given));
  }
  BExprPtr b = Make(BKind::kConst, e.span, TypeOfValue(it->second), "$" + e.name);
  b->value = it->second;
  return b;
}

Status Binder::CheckEventTypeLiteral(BExpr& lit) {
  if (lit.kind != BKind::kConst) return Status::OK();
  const std::string* s = std::get_if<std::string>(&lit.value.v);
  if (!s) return Status::OK();
  if (ontology_.Find(*s)) return Status::OK();
  std::string upper = *s;
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (ontology_.Find(upper)) {
    lit.value = upper;
    return Status::OK();
  }
  std::vector<std::string> names;
  for (const auto& t : ontology_.types()) names.push_back(t.name);
  return Error(lit.span, "unknown event type '" + *s + "'" + DidYouMean(upper, names));
}

Result<BExprPtr> Binder::BindProperty(BExprPtr base, const std::string& key, SourceSpan key_span, SourceSpan span,
                                      std::string canon) {
  NodeLabel label = NodeLabel::kAny;
  const Variable* var = nullptr;
  if (base->kind == BKind::kSlot) {
    for (const auto& v : vars_) {
      if (v.slot == base->slot) var = &v;
    }
  }
  switch (base->type) {
    case Type::kNode:
      if (var && var->kind == Variable::Kind::kNode) label = var->label;
      break;
    case Type::kRel:
      if (var && var->kind == Variable::Kind::kRel) {
        return Error(key_span, "relationship '" + var->name +
                                   "' has no properties: SOURCE, TARGET, ATTRIBUTED_TO and MENTIONED_IN only join "
                                   "nodes (read the event's properties instead)");
      }
      label = NodeLabel::kEvent;  // an actor-to-actor relationship of a path stands for its event
      break;
    case Type::kAny:
    case Type::kNull: break;
    default:
      return Error(key_span, "cannot read property '" + key + "' of a " + TypeName(base->type) + " value");
  }
  const auto info = FindProp(label, key);
  if (!info) {
    std::vector<std::string> names;
    for (const auto& p : PropsOf(label)) names.push_back(p.name);
    if (label == NodeLabel::kAny) {
      return Error(key_span, "unknown property '" + key + "'" + DidYouMean(key, names));
    }
    std::string known;
    for (const auto& n : names) known += (known.empty() ? "" : ", ") + n;
    std::string hint = DidYouMean(key, names);
    if (hint.empty()) hint = " (" + std::string(LabelName(label)) + " has " + known + ")";
    return Error(key_span, "unknown property '" + key + "' of " + LabelName(label) + hint);
  }
  BExprPtr b = Make(BKind::kProperty, span, info->type, std::move(canon));
  b->prop = info->prop;
  b->args.push_back(std::move(base));
  return b;
}

namespace {

// True for `v.name` where v is a node variable known to be an Actor.
bool IsActorName(const BExpr& e, const std::vector<Variable>& vars) {
  if (e.kind != BKind::kProperty || e.prop != Prop::kName || e.args[0]->kind != BKind::kSlot) return false;
  for (const auto& v : vars) {
    if (v.slot == e.args[0]->slot) return v.kind == Variable::Kind::kNode && v.label == NodeLabel::kActor;
  }
  return false;
}

bool IsEventType(const BExpr& e) { return e.kind == BKind::kProperty && e.prop == Prop::kType; }

}  // namespace

Result<BExprPtr> Binder::BindComparison(ast::Op op, BExprPtr lhs, BExprPtr rhs, SourceSpan span, std::string canon) {
  // A constant on the left reads as a bound on the right: '2020-10' <= e.date
  // is e.date >= '2020-10' (this matters for dates, see value_ops.h).
  if (IsConstant(*lhs) && !IsConstant(*rhs)) {
    std::swap(lhs, rhs);
    op = Mirror(op);
  }
  const bool names = op == ast::Op::kEq || op == ast::Op::kNe;
  if (names && !IsActorName(*lhs, vars_) && IsActorName(*rhs, vars_)) std::swap(lhs, rhs);
  if (names && IsActorName(*lhs, vars_) && !IsActorName(*rhs, vars_)) {
    if (!Loose(rhs->type) && rhs->type != Type::kString) {
      return Error(rhs->span, std::string("an actor name is a String; cannot compare it with ") + TypeName(rhs->type));
    }
    BExprPtr eq = Make(BKind::kActorNameEq, span, Type::kBool, op == ast::Op::kEq ? canon : "");
    eq->args.push_back(std::move(lhs->args[0]));
    eq->args.push_back(std::move(rhs));
    if (op == ast::Op::kEq) return eq;
    BExprPtr neg = Make(BKind::kNot, span, Type::kBool, std::move(canon));
    neg->args.push_back(std::move(eq));
    return neg;
  }
  if (lhs->type == Type::kDate && rhs->kind == BKind::kConst) {
    if (const std::string* s = std::get_if<std::string>(&rhs->value.v)) {
      auto d = Date::ParseIso(*s);
      if (!d.ok()) return Error(rhs->span, "'" + *s + "' is not a date: " + d.status().message());
      rhs->value = *d;
      rhs->type = Type::kDate;
    }
  }
  if (!Comparable(lhs->type, rhs->type)) {
    return Error(span, std::string("cannot compare ") + TypeName(lhs->type) + " with " + TypeName(rhs->type));
  }
  if (!names) {
    for (Type t : {lhs->type, rhs->type}) {
      if (t == Type::kNode || t == Type::kRel || t == Type::kPath || t == Type::kList) {
        return Error(span, std::string(TypeName(t)) + " values have no order; compare their properties");
      }
    }
  }
  if (IsEventType(*lhs)) KG_RETURN_IF_ERROR(CheckEventTypeLiteral(*rhs));
  BExprPtr b = Make(BKind::kCompare, span, Type::kBool, std::move(canon));
  b->op = op;
  b->args.push_back(std::move(lhs));
  b->args.push_back(std::move(rhs));
  return b;
}

Result<BExprPtr> Binder::BindFunction(const ast::Expr& e, const ExprScope& scope) {
  const FunctionInfo* info = nullptr;
  for (const auto& f : Functions()) {
    if (SameIgnoreCase(f.name, e.name)) info = &f;
  }
  if (!info) {
    std::vector<std::string> names;
    for (const auto& f : Functions()) names.push_back(f.name);
    return Error(e.name_span, "unknown function '" + e.name + "'" + DidYouMean(e.name, names));
  }
  const std::string canon = PrintExpr(e);
  const bool aggregate = IsAggregate(info->fn);
  if (e.star && info->fn != Func::kCount) return Error(e.span, std::string(info->name) + "(*) is not allowed; only count(*)");
  if (e.distinct && !aggregate) return Error(e.span, std::string("DISTINCT is only allowed in aggregates, not in ") + info->name + "()");
  const size_t n = e.star ? 1 : e.args.size();
  if (n < info->min_args || n > info->max_args) {
    return Error(e.span, std::string(info->name) + "() takes " +
                             (info->min_args == info->max_args ? std::to_string(info->min_args)
                                                               : "at least " + std::to_string(info->min_args)) +
                             " argument" + (info->min_args == 1 && info->max_args == 1 ? "" : "s"));
  }
  if (aggregate) {
    if (!scope.allow_aggregates) {
      return Error(e.name_span, std::string("aggregate ") + info->name + "() is not allowed " + scope.aggregate_context);
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
        return Error(e.args[0]->span, std::string(info->name) + "() needs numbers, not " + TypeName(agg.arg->type));
      }
    }
    agg.slot = NewSlot();
    Type t = Type::kAny;
    if (info->fn == Func::kCount) t = Type::kInt;
    if (info->fn == Func::kCollect) t = Type::kList;
    if (info->fn == Func::kAvg) t = Type::kFloat;
    if ((info->fn == Func::kMin || info->fn == Func::kMax || info->fn == Func::kSum) && agg.arg) t = agg.arg->type;
    BExprPtr ref = Make(BKind::kSlot, e.span, t, canon);
    ref->slot = agg.slot;
    aggs_.push_back(std::move(agg));
    return ref;
  }
  BExprPtr b = Make(BKind::kFunction, e.span, Type::kAny, canon);
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
    return Error(e.args[0]->span, std::string(info->name) + "() takes " + what + ", not a " + TypeName(t0));
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
          if (!d.ok()) return Error(e.args[0]->span, "'" + *s + "' is not a date: " + d.status().message());
          BExprPtr c = Make(BKind::kConst, e.span, Type::kDate, canon);
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
    case Func::kToString: b->type = Type::kString; break;
    case Func::kStartNode:
    case Func::kEndNode:
      KG_RETURN_IF_ERROR(need({Type::kRel}, "a relationship"));
      b->type = Type::kNode;
      break;
    default: break;
  }
  return b;
}

Result<BExprPtr> Binder::BindExpr(const ast::Expr& e, const ExprScope& scope) {
  const std::string canon = PrintExpr(e);
  switch (e.kind) {
    case ast::ExprKind::kLiteral: {
      BExprPtr b = Make(BKind::kConst, e.span, TypeOfValue(e.literal), canon);
      b->value = e.literal;
      return b;
    }
    case ast::ExprKind::kParameter: return BindParameter(e);
    case ast::ExprKind::kVariable: {
      if (scope.aliases) {
        auto it = scope.aliases->find(e.name);
        if (it != scope.aliases->end()) {
          BExprPtr b = Make(BKind::kSlot, e.span, it->second.second, canon);
          b->slot = it->second.first;
          return b;
        }
      }
      const int var = FindVariable(e.name);
      if (var >= 0 && scope.vars_visible) {
        BExprPtr b = SlotRef(var);
        b->span = e.span;
        return b;
      }
      std::vector<std::string> names;
      if (scope.vars_visible) {
        for (const auto& [name, index] : by_name_) names.push_back(name);
      }
      if (scope.aliases) {
        for (const auto& [name, slot] : *scope.aliases) names.push_back(name);
      }
      return Error(e.span, "unknown variable '" + e.name + "'" + DidYouMean(e.name, names));
    }
    case ast::ExprKind::kProperty: {
      KG_ASSIGN_OR_RETURN(BExprPtr base, BindExpr(*e.args[0], scope));
      return BindProperty(std::move(base), e.name, e.name_span, e.span, canon);
    }
    case ast::ExprKind::kList: {
      BExprPtr b = Make(BKind::kList, e.span, Type::kList, canon);
      for (const auto& a : e.args) {
        KG_ASSIGN_OR_RETURN(BExprPtr item, BindExpr(*a, scope));
        b->args.push_back(std::move(item));
      }
      return b;
    }
    case ast::ExprKind::kUnary: {
      KG_ASSIGN_OR_RETURN(BExprPtr x, BindExpr(*e.args[0], scope));
      const bool is_not = e.op == ast::Op::kNot;
      if (!Loose(x->type) && (is_not ? x->type != Type::kBool : !Numeric(x->type))) {
        return Error(e.args[0]->span, std::string(is_not ? "NOT needs a Boolean" : "'-' needs a number") + ", not a " +
                                          TypeName(x->type));
      }
      BExprPtr b = Make(is_not ? BKind::kNot : BKind::kNeg, e.span, is_not ? Type::kBool : x->type, canon);
      b->args.push_back(std::move(x));
      return b;
    }
    case ast::ExprKind::kIsNull: {
      KG_ASSIGN_OR_RETURN(BExprPtr x, BindExpr(*e.args[0], scope));
      BExprPtr b = Make(BKind::kIsNull, e.span, Type::kBool, canon);
      b->negated = e.negated;
      b->args.push_back(std::move(x));
      return b;
    }
    case ast::ExprKind::kFunction: return BindFunction(e, scope);
    case ast::ExprKind::kIndex: {
      KG_ASSIGN_OR_RETURN(BExprPtr base, BindExpr(*e.args[0], scope));
      KG_ASSIGN_OR_RETURN(BExprPtr index, BindExpr(*e.args[1], scope));
      if (!Loose(base->type) && base->type != Type::kList) {
        return Error(e.args[0]->span, std::string("only lists can be indexed, not a ") + TypeName(base->type));
      }
      if (!Loose(index->type) && index->type != Type::kInt) {
        return Error(e.args[1]->span, std::string("a list index is an Integer, not a ") + TypeName(index->type));
      }
      BExprPtr b = Make(BKind::kIndex, e.span, Type::kAny, canon);
      b->args.push_back(std::move(base));
      b->args.push_back(std::move(index));
      return b;
    }
    case ast::ExprKind::kListComprehension: {
      KG_ASSIGN_OR_RETURN(BExprPtr list, BindExpr(*e.args[0], scope));
      if (!Loose(list->type) && list->type != Type::kList) {
        return Error(e.args[0]->span, std::string("IN needs a list, not a ") + TypeName(list->type));
      }
      // The variable is visible inside the brackets only, shadowing any other.
      Variable v;
      v.name = e.name;
      v.hidden = true;
      v.kind = Variable::Kind::kValue;
      v.span = e.name_span;
      const int var = NewVariable(std::move(v));
      const int shadowed = FindVariable(e.name);
      by_name_[e.name] = var;
      ExprScope inner = scope;
      inner.vars_visible = true;
      auto restore = [&] {
        if (shadowed >= 0) by_name_[e.name] = shadowed;
        else by_name_.erase(e.name);
      };
      BExprPtr b = Make(BKind::kListComprehension, e.span, Type::kList, canon);
      b->slot = vars_[var].slot;
      b->args.push_back(std::move(list));
      for (int k : {1, 2}) {
        if (!e.args[k]) {
          b->args.push_back(nullptr);
          continue;
        }
        auto part = BindExpr(*e.args[k], inner);
        if (!part.ok()) {
          restore();
          return part.status();
        }
        b->args.push_back(std::move(part).value());
      }
      restore();
      return b;
    }
    case ast::ExprKind::kBinary: break;
  }
  KG_ASSIGN_OR_RETURN(BExprPtr lhs, BindExpr(*e.args[0], scope));
  KG_ASSIGN_OR_RETURN(BExprPtr rhs, BindExpr(*e.args[1], scope));
  switch (e.op) {
    case ast::Op::kAnd:
    case ast::Op::kOr:
    case ast::Op::kXor: {
      for (const BExprPtr* x : {&lhs, &rhs}) {
        if (!Loose((*x)->type) && (*x)->type != Type::kBool) {
          return Error((*x)->span, std::string(ast::OpName(e.op)) + " needs Boolean operands, not a " +
                                       TypeName((*x)->type));
        }
      }
      BExprPtr b = Make(e.op == ast::Op::kAnd ? BKind::kAnd : e.op == ast::Op::kOr ? BKind::kOr : BKind::kXor, e.span,
                        Type::kBool, canon);
      b->args.push_back(std::move(lhs));
      b->args.push_back(std::move(rhs));
      return b;
    }
    case ast::Op::kEq:
    case ast::Op::kNe:
    case ast::Op::kLt:
    case ast::Op::kLe:
    case ast::Op::kGt:
    case ast::Op::kGe: return BindComparison(e.op, std::move(lhs), std::move(rhs), e.span, canon);
    case ast::Op::kIn: {
      if (!Loose(rhs->type) && rhs->type != Type::kList) {
        return Error(rhs->span, std::string("IN needs a list, not a ") + TypeName(rhs->type));
      }
      if (IsEventType(*lhs) && rhs->kind == BKind::kList) {
        for (auto& item : rhs->args) KG_RETURN_IF_ERROR(CheckEventTypeLiteral(*item));
      }
      const bool actor = IsActorName(*lhs, vars_);
      BExprPtr b = Make(actor ? BKind::kActorNameIn : BKind::kIn, e.span, Type::kBool, canon);
      b->args.push_back(actor ? std::move(lhs->args[0]) : std::move(lhs));
      b->args.push_back(std::move(rhs));
      return b;
    }
    case ast::Op::kStartsWith:
    case ast::Op::kEndsWith:
    case ast::Op::kContains: {
      for (const BExprPtr* x : {&lhs, &rhs}) {
        if (!Loose((*x)->type) && (*x)->type != Type::kString) {
          return Error((*x)->span, std::string(ast::OpName(e.op)) + " needs strings, not a " + TypeName((*x)->type));
        }
      }
      const bool actor = IsActorName(*lhs, vars_);
      BExprPtr b = Make(actor ? BKind::kActorNameText : BKind::kStringOp, e.span, Type::kBool, canon);
      b->op = e.op;
      b->args.push_back(actor ? std::move(lhs->args[0]) : std::move(lhs));
      b->args.push_back(std::move(rhs));
      return b;
    }
    default: {
      const Type lt = lhs->type, rt = rhs->type;
      const bool ok = Loose(lt) || Loose(rt) || (Numeric(lt) && Numeric(rt)) ||
                      (e.op == ast::Op::kAdd && (lt == Type::kString || rt == Type::kString || lt == Type::kList ||
                                                 rt == Type::kList));
      if (!ok) {
        return Error(e.span, std::string("cannot apply '") + ast::OpName(e.op) + "' to " + TypeName(lt) + " and " +
                                 TypeName(rt));
      }
      Type t = Type::kAny;
      if (lt == Type::kInt && rt == Type::kInt) t = Type::kInt;
      else if (Numeric(lt) && Numeric(rt)) t = Type::kFloat;
      else if (lt == Type::kString || rt == Type::kString) t = Type::kString;
      else if (lt == Type::kList || rt == Type::kList) t = Type::kList;
      BExprPtr b = Make(BKind::kArith, e.span, t, canon);
      b->op = e.op;
      b->args.push_back(std::move(lhs));
      b->args.push_back(std::move(rhs));
      return b;
    }
  }
}

}  // namespace kg::query::internal
