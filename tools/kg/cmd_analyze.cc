// kg analyze pagerank|betweenness|components|neighbours|path: graph
// algorithms (query/algo) over the actor graph built from events.

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <map>

#include "query/algo/actor_graph.h"
#include "query/algo/algorithms.h"
#include "query/export/graph_slice.h"
#include "query/text_width.h"
#include "tools/kg/cli_common.h"
#include "tools/kg/commands.h"
#include "tools/kg/render_json.h"

namespace kg::cli {

namespace {

using nlohmann::json;
using query::ActorGraph;

using query::DisplayWidth;

std::string Cell(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_null()) return "";
  if (v.is_number_float()) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6f", v.get<double>());
    return buf;
  }
  if (v.is_array()) {
    std::string out;
    for (const json& x : v) out += (out.empty() ? "" : ", ") + Cell(x);
    return out;
  }
  return v.dump();
}

// Prints rows as an aligned table (columns in `keys` order), one JSON
// array, or JSON lines.
void PrintRows(const std::vector<json>& rows, const std::vector<std::string>& keys, const std::string& format) {
  if (format == "json") {
    std::cout << json(rows).dump(2, ' ', false, json::error_handler_t::replace) << "\n";
    return;
  }
  if (format == "jsonl") {
    for (const json& r : rows) std::cout << DumpLine(r) << "\n";
    return;
  }
  std::vector<std::vector<std::string>> cells;
  std::vector<size_t> width(keys.size());
  for (size_t c = 0; c < keys.size(); ++c) width[c] = DisplayWidth(keys[c]);
  for (const json& r : rows) {
    auto& line = cells.emplace_back();
    for (size_t c = 0; c < keys.size(); ++c) {
      line.push_back(Cell(r.contains(keys[c]) ? r[keys[c]] : json()));
      width[c] = std::max(width[c], DisplayWidth(line.back()));
    }
  }
  auto print = [&](const std::vector<std::string>& line) {
    std::string out;
    for (size_t c = 0; c < line.size(); ++c) {
      out += line[c];
      if (c + 1 < line.size()) out += std::string(width[c] - DisplayWidth(line[c]) + 2, ' ');
    }
    std::cout << out << "\n";
  };
  print(keys);
  for (const auto& line : cells) print(line);
}

class Analyzer {
 public:
  Analyzer(const Reader& reader, const ActorGraph& g, const AnalyzeOptions& o) : reader_(reader), g_(g), o_(o) {}

  json ActorRow(uint32_t v) {
    const std::string& id = g_.actor_id(v);
    json j = {{"id", id}, {"name", id}, {"kind", "unknown"}, {"country", nullptr}};
    auto a = reader_.GetActor(id);
    if (a.ok() && a->has_value()) {
      j["name"] = (*a)->name;
      j["kind"] = std::string(ActorKindName((*a)->kind));
      if (!(*a)->country.empty()) j["country"] = (*a)->country;
    }
    return j;
  }

  bool Full(size_t n) const { return o_.limit >= 0 && n >= static_cast<size_t>(o_.limit); }

  int Ranking(const std::vector<query::ActorScore>& scores) {
    std::vector<uint32_t> degree(g_.vertex_count(), 0);
    for (const auto& e : g_.edges()) ++degree[e.from], ++degree[e.to];
    std::vector<json> rows;
    for (const auto& s : scores) {
      if (Full(rows.size())) break;
      json r = {{"rank", rows.size() + 1}, {"score", s.score}};
      r.update(ActorRow(s.vertex));
      r["edges"] = degree[s.vertex];
      rows.push_back(std::move(r));
    }
    PrintRows(rows, {"rank", "score", "name", "kind", "country", "edges", "id"}, Format());
    return kExitOk;
  }

  int Components() {
    const query::Components c = query::ConnectedComponents(g_);
    std::vector<std::vector<uint32_t>> members(c.sizes.size());
    for (uint32_t v = 0; v < c.component_of.size(); ++v) members[c.component_of[v]].push_back(v);
    std::vector<json> rows;
    for (size_t i = 0; i < members.size() && !Full(rows.size()); ++i) {
      json names = json::array(), ids = json::array();
      std::vector<json> actors;
      for (uint32_t v : members[i]) actors.push_back(ActorRow(v));
      std::sort(actors.begin(), actors.end(), [](const json& a, const json& b) { return a["name"] < b["name"]; });
      for (const json& a : actors) names.push_back(a["name"]), ids.push_back(a["id"]);
      rows.push_back({{"component", i + 1}, {"size", c.sizes[i]}, {"actors", names}, {"ids", ids}});
    }
    PrintRows(rows, {"component", "size", "actors"}, Format());
    return kExitOk;
  }

  // The graph's vertices for an actor argument (name in any script or id).
  Result<std::vector<uint32_t>> Vertices(const std::string& name) {
    KG_ASSIGN_OR_RETURN(auto ids, query::ResolveActorArg(reader_, name));
    std::vector<uint32_t> out;
    for (const std::string& id : ids) {
      if (auto v = g_.Find(id)) out.push_back(*v);
    }
    if (out.empty()) return Status::NotFound("'" + name + "' takes part in no event of the selected graph");
    return out;
  }

