// Expression rules of the parser, one function per precedence level
// (grammar.md: expression ... atom), lowest first.

#include <cerrno>
#include <cstdlib>

#include "query/parser.h"

namespace kg::query::internal {

namespace {

ast::ExprPtr MakeBinary(ast::Op op, ast::ExprPtr l, ast::ExprPtr r) {
  auto e = std::make_unique<ast::Expr>();
  e->kind = ast::ExprKind::kBinary;
  e->op = op;
  const uint32_t start = l->span.offset;
  const uint32_t end = r->span.offset + r->span.length;
  e->span = {start, end - start};
  e->args.push_back(std::move(l));
  e->args.push_back(std::move(r));
  return e;
}

}  // namespace

Result<ast::ExprPtr> Parser::ParseExpr() {
  KG_RETURN_IF_ERROR(Enter());
  auto e = ParseOr();
  Leave();
  return e;
}

// or_expr = xor_expr {"OR" xor_expr}
Result<ast::ExprPtr> Parser::ParseOr() {
  KG_ASSIGN_OR_RETURN(ast::ExprPtr left, ParseXor());
  while (AcceptKeyword(Keyword::kOr)) {
    KG_ASSIGN_OR_RETURN(ast::ExprPtr right, ParseXor());
    left = MakeBinary(ast::Op::kOr, std::move(left), std::move(right));
  }
  return left;
}

// xor_expr = and_expr {"XOR" and_expr}
Result<ast::ExprPtr> Parser::ParseXor() {
  KG_ASSIGN_OR_RETURN(ast::ExprPtr left, ParseAnd());
  while (AcceptKeyword(Keyword::kXor)) {
    KG_ASSIGN_OR_RETURN(ast::ExprPtr right, ParseAnd());
    left = MakeBinary(ast::Op::kXor, std::move(left), std::move(right));
  }
  return left;
}

// and_expr = not_expr {"AND" not_expr}
Result<ast::ExprPtr> Parser::ParseAnd() {
  KG_ASSIGN_OR_RETURN(ast::ExprPtr left, ParseNot());
  while (AcceptKeyword(Keyword::kAnd)) {
    KG_ASSIGN_OR_RETURN(ast::ExprPtr right, ParseNot());
    left = MakeBinary(ast::Op::kAnd, std::move(left), std::move(right));
  }
  return left;
}

// not_expr = "NOT" not_expr | comparison
Result<ast::ExprPtr> Parser::ParseNot() {
  if (AtKeyword(Keyword::kNot)) {
    const uint32_t start = Take().span.offset;
    KG_RETURN_IF_ERROR(Enter());
    auto parsed = ParseNot();
    Leave();
    KG_ASSIGN_OR_RETURN(ast::ExprPtr inner, std::move(parsed));
    auto e = std::make_unique<ast::Expr>();
    e->kind = ast::ExprKind::kUnary;
    e->op = ast::Op::kNot;
    e->args.push_back(std::move(inner));
    e->span = SpanFrom(start);
    return e;
  }
  return ParseComparison();
}

// comparison = additive [ comp_op additive
//                       | "IS" ["NOT"] "NULL"
//                       | "IN" additive
//                       | "STARTS" "WITH" additive | "ENDS" "WITH" additive
//                       | "CONTAINS" additive ]
Result<ast::ExprPtr> Parser::ParseComparison() {
  KG_ASSIGN_OR_RETURN(ast::ExprPtr left, ParseAdditive());
  ast::Op op = ast::Op::kNone;
  switch (Peek().kind) {
    case TokenKind::kEq:
      op = ast::Op::kEq;
      break;
    case TokenKind::kNe:
      op = ast::Op::kNe;
      break;
    case TokenKind::kLt:
      op = ast::Op::kLt;
      break;
    case TokenKind::kLe:
      op = ast::Op::kLe;
      break;
    case TokenKind::kGt:
      op = ast::Op::kGt;
      break;
    case TokenKind::kGe:
      op = ast::Op::kGe;
      break;
    case TokenKind::kKeyword:
      switch (Peek().keyword) {
        case Keyword::kIn:
          op = ast::Op::kIn;
          break;
        case Keyword::kContains:
          op = ast::Op::kContains;
          break;
        case Keyword::kStarts:
          op = ast::Op::kStartsWith;
          break;
        case Keyword::kEnds:
          op = ast::Op::kEndsWith;
          break;
        case Keyword::kIs: {
          Take();
          auto e = std::make_unique<ast::Expr>();
          e->kind = ast::ExprKind::kIsNull;
          e->negated = AcceptKeyword(Keyword::kNot);
          if (!AcceptKeyword(Keyword::kNull))
            return Expected(e->negated ? "NULL after IS NOT" : "NULL or NOT NULL after IS");
          e->span = SpanFrom(left->span.offset);
          e->args.push_back(std::move(left));
          return e;
        }
        default:
          break;
      }
      break;
    default:
      break;
  }
  if (op == ast::Op::kNone) return left;
  Take();
  if (op == ast::Op::kStartsWith || op == ast::Op::kEndsWith) {
    if (!AcceptKeyword(Keyword::kWith))
      return Expected(op == ast::Op::kStartsWith ? "WITH after STARTS" : "WITH after ENDS");
  }
  KG_ASSIGN_OR_RETURN(ast::ExprPtr right, ParseAdditive());
  ast::ExprPtr e = MakeBinary(op, std::move(left), std::move(right));
  switch (Peek().kind) {
    case TokenKind::kEq:
    case TokenKind::kNe:
    case TokenKind::kLt:
    case TokenKind::kLe:
    case TokenKind::kGt:
    case TokenKind::kGe:
      return ErrorAt(Peek(), "comparisons do not chain; join them with AND (a < b AND b < c)");
    default:
      break;
  }
  return e;
}

// additive = multiplicative {("+" | "-") multiplicative}
Result<ast::ExprPtr> Parser::ParseAdditive() {
  KG_ASSIGN_OR_RETURN(ast::ExprPtr left, ParseMultiplicative());
  while (At(TokenKind::kPlus) || At(TokenKind::kMinus)) {
    const ast::Op op = Take().kind == TokenKind::kPlus ? ast::Op::kAdd : ast::Op::kSub;
    KG_ASSIGN_OR_RETURN(ast::ExprPtr right, ParseMultiplicative());
    left = MakeBinary(op, std::move(left), std::move(right));
  }
  return left;
}

// multiplicative = unary {("*" | "/" | "%") unary}
Result<ast::ExprPtr> Parser::ParseMultiplicative() {
  KG_ASSIGN_OR_RETURN(ast::ExprPtr left, ParseUnary());
  while (At(TokenKind::kStar) || At(TokenKind::kSlash) || At(TokenKind::kPercent)) {
    const TokenKind k = Take().kind;
    const ast::Op op = k == TokenKind::kStar ? ast::Op::kMul : k == TokenKind::kSlash ? ast::Op::kDiv : ast::Op::kMod;
    KG_ASSIGN_OR_RETURN(ast::ExprPtr right, ParseUnary());
    left = MakeBinary(op, std::move(left), std::move(right));
  }
  return left;
}

// unary = ("-" | "+") unary | postfix
Result<ast::ExprPtr> Parser::ParseUnary() {
  if (At(TokenKind::kMinus) || At(TokenKind::kPlus)) {
    const Token& sign = Take();
    const bool minus = sign.kind == TokenKind::kMinus;
    KG_RETURN_IF_ERROR(Enter());
    auto parsed = ParseUnary();
    Leave();
    KG_ASSIGN_OR_RETURN(ast::ExprPtr inner, std::move(parsed));
    if (!minus) return inner;
    // Fold "-5" into a literal: SKIP, LIMIT and ranges want constants.
    if (inner->kind == ast::ExprKind::kLiteral && std::holds_alternative<double>(inner->literal.v)) {
      inner->literal = -std::get<double>(inner->literal.v);
      inner->span = SpanFrom(sign.span.offset);
      return inner;
    }
    if (inner->kind == ast::ExprKind::kLiteral && std::holds_alternative<int64_t>(inner->literal.v)) {
      inner->literal = -std::get<int64_t>(inner->literal.v);
      inner->span = SpanFrom(sign.span.offset);
      return inner;
    }
    auto e = std::make_unique<ast::Expr>();
    e->kind = ast::ExprKind::kUnary;
    e->op = ast::Op::kNeg;
    e->args.push_back(std::move(inner));
    e->span = SpanFrom(sign.span.offset);
    return e;
  }
  return ParsePostfix();
}

// postfix = atom {"." name | "[" expression "]"}
Result<ast::ExprPtr> Parser::ParsePostfix() {
  KG_ASSIGN_OR_RETURN(ast::ExprPtr e, ParseAtom());
  for (;;) {
    if (Accept(TokenKind::kDot)) {
      KG_ASSIGN_OR_RETURN(Token key, ExpectName("a property name after '.'", /*allow_keyword=*/true));
      auto p = std::make_unique<ast::Expr>();
      p->kind = ast::ExprKind::kProperty;
      p->name = key.value;
      p->name_span = key.span;
      p->span = SpanFrom(e->span.offset);
      p->args.push_back(std::move(e));
      e = std::move(p);
    } else if (At(TokenKind::kLBracket)) {
      Take();
      KG_ASSIGN_OR_RETURN(ast::ExprPtr index, ParseExpr());
      KG_RETURN_IF_ERROR(Expect(TokenKind::kRBracket, "']' after the index"));
      auto p = std::make_unique<ast::Expr>();
      p->kind = ast::ExprKind::kIndex;
      p->span = SpanFrom(e->span.offset);
      p->args.push_back(std::move(e));
      p->args.push_back(std::move(index));
      e = std::move(p);
    } else {
      return e;
    }
  }
}

// atom = literal | parameter | list | function_call | name | "(" expression ")"
Result<ast::ExprPtr> Parser::ParseAtom() {
  const Token& t = Peek();
  auto e = std::make_unique<ast::Expr>();
  e->span = t.span;
  switch (t.kind) {
    case TokenKind::kInteger: {
      errno = 0;
      const long long v = std::strtoll(t.value.c_str(), nullptr, 10);
      if (errno == ERANGE) return ErrorAt(t, "integer " + t.value + " is too large (at most 9223372036854775807)");
      e->literal = static_cast<int64_t>(v);
      Take();
      return e;
    }
    case TokenKind::kFloat:
      e->literal = std::strtod(t.value.c_str(), nullptr);
      Take();
      return e;
    case TokenKind::kString:
      e->literal = t.value;
      Take();
      return e;
    case TokenKind::kParameter:
      e->kind = ast::ExprKind::kParameter;
      e->name = t.value;
      Take();
      return e;
    case TokenKind::kLBracket:
      return ParseList();
    case TokenKind::kLParen: {
      const uint32_t start = Take().span.offset;
      KG_ASSIGN_OR_RETURN(ast::ExprPtr inner, ParseExpr());
      KG_RETURN_IF_ERROR(Expect(TokenKind::kRParen, "')' to close the parenthesis"));
      // Keep the parentheses in the span so column names read as written.
      inner->span = SpanFrom(start);
      return inner;
    }
    case TokenKind::kIdentifier:
      if (Peek(1).kind == TokenKind::kLParen) return ParseFunctionCall();
      e->kind = ast::ExprKind::kVariable;
      e->name = t.value;
      Take();
      return e;
    case TokenKind::kKeyword:
      switch (t.keyword) {
        case Keyword::kNull:
          Take();
          return e;
        case Keyword::kTrue:
          e->literal = true;
          Take();
          return e;
        case Keyword::kFalse:
          e->literal = false;
          Take();
          return e;
        default:
          break;
      }
      break;
    default:
      break;
  }
  return Expected("an expression");
}

// function_call = name "(" ["DISTINCT"] ["*" | expression {"," expression}] ")"
Result<ast::ExprPtr> Parser::ParseFunctionCall() {
  const Token& name = Take();
  auto e = std::make_unique<ast::Expr>();
  e->kind = ast::ExprKind::kFunction;
  e->name = name.value;
  e->name_span = name.span;
  Take();  // (
  e->distinct = AcceptKeyword(Keyword::kDistinct);
  if (At(TokenKind::kStar)) {
    Take();
    e->star = true;
  } else if (!At(TokenKind::kRParen)) {
    do {
      KG_ASSIGN_OR_RETURN(ast::ExprPtr arg, ParseExpr());
      e->args.push_back(std::move(arg));
    } while (Accept(TokenKind::kComma));
  }
  KG_RETURN_IF_ERROR(Expect(TokenKind::kRParen, "')' to close the call of " + e->name + "()"));
  e->span = SpanFrom(name.span.offset);
  return e;
}

// list = "[" [expression {"," expression}] "]"
//      | "[" name "IN" expression ["WHERE" expression] ["|" expression] "]"
Result<ast::ExprPtr> Parser::ParseList() {
  const uint32_t start = Take().span.offset;
  auto e = std::make_unique<ast::Expr>();
  if (At(TokenKind::kIdentifier) && AtKeyword(Keyword::kIn, 1)) {
    // A list comprehension; "[x IN list]" alone is one too, as in openCypher.
    const Token& var = Take();
    Take();  // IN
    e->kind = ast::ExprKind::kListComprehension;
    e->name = var.value;
    e->name_span = var.span;
    KG_ASSIGN_OR_RETURN(ast::ExprPtr list, ParseExpr());
    e->args.push_back(std::move(list));
    ast::ExprPtr where, map;
    if (AcceptKeyword(Keyword::kWhere)) {
      KG_ASSIGN_OR_RETURN(where, ParseExpr());
    }
    if (Accept(TokenKind::kPipe)) {
      KG_ASSIGN_OR_RETURN(map, ParseExpr());
    }
    e->args.push_back(std::move(where));
    e->args.push_back(std::move(map));
    KG_RETURN_IF_ERROR(Expect(TokenKind::kRBracket, "WHERE, '|' or ']' in the list comprehension"));
    e->span = SpanFrom(start);
    return e;
  }
  e->kind = ast::ExprKind::kList;
  if (!At(TokenKind::kRBracket)) {
    do {
      KG_ASSIGN_OR_RETURN(ast::ExprPtr item, ParseExpr());
      e->args.push_back(std::move(item));
    } while (Accept(TokenKind::kComma));
  }
  KG_RETURN_IF_ERROR(Expect(TokenKind::kRBracket, "',' or ']' in the list"));
  e->span = SpanFrom(start);
  return e;
}

}  // namespace kg::query::internal
