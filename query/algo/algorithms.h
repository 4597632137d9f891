#pragma once

// Graph algorithms over an ActorGraph (actor_graph.h), computed with
// Boost.Graph. Results name vertices by index; ActorGraph::actor_id maps
// them back. Every ranking is sorted by score, highest first, ties by
// actor id, so output is deterministic.
//
// "Undirected" treats every edge as joining its two actors both ways (who
// accused whom does not matter for being connected); "directed" follows
// source -> target only.

#include <cstdint>
#include <optional>
#include <vector>

#include "query/algo/actor_graph.h"

namespace kg::query {

struct ActorScore {
  uint32_t vertex = 0;
  double score = 0;
};

struct PageRankOptions {
  double damping = 0.85;
  int max_iterations = 100;
  double tolerance = 1e-10;  // stop when the L1 change of the ranks is below
};

// PageRank over the directed multigraph (parallel edges weigh more). Ranks
// sum to 1; an actor with no outgoing edge spreads its rank evenly over all
// actors (the standard treatment of dangling nodes).
std::vector<ActorScore> PageRank(const ActorGraph& g, const PageRankOptions& options = {});

// Betweenness centrality (Brandes) over the simple graph (parallel edges
// collapsed), normalized to [0, 1] by the number of actor pairs, as
// networkx's betweenness_centrality(normalized=True).
std::vector<ActorScore> Betweenness(const ActorGraph& g, bool directed = false);

// Weakly connected components. Components are numbered 0, 1, ... from the
// largest (ties: the one holding the smallest actor id first).
struct Components {
  std::vector<uint32_t> component_of;  // per vertex
  std::vector<uint32_t> sizes;         // per component
};
Components ConnectedComponents(const ActorGraph& g);

// Actors within `max_hops` hops of any of `from` (distance 0 for `from`
// themselves), ordered by distance, then actor id.
struct ActorDistance {
  uint32_t vertex = 0;
  int distance = 0;
};
std::vector<ActorDistance> Neighbourhood(const ActorGraph& g, const std::vector<uint32_t>& from, int max_hops,
                                         bool directed = false);

// A shortest path (fewest hops) from `from` to `to`: actors[0] = from,
// actors.back() = to, and hops[i] the indexes (into g.edges()) of every edge
// that joins actors[i] and actors[i+1] (in either direction when
// undirected), i.e. the events that link them. nullopt when unreachable.
struct ActorPath {
  std::vector<uint32_t> actors;
  std::vector<std::vector<size_t>> hops;
};
std::optional<ActorPath> ShortestPath(const ActorGraph& g, uint32_t from, uint32_t to, bool directed = false);

}  // namespace kg::query
