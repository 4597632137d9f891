#pragma once

// Timeline renderers: a GraphSlice's events ordered by date (event_text.h
// OrderForTimeline), in three JSON formats. None touches the store.
//
//  - TimelineJS3 (https://timeline.knightlab.com/docs/json-format.html):
//      {"title": {"text": {"headline", "text"}},
//       "events": [{"unique_id", "start_date": {"year", "month", "day"},
//                   "text": {"headline", "text"}, "group"}]}
//    A month-precision date has no "day", a year-precision one no "month"
//    either: kg never invents a day. "text" is HTML citing each mention (the
//    sentence with its trigger in bold, article title linked to its URL,
//    outlet, language, publication date, article id). TimelineJS cannot
//    place undated events, so the title slide lists them.
//  - vis-timeline (https://visjs.github.io/vis-timeline/):
//      {"items": [{"id", "content", "start", "group", "title", "className"}],
//       "groups": [{"id", "content"}], "undated": [{"id", "content", "group"}]}
//    "start" is "YYYY", "YYYY-MM" or "YYYY-MM-DD" as precise as the event
//    date; className is "kg-year", "kg-month" or "kg-day". "content" is HTML.
//  - kg's own format, described by schemas/timeline.v1.schema.json.
//
// Output is pretty-printed UTF-8 JSON ending in a newline; invalid UTF-8 in
// the store becomes U+FFFD.

#include <string>
#include <utility>
#include <vector>

#include "graph/model/ontology.h"
#include "query/export/graph_slice.h"

namespace kg::query {

struct TimelineOptions {
  std::string title = "kg timeline";
  // Group events by quad class (verbal/material cooperation/conflict)
  // instead of by event type. Needs `ontology`.
  bool group_by_quad_class = false;
  const Ontology* ontology = nullptr;  // not owned; may be null
  // What the timeline was made from, e.g. {"actor", "Iran"}, {"from",
  // "2020-10"}, {"query", "MATCH ..."}; shown on the title slide and stored
  // in the kg format's "selection".
  std::vector<std::pair<std::string, std::string>> selection;
};

std::string RenderTimelineJs(const GraphSlice& slice, const TimelineOptions& options);
std::string RenderVisTimeline(const GraphSlice& slice, const TimelineOptions& options);
std::string RenderKgTimeline(const GraphSlice& slice, const TimelineOptions& options);

// The `$id` of the schema RenderKgTimeline follows.
inline constexpr const char* kTimelineSchemaId = "https://kg.example.org/schemas/timeline.v1.schema.json";

}  // namespace kg::query
