#include "query/value_ops.h"

#include <cmath>
#include <cstdio>
#include <type_traits>

namespace kg::query {

namespace {

// The switches below go by the variant's index; keep them in step with value.h.
using S = Value::Storage;
static_assert(std::is_same_v<std::variant_alternative_t<1, S>, bool>);
static_assert(std::is_same_v<std::variant_alternative_t<4, S>, std::string>);
static_assert(std::is_same_v<std::variant_alternative_t<5, S>, Date>);
static_assert(std::is_same_v<std::variant_alternative_t<6, S>, NodeRef>);
static_assert(std::is_same_v<std::variant_alternative_t<8, S>, PathValue>);
static_assert(std::is_same_v<std::variant_alternative_t<9, S>, std::shared_ptr<ValueList>>);
static_assert(std::variant_size_v<S> == 11);

bool IsNumber(const Value& v) { return std::holds_alternative<int64_t>(v.v) || std::holds_alternative<double>(v.v); }

double AsDouble(const Value& v) {
  if (const int64_t* i = std::get_if<int64_t>(&v.v)) return static_cast<double>(*i);
  return std::get<double>(v.v);
}

// Compares two numbers exactly when both are integers.
int CompareNumbers(const Value& a, const Value& b) {
  if (std::holds_alternative<int64_t>(a.v) && std::holds_alternative<int64_t>(b.v)) {
    const int64_t x = std::get<int64_t>(a.v), y = std::get<int64_t>(b.v);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const double x = AsDouble(a), y = AsDouble(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

std::optional<bool> CompareDates(const Date& a, ast::Op op, const Date& b) {
  if (!a.known() || !b.known()) return std::nullopt;
  switch (op) {
    case ast::Op::kEq:
      return a.FirstDay() <= b.LastDay() && b.FirstDay() <= a.LastDay();
    case ast::Op::kNe:
      return !(a.FirstDay() <= b.LastDay() && b.FirstDay() <= a.LastDay());
    case ast::Op::kLt:
      return a.LastDay() < b.FirstDay();
    case ast::Op::kGt:
      return a.FirstDay() > b.LastDay();
    case ast::Op::kGe:
      return a.FirstDay() >= b.FirstDay();
    case ast::Op::kLe:
      return a.LastDay() <= b.LastDay();
    default:
      return std::nullopt;
  }
}

std::optional<bool> FromOrder(int c, ast::Op op) {
  switch (op) {
    case ast::Op::kEq:
      return c == 0;
    case ast::Op::kNe:
      return c != 0;
    case ast::Op::kLt:
      return c < 0;
    case ast::Op::kLe:
      return c <= 0;
    case ast::Op::kGt:
      return c > 0;
    case ast::Op::kGe:
      return c >= 0;
    default:
      return std::nullopt;
  }
}

std::string NodeKey(const NodeRef& n) { return std::to_string(static_cast<int>(n.label)) + ":" + n.id; }

std::string RelKey(const RelRef& r) {
  return r.type + "(" + NodeKey(r.from) + ">" + NodeKey(r.to) + "|" + r.event_id + ")";
}

// Rank of a value's kind in ORDER BY.
int KindRank(const Value& v) {
  switch (v.v.index()) {
    case 6:
      return 0;  // node
    case 7:
      return 1;  // relationship
    case 9:
      return 2;  // list
    case 10:
      return 2;  // map (not produced by queries)
    case 8:
      return 3;  // path
    case 4:
      return 4;  // string
    case 1:
      return 5;  // bool
    case 2:
    case 3:
      return 6;  // number
    case 5:
      return 7;  // date
    default:
      return 8;  // null
  }
}

const ValueList& ListOf(const Value& v) {
  static const ValueList empty;
  const auto* p = std::get_if<std::shared_ptr<ValueList>>(&v.v);
  return p && *p ? **p : empty;
}

}  // namespace

std::optional<Date> AsDate(const Value& v) {
  if (const Date* d = std::get_if<Date>(&v.v)) return d->known() ? std::optional<Date>(*d) : std::nullopt;
  if (const std::string* s = std::get_if<std::string>(&v.v)) {
    auto d = Date::ParseIso(*s);
    if (d.ok()) return *d;
  }
  return std::nullopt;
}

std::optional<bool> AsBool(const Value& v) {
  if (const bool* b = std::get_if<bool>(&v.v)) return *b;
  return std::nullopt;
}

std::optional<bool> Compare(const Value& a, ast::Op op, const Value& b) {
  if (a.is_null() || b.is_null()) return std::nullopt;
  const bool a_date = std::holds_alternative<Date>(a.v), b_date = std::holds_alternative<Date>(b.v);
  if (a_date || b_date) {
    const auto x = AsDate(a), y = AsDate(b);
    if (!x || !y)
      return op == ast::Op::kEq   ? std::optional<bool>(false)
             : op == ast::Op::kNe ? std::optional<bool>(true)
                                  : std::nullopt;
    return CompareDates(*x, op, *y);
  }
  if (IsNumber(a) && IsNumber(b)) {
    if (std::holds_alternative<double>(a.v) && std::isnan(std::get<double>(a.v))) return op == ast::Op::kNe;
    if (std::holds_alternative<double>(b.v) && std::isnan(std::get<double>(b.v))) return op == ast::Op::kNe;
    return FromOrder(CompareNumbers(a, b), op);
  }
  if (a.v.index() != b.v.index()) {
    // Different kinds are never equal and have no order.
    if (op == ast::Op::kEq) return false;
    if (op == ast::Op::kNe) return true;
    return std::nullopt;
  }
  if (const std::string* s = std::get_if<std::string>(&a.v)) {
    const int c = s->compare(std::get<std::string>(b.v));
    return FromOrder(c < 0 ? -1 : c > 0 ? 1 : 0, op);
  }
  if (const bool* x = std::get_if<bool>(&a.v)) return FromOrder(int(*x) - int(std::get<bool>(b.v)), op);
  if (std::holds_alternative<std::shared_ptr<ValueList>>(a.v)) {
    if (op != ast::Op::kEq && op != ast::Op::kNe) return std::nullopt;
    const ValueList& x = ListOf(a);
    const ValueList& y = ListOf(b);
    bool unknown = false;
    bool equal = x.size() == y.size();
    for (size_t i = 0; equal && i < x.size(); ++i) {
      const auto e = Compare(x[i], ast::Op::kEq, y[i]);
      if (!e)
        unknown = true;
      else if (!*e)
        equal = false;
    }
    if (equal && unknown) return std::nullopt;
    return op == ast::Op::kEq ? equal : !equal;
  }
  // Nodes, relationships and paths: equality by identity only.
  if (op != ast::Op::kEq && op != ast::Op::kNe) return std::nullopt;
  const bool same = IdentityKey(a) == IdentityKey(b);
  return op == ast::Op::kEq ? same : !same;
}

int OrderCompare(const Value& a, const Value& b) {
  const int ra = KindRank(a), rb = KindRank(b);
  if (ra != rb) return ra < rb ? -1 : 1;
  if (a.is_null()) return 0;
  if (IsNumber(a)) return CompareNumbers(a, b);
  if (const std::string* s = std::get_if<std::string>(&a.v)) {
    const int c = s->compare(std::get<std::string>(b.v));
    return c < 0 ? -1 : c > 0 ? 1 : 0;
  }
  if (const bool* x = std::get_if<bool>(&a.v)) return int(*x) - int(std::get<bool>(b.v));
  if (const Date* x = std::get_if<Date>(&a.v)) {
    const Date& y = std::get<Date>(b.v);
    if (!x->known() || !y.known()) return int(y.known()) - int(x->known());  // unknown last
    if (x->FirstDay() != y.FirstDay()) return x->FirstDay() < y.FirstDay() ? -1 : 1;
    return int(x->precision) - int(y.precision);
  }
  if (KindRank(a) == 2) {
    const ValueList& x = ListOf(a);
    const ValueList& y = ListOf(b);
    for (size_t i = 0; i < x.size() && i < y.size(); ++i) {
      const int c = OrderCompare(x[i], y[i]);
      if (c) return c;
    }
    return x.size() < y.size() ? -1 : x.size() > y.size() ? 1 : 0;
  }
  const std::string ka = IdentityKey(a), kb = IdentityKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

std::string IdentityKey(const Value& v) {
  switch (v.v.index()) {
    case 0:
      return "0";
    case 1:
      return std::get<bool>(v.v) ? "b1" : "b0";
    case 2:
      return "n" + std::to_string(std::get<int64_t>(v.v));
    case 3: {
      const double d = std::get<double>(v.v);
      // 2.0 groups with 2, as 2.0 = 2 is true.
      if (std::floor(d) == d && std::fabs(d) < 9e18) return "n" + std::to_string(static_cast<int64_t>(d));
      char buf[40];
      std::snprintf(buf, sizeof(buf), "f%.17g", d);
      return buf;
    }
    case 4:
      return "s" + std::get<std::string>(v.v);
    case 5:
      return "d" + std::get<Date>(v.v).ToIso();
    case 6:
      return "N" + NodeKey(std::get<NodeRef>(v.v));
    case 7:
      return "R" + RelKey(std::get<RelRef>(v.v));
    case 8: {
      const PathValue& p = std::get<PathValue>(v.v);
      std::string k = "P";
      for (size_t i = 0; i < p.nodes.size(); ++i) {
        k += NodeKey(p.nodes[i]);
        if (i < p.rels.size()) k += "~" + RelKey(p.rels[i]) + "~";
      }
      return k;
    }
    case 9: {
      std::string k = "L[";
      for (const auto& x : ListOf(v)) {
        const std::string e = IdentityKey(x);
        k += std::to_string(e.size()) + ":" + e;
      }
      return k + "]";
    }
    default: {
      std::string k = "M{";
      const auto& m = std::get<std::shared_ptr<ValueMap>>(v.v);
      if (m) {
        for (const auto& [key, x] : *m) {
          const std::string e = IdentityKey(x);
          k += std::to_string(key.size()) + ":" + key + std::to_string(e.size()) + ":" + e;
        }
      }
      return k + "}";
    }
  }
}

std::string KindOf(const Value& v) {
  switch (v.v.index()) {
    case 0:
      return "Null";
    case 1:
      return "Boolean";
    case 2:
      return "Integer";
    case 3:
      return "Float";
    case 4:
      return "String";
    case 5:
      return "Date";
    case 6:
      return "Node";
    case 7:
      return "Relationship";
    case 8:
      return "Path";
    case 9:
      return "List";
    default:
      return "Map";
  }
}

}  // namespace kg::query
