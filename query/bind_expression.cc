// Expression binding: names to slots, parameters to constants, type checks,
// and the rewrites that give actor names and event types their meaning
// (grammar.md "Names" and "Event types").

#include <cctype>

#include "query/ast_printer.h"
#include "query/bind_util.h"
#include "query/binder.h"
#include "query/did_you_mean.h"
#include "query/schema.h"

namespace kg::query::internal {

namespace {

bool Comparable(Type a, Type b) {
  if (Loose(a) || Loose(b) || a == b) return true;
  if (Numeric(a) && Numeric(b)) return true;
  return (a == Type::kDate && b == Type::kString) || (a == Type::kString && b == Type::kDate);
}

ast::Op Mirror(ast::Op op) {
  switch (op) {
    case ast::Op::kLt:
      return ast::Op::kGt;
    case ast::Op::kLe:
      return ast::Op::kGe;
    case ast::Op::kGt:
      return ast::Op::kLt;
    case ast::Op::kGe:
      return ast::Op::kLe;
    default:
      return op;
  }
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
    case Variable::Kind::kNode:
      t = Type::kNode;
      break;
    case Variable::Kind::kRel:
      t = Type::kRel;
      break;
    case Variable::Kind::kPath:
      t = Type::kPath;
      break;
    case Variable::Kind::kEventList:
      t = Type::kList;
      break;
    case Variable::Kind::kValue:
      t = Type::kAny;
      break;
  }
  BExprPtr b = MakeBExpr(BKind::kSlot, v.span, t, v.name);
  b->slot = v.slot;
  return b;
}

Result<BExprPtr> Binder::BindParameter(const ast::Expr& e) {
  auto it = params_.find(e.name);
  if (it == params_.end()) {
    std::vector<std::string> given;
    for (const auto& [name, value] : params_) given.push_back(name);
    return BindError(
        e.span, "parameter $" + e.name + " has no value (pass --param " + e.name + "=...)" + DidYouMean(e.name, given));
  }
  BExprPtr b = MakeBExpr(BKind::kConst, e.span, TypeOfValue(it->second), "$" + e.name);
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
  return BindError(lit.span, "unknown event type '" + *s + "'" + DidYouMean(upper, names));
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
        return BindError(key_span, "relationship '" + var->name +
                                       "' has no properties: SOURCE, TARGET, ATTRIBUTED_TO and MENTIONED_IN only join "
                                       "nodes (read the event's properties instead)");
      }
      label = NodeLabel::kEvent;  // an actor-to-actor relationship of a path stands for its event
      break;
    case Type::kAny:
    case Type::kNull:
      break;
    default:
      return BindError(key_span, "cannot read property '" + key + "' of a " + TypeName(base->type) + " value");
  }
  const auto info = FindProp(label, key);
  if (!info) {
    std::vector<std::string> names;
    for (const auto& p : PropsOf(label)) names.push_back(p.name);
    if (label == NodeLabel::kAny) {
      return BindError(key_span, "unknown property '" + key + "'" + DidYouMean(key, names));
    }
    std::string known;
    for (const auto& n : names) known += (known.empty() ? "" : ", ") + n;
    std::string hint = DidYouMean(key, names);
    if (hint.empty()) hint = " (" + std::string(LabelName(label)) + " has " + known + ")";
    return BindError(key_span, "unknown property '" + key + "' of " + LabelName(label) + hint);
  }
  BExprPtr b = MakeBExpr(BKind::kProperty, span, info->type, std::move(canon));
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
      return BindError(rhs->span,
                       std::string("an actor name is a String; cannot compare it with ") + TypeName(rhs->type));
    }
    BExprPtr eq = MakeBExpr(BKind::kActorNameEq, span, Type::kBool, op == ast::Op::kEq ? canon : "");
    eq->args.push_back(std::move(lhs->args[0]));
    eq->args.push_back(std::move(rhs));
    if (op == ast::Op::kEq) return eq;
    BExprPtr neg = MakeBExpr(BKind::kNot, span, Type::kBool, std::move(canon));
    neg->args.push_back(std::move(eq));
    return neg;
  }
  if (lhs->type == Type::kDate && rhs->kind == BKind::kConst) {
    if (const std::string* s = std::get_if<std::string>(&rhs->value.v)) {
      auto d = Date::ParseIso(*s);
      if (!d.ok()) return BindError(rhs->span, "'" + *s + "' is not a date: " + d.status().message());
      rhs->value = *d;
      rhs->type = Type::kDate;
    }
  }
  if (!Comparable(lhs->type, rhs->type)) {
    return BindError(span, std::string("cannot compare ") + TypeName(lhs->type) + " with " + TypeName(rhs->type));
  }
  if (!names) {
    for (Type t : {lhs->type, rhs->type}) {
      if (t == Type::kNode || t == Type::kRel || t == Type::kPath || t == Type::kList) {
        return BindError(span, std::string(TypeName(t)) + " values have no order; compare their properties");
      }
    }
  }
  if (IsEventType(*lhs)) KG_RETURN_IF_ERROR(CheckEventTypeLiteral(*rhs));
  BExprPtr b = MakeBExpr(BKind::kCompare, span, Type::kBool, std::move(canon));
  b->op = op;
  b->args.push_back(std::move(lhs));
  b->args.push_back(std::move(rhs));
  return b;
}

