#pragma once

// When two event mentions describe the same real event, and what the merged
// event says. Pure functions over model types; the store calls them while
// ingesting (put_article.cc) so that merging is part of the atomic write.
//
// Merge rule: a mention joins an existing event when
//   - their types are of one ontology family (ANNOUNCE ~ STATEMENT),
//   - the sources are the same actor, or a country and one of its groups
//     ("Iran" and "Iranian operatives", graph/model/actor_ids.h); an unknown
//     source merges only with an identical mention of the same article (same
//     type, target, trigger, date),
//   - the targets are compatible the same way, or one side has none,
//   - negation agrees, and assertion vs plan/future agrees,
//   - the dates are compatible: each date is widened to the days it can mean
//     and the two windows must overlap. A stated day means that day +/- 1
//     (reports from other time zones), a month or year its whole span, and a
//     date taken from the publication date means "on or before publication":
//     the 7 days up to it.
//
// Confidence of a merged event (documented in README "Confidence"):
//   each article contributes the best of its mentions' confidences, scaled by
//   0.6 when the source is unknown and 0.85 when the date is only the
//   publication date; contributions combine as independent evidence,
//   1 - prod(1 - c_a), capped at 0.99. A second article confirming an event
//   therefore raises its confidence; weak evidence lowers it.

#include <string>
#include <vector>

#include "graph/model/entities.h"
#include "graph/model/ontology.h"

namespace kg::store {

struct DayWindow {
  int32_t first = 0;
  int32_t last = 0;
  bool undated = true;
};

// The days a (date, basis) pair can mean, as described above.
DayWindow MergeWindow(const Date& date, DateBasis basis);

// True when `m` may join `existing`, an event that already has mentions,
// by the rule above. Mentions without a source never merge here; the writer
// handles exact repeats inside one article itself.
bool CanMerge(const Event& existing, const EventMention& m, const Ontology& ontology);

// Orders merge candidates that all pass CanMerge: smaller is better
// (same type first, then the nearer date).
int64_t MergeDistance(const Event& existing, const EventMention& m);

// The event described by all its mentions. REQUIRES: !mentions.empty()
Event AggregateEvent(const std::string& id, const std::vector<EventMention>& mentions,
                     const Ontology& ontology);

// The day under which an event is indexed: first day of its date, or
// kUndatedDay.
int32_t IndexDay(const Event& e);

// Every index key of an event: date_events (12 bytes), type_events (14) and
// actor_events (21) for its source, target and attribution, plus, for a
// country's group or role, the same role under the country.
std::vector<std::string> EventIndexKeys(const Event& e, uint64_t event_key, uint16_t type_id);

}  // namespace kg::store
