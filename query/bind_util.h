#pragma once

// Helpers shared by the binder's translation units (binder.h).

#include <string>

#include "query/bound.h"

namespace kg::query::internal {

inline Status BindError(SourceSpan span, const std::string& msg) { return Status::SemanticError(msg, span); }

inline Type TypeOfValue(const Value& v) {
  switch (v.v.index()) {
    case 0:
      return Type::kNull;
    case 1:
      return Type::kBool;
    case 2:
      return Type::kInt;
    case 3:
      return Type::kFloat;
    case 4:
      return Type::kString;
    case 5:
      return Type::kDate;
    case 6:
      return Type::kNode;
    case 7:
      return Type::kRel;
    case 8:
      return Type::kPath;
    default:
      return Type::kList;
  }
}

// Unknown until run time: anything goes.
inline bool Loose(Type t) { return t == Type::kAny || t == Type::kNull; }
inline bool Numeric(Type t) { return t == Type::kInt || t == Type::kFloat; }

inline BExprPtr MakeBExpr(BKind kind, SourceSpan span, Type type, std::string canon) {
  auto b = std::make_unique<BExpr>();
  b->kind = kind;
  b->span = span;
  b->type = type;
  b->canon = std::move(canon);
  return b;
}

}  // namespace kg::query::internal