Result<BExprPtr> Binder::BindExpr(const ast::Expr& e, const ExprScope& scope) {
  const std::string canon = PrintExpr(e);
  switch (e.kind) {
    case ast::ExprKind::kLiteral: {
      BExprPtr b = MakeBExpr(BKind::kConst, e.span, TypeOfValue(e.literal), canon);
      b->value = e.literal;
      return b;
    }
    case ast::ExprKind::kParameter:
      return BindParameter(e);
    case ast::ExprKind::kVariable: {
      if (scope.aliases) {
        auto it = scope.aliases->find(e.name);
        if (it != scope.aliases->end()) {
          BExprPtr b = MakeBExpr(BKind::kSlot, e.span, it->second.second, canon);
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
      return BindError(e.span, "unknown variable '" + e.name + "'" + DidYouMean(e.name, names));
    }
    case ast::ExprKind::kProperty: {
      KG_ASSIGN_OR_RETURN(BExprPtr base, BindExpr(*e.args[0], scope));
      return BindProperty(std::move(base), e.name, e.name_span, e.span, canon);
    }
    case ast::ExprKind::kList: {
      BExprPtr b = MakeBExpr(BKind::kList, e.span, Type::kList, canon);
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
        return BindError(e.args[0]->span, std::string(is_not ? "NOT needs a Boolean" : "'-' needs a number") +
                                              ", not a " + TypeName(x->type));
      }
      BExprPtr b = MakeBExpr(is_not ? BKind::kNot : BKind::kNeg, e.span, is_not ? Type::kBool : x->type, canon);
      b->args.push_back(std::move(x));
      return b;
    }
    case ast::ExprKind::kIsNull: {
      KG_ASSIGN_OR_RETURN(BExprPtr x, BindExpr(*e.args[0], scope));
      BExprPtr b = MakeBExpr(BKind::kIsNull, e.span, Type::kBool, canon);
      b->negated = e.negated;
      b->args.push_back(std::move(x));
      return b;
    }
    case ast::ExprKind::kFunction:
      return BindFunction(e, scope);
    case ast::ExprKind::kIndex: {
      KG_ASSIGN_OR_RETURN(BExprPtr base, BindExpr(*e.args[0], scope));
      KG_ASSIGN_OR_RETURN(BExprPtr index, BindExpr(*e.args[1], scope));
      if (!Loose(base->type) && base->type != Type::kList) {
        return BindError(e.args[0]->span, std::string("only lists can be indexed, not a ") + TypeName(base->type));
      }
      if (!Loose(index->type) && index->type != Type::kInt) {
        return BindError(e.args[1]->span, std::string("a list index is an Integer, not a ") + TypeName(index->type));
      }
      BExprPtr b = MakeBExpr(BKind::kIndex, e.span, Type::kAny, canon);
      b->args.push_back(std::move(base));
      b->args.push_back(std::move(index));
      return b;
    }
    case ast::ExprKind::kListComprehension: {
      KG_ASSIGN_OR_RETURN(BExprPtr list, BindExpr(*e.args[0], scope));
      if (!Loose(list->type) && list->type != Type::kList) {
        return BindError(e.args[0]->span, std::string("IN needs a list, not a ") + TypeName(list->type));
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
        if (shadowed >= 0)
          by_name_[e.name] = shadowed;
        else
          by_name_.erase(e.name);
      };
      BExprPtr b = MakeBExpr(BKind::kListComprehension, e.span, Type::kList, canon);
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
    case ast::ExprKind::kBinary:
      break;
  }
  KG_ASSIGN_OR_RETURN(BExprPtr lhs, BindExpr(*e.args[0], scope));
  KG_ASSIGN_OR_RETURN(BExprPtr rhs, BindExpr(*e.args[1], scope));
  switch (e.op) {
    case ast::Op::kAnd:
    case ast::Op::kOr:
    case ast::Op::kXor: {
      for (const BExprPtr* x : {&lhs, &rhs}) {
        if (!Loose((*x)->type) && (*x)->type != Type::kBool) {
          return BindError((*x)->span,
                           std::string(ast::OpName(e.op)) + " needs Boolean operands, not a " + TypeName((*x)->type));
        }
      }
      BExprPtr b = MakeBExpr(e.op == ast::Op::kAnd  ? BKind::kAnd
                             : e.op == ast::Op::kOr ? BKind::kOr
                                                    : BKind::kXor,
                             e.span, Type::kBool, canon);
      b->args.push_back(std::move(lhs));
      b->args.push_back(std::move(rhs));
      return b;
    }
    case ast::Op::kEq:
    case ast::Op::kNe:
    case ast::Op::kLt:
    case ast::Op::kLe:
    case ast::Op::kGt:
    case ast::Op::kGe:
      return BindComparison(e.op, std::move(lhs), std::move(rhs), e.span, canon);
    case ast::Op::kIn: {
      if (!Loose(rhs->type) && rhs->type != Type::kList) {
        return BindError(rhs->span, std::string("IN needs a list, not a ") + TypeName(rhs->type));
      }
      if (IsEventType(*lhs) && rhs->kind == BKind::kList) {
        for (auto& item : rhs->args) KG_RETURN_IF_ERROR(CheckEventTypeLiteral(*item));
      }
      const bool actor = IsActorName(*lhs, vars_);
      BExprPtr b = MakeBExpr(actor ? BKind::kActorNameIn : BKind::kIn, e.span, Type::kBool, canon);
      b->args.push_back(actor ? std::move(lhs->args[0]) : std::move(lhs));
      b->args.push_back(std::move(rhs));
      return b;
    }
    case ast::Op::kStartsWith:
    case ast::Op::kEndsWith:
    case ast::Op::kContains: {
      for (const BExprPtr* x : {&lhs, &rhs}) {
        if (!Loose((*x)->type) && (*x)->type != Type::kString) {
          return BindError((*x)->span,
                           std::string(ast::OpName(e.op)) + " needs strings, not a " + TypeName((*x)->type));
        }
      }
      const bool actor = IsActorName(*lhs, vars_);
      BExprPtr b = MakeBExpr(actor ? BKind::kActorNameText : BKind::kStringOp, e.span, Type::kBool, canon);
      b->op = e.op;
      b->args.push_back(actor ? std::move(lhs->args[0]) : std::move(lhs));
      b->args.push_back(std::move(rhs));
      return b;
    }
    default: {
      const Type lt = lhs->type, rt = rhs->type;
      const bool ok = Loose(lt) || Loose(rt) || (Numeric(lt) && Numeric(rt)) ||
                      (e.op == ast::Op::kAdd &&
                       (lt == Type::kString || rt == Type::kString || lt == Type::kList || rt == Type::kList));
      if (!ok) {
        return BindError(e.span, std::string("cannot apply '") + ast::OpName(e.op) + "' to " + TypeName(lt) + " and " +
                                     TypeName(rt));
      }
      Type t = Type::kAny;
      if (lt == Type::kInt && rt == Type::kInt)
        t = Type::kInt;
      else if (Numeric(lt) && Numeric(rt))
        t = Type::kFloat;
      else if (lt == Type::kString || rt == Type::kString)
        t = Type::kString;
      else if (lt == Type::kList || rt == Type::kList)
        t = Type::kList;
      BExprPtr b = MakeBExpr(BKind::kArith, e.span, t, canon);
      b->op = e.op;
      b->args.push_back(std::move(lhs));
      b->args.push_back(std::move(rhs));
      return b;
    }
  }
}

}  // namespace kg::query::internal
