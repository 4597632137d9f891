#pragma once

// GraphViz DOT of a GraphSlice. No store access.
//
// Actors are nodes shaped by kind: person ellipse, organization box, country
// doubleoctagon, group hexagon, unknown plaintext; the actors the slice was
// asked about (GraphSlice::focus) are filled. Node ids are generated ("a0",
// "e0", ...) in slice order, so output is deterministic; each node's
// tooltip carries the kg id.
//
// Events are, by default, edges source -> target labelled with the type and
// date ("ACCUSE\n2020-10-21"; "NOT ACCUSE" when negated, "according to X"
// for reported speech), coloured by quad class when an ontology is given.
// An event that lacks a source or a target cannot be an edge and is drawn as
// an event node instead. With events_as_nodes every event is a node, with an
// edge from its source, to its target and a dashed one from the actor it is
// attributed to.
//
// Every string is a double-quoted DOT string escaped by EscapeDotString
// (quotes, backslashes, newlines; invalid UTF-8 replaced), and the graph
// declares charset="UTF-8", so names in Arabic or Japanese render as is.

#include <string>

#include "graph/model/ontology.h"
#include "query/export/graph_slice.h"

namespace kg::query {

struct DotOptions {
  bool events_as_nodes = false;
  // One `subgraph cluster_N` per actor country (Actor::country), labelled
  // with the code and, when the slice has it, the country actor's name.
  bool cluster_by_country = false;
  std::string title;                   // graph label; "" for none
  const Ontology* ontology = nullptr;  // for edge colours; may be null
};

std::string RenderDot(const GraphSlice& slice, const DotOptions& options);

}  // namespace kg::query
