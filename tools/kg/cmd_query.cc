// kg query 'MATCH ...' [--param name=value ...] [--format table|json|jsonl|csv] [--explain]
//
// Runs one query (query/grammar.md) on the store. Rows go to stdout: an
// aligned table on a terminal, JSON lines otherwise. Errors in the query go
// to stderr with the line, column and a caret, and exit with status 2.

#include <algorithm>
#include <cctype>
#include <iostream>
#include <iterator>

#include <nlohmann/json.hpp>

#include "graph/store/reader.h"
#include "query/query.h"
#include "query/render.h"
#include "query/text_width.h"
#include "tools/kg/cli_common.h"
#include "tools/kg/commands.h"

namespace kg::cli {

namespace {

// A --param value: JSON when it parses as JSON (42, 1.5, true, null,
// "quoted", ["a","b"]), else the text itself as a string.
query::Value ValueFromJson(const nlohmann::json& j) {
  if (j.is_string()) return j.get<std::string>();
  if (j.is_boolean()) return j.get<bool>();
  if (j.is_number_integer()) return j.get<int64_t>();
  if (j.is_number()) return j.get<double>();
  if (j.is_array()) {
    auto list = std::make_shared<query::ValueList>();
    for (const auto& x : j) list->push_back(ValueFromJson(x));
    return list;
  }
  return query::Value();
}

Result<query::Params> ParseParams(const std::vector<std::string>& args) {
  query::Params params;
  for (const auto& arg : args) {
    const size_t eq = arg.find('=');
    if (eq == std::string::npos || eq == 0) {
      return Status::InvalidArgument("--param " + arg + ": expected name=value");
    }
    const std::string name = arg.substr(0, eq);
    const std::string text = arg.substr(eq + 1);
    auto j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || j.is_object()) {
      params[name] = text;
    } else {
      params[name] = ValueFromJson(j);
    }
  }
  return params;
}

std::string OneLine(std::string s) {
  std::replace(s.begin(), s.end(), '\n', ' ');
  std::replace(s.begin(), s.end(), '\t', ' ');
  return s;
}

Status PrintTable(query::ValueRenderer& r, const query::ResultSet& rs) {
  std::vector<std::vector<std::string>> cells;
  std::vector<size_t> width;
  for (const auto& c : rs.columns) width.push_back(query::DisplayWidth(c));
  for (const auto& row : rs.rows) {
    std::vector<std::string> line;
    for (size_t i = 0; i < row.size(); ++i) {
      KG_ASSIGN_OR_RETURN(std::string t, r.ToText(row[i]));
      t = OneLine(std::move(t));
      width[i] = std::max(width[i], query::DisplayWidth(t));
      line.push_back(std::move(t));
    }
    cells.push_back(std::move(line));
  }
  auto print = [&](const std::vector<std::string>& line) {
    std::string out;
    for (size_t i = 0; i < line.size(); ++i) {
      out += line[i];
      // Pad by display width so that columns line up under CJK text.
      if (i + 1 < line.size()) out += std::string(width[i] - query::DisplayWidth(line[i]) + 2, ' ');
    }
    std::cout << out << "\n";
  };
  print(rs.columns);
  std::vector<std::string> rule;
  for (size_t w : width) rule.push_back(std::string(w, '-'));
  print(rule);
  for (const auto& line : cells) print(line);
  std::cout << "(" << rs.rows.size() << (rs.rows.size() == 1 ? " row)" : " rows)") << "\n";
  return Status::OK();
}

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

Status PrintCsv(query::ValueRenderer& r, const query::ResultSet& rs) {
  std::string header;
  for (size_t i = 0; i < rs.columns.size(); ++i) {
    if (i) header += ',';
    header += CsvField(rs.columns[i]);
  }
  std::cout << header << "\r\n";
  for (const auto& row : rs.rows) {
    std::string line;
    for (size_t i = 0; i < row.size(); ++i) {
      KG_ASSIGN_OR_RETURN(std::string t, r.ToText(row[i], ""));
      if (i) line += ',';
      line += CsvField(t);
    }
    std::cout << line << "\r\n";
  }
  return Status::OK();
}

Status PrintJson(query::ValueRenderer& r, const query::ResultSet& rs, bool lines) {
  if (!lines) std::cout << "[";
  for (size_t i = 0; i < rs.rows.size(); ++i) {
    KG_ASSIGN_OR_RETURN(std::string j, r.RowToJson(rs.columns, rs.rows[i]));
    if (lines) {
      std::cout << j << "\n";
    } else {
      std::cout << (i ? ",\n  " : "\n  ") << j;
    }
  }
  if (!lines) std::cout << (rs.rows.empty() ? "]\n" : "\n]\n");
  return Status::OK();
}

bool StartsWithExplain(const std::string& text) {
  size_t i = 0;
  while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
  std::string word;
  while (i < text.size() && std::isalpha(static_cast<unsigned char>(text[i]))) {
    word += static_cast<char>(std::toupper(static_cast<unsigned char>(text[i++])));
  }
  return word == "EXPLAIN";
}

int QueryError(const std::string& text, const Status& s) {
  if (s.IsSyntaxError() || s.IsSemanticError()) {
    std::cerr << "kg: error: " << query::FormatQueryError(text, s) << "\n";
    return kExitUsage;
  }
  return ReportError(s);
}

}  // namespace

int RunQueryCommand(const QueryOptions& o) {
  std::string text = o.text;
  if (text == "-") text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  auto params = ParseParams(o.params);
  if (!params.ok()) return ReportError(params.status());
  auto store = OpenForRead();
  if (!store.ok()) return ReportError(store.status());
  auto reader = (*store)->NewReader();
  const std::string format = o.format.empty() ? (StdoutIsTerminal() ? "table" : "jsonl") : o.format;

  if (o.explain) {
    auto plan = query::ExplainQuery(*reader, text, *params);
    if (!plan.ok()) return QueryError(text, plan.status());
    std::cout << *plan;
    return kExitOk;
  }
  auto rs = query::RunQuery(*reader, text, *params);
  if (!rs.ok()) return QueryError(text, rs.status());
  if (format == "table" && StartsWithExplain(text)) {
    for (const auto& row : rs->rows) std::cout << std::get<std::string>(row[0].v) << "\n";
    return kExitOk;
  }
  query::ValueRenderer renderer(*reader);
  Status s;
  if (format == "table") {
    s = PrintTable(renderer, *rs);
  } else if (format == "csv") {
    s = PrintCsv(renderer, *rs);
  } else {
    s = PrintJson(renderer, *rs, format == "jsonl");
  }
  if (!s.ok()) return ReportError(s);
  std::cout.flush();
  return std::cout.good() ? kExitOk : kExitFailure;
}

}  // namespace kg::cli
