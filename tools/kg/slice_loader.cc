#include "tools/kg/slice_loader.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>

#include "tools/kg/cli_common.h"

namespace kg::cli {

namespace {

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

}  // namespace

Result<query::Params> ParamsFromArgs(const std::vector<std::string>& params) {
  query::Params out;
  for (const std::string& p : params) {
    const size_t eq = p.find('=');
    if (eq == std::string::npos || eq == 0) {
      return Status::InvalidArgument("--param " + p + ": expected name=value");
    }
    const std::string name = p.substr(0, eq), text = p.substr(eq + 1);
    auto j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    out[name] = j.is_discarded() || j.is_object() ? query::Value(text) : ValueFromJson(j);
  }
  return out;
}

Result<query::GraphSlice> LoadSlice(const Reader& reader, const SliceArgs& args) {
  if (!args.query.empty()) {
    KG_ASSIGN_OR_RETURN(query::Params params, ParamsFromArgs(args.params));
    return query::SliceFromQuery(reader, args.query, params);
  }
  query::SliceFilter f;
  f.actor = args.actor;
  f.types = args.types;
  f.from = args.from;
  f.to = args.to;
  f.depth = args.depth;
  return query::SliceFromFilter(reader, f);
}

int ReportSliceError(const SliceArgs& args, const Status& s) {
  if (!args.query.empty() && (s.IsSyntaxError() || s.IsSemanticError())) {
    std::cerr << "kg: error: " << query::FormatQueryError(args.query, s) << "\n";
    return kExitUsage;
  }
  return ReportError(s);
}

std::vector<std::pair<std::string, std::string>> DescribeSlice(const SliceArgs& args) {
  std::vector<std::pair<std::string, std::string>> out;
  if (!args.query.empty()) {
    out.emplace_back("query", args.query);
    for (const std::string& p : args.params) out.emplace_back("param", p);
    return out;
  }
  if (!args.actor.empty()) {
    out.emplace_back("actor", args.actor);
    out.emplace_back("depth", std::to_string(args.depth));
  }
  std::string types;
  for (const std::string& t : args.types) types += (types.empty() ? "" : ",") + t;
  if (!types.empty()) out.emplace_back("type", types);
  if (!args.from.empty()) out.emplace_back("from", args.from);
  if (!args.to.empty()) out.emplace_back("to", args.to);
  return out;
}

Status WriteOutput(const std::string& path, std::string_view text) {
  if (path.empty() || path == "-") {
    std::cout << text;
    std::cout.flush();
    return std::cout ? Status::OK() : Status::IOError("cannot write to stdout");
  }
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  if (!f) return Status::IOError("cannot open " + path + " for writing");
  f << text;
  f.close();
  if (!f) return Status::IOError("cannot write " + path);
  return Status::OK();
}

}  // namespace kg::cli
