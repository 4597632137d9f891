#pragma once

// Readable text about the events and actors of a GraphSlice, shared by the
// timeline and GraphViz renderers. All results are plain UTF-8 text; each
// renderer escapes them for its format.

#include <string>
#include <string_view>
#include <vector>

#include "graph/model/ontology.h"
#include "query/export/graph_slice.h"

namespace kg::query {

// The actor's name, its id when the slice lacks it, "?" for "".
std::string ActorLabel(const GraphSlice& slice, std::string_view actor_id);

// A sentence-like headline: source, type, theme, "→ target", e.g.
// "Iran SEND threatening e-mails → voters". An unknown source is "?"; a
// negated event reads "Iran NOT DENY …"; a future, planned or possible event
// ends with "(future)", "(planned)" or "(possible)"; reported speech ends
// with "(according to Ratcliffe)".
std::string EventHeadline(const GraphSlice& slice, const Event& e);

// "verbal cooperation", "material cooperation", "verbal conflict",
// "material conflict", or "" for any other number.
std::string QuadClassName(int quad_class);

// The group an event is shown in: its type, or with `by_quad_class` its
// type's quad class name (its type when the ontology does not know it).
std::string EventGroup(const Event& e, const Ontology* ontology, bool by_quad_class);

// Events in timeline order: by first day, a coarser date before a finer one
// starting the same day ("2020" before "2020-01" before "2020-01-01"), then
// by id. Undated events come in `undated`, ordered by id.
struct TimelineOrder {
  std::vector<const SliceEvent*> dated;
  std::vector<const SliceEvent*> undated;
};
TimelineOrder OrderForTimeline(const GraphSlice& slice);

// Distinct languages of an event's mentions, sorted ("" left out).
std::vector<std::string> MentionLanguages(const SliceEvent& e);

}  // namespace kg::query
