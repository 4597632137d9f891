// The parser, checked through the canonical text of its trees
// (ast_printer.h): every operator application parenthesized.

#include "query/parser.h"

#include <optional>

#include <gtest/gtest.h>

#include "query/ast_printer.h"

namespace kg::query {
namespace {

std::string Canon(std::string_view text) {
  auto q = Parse(text);
  EXPECT_TRUE(q.ok()) << q.status().ToString();
  return q.ok() ? PrintQuery(*q) : "";
}

std::string Expr(std::string_view text) {
  auto e = ParseExpression(text);
  EXPECT_TRUE(e.ok()) << e.status().ToString();
  return e.ok() ? PrintExpr(**e) : "";
}

Status Error(std::string_view text) {
  auto q = Parse(text);
  EXPECT_FALSE(q.ok()) << "parsed: " << text;
  return q.status();
}

TEST(ParserTest, OperatorPrecedence) {
  EXPECT_EQ(Expr("a OR b AND NOT c = d"), "(a OR (b AND (NOT (c = d))))");
  EXPECT_EQ(Expr("a XOR b OR c"), "((a XOR b) OR c)");
  EXPECT_EQ(Expr("1 + 2 * 3 - 4 / 2 % 3"), "((1 + (2 * 3)) - ((4 / 2) % 3))");
  EXPECT_EQ(Expr("-x.y + -2"), "((-x.y) + -2)");
  EXPECT_EQ(Expr("(1 + 2) * 3"), "((1 + 2) * 3)");
  EXPECT_EQ(Expr("a.b.c[0]"), "a.b.c[0]");
}

TEST(ParserTest, PredicatesAndLiterals) {
  EXPECT_EQ(Expr("x IS NOT NULL AND y IS NULL"), "((x IS NOT NULL) AND (y IS NULL))");
  EXPECT_EQ(Expr("n.name STARTS WITH 'إي' OR n.name ENDS WITH $s OR n.name CONTAINS 'ラン'"),
            "(((n.name STARTS WITH 'إي') OR (n.name ENDS WITH $s)) OR (n.name CONTAINS 'ラン'))");
  EXPECT_EQ(Expr("e.type IN ['ACCUSE', 'DENY']"), "(e.type IN ['ACCUSE', 'DENY'])");
  EXPECT_EQ(Expr("[true, false, null, 1.5, 'it\\'s']"), "[TRUE, FALSE, NULL, 1.5, 'it\\'s']");
  EXPECT_EQ(Expr("a <> b AND a != c"), "((a <> b) AND (a <> c))");
}

TEST(ParserTest, FunctionsAggregatesAndComprehensions) {
  EXPECT_EQ(Expr("COUNT(*)"), "count(*)");
  EXPECT_EQ(Expr("count(DISTINCT e.type)"), "count(DISTINCT e.type)");
  EXPECT_EQ(Expr("toLower(coalesce(a, 'x'))"), "tolower(coalesce(a, 'x'))");
  EXPECT_EQ(Expr("[r IN relationships(p) WHERE r.date > '2020' | type(r)]"),
            "[r IN relationships(p) WHERE (r.date > '2020') | type(r)]");
  EXPECT_EQ(Expr("[x IN xs]"), "[x IN xs]");
}

TEST(ParserTest, PatternsAndDirections) {
  EXPECT_EQ(Canon("MATCH (a:Actor {name: 'إيران'})-[e:ACCUSE]->(b) RETURN b"),
            "MATCH (a:Actor {name: 'إيران'})-[e:ACCUSE]->(b)\nRETURN b\n");
  EXPECT_EQ(Canon("MATCH (a)<-[:SOURCE]-(e), (e)--(x), (x)-->(y), (y)<--(z) RETURN a"),
            "MATCH (a)<-[:SOURCE]-(e), (e)-[]-(x), (x)-[]->(y), (y)<-[]-(z)\nRETURN a\n");
  EXPECT_EQ(Canon("MATCH (a)-[:ACCUSE|THREATEN]->(b), (c)-[:A|:B]-(d) RETURN a"),
            "MATCH (a)-[:ACCUSE|THREATEN]->(b), (c)-[:A|B]-(d)\nRETURN a\n");
  EXPECT_EQ(Canon("MATCH (a)<-[e]->(b) RETURN a"), "MATCH (a)-[e]-(b)\nRETURN a\n");
}

TEST(ParserTest, VariableLengthRanges) {
  struct Range {
    bool variable_length = false;
    std::optional<int64_t> min, max;
    std::string var, type;
  };
  auto rel = [](std::string_view text) {
    auto q = Parse(text);
    EXPECT_TRUE(q.ok()) << q.status().ToString();
    Range out;
    if (!q.ok()) return out;
    const auto& r = q->matches[0].patterns[0].rels[0];
    out.variable_length = r.variable_length;
    out.min = r.min_hops;
    out.max = r.max_hops;
    out.var = r.var;
    if (!r.types.empty()) out.type = r.types[0].name;
    return out;
  };
  auto r = rel("MATCH (a)-[*]-(b) RETURN a");
  EXPECT_TRUE(r.variable_length);
  EXPECT_FALSE(r.min);
  EXPECT_FALSE(r.max);
  r = rel("MATCH (a)-[*3]-(b) RETURN a");
  EXPECT_EQ(*r.min, 3);
  EXPECT_EQ(*r.max, 3);
  r = rel("MATCH (a)-[r:ACCUSE*1..3]->(b) RETURN a");
  EXPECT_EQ(*r.min, 1);
  EXPECT_EQ(*r.max, 3);
  EXPECT_EQ(r.var, "r");
  EXPECT_EQ(r.type, "ACCUSE");
  r = rel("MATCH (a)-[*..4]-(b) RETURN a");
  EXPECT_FALSE(r.min);
  EXPECT_EQ(*r.max, 4);
  r = rel("MATCH (a)-[*2..]-(b) RETURN a");
  EXPECT_EQ(*r.min, 2);
  EXPECT_FALSE(r.max);
}

TEST(ParserTest, NamedAndShortestPaths) {
  EXPECT_EQ(Canon("MATCH p = shortestPath((a)-[*..5]-(b)) RETURN p"),
            "MATCH p = shortestPath((a)-[*..5]-(b))\nRETURN p\n");
  EXPECT_EQ(Canon("MATCH p = ALLSHORTESTPATHS((a)-[*1..3]->(b)) RETURN nodes(p)"),
            "MATCH p = allShortestPaths((a)-[*1..3]->(b))\nRETURN nodes(p)\n");
  auto q = Parse("MATCH p = (a)-->(b) RETURN p");
  ASSERT_TRUE(q.ok());
  EXPECT_EQ(q->matches[0].patterns[0].var, "p");
  EXPECT_EQ(q->matches[0].patterns[0].function, ast::PathFunction::kNone);
}

TEST(ParserTest, ClausesInOrder) {
  EXPECT_EQ(Canon("explain match (a) optional match (a)-->(b) where b.x = 1 "
                  "return distinct a.name as n, count(b) order by n desc, count(b) skip 1 limit $k;"),
            "EXPLAIN\nMATCH (a)\nOPTIONAL MATCH (a)-[]->(b)\nWHERE (b.x = 1)\n"
            "RETURN DISTINCT a.name AS n, count(b)\nORDER BY n DESC, count(b)\nSKIP 1\nLIMIT $k\n");
  EXPECT_EQ(Canon("RETURN *"), "RETURN *\n");
}

TEST(ParserTest, ColumnTextIsTheExpressionAsWritten) {
  auto q = Parse("MATCH (a) RETURN a.name + '!' , toLower( a.name ),(a.kind)");
  ASSERT_TRUE(q.ok());
  EXPECT_EQ(q->ret.items[0].text, "a.name + '!'");
  EXPECT_EQ(q->ret.items[1].text, "toLower( a.name )");
  EXPECT_EQ(q->ret.items[2].text, "(a.kind)");
}

TEST(ParserTest, ErrorsNameWhatWasExpectedAndWhere) {
  Status s = Error("MATCH (a:Actor RETURN a");
  EXPECT_EQ(s.message(), "expected ':', '{' or ')' in the node pattern, found keyword RETURN");
  EXPECT_EQ(s.span().offset, 15u);

  s = Error("MATCH (a)-[e:ACCUSE->(b) RETURN a");
  EXPECT_EQ(s.message(), "expected ']' to close the relationship pattern, found '-'");

  s = Error("MATCH (a) RETURN a ORDER a");
  EXPECT_EQ(s.message(), "expected BY after ORDER, found name 'a'");

  s = Error("MATCH (a) WHERE a.x IS 3 RETURN a");
  EXPECT_EQ(s.message(), "expected NULL or NOT NULL after IS, found number 3");

  s = Error("MATCH (a) WHERE a.x STARTS 'x' RETURN a");
  EXPECT_EQ(s.message(), "expected WITH after STARTS, found string 'x'");

  s = Error("MATCH (a)-[*1.5]-(b) RETURN a");
  EXPECT_EQ(s.message(), "a length range is written *min..max, e.g. *1..3");

  s = Error("MERGE (a) RETURN a");
  EXPECT_TRUE(s.IsSyntaxError());
  EXPECT_EQ(s.span().offset, 0u);

  s = Error("MATCH (a) RETURN count(a");
  EXPECT_EQ(s.message(), "expected ')' to close the call of count(), found end of input");
  EXPECT_EQ(s.span().offset, 24u);

  s = Error("RETURN " + std::string(5000, '(') + "1" + std::string(5000, ')'));
  EXPECT_EQ(s.message(), "the expression is nested too deeply");
  s = Error("RETURN " + std::string(100000, '-') + "1");
  EXPECT_EQ(s.message(), "the expression is nested too deeply");

  s = Error("MATCH (a) RETURN [x IN xs | x");
  EXPECT_EQ(s.message(), "expected WHERE, '|' or ']' in the list comprehension, found end of input");
}

}  // namespace
}  // namespace kg::query