  int Neighbours() {
    if (o_.actors.size() != 1) return ReportError(Status::InvalidArgument("neighbours takes one actor name"));
    auto from = Vertices(o_.actors[0]);
    if (!from.ok()) return ReportError(from.status());
    std::vector<json> rows;
    for (const auto& n : query::Neighbourhood(g_, *from, o_.depth, o_.directed)) {
      if (Full(rows.size())) break;
      json r = {{"distance", n.distance}};
      r.update(ActorRow(n.vertex));
      rows.push_back(std::move(r));
    }
    PrintRows(rows, {"distance", "name", "kind", "country", "id"}, Format());
    return kExitOk;
  }

  int Path() {
    if (o_.actors.size() != 2) return ReportError(Status::InvalidArgument("path takes two actor names: FROM TO"));
    auto from = Vertices(o_.actors[0]);
    if (!from.ok()) return ReportError(from.status());
    auto to = Vertices(o_.actors[1]);
    if (!to.ok()) return ReportError(to.status());
    // A name may stand for several actors; the shortest of their paths wins.
    std::optional<query::ActorPath> best;
    for (uint32_t f : *from) {
      for (uint32_t t : *to) {
        auto p = query::ShortestPath(g_, f, t, o_.directed);
        if (p && (!best || p->actors.size() < best->actors.size())) best = std::move(p);
      }
    }
    if (!best) {
      std::cerr << "kg: no path from '" << o_.actors[0] << "' to '" << o_.actors[1] << "' in the selected graph"
                << (o_.directed ? " (following event direction)" : "") << "\n";
      return kExitFailure;
    }
    std::vector<json> rows;
    for (size_t i = 0; i < best->actors.size(); ++i) {
      json r = {{"step", i}};
      r.update(ActorRow(best->actors[i]));
      json via = json::array();
      if (i > 0) {
        for (size_t e : best->hops[i - 1]) via.push_back(Via(g_.edges()[e], best->actors[i - 1]));
      }
      r["via"] = via;
      rows.push_back(std::move(r));
    }
    if (Format() == "table") {
      for (json& r : rows) {
        json shown = json::array();
        for (const json& v : r["via"]) shown.push_back(v["text"]);
        r["via"] = shown;
      }
    }
    PrintRows(rows, {"step", "name", "kind", "via", "id"}, Format());
    return kExitOk;
  }

  std::string Format() const {
    if (!o_.format.empty()) return o_.format;
    return StdoutIsTerminal() ? "table" : "jsonl";
  }

 private:
  // An edge walked from `prev`: the event, and whether it points along the
  // walk (prev did it) or against it.
  json Via(const query::ActorEdge& e, uint32_t prev) {
    const bool forward = e.from == prev;
    std::string date;
    auto ev = reader_.GetEvent(e.event_id);
    if (ev.ok() && ev->has_value() && (*ev)->date.known()) date = (*ev)->date.ToIso();
    const bool said = e.kind == query::ActorEdge::Kind::kAttribution;
    std::string text = said ? "said (" + e.type + ")" : e.type;
    if (!date.empty()) text += " " + date;
    text += forward ? " \xE2\x86\x92" : " \xE2\x86\x90";  // → or ←
    return {{"event", e.event_id},    {"type", e.type},
            {"date", date.empty() ? json(nullptr) : json(date)},
            {"kind", said ? "attribution" : "event"},
            {"direction", forward ? "forward" : "backward"},
            {"text", text}};
  }

  const Reader& reader_;
  const ActorGraph& g_;
  const AnalyzeOptions& o_;
};

}  // namespace

int RunAnalyze(const AnalyzeOptions& o) {
  if (o.depth < 0) return ReportError(Status::InvalidArgument("--depth must not be negative"));
  auto store = OpenForRead();
  if (!store.ok()) return ReportError(store.status());
  auto reader = (*store)->NewReader();
  query::ActorGraphOptions go;
  go.types = o.types;
  auto range = query::ParseDayRange(o.from, o.to);
  if (!range.ok()) return ReportError(range.status());
  go.range = *range;
  go.attribution_edges = !o.no_attribution;
  auto g = query::BuildActorGraph(*reader, go);
  if (!g.ok()) return ReportError(g.status());
  if (g->vertex_count() == 0 && !Globals().quiet) std::cerr << "kg: no events match; the actor graph is empty\n";
  Analyzer a(*reader, *g, o);
  if (o.algorithm == "pagerank") return a.Ranking(query::PageRank(*g));
  if (o.algorithm == "betweenness") return a.Ranking(query::Betweenness(*g, o.directed));
  if (o.algorithm == "components") return a.Components();
  if (o.algorithm == "neighbours") return a.Neighbours();
  if (o.algorithm == "path") return a.Path();
  return ReportError(Status::InvalidArgument("unknown analysis '" + o.algorithm + "'"));
}

}  // namespace kg::cli
