#include "query/algo/actor_graph.h"

#include <set>
#include <utility>

namespace kg::query {

uint32_t ActorGraph::AddActor(const std::string& actor_id) {
  auto [it, inserted] = index_.emplace(actor_id, static_cast<uint32_t>(actor_ids_.size()));
  if (inserted) actor_ids_.push_back(actor_id);
  return it->second;
}

void ActorGraph::AddEdge(ActorEdge edge) { edges_.push_back(std::move(edge)); }

std::optional<uint32_t> ActorGraph::Find(std::string_view actor_id) const {
  auto it = index_.find(std::string(actor_id));
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

namespace {

class GraphBuilder {
 public:
  GraphBuilder(const ActorGraphOptions& o) : o_(o), types_(o.types.begin(), o.types.end()) {}

  bool Keep(const Event& e) const {
    if (e.negated && !o_.include_negated) return false;
    if (!types_.empty() && !types_.count(e.type)) return false;
    if (!e.date.known()) return o_.range.include_undated;
    return e.date.FirstDay() >= o_.range.first && e.date.LastDay() <= o_.range.last;
  }

  void Add(const Event& e) {
    if (!Keep(e)) return;
    // Every participant is a vertex, even one with no partner in this event,
    // so that centralities and components cover all the selected actors.
    std::optional<uint32_t> s, t, a;
    if (!e.source_id.empty()) s = g_.AddActor(e.source_id);
    if (!e.target_id.empty()) t = g_.AddActor(e.target_id);
    if (!e.attributed_to_id.empty()) a = g_.AddActor(e.attributed_to_id);
    if (s && t && *s != *t) g_.AddEdge({*s, *t, e.id, e.type, ActorEdge::Kind::kEvent});
    if (a && o_.attribution_edges) {
      std::optional<uint32_t> about = s ? s : t;
      if (about && *about != *a) g_.AddEdge({*a, *about, e.id, e.type, ActorEdge::Kind::kAttribution});
    }
  }

  ActorGraph Take() { return std::move(g_); }

 private:
  const ActorGraphOptions& o_;
  std::set<std::string> types_;
  ActorGraph g_;
};

}  // namespace

Result<ActorGraph> BuildActorGraph(const Reader& reader, const ActorGraphOptions& o) {
  for (const std::string& t : o.types) {
    if (!reader.ontology().Find(t)) return Status::InvalidArgument("unknown event type '" + t + "'");
  }
  GraphBuilder b(o);
  const DayRange all = DayRange::All();
  const bool dated_filter = o.range.first != all.first || o.range.last != all.last;
  if (o.types.empty() && !dated_filter) {
    KG_RETURN_IF_ERROR(reader.ForEachEvent([&](const Event& e) {
      b.Add(e);
      return true;
    }));
    return b.Take();
  }
  // The type or date index narrows the events to load; Keep() then applies
  // every condition exactly (the index knows only the first day).
  std::vector<std::string> ids;
  auto collect = [&](const std::string& id) {
    ids.push_back(id);
    return true;
  };
  if (!o.types.empty()) {
    for (const std::string& t : std::set<std::string>(o.types.begin(), o.types.end())) {
      KG_RETURN_IF_ERROR(reader.EventsByType(t, o.range, collect));
    }
  } else {
    KG_RETURN_IF_ERROR(reader.EventsByDate(o.range, collect));
  }
  for (const std::string& id : ids) {
    KG_ASSIGN_OR_RETURN(auto e, reader.GetEvent(id));
    if (e) b.Add(*e);
  }
  return b.Take();
}

}  // namespace kg::query
