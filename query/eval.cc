#include "query/eval.h"

#include <cmath>
#include <cstdio>
#include <limits>

#include <unicode/unistr.h>

#include "graph/text/fold.h"
#include "query/properties.h"
#include "query/value_ops.h"

namespace kg::query {

namespace {

Status EvalError(const BExpr& e, const std::string& message) { return Status::SemanticError(message, e.span); }

const ValueList* ListPtr(const Value& v) {
  const auto* p = std::get_if<std::shared_ptr<ValueList>>(&v.v);
  return p && *p ? p->get() : nullptr;
}

Value MakeList(ValueList items) { return std::make_shared<ValueList>(std::move(items)); }

Result<Value> Arith(const BExpr& e, const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return Value();
  const ast::Op op = e.op;
  if (op == ast::Op::kAdd) {
    const ValueList* la = ListPtr(a);
    const ValueList* lb = ListPtr(b);
    if (la || lb) {
      ValueList out;
      if (la)
        out = *la;
      else
        out.push_back(a);
      if (lb)
        out.insert(out.end(), lb->begin(), lb->end());
      else
        out.push_back(b);
      return MakeList(std::move(out));
    }
    if (std::holds_alternative<std::string>(a.v) || std::holds_alternative<std::string>(b.v)) {
      return Value(ValueToPlainString(a) + ValueToPlainString(b));
    }
  }
  const int64_t* ia = std::get_if<int64_t>(&a.v);
  const int64_t* ib = std::get_if<int64_t>(&b.v);
  if (ia && ib) {
    int64_t r = 0;
    switch (op) {
      case ast::Op::kAdd:
        if (__builtin_add_overflow(*ia, *ib, &r)) return EvalError(e, "integer overflow");
        return Value(r);
      case ast::Op::kSub:
        if (__builtin_sub_overflow(*ia, *ib, &r)) return EvalError(e, "integer overflow");
        return Value(r);
      case ast::Op::kMul:
        if (__builtin_mul_overflow(*ia, *ib, &r)) return EvalError(e, "integer overflow");
        return Value(r);
      case ast::Op::kDiv:
        if (*ib == 0) return EvalError(e, "division by zero");
        if (*ia == std::numeric_limits<int64_t>::min() && *ib == -1) return EvalError(e, "integer overflow");
        return Value(*ia / *ib);
      case ast::Op::kMod:
        if (*ib == 0) return EvalError(e, "division by zero");
        if (*ib == -1) return Value(int64_t{0});
        return Value(*ia % *ib);
      default:
        return Value();
    }
  }
  const bool na = ia || std::holds_alternative<double>(a.v);
  const bool nb = ib || std::holds_alternative<double>(b.v);
  if (!na || !nb) return Value();
  const double x = ia ? static_cast<double>(*ia) : std::get<double>(a.v);
  const double y = ib ? static_cast<double>(*ib) : std::get<double>(b.v);
  switch (op) {
    case ast::Op::kAdd:
      return Value(x + y);
    case ast::Op::kSub:
      return Value(x - y);
    case ast::Op::kMul:
      return Value(x * y);
    case ast::Op::kDiv:
      return Value(x / y);
    case ast::Op::kMod:
      return Value(std::fmod(x, y));
    default:
      return Value();
  }
}

std::optional<bool> StringOp(ast::Op op, const std::string& s, const std::string& needle) {
  switch (op) {
    case ast::Op::kStartsWith:
      return s.compare(0, needle.size(), needle) == 0;
    case ast::Op::kEndsWith:
      return s.size() >= needle.size() && s.compare(s.size() - needle.size(), needle.size(), needle) == 0;
    case ast::Op::kContains:
      return s.find(needle) != std::string::npos;
    default:
      return std::nullopt;
  }
}

Value FromBool(std::optional<bool> b) { return b ? Value(*b) : Value(); }

// x IN list, with null semantics: null when nothing matched but some
// comparison was unknown.
Value InList(const Value& x, const Value& list) {
  const ValueList* l = ListPtr(list);
  if (!l) return Value();
  bool unknown = false;
  for (const Value& item : *l) {
    const auto eq = Compare(x, ast::Op::kEq, item);
    if (eq && *eq) return Value(true);
    if (!eq) unknown = true;
  }
  return unknown ? Value() : Value(false);
}

Result<Value> ActorNameEq(ExecContext& ctx, const Value& actor, const Value& name) {
  const NodeRef* n = std::get_if<NodeRef>(&actor.v);
  const std::string* s = std::get_if<std::string>(&name.v);
  if (!n || !s) return Value();
  KG_ASSIGN_OR_RETURN(auto ids, ctx.ActorsNamed(*s));
  for (const auto& id : *ids) {
    if (id == n->id) return Value(true);
  }
  return Value(false);
}

Result<Value> ActorNameText(ExecContext& ctx, ast::Op op, const Value& actor, const Value& text) {
  const NodeRef* n = std::get_if<NodeRef>(&actor.v);
  const std::string* s = std::get_if<std::string>(&text.v);
  if (!n || !s) return Value();
  KG_ASSIGN_OR_RETURN(auto a, ctx.GetActor(n->id));
  if (!a) return Value();
  const std::string needle = FoldForMatch(*s);
  auto test = [&](const std::string& name) {
    const auto r = StringOp(op, FoldForMatch(name), needle);
    return r && *r;
  };
  if (test(a->name)) return Value(true);
  for (const auto& alias : a->aliases) {
    if (test(alias.text)) return Value(true);
  }
  return Value(false);
}

Result<Value> CallFunction(const BExpr& e, std::vector<Value>& args, ExecContext& ctx);

}  // namespace

std::string ValueToPlainString(const Value& v) {
  switch (v.v.index()) {
    case 0:
      return "null";
    case 1:
      return std::get<bool>(v.v) ? "true" : "false";
    case 2:
      return std::to_string(std::get<int64_t>(v.v));
    case 3: {
      char buf[40];
      std::snprintf(buf, sizeof(buf), "%.15g", std::get<double>(v.v));
      std::string s = buf;
      if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
      return s;
    }
    case 4:
      return std::get<std::string>(v.v);
    case 5:
      return std::get<Date>(v.v).ToIso();
    case 6: {
      const NodeRef& n = std::get<NodeRef>(v.v);
      return std::string(LabelOf(n)) + ":" + n.id;
    }
    case 7: {
      const RelRef& r = std::get<RelRef>(v.v);
      return r.from.id + "-[" + r.type + (r.event_id.empty() ? "" : " " + r.event_id) + "]->" + r.to.id;
    }
    case 8: {
      const PathValue& p = std::get<PathValue>(v.v);
      std::string s;
      for (size_t i = 0; i < p.nodes.size(); ++i) {
        s += "(" + p.nodes[i].id + ")";
        if (i < p.rels.size()) s += "-[" + p.rels[i].type + "]-";
      }
      return s;
    }
    case 9: {
      std::string s = "[";
      const ValueList* l = ListPtr(v);
      for (size_t i = 0; l && i < l->size(); ++i) s += (i ? ", " : "") + ValueToPlainString((*l)[i]);
      return s + "]";
    }
    default:
      return "{...}";
  }
}

Result<Value> Eval(const BExpr& e, const Row& row, ExecContext& ctx) {
  switch (e.kind) {
    case BKind::kConst:
      return e.value;
    case BKind::kSlot:
      return row[e.slot];
    case BKind::kProperty: {
      KG_ASSIGN_OR_RETURN(Value base, Eval(*e.args[0], row, ctx));
      if (const NodeRef* n = std::get_if<NodeRef>(&base.v)) return PropertyOf(ctx, *n, e.prop);
      if (const RelRef* r = std::get_if<RelRef>(&base.v)) {
        // An actor-to-actor relationship stands for its event.
        if (r->event_id.empty()) return Value();
        return PropertyOf(ctx, NodeRef{NodeRef::Label::kEvent, r->event_id}, e.prop);
      }
      return Value();
    }
    case BKind::kList: {
      ValueList items;
      for (const auto& a : e.args) {
        KG_ASSIGN_OR_RETURN(Value v, Eval(*a, row, ctx));
        items.push_back(std::move(v));
      }
      return MakeList(std::move(items));
    }
    case BKind::kNot: {
      KG_ASSIGN_OR_RETURN(Value v, Eval(*e.args[0], row, ctx));
      const auto b = AsBool(v);
      return b ? Value(!*b) : Value();
    }
    case BKind::kNeg: {
      KG_ASSIGN_OR_RETURN(Value v, Eval(*e.args[0], row, ctx));
      if (const int64_t* i = std::get_if<int64_t>(&v.v)) {
        if (*i == std::numeric_limits<int64_t>::min()) return EvalError(e, "integer overflow");
        return Value(-*i);
      }
      if (const double* d = std::get_if<double>(&v.v)) return Value(-*d);
      return Value();
    }
    case BKind::kAnd:
    case BKind::kOr: {
      // Short-circuit where the outcome is settled; null only if undecided.
      const bool is_and = e.kind == BKind::kAnd;
      bool unknown = false;
      for (const auto& a : e.args) {
        KG_ASSIGN_OR_RETURN(Value v, Eval(*a, row, ctx));
        const auto b = AsBool(v);
        if (!b) {
          unknown = true;
        } else if (*b != is_and) {
          return Value(!is_and);
        }
      }
      return unknown ? Value() : Value(is_and);
    }
    case BKind::kXor: {
      KG_ASSIGN_OR_RETURN(Value a, Eval(*e.args[0], row, ctx));
      KG_ASSIGN_OR_RETURN(Value b, Eval(*e.args[1], row, ctx));
      const auto x = AsBool(a), y = AsBool(b);
      return x && y ? Value(*x != *y) : Value();
    }
    case BKind::kCompare: {
      KG_ASSIGN_OR_RETURN(Value a, Eval(*e.args[0], row, ctx));
      KG_ASSIGN_OR_RETURN(Value b, Eval(*e.args[1], row, ctx));
      return FromBool(Compare(a, e.op, b));
    }
    case BKind::kIn: {
      KG_ASSIGN_OR_RETURN(Value a, Eval(*e.args[0], row, ctx));
      KG_ASSIGN_OR_RETURN(Value b, Eval(*e.args[1], row, ctx));
      return InList(a, b);
    }
    case BKind::kStringOp: {
      KG_ASSIGN_OR_RETURN(Value a, Eval(*e.args[0], row, ctx));
      KG_ASSIGN_OR_RETURN(Value b, Eval(*e.args[1], row, ctx));
      const std::string* s = std::get_if<std::string>(&a.v);
      const std::string* n = std::get_if<std::string>(&b.v);
      return s && n ? FromBool(StringOp(e.op, *s, *n)) : Value();
    }
    case BKind::kArith: {
      KG_ASSIGN_OR_RETURN(Value a, Eval(*e.args[0], row, ctx));
      KG_ASSIGN_OR_RETURN(Value b, Eval(*e.args[1], row, ctx));
      return Arith(e, a, b);
    }
    case BKind::kIsNull: {
      KG_ASSIGN_OR_RETURN(Value v, Eval(*e.args[0], row, ctx));
      return Value(v.is_null() != e.negated);
    }
    case BKind::kIndex: {
      KG_ASSIGN_OR_RETURN(Value base, Eval(*e.args[0], row, ctx));
      KG_ASSIGN_OR_RETURN(Value index, Eval(*e.args[1], row, ctx));
      const ValueList* l = ListPtr(base);
      const int64_t* i = std::get_if<int64_t>(&index.v);
      if (!l || !i) return Value();
      const int64_t n = static_cast<int64_t>(l->size());
      const int64_t k = *i < 0 ? n + *i : *i;
      return k >= 0 && k < n ? (*l)[k] : Value();
    }
    case BKind::kFunction: {
      std::vector<Value> args;
      for (const auto& a : e.args) {
        KG_ASSIGN_OR_RETURN(Value v, Eval(*a, row, ctx));
        args.push_back(std::move(v));
      }
      return CallFunction(e, args, ctx);
    }
    case BKind::kActorNameEq: {
      KG_ASSIGN_OR_RETURN(Value a, Eval(*e.args[0], row, ctx));
      KG_ASSIGN_OR_RETURN(Value n, Eval(*e.args[1], row, ctx));
      return ActorNameEq(ctx, a, n);
    }
    case BKind::kActorNameIn: {
      KG_ASSIGN_OR_RETURN(Value a, Eval(*e.args[0], row, ctx));
      KG_ASSIGN_OR_RETURN(Value list, Eval(*e.args[1], row, ctx));
      const ValueList* l = ListPtr(list);
      if (!l || a.is_null()) return Value();
      bool unknown = false;
      for (const Value& name : *l) {
        KG_ASSIGN_OR_RETURN(Value hit, ActorNameEq(ctx, a, name));
        if (hit.is_null())
          unknown = true;
        else if (std::get<bool>(hit.v))
          return Value(true);
      }
      return unknown ? Value() : Value(false);
    }
    case BKind::kListComprehension: {
      KG_ASSIGN_OR_RETURN(Value list, Eval(*e.args[0], row, ctx));
      const ValueList* l = ListPtr(list);
      if (!l) return Value();
      Row local = row;
      ValueList out;
      for (const Value& item : *l) {
        local[e.slot] = item;
        if (e.args[1]) {
          KG_ASSIGN_OR_RETURN(bool keep, EvalPredicate(*e.args[1], local, ctx));
          if (!keep) continue;
        }
        if (e.args[2]) {
          KG_ASSIGN_OR_RETURN(Value v, Eval(*e.args[2], local, ctx));
          out.push_back(std::move(v));
        } else {
          out.push_back(item);
        }
      }
      return MakeList(std::move(out));
    }
    case BKind::kHasLabel: {
      KG_ASSIGN_OR_RETURN(Value n, Eval(*e.args[0], row, ctx));
      const NodeRef* ref = std::get_if<NodeRef>(&n.v);
      if (!ref) return Value();
      return Value(std::get<std::string>(e.value.v) == LabelOf(*ref));
    }
    case BKind::kActorNameText: {
      KG_ASSIGN_OR_RETURN(Value a, Eval(*e.args[0], row, ctx));
      KG_ASSIGN_OR_RETURN(Value t, Eval(*e.args[1], row, ctx));
      return ActorNameText(ctx, e.op, a, t);
    }
  }
  return Value();
}

Result<bool> EvalPredicate(const BExpr& e, const Row& row, ExecContext& ctx) {
  KG_ASSIGN_OR_RETURN(Value v, Eval(e, row, ctx));
  const auto b = AsBool(v);
  return b && *b;
}

namespace {

std::string CaseMap(const std::string& s, bool upper) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  if (upper)
    u.toUpper();
  else
    u.toLower();
  std::string out;
  u.toUTF8String(out);
  return out;
}

Result<Value> CallFunction(const BExpr& e, std::vector<Value>& args, ExecContext& ctx) {
  const Value& a = args.empty() ? Value() : args[0];
  switch (e.fn) {
    case Func::kNodes:
    case Func::kRelationships: {
      const PathValue* p = std::get_if<PathValue>(&a.v);
      if (!p) return Value();
      ValueList out;
      if (e.fn == Func::kNodes) {
        for (const auto& n : p->nodes) out.push_back(n);
      } else {
        for (const auto& r : p->rels) out.push_back(r);
      }
      return MakeList(std::move(out));
    }
    case Func::kLength:
    case Func::kSize: {
      if (const PathValue* p = std::get_if<PathValue>(&a.v)) return Value(static_cast<int64_t>(p->rels.size()));
      if (const ValueList* l = ListPtr(a)) return Value(static_cast<int64_t>(l->size()));
      if (const std::string* s = std::get_if<std::string>(&a.v)) {
        return Value(static_cast<int64_t>(icu::UnicodeString::fromUTF8(*s).countChar32()));
      }
      return Value();
    }
    case Func::kType: {
      if (const RelRef* r = std::get_if<RelRef>(&a.v)) return Value(r->type);
      if (const NodeRef* n = std::get_if<NodeRef>(&a.v)) {
        if (n->label == NodeRef::Label::kEvent) return PropertyOf(ctx, *n, Prop::kType);
      }
      return Value();
    }
    case Func::kLabels: {
      if (const NodeRef* n = std::get_if<NodeRef>(&a.v)) return MakeList({Value(std::string(LabelOf(*n)))});
      return Value();
    }
    case Func::kId: {
      if (const NodeRef* n = std::get_if<NodeRef>(&a.v)) return Value(n->id);
      if (const RelRef* r = std::get_if<RelRef>(&a.v)) return r->event_id.empty() ? Value() : Value(r->event_id);
      return Value();
    }
    case Func::kDate: {
      if (std::holds_alternative<Date>(a.v) || a.is_null()) return a;
      const std::string* s = std::get_if<std::string>(&a.v);
      if (!s) return EvalError(e, "date() takes a string like '2020-10-21', '2020-10' or '2020'");
      auto d = Date::ParseIso(*s);
      if (!d.ok()) return EvalError(e, "date('" + *s + "'): " + d.status().message());
      return Value(*d);
    }
    case Func::kCoalesce:
      for (const Value& v : args) {
        if (!v.is_null()) return v;
      }
      return Value();
    case Func::kToLower:
    case Func::kToUpper: {
      const std::string* s = std::get_if<std::string>(&a.v);
      return s ? Value(CaseMap(*s, e.fn == Func::kToUpper)) : Value();
    }
    case Func::kToString:
      return a.is_null() ? Value() : Value(ValueToPlainString(a));
    case Func::kStartNode:
    case Func::kEndNode: {
      const RelRef* r = std::get_if<RelRef>(&a.v);
      if (!r) return Value();
      return Value(e.fn == Func::kStartNode ? r->from : r->to);
    }
    default:
      return EvalError(e, "aggregate function outside RETURN");
  }
}

}  // namespace

}  // namespace kg::query
