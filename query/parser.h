#pragma once

// The parser: tokens to a syntax tree, by hand-written recursive descent
// with one function per rule of query/grammar.md. The parser knows nothing
// of the store: unknown labels, properties and types are the binder's
// business (binder.h).
//
// The implementation is split by clause: parser.cc (query, MATCH, RETURN),
// parse_pattern.cc (node and relationship patterns), parse_expression.cc
// (expressions, by precedence).

#include <string_view>
#include <vector>

#include "graph/base/result.h"
#include "query/ast.h"
#include "query/token.h"

namespace kg::query {

// Parses a whole query. Errors are Status::SyntaxError whose span is the
// offending token, with messages like "expected ')' after the node pattern,
// found keyword RETURN".
Result<ast::Query> Parse(std::string_view text);

// Parses one expression (for tests and for --param values).
Result<ast::ExprPtr> ParseExpression(std::string_view text);

namespace internal {

// Shared by the parser's translation units.
class Parser {
 public:
  Parser(std::string_view text, std::vector<Token> tokens) : text_(text), tokens_(std::move(tokens)) {}

  Result<ast::Query> ParseQuery();
  Result<ast::ExprPtr> ParseStandaloneExpression();

  // parser.cc
  Result<ast::MatchClause> ParseMatch();
  Result<ast::ReturnClause> ParseReturn();
  Result<ast::ReturnItem> ParseReturnItem();
  // parse_pattern.cc
  Result<ast::PathPattern> ParsePattern();
  Result<ast::PathPattern> ParsePatternElement();
  Result<ast::NodePattern> ParseNodePattern();
  Result<ast::RelPattern> ParseRelPattern();
  Status ParseRange(ast::RelPattern* rel);
  Result<std::vector<ast::PropertyEntry>> ParsePropertyMap();
  // parse_expression.cc
  Result<ast::ExprPtr> ParseExpr();
  Result<ast::ExprPtr> ParseOr();
  Result<ast::ExprPtr> ParseXor();
  Result<ast::ExprPtr> ParseAnd();
  Result<ast::ExprPtr> ParseNot();
  Result<ast::ExprPtr> ParseComparison();
  Result<ast::ExprPtr> ParseAdditive();
  Result<ast::ExprPtr> ParseMultiplicative();
  Result<ast::ExprPtr> ParseUnary();
  Result<ast::ExprPtr> ParsePostfix();
  Result<ast::ExprPtr> ParseAtom();
  Result<ast::ExprPtr> ParseFunctionCall();
  Result<ast::ExprPtr> ParseList();

  // Token helpers.
  const Token& Peek(size_t ahead = 0) const {
    const size_t i = pos_ + ahead;
    return i < tokens_.size() ? tokens_[i] : tokens_.back();
  }
  const Token& Take() { return tokens_[pos_ < tokens_.size() - 1 ? pos_++ : pos_]; }
  bool At(TokenKind k) const { return Peek().kind == k; }
  bool AtKeyword(Keyword k, size_t ahead = 0) const {
    return Peek(ahead).kind == TokenKind::kKeyword && Peek(ahead).keyword == k;
  }
  bool Accept(TokenKind k) {
    if (!At(k)) return false;
    Take();
    return true;
  }
  bool AcceptKeyword(Keyword k) {
    if (!AtKeyword(k)) return false;
    Take();
    return true;
  }
  // A syntax error at the current token: "<what>, found <token>".
  Status Expected(const std::string& what) const;
  Status ErrorAt(const Token& t, const std::string& message) const;
  Status Expect(TokenKind k, const std::string& what) {
    if (Accept(k)) return Status::OK();
    return Expected(what);
  }
  // A name: an identifier, or a keyword where the grammar allows one
  // (property keys, map keys).
  Result<Token> ExpectName(const std::string& what, bool allow_keyword);
  // Span from `start` to the end of the previous token.
  SourceSpan SpanFrom(uint32_t start) const;
  std::string_view TextOf(SourceSpan s) const { return text_.substr(s.offset, s.length); }

  // Bounds the recursion of nested expressions, so that a pathological
  // query fails with a message instead of exhausting the stack.
  Status Enter() {
    if (++depth_ > kMaxDepth) return ErrorAt(Peek(), "the expression is nested too deeply");
    return Status::OK();
  }
  void Leave() { --depth_; }

 private:
  static constexpr int kMaxDepth = 256;
  int depth_ = 0;
  std::string_view text_;
  std::vector<Token> tokens_;
  size_t pos_ = 0;
};

}  // namespace internal
}  // namespace kg::query
