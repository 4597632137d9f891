// PageRank and betweenness centrality with Boost.Graph.

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>

#include <algorithm>
#include <cmath>
#include <set>
#include <utility>

#include "query/algo/algorithms.h"

namespace kg::query {

namespace {

std::vector<ActorScore> Ranked(const ActorGraph& g, const std::vector<double>& score) {
  std::vector<ActorScore> out;
  out.reserve(score.size());
  for (uint32_t v = 0; v < score.size(); ++v) out.push_back({v, score[v]});
  std::sort(out.begin(), out.end(), [&](const ActorScore& a, const ActorScore& b) {
    if (a.score != b.score) return a.score > b.score;
    return g.actor_id(a.vertex) < g.actor_id(b.vertex);
  });
  return out;
}

using Csr = boost::compressed_sparse_row_graph<boost::directedS>;

}  // namespace

std::vector<ActorScore> PageRank(const ActorGraph& g, const PageRankOptions& o) {
  const size_t n = g.vertex_count();
  if (n == 0) return {};
  // The transposed multigraph (edge v -> u for every u -> v) lets each vertex
  // pull rank from its in-neighbours. boost::graph::page_rank is not used: it
  // computes the unnormalized (1 - d) + d * sum form and silently loses the
  // rank of dangling actors, which in news graphs are most targets.
  std::vector<std::pair<uint32_t, uint32_t>> reversed;
  std::vector<uint32_t> out_degree(n, 0);
  for (const ActorEdge& e : g.edges()) {
    reversed.emplace_back(e.to, e.from);
    ++out_degree[e.from];
  }
  const Csr in_graph(boost::edges_are_unsorted_multi_pass, reversed.begin(), reversed.end(), n);

  std::vector<double> rank(n, 1.0 / n), next(n);
  for (int it = 0; it < o.max_iterations; ++it) {
    double dangling = 0;
    for (uint32_t v = 0; v < n; ++v) {
      if (out_degree[v] == 0) dangling += rank[v];
    }
    const double base = (1.0 - o.damping) / n + o.damping * dangling / n;
    double change = 0;
    for (uint32_t v = 0; v < n; ++v) {
      double pulled = 0;
      for (auto e : boost::make_iterator_range(boost::out_edges(static_cast<Csr::vertex_descriptor>(v), in_graph))) {
        const auto u = boost::target(e, in_graph);
        pulled += rank[u] / out_degree[u];
      }
      next[v] = base + o.damping * pulled;
      change += std::abs(next[v] - rank[v]);
    }
    rank.swap(next);
    if (change < o.tolerance) break;
  }
  return Ranked(g, rank);
}

namespace {

template <class Graph>
std::vector<double> RawBetweenness(const ActorGraph& g) {
  const size_t n = g.vertex_count();
  // Parallel edges would multiply the number of shortest paths through a
  // pair of actors, so the graph is simple: one edge per ordered pair.
  std::set<std::pair<uint32_t, uint32_t>> pairs;
  for (const ActorEdge& e : g.edges()) {
    if (e.from == e.to) continue;
    auto p = std::make_pair(e.from, e.to);
    if (!boost::is_directed(Graph()) && p.first > p.second) std::swap(p.first, p.second);
    pairs.insert(p);
  }
  Graph graph(pairs.begin(), pairs.end(), n);
  std::vector<double> centrality(n, 0.0);
  boost::brandes_betweenness_centrality(
      graph, boost::centrality_map(boost::make_iterator_property_map(centrality.begin(),
                                                                       boost::get(boost::vertex_index, graph))));
  return centrality;
}

}  // namespace

std::vector<ActorScore> Betweenness(const ActorGraph& g, bool directed) {
  const size_t n = g.vertex_count();
  std::vector<double> c =
      directed ? RawBetweenness<boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>>(g)
               : RawBetweenness<boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>>(g);
  // Boost already halves undirected scores (each pair counted once); the
  // normalization divides by the number of pairs that can pass through a
  // vertex: (n-1)(n-2) ordered, half that unordered.
  const double pairs = n > 2 ? static_cast<double>(n - 1) * static_cast<double>(n - 2) : 0;
  for (double& x : c) x = pairs > 0 ? x * (directed ? 1.0 : 2.0) / pairs : 0.0;
  return Ranked(g, c);
}

}  // namespace kg::query
