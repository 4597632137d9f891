// Pattern rules of the parser (grammar.md: pattern, node_pattern,
// rel_pattern, range, property_map).

#include <cctype>

#include "query/parser.h"

namespace kg::query::internal {

namespace {

bool NameIs(const Token& t, std::string_view want) {
  if (t.kind != TokenKind::kIdentifier || t.text.size() != want.size()) return false;
  for (size_t i = 0; i < want.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(t.text[i])) != std::tolower(static_cast<unsigned char>(want[i]))) {
      return false;
    }
  }
  return true;
}

}  // namespace

// pattern = [name "="] pattern_element
Result<ast::PathPattern> Parser::ParsePattern() {
  if (At(TokenKind::kIdentifier) && Peek(1).kind == TokenKind::kEq) {
    const Token var = Take();
    Take();  // =
    KG_ASSIGN_OR_RETURN(ast::PathPattern p, ParsePatternElement());
    p.var = var.value;
    p.var_span = var.span;
    p.span = SpanFrom(var.span.offset);
    return p;
  }
  return ParsePatternElement();
}

// pattern_element = ("shortestPath" | "allShortestPaths") "(" path ")" | path
// path = node_pattern {rel_pattern node_pattern}
Result<ast::PathPattern> Parser::ParsePatternElement() {
  ast::PathPattern p;
  const uint32_t start = Peek().span.offset;
  const bool shortest = NameIs(Peek(), "shortestPath");
  const bool all = NameIs(Peek(), "allShortestPaths");
  if ((shortest || all) && Peek(1).kind == TokenKind::kLParen) {
    p.function = shortest ? ast::PathFunction::kShortest : ast::PathFunction::kAllShortest;
    p.function_span = Take().span;
    Take();  // (
  }
  if (!At(TokenKind::kLParen)) {
    if (At(TokenKind::kIdentifier) && Peek(1).kind == TokenKind::kLParen) {
      return ErrorAt(
          Peek(), "unknown path function '" + Peek().value + "' (patterns may use shortestPath or allShortestPaths)");
    }
    return Expected("a pattern starting with '('");
  }
  KG_ASSIGN_OR_RETURN(ast::NodePattern first, ParseNodePattern());
  p.nodes.push_back(std::move(first));
  while (At(TokenKind::kMinus) || (At(TokenKind::kLt) && Peek(1).kind == TokenKind::kMinus)) {
    KG_ASSIGN_OR_RETURN(ast::RelPattern rel, ParseRelPattern());
    p.rels.push_back(std::move(rel));
    if (!At(TokenKind::kLParen)) return Expected("'(' to start the node after the relationship");
    KG_ASSIGN_OR_RETURN(ast::NodePattern node, ParseNodePattern());
    p.nodes.push_back(std::move(node));
  }
  if (p.function != ast::PathFunction::kNone) {
    KG_RETURN_IF_ERROR(
        Expect(TokenKind::kRParen,
               "')' to close " +
                   std::string(p.function == ast::PathFunction::kShortest ? "shortestPath(" : "allShortestPaths(")));
  }
  p.span = SpanFrom(start);
  return p;
}

// node_pattern = "(" [name] [":" name] [property_map] ")"
Result<ast::NodePattern> Parser::ParseNodePattern() {
  ast::NodePattern n;
  const uint32_t start = Take().span.offset;  // (
  if (At(TokenKind::kIdentifier)) {
    const Token& v = Take();
    n.var = v.value;
    n.var_span = v.span;
  } else if (At(TokenKind::kKeyword)) {
    return ExpectName("a variable name", /*allow_keyword=*/false).status();
  }
  if (Accept(TokenKind::kColon)) {
    KG_ASSIGN_OR_RETURN(Token label, ExpectName("a label after ':' (Actor, Event or Article)", true));
    n.label = label.value;
    n.label_span = label.span;
    if (At(TokenKind::kColon)) return ErrorAt(Peek(), "a node pattern takes one label");
  }
  if (At(TokenKind::kLBrace)) {
    KG_ASSIGN_OR_RETURN(n.properties, ParsePropertyMap());
  }
  if (!Accept(TokenKind::kRParen)) {
    return Expected(n.properties.empty() ? "':', '{' or ')' in the node pattern" : "')' to close the node pattern");
  }
  n.span = SpanFrom(start);
  return n;
}

// rel_pattern = ("<-" | "-") ["[" rel_detail "]"] ("->" | "-")
// rel_detail  = [name] [":" name {"|" [":"] name}] [range] [property_map]
Result<ast::RelPattern> Parser::ParseRelPattern() {
  ast::RelPattern r;
  const uint32_t start = Peek().span.offset;
  const bool left = Accept(TokenKind::kLt);
  Take();  // -
  if (Accept(TokenKind::kLBracket)) {
    if (At(TokenKind::kIdentifier)) {
      const Token& v = Take();
      r.var = v.value;
      r.var_span = v.span;
    }
    if (Accept(TokenKind::kColon)) {
      do {
        Accept(TokenKind::kColon);  // [:A|:B] is accepted as well
        KG_ASSIGN_OR_RETURN(Token type, ExpectName("a relationship type after ':'", true));
        r.types.push_back({type.value, type.span});
      } while (Accept(TokenKind::kPipe));
    }
    if (At(TokenKind::kStar)) KG_RETURN_IF_ERROR(ParseRange(&r));
    if (At(TokenKind::kLBrace)) {
      KG_ASSIGN_OR_RETURN(r.properties, ParsePropertyMap());
    }
    if (!Accept(TokenKind::kRBracket)) return Expected("']' to close the relationship pattern");
  }
  if (!Accept(TokenKind::kMinus)) return Expected("'-' to continue the relationship pattern");
  const bool right = Accept(TokenKind::kGt);
  r.direction = left == right ? ast::Direction::kBoth : (right ? ast::Direction::kRight : ast::Direction::kLeft);
  r.span = SpanFrom(start);
  return r;
}

// range = "*" [integer] [".." [integer]]
Status Parser::ParseRange(ast::RelPattern* r) {
  const uint32_t start = Take().span.offset;  // *
  r->variable_length = true;
  if (At(TokenKind::kInteger)) r->min_hops = std::stoll(std::string(Take().text));
  if (Accept(TokenKind::kDotDot)) {
    if (At(TokenKind::kInteger)) r->max_hops = std::stoll(std::string(Take().text));
  } else if (r->min_hops) {
    r->max_hops = r->min_hops;  // *3 means exactly three
  }
  if (At(TokenKind::kFloat)) return ErrorAt(Peek(), "a length range is written *min..max, e.g. *1..3");
  r->range_span = SpanFrom(start);
  return Status::OK();
}

// property_map = "{" [name ":" expression {"," name ":" expression}] "}"
Result<std::vector<ast::PropertyEntry>> Parser::ParsePropertyMap() {
  std::vector<ast::PropertyEntry> out;
  Take();  // {
  if (Accept(TokenKind::kRBrace)) return out;
  do {
    ast::PropertyEntry e;
    KG_ASSIGN_OR_RETURN(Token key, ExpectName("a property name", /*allow_keyword=*/true));
    e.key = key.value;
    e.key_span = key.span;
    KG_RETURN_IF_ERROR(Expect(TokenKind::kColon, "':' after the property name"));
    KG_ASSIGN_OR_RETURN(e.value, ParseExpr());
    out.push_back(std::move(e));
  } while (Accept(TokenKind::kComma));
  if (!Accept(TokenKind::kRBrace)) return Expected("',' or '}' in the property map");
  return out;
}

}  // namespace kg::query::internal
