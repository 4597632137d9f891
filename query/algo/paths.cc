// Connected components, k-hop neighbourhoods and shortest paths with
// Boost.Graph breadth-first search.

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/pending/queue.hpp>

#include <algorithm>
#include <climits>
#include <map>
#include <numeric>
#include <set>
#include <utility>

#include "query/algo/algorithms.h"

namespace kg::query {

namespace {

using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
using Directed = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;

// The simple graph of `g`: one edge per (ordered, when directed) pair.
template <class Graph>
Graph SimpleGraph(const ActorGraph& g) {
  std::set<std::pair<uint32_t, uint32_t>> pairs;
  for (const ActorEdge& e : g.edges()) {
    auto p = std::make_pair(e.from, e.to);
    if (!boost::is_directed(Graph()) && p.first > p.second) std::swap(p.first, p.second);
    pairs.insert(p);
  }
  return Graph(pairs.begin(), pairs.end(), g.vertex_count());
}

// Breadth-first search from `sources`; returns the distance of every vertex
// (INT_MAX when unreached) and, through `pred`, a BFS tree.
template <class Graph>
std::vector<int> Bfs(const Graph& graph, const std::vector<uint32_t>& sources, std::vector<uint32_t>* pred) {
  const size_t n = boost::num_vertices(graph);
  std::vector<int> dist(n, INT_MAX);
  pred->resize(n);
  std::iota(pred->begin(), pred->end(), 0u);
  for (uint32_t s : sources) dist[s] = 0;
  std::vector<boost::default_color_type> color(n);
  boost::queue<typename boost::graph_traits<Graph>::vertex_descriptor> queue;
  auto index = boost::get(boost::vertex_index, graph);
  boost::breadth_first_search(
      graph, sources.begin(), sources.end(), queue,
      boost::make_bfs_visitor(
          std::make_pair(boost::record_distances(boost::make_iterator_property_map(dist.begin(), index),
                                                 boost::on_tree_edge()),
                         boost::record_predecessors(boost::make_iterator_property_map(pred->begin(), index),
                                                    boost::on_tree_edge()))),
      boost::make_iterator_property_map(color.begin(), index));
  return dist;
}

}  // namespace

Components ConnectedComponents(const ActorGraph& g) {
  const size_t n = g.vertex_count();
  Components out;
  if (n == 0) return out;
  const Undirected graph = SimpleGraph<Undirected>(g);
  std::vector<uint32_t> raw(n);
  const uint32_t count = boost::connected_components(graph, raw.data());
  // Renumber: largest first, ties by the smallest actor id they hold.
  std::vector<uint32_t> size(count, 0);
  std::vector<const std::string*> smallest(count, nullptr);
  for (uint32_t v = 0; v < n; ++v) {
    ++size[raw[v]];
    if (!smallest[raw[v]] || g.actor_id(v) < *smallest[raw[v]]) smallest[raw[v]] = &g.actor_id(v);
  }
  std::vector<uint32_t> order(count);
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    if (size[a] != size[b]) return size[a] > size[b];
    return *smallest[a] < *smallest[b];
  });
  std::vector<uint32_t> renumber(count);
  for (uint32_t i = 0; i < count; ++i) renumber[order[i]] = i;
  out.component_of.resize(n);
  out.sizes.resize(count);
  for (uint32_t v = 0; v < n; ++v) out.component_of[v] = renumber[raw[v]];
  for (uint32_t c = 0; c < count; ++c) out.sizes[renumber[c]] = size[c];
  return out;
}

std::vector<ActorDistance> Neighbourhood(const ActorGraph& g, const std::vector<uint32_t>& from, int max_hops,
                                         bool directed) {
  if (g.vertex_count() == 0 || from.empty()) return {};
  std::vector<uint32_t> pred;
  const std::vector<int> dist =
      directed ? Bfs(SimpleGraph<Directed>(g), from, &pred) : Bfs(SimpleGraph<Undirected>(g), from, &pred);
  std::vector<ActorDistance> out;
  for (uint32_t v = 0; v < dist.size(); ++v) {
    if (dist[v] <= max_hops) out.push_back({v, dist[v]});
  }
  std::sort(out.begin(), out.end(), [&](const ActorDistance& a, const ActorDistance& b) {
    if (a.distance != b.distance) return a.distance < b.distance;
    return g.actor_id(a.vertex) < g.actor_id(b.vertex);
  });
  return out;
}

std::optional<ActorPath> ShortestPath(const ActorGraph& g, uint32_t from, uint32_t to, bool directed) {
  const size_t n = g.vertex_count();
  if (from >= n || to >= n) return std::nullopt;
  std::vector<uint32_t> pred;
  const std::vector<int> dist =
      directed ? Bfs(SimpleGraph<Directed>(g), {from}, &pred) : Bfs(SimpleGraph<Undirected>(g), {from}, &pred);
  if (dist[to] == INT_MAX) return std::nullopt;
  ActorPath path;
  for (uint32_t v = to;; v = pred[v]) {
    path.actors.push_back(v);
    if (v == from) break;
  }
  std::reverse(path.actors.begin(), path.actors.end());
  // The events behind each hop: every edge joining the two actors.
  std::map<std::pair<uint32_t, uint32_t>, std::vector<size_t>> joining;
  for (size_t i = 0; i < g.edges().size(); ++i) {
    const ActorEdge& e = g.edges()[i];
    joining[{e.from, e.to}].push_back(i);
    if (!directed && e.from != e.to) joining[{e.to, e.from}].push_back(i);
  }
  for (size_t i = 0; i + 1 < path.actors.size(); ++i) {
    path.hops.push_back(joining[{path.actors[i], path.actors[i + 1]}]);
  }
  return path;
}

}  // namespace kg::query
