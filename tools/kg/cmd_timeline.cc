// kg timeline: events in date order as TimelineJS3, vis-timeline or kg JSON.

#include <iostream>

#include "query/export/timeline.h"
#include "tools/kg/cli_common.h"
#include "tools/kg/commands.h"
#include "tools/kg/slice_loader.h"

namespace kg::cli {

namespace {

std::string DefaultTitle(const SliceArgs& a) {
  if (!a.query.empty()) return "kg timeline: query result";
  std::string t = "kg timeline";
  if (!a.actor.empty()) t += ": " + a.actor;
  for (size_t i = 0; i < a.types.size(); ++i) t += (i ? "," : " ") + a.types[i];
  if (!a.from.empty() || !a.to.empty()) t += " (" + a.from + " \xE2\x80\x93 " + a.to + ")";  // –
  return t;
}

}  // namespace

int RunTimeline(const TimelineOptions& o) {
  auto store = OpenForRead();
  if (!store.ok()) return ReportError(store.status());
  auto reader = (*store)->NewReader();
  auto slice = LoadSlice(*reader, o.slice);
  if (!slice.ok()) return ReportSliceError(o.slice, slice.status());

  query::TimelineOptions t;
  t.title = o.title.empty() ? DefaultTitle(o.slice) : o.title;
  t.group_by_quad_class = o.group_by == "quad";
  t.ontology = &reader->ontology();
  t.selection = DescribeSlice(o.slice);
  std::string out;
  if (o.format == "vis") {
    out = query::RenderVisTimeline(*slice, t);
  } else if (o.format == "kg") {
    out = query::RenderKgTimeline(*slice, t);
  } else {
    out = query::RenderTimelineJs(*slice, t);
  }
  Status s = WriteOutput(o.output, out);
  if (!s.ok()) return ReportError(s);
  if (!Globals().quiet) {
    size_t undated = 0;
    for (const auto& [id, e] : slice->events) undated += !e.event.date.known();
    if (slice->events.empty() && !o.slice.query.empty()) {
      std::cerr << "kg: the query's result holds no events, so the timeline is empty; return events, the "
                   "relationships that stand for them or paths (MATCH (a)-[e]->(b) RETURN e)\n";
    } else if (slice->events.empty()) {
      std::cerr << "kg: the selection has no events; the timeline is empty\n";
    } else if (!o.output.empty() && o.output != "-") {
      std::cerr << "kg: wrote " << slice->events.size() - undated << " dated and " << undated
                << " undated events to " << o.output << "\n";
    }
  }
  return kExitOk;
}

}  // namespace kg::cli
