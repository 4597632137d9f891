// The query and clause rules of the parser (grammar.md: query, match_clause,
// return_clause). Patterns and expressions are in parse_pattern.cc and
// parse_expression.cc.

#include "query/parser.h"

#include "query/lexer.h"

namespace kg::query {

namespace internal {

Status Parser::ErrorAt(const Token& t, const std::string& message) const {
  SourceSpan span = t.span;
  if (t.kind == TokenKind::kEnd && span.offset > 0) {
    // Point at the end of the text rather than past it.
    span = {span.offset, 0};
  }
  return Status::SyntaxError(message, span);
}

Status Parser::Expected(const std::string& what) const {
  return ErrorAt(Peek(), "expected " + what + ", found " + DescribeToken(Peek()));
}

Result<Token> Parser::ExpectName(const std::string& what, bool allow_keyword) {
  if (At(TokenKind::kIdentifier) || (allow_keyword && At(TokenKind::kKeyword))) return Take();
  if (At(TokenKind::kKeyword)) {
    return ErrorAt(Peek(), "expected " + what + ", found keyword " + std::string(KeywordName(Peek().keyword)) +
                               " (quote it as `" + Peek().value + "` to use it as a name)");
  }
  return Expected(what);
}

SourceSpan Parser::SpanFrom(uint32_t start) const {
  const Token& prev = pos_ > 0 ? tokens_[pos_ - 1] : tokens_[0];
  const uint32_t end = prev.span.offset + prev.span.length;
  return {start, end > start ? end - start : 0};
}

namespace {

// Why a clause kg does not have is refused.
std::string Unsupported(Keyword k) {
  switch (k) {
    case Keyword::kCreate:
    case Keyword::kMerge:
    case Keyword::kDelete:
    case Keyword::kDetach:
    case Keyword::kSet:
    case Keyword::kRemove:
      return std::string(KeywordName(k)) +
             " is not supported: kg queries are read-only (the store is written by `kg ingest`)";
    case Keyword::kWith:
      return "WITH is not supported: filter in MATCH ... WHERE and aggregate in RETURN";
    case Keyword::kUnwind:
    case Keyword::kCall:
    case Keyword::kUnion:
      return std::string(KeywordName(k)) + " is not supported by kg's query language";
    default:
      return "";
  }
}

}  // namespace

Result<ast::Query> Parser::ParseQuery() {
  ast::Query q;
  q.explain = AcceptKeyword(Keyword::kExplain);
  for (;;) {
    if (AtKeyword(Keyword::kMatch) || AtKeyword(Keyword::kOptional)) {
      KG_ASSIGN_OR_RETURN(ast::MatchClause m, ParseMatch());
      q.matches.push_back(std::move(m));
      continue;
    }
    if (AtKeyword(Keyword::kReturn)) break;
    if (At(TokenKind::kKeyword)) {
      const std::string why = Unsupported(Peek().keyword);
      if (!why.empty()) return ErrorAt(Peek(), why);
    }
    if (q.matches.empty()) return Expected("MATCH, OPTIONAL MATCH or RETURN");
    return Expected("MATCH, OPTIONAL MATCH, WHERE or RETURN");
  }
  KG_ASSIGN_OR_RETURN(q.ret, ParseReturn());
  Accept(TokenKind::kSemicolon);
  if (!At(TokenKind::kEnd)) {
    if (At(TokenKind::kKeyword)) {
      const std::string why = Unsupported(Peek().keyword);
      if (!why.empty()) return ErrorAt(Peek(), why);
      if (AtKeyword(Keyword::kMatch) || AtKeyword(Keyword::kOptional)) {
        return ErrorAt(Peek(), "RETURN must be the last clause; put MATCH clauses before it");
      }
    }
    return Expected("the end of the query");
  }
  return q;
}

// match_clause = ["OPTIONAL"] "MATCH" pattern {"," pattern} ["WHERE" expression]
Result<ast::MatchClause> Parser::ParseMatch() {
  ast::MatchClause m;
  const uint32_t start = Peek().span.offset;
  m.optional = AcceptKeyword(Keyword::kOptional);
  if (!AcceptKeyword(Keyword::kMatch)) return Expected("MATCH after OPTIONAL");
  do {
    KG_ASSIGN_OR_RETURN(ast::PathPattern p, ParsePattern());
    m.patterns.push_back(std::move(p));
  } while (Accept(TokenKind::kComma));
  if (AcceptKeyword(Keyword::kWhere)) {
    KG_ASSIGN_OR_RETURN(m.where, ParseExpr());
  }
  m.span = SpanFrom(start);
  return m;
}

// return_clause = "RETURN" ["DISTINCT"] ("*" | return_item {"," return_item})
//                 ["ORDER" "BY" sort_item {"," sort_item}]
//                 ["SKIP" expression] ["LIMIT" expression]
Result<ast::ReturnClause> Parser::ParseReturn() {
  ast::ReturnClause r;
  const uint32_t start = Peek().span.offset;
  Take();  // RETURN
  r.distinct = AcceptKeyword(Keyword::kDistinct);
  if (At(TokenKind::kStar)) {
    r.star = true;
    r.star_span = Take().span;
  } else {
    do {
      KG_ASSIGN_OR_RETURN(ast::ReturnItem item, ParseReturnItem());
      r.items.push_back(std::move(item));
    } while (Accept(TokenKind::kComma));
  }
  if (AcceptKeyword(Keyword::kOrder)) {
    if (!AcceptKeyword(Keyword::kBy)) return Expected("BY after ORDER");
    do {
      ast::SortItem s;
      KG_ASSIGN_OR_RETURN(s.expr, ParseExpr());
      if (AcceptKeyword(Keyword::kDesc)) {
        s.descending = true;
      } else {
        AcceptKeyword(Keyword::kAsc);
      }
      r.order_by.push_back(std::move(s));
    } while (Accept(TokenKind::kComma));
  }
  if (AcceptKeyword(Keyword::kSkip)) {
    KG_ASSIGN_OR_RETURN(r.skip, ParseExpr());
  }
  if (AcceptKeyword(Keyword::kLimit)) {
    KG_ASSIGN_OR_RETURN(r.limit, ParseExpr());
  }
  r.span = SpanFrom(start);
  return r;
}

// return_item = expression ["AS" name]
Result<ast::ReturnItem> Parser::ParseReturnItem() {
  ast::ReturnItem item;
  if (At(TokenKind::kEnd) || AtKeyword(Keyword::kOrder) || AtKeyword(Keyword::kSkip) || AtKeyword(Keyword::kLimit)) {
    return Expected("an expression to return");
  }
  KG_ASSIGN_OR_RETURN(item.expr, ParseExpr());
  item.text = std::string(TextOf(item.expr->span));
  if (AcceptKeyword(Keyword::kAs)) {
    KG_ASSIGN_OR_RETURN(Token name, ExpectName("a column name after AS", /*allow_keyword=*/false));
    item.alias = name.value;
    item.alias_span = name.span;
  }
  return item;
}

Result<ast::ExprPtr> Parser::ParseStandaloneExpression() {
  KG_ASSIGN_OR_RETURN(ast::ExprPtr e, ParseExpr());
  if (!At(TokenKind::kEnd)) return Expected("the end of the expression");
  return e;
}

}  // namespace internal

Result<ast::Query> Parse(std::string_view text) {
  KG_ASSIGN_OR_RETURN(std::vector<Token> tokens, Lex(text));
  internal::Parser p(text, std::move(tokens));
  return p.ParseQuery();
}

Result<ast::ExprPtr> ParseExpression(std::string_view text) {
  KG_ASSIGN_OR_RETURN(std::vector<Token> tokens, Lex(text));
  internal::Parser p(text, std::move(tokens));
  return p.ParseStandaloneExpression();
}

const char* ast::OpName(ast::Op op) {
  switch (op) {
    case Op::kOr:
      return "OR";
    case Op::kXor:
      return "XOR";
    case Op::kAnd:
      return "AND";
    case Op::kNot:
      return "NOT";
    case Op::kEq:
      return "=";
    case Op::kNe:
      return "<>";
    case Op::kLt:
      return "<";
    case Op::kLe:
      return "<=";
    case Op::kGt:
      return ">";
    case Op::kGe:
      return ">=";
    case Op::kIn:
      return "IN";
    case Op::kStartsWith:
      return "STARTS WITH";
    case Op::kEndsWith:
      return "ENDS WITH";
    case Op::kContains:
      return "CONTAINS";
    case Op::kAdd:
      return "+";
    case Op::kSub:
      return "-";
    case Op::kMul:
      return "*";
    case Op::kDiv:
      return "/";
    case Op::kMod:
      return "%";
    case Op::kNeg:
      return "-";
    case Op::kNone:
      break;
  }
  return "?";
}

}  // namespace kg::query
