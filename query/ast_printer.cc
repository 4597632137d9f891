#include "query/ast_printer.h"

#include <cctype>
#include <cstdio>

namespace kg::query {

namespace {

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string PrintProperties(const std::vector<ast::PropertyEntry>& props) {
  if (props.empty()) return "";
  std::string out = " {";
  for (size_t i = 0; i < props.size(); ++i) {
    if (i) out += ", ";
    out += props[i].key + ": " + PrintExpr(*props[i].value);
  }
  return out + "}";
}

std::string PrintNode(const ast::NodePattern& n) {
  std::string out = "(" + n.var;
  if (!n.label.empty()) out += ":" + n.label;
  out += PrintProperties(n.properties);
  return out + ")";
}

std::string PrintRel(const ast::RelPattern& r) {
  std::string inner = r.var;
  for (size_t i = 0; i < r.types.size(); ++i) inner += (i ? "|" : ":") + r.types[i].name;
  if (r.variable_length) {
    inner += "*";
    if (r.min_hops) inner += std::to_string(*r.min_hops);
    if (!(r.min_hops && r.max_hops && *r.min_hops == *r.max_hops)) {
      inner += "..";
      if (r.max_hops) inner += std::to_string(*r.max_hops);
    }
  }
  inner += PrintProperties(r.properties);
  std::string out = r.direction == ast::Direction::kLeft ? "<-" : "-";
  out += "[" + inner + "]";
  out += r.direction == ast::Direction::kRight ? "->" : "-";
  return out;
}

}  // namespace

std::string PrintLiteral(const Value& v) {
  if (v.is_null()) return "NULL";
  if (const bool* b = std::get_if<bool>(&v.v)) return *b ? "TRUE" : "FALSE";
  if (const int64_t* i = std::get_if<int64_t>(&v.v)) return std::to_string(*i);
  if (const double* d = std::get_if<double>(&v.v)) {
    char buf[32];
    std::snprintf(buf, sizeof(buf), "%.17g", *d);
    std::string s = buf;
    if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
    return s;
  }
  if (const std::string* s = std::get_if<std::string>(&v.v)) {
    std::string out = "'";
    for (char c : *s) {
      if (c == '\'' || c == '\\') out += '\\';
      if (c == '\n') {
        out += "\\n";
        continue;
      }
      out += c;
    }
    return out + "'";
  }
  if (const Date* d = std::get_if<Date>(&v.v)) return "date('" + d->ToIso() + "')";
  return "<value>";
}

std::string PrintExpr(const ast::Expr& e) {
  switch (e.kind) {
    case ast::ExprKind::kLiteral:
      return PrintLiteral(e.literal);
    case ast::ExprKind::kParameter:
      return "$" + e.name;
    case ast::ExprKind::kVariable:
      return e.name;
    case ast::ExprKind::kProperty:
      return PrintExpr(*e.args[0]) + "." + e.name;
    case ast::ExprKind::kIndex:
      return PrintExpr(*e.args[0]) + "[" + PrintExpr(*e.args[1]) + "]";
    case ast::ExprKind::kList: {
      std::string out = "[";
      for (size_t i = 0; i < e.args.size(); ++i) out += (i ? ", " : "") + PrintExpr(*e.args[i]);
      return out + "]";
    }
    case ast::ExprKind::kListComprehension: {
      std::string out = "[" + e.name + " IN " + PrintExpr(*e.args[0]);
      if (e.args[1]) out += " WHERE " + PrintExpr(*e.args[1]);
      if (e.args[2]) out += " | " + PrintExpr(*e.args[2]);
      return out + "]";
    }
    case ast::ExprKind::kUnary:
      if (e.op == ast::Op::kNot) return "(NOT " + PrintExpr(*e.args[0]) + ")";
      return "(-" + PrintExpr(*e.args[0]) + ")";
    case ast::ExprKind::kBinary:
      return "(" + PrintExpr(*e.args[0]) + " " + ast::OpName(e.op) + " " + PrintExpr(*e.args[1]) + ")";
    case ast::ExprKind::kIsNull:
      return "(" + PrintExpr(*e.args[0]) + (e.negated ? " IS NOT NULL)" : " IS NULL)");
    case ast::ExprKind::kFunction: {
      std::string out = Lower(e.name) + "(";
      if (e.distinct) out += "DISTINCT ";
      if (e.star) out += "*";
      for (size_t i = 0; i < e.args.size(); ++i) out += (i ? ", " : "") + PrintExpr(*e.args[i]);
      return out + ")";
    }
  }
  return "?";
}

std::string PrintPattern(const ast::PathPattern& p) {
  std::string body = PrintNode(p.nodes[0]);
  for (size_t i = 0; i < p.rels.size(); ++i) body += PrintRel(p.rels[i]) + PrintNode(p.nodes[i + 1]);
  if (p.function == ast::PathFunction::kShortest) body = "shortestPath(" + body + ")";
  if (p.function == ast::PathFunction::kAllShortest) body = "allShortestPaths(" + body + ")";
  return p.var.empty() ? body : p.var + " = " + body;
}

std::string PrintQuery(const ast::Query& q) {
  std::string out;
  if (q.explain) out += "EXPLAIN\n";
  for (const auto& m : q.matches) {
    out += m.optional ? "OPTIONAL MATCH " : "MATCH ";
    for (size_t i = 0; i < m.patterns.size(); ++i) out += (i ? ", " : "") + PrintPattern(m.patterns[i]);
    out += "\n";
    if (m.where) out += "WHERE " + PrintExpr(*m.where) + "\n";
  }
  const auto& r = q.ret;
  out += r.distinct ? "RETURN DISTINCT " : "RETURN ";
  if (r.star) out += "*";
  for (size_t i = 0; i < r.items.size(); ++i) {
    out += (i ? ", " : "") + PrintExpr(*r.items[i].expr);
    if (!r.items[i].alias.empty()) out += " AS " + r.items[i].alias;
  }
  out += "\n";
  if (!r.order_by.empty()) {
    out += "ORDER BY ";
    for (size_t i = 0; i < r.order_by.size(); ++i) {
      out += (i ? ", " : "") + PrintExpr(*r.order_by[i].expr) + (r.order_by[i].descending ? " DESC" : "");
    }
    out += "\n";
  }
  if (r.skip) out += "SKIP " + PrintExpr(*r.skip) + "\n";
  if (r.limit) out += "LIMIT " + PrintExpr(*r.limit) + "\n";
  return out;
}

}  // namespace kg::query
