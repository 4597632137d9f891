#pragma once

// ActorGraph: the actor -> actor graph that kg's graph algorithms
// (algorithms.h) run on, built from the events in a store.
//
// Vertices are the actors that take part in at least one selected event.
// Each selected event with a source and a target gives one edge source ->
// target; with attribution edges on, an event attributed to an actor also
// gives an edge attributed_to -> source (or -> target when the source is
// unknown), because reported speech links the speaker to who they talk
// about. Two events between the same actors give two parallel edges, so
// repeated interaction weighs more in PageRank.
//
// Plain data; no Boost type appears here (Boost.Graph stays inside the .cc
// files of query/algo).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/base/result.h"
#include "graph/store/reader.h"

namespace kg::query {

struct ActorEdge {
  enum class Kind : uint8_t { kEvent, kAttribution };
  uint32_t from = 0;  // vertex indexes
  uint32_t to = 0;
  std::string event_id;
  std::string type;  // the event's type
  Kind kind = Kind::kEvent;
};

class ActorGraph {
 public:
  // Adds a vertex for `actor_id` (once) and returns its index.
  uint32_t AddActor(const std::string& actor_id);
  // REQUIRES: from, to < vertex_count()
  void AddEdge(ActorEdge edge);

  size_t vertex_count() const { return actor_ids_.size(); }
  const std::string& actor_id(uint32_t v) const { return actor_ids_[v]; }
  std::optional<uint32_t> Find(std::string_view actor_id) const;
  const std::vector<ActorEdge>& edges() const { return edges_; }

 private:
  std::vector<std::string> actor_ids_;
  std::unordered_map<std::string, uint32_t> index_;
  std::vector<ActorEdge> edges_;
};

struct ActorGraphOptions {
  std::vector<std::string> types;  // event types; empty = all
  // An event counts when its whole period lies in [range.first,
  // range.last] (as SliceFilter; see ParseDayRange in
  // query/export/graph_slice.h); undated events only with include_undated.
  DayRange range = DayRange::All();
  bool attribution_edges = true;
  bool include_negated = false;  // "X did NOT accuse Y" links nobody by default
};

// Reads the selected events through the type or date index (or one pass over
// all events when unfiltered). Errors: InvalidArgument for an unknown type or
// a bad date.
Result<ActorGraph> BuildActorGraph(const Reader& reader, const ActorGraphOptions& options);

}  // namespace kg::query
