#pragma once

// Prints a syntax tree back as canonical query text: keywords upper case,
// every operator application parenthesized, one clause per line. Golden
// parser tests compare this text, and the binder compares expressions by
// it (an ORDER BY item that repeats a RETURN item refers to that column).

#include <string>

#include "query/ast.h"

namespace kg::query {

std::string PrintExpr(const ast::Expr& e);
std::string PrintPattern(const ast::PathPattern& p);
std::string PrintQuery(const ast::Query& q);

// A literal as query text: 'it\'s', 42, 1.5, TRUE, NULL.
std::string PrintLiteral(const Value& v);

}  // namespace kg::query
