#pragma once

// GraphSlice: the part of the event graph one export renders, materialized
// from the store once so that renderers (timeline.h, graphviz.h) never touch
// the store. A slice holds complete events (with every mention and the
// articles those mentions come from) and every actor an event refers to,
// plus actors a query returned on their own.
//
// Builders:
//  - SliceFromFilter: events chosen by actor / type / date filters, using the
//    store's indexes (actor -> events, type -> events, date -> events).
//  - SliceFromResultSet: every Event, Actor and Article node, relationship
//    and path in a query result (nested in lists and maps too).
//  - SliceFromQuery: runs a query (query::RunQuery), then SliceFromResultSet.

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "graph/base/result.h"
#include "graph/model/entities.h"
#include "graph/store/reader.h"
#include "query/query.h"
#include "query/result_set.h"

namespace kg::query {

struct SliceEvent {
  Event event;
  std::vector<EventMention> mentions;  // in the store's order
};

struct GraphSlice {
  // Keyed by id; every id an event refers to (source, target, attributed_to)
  // is present unless the store lacks it.
  std::map<std::string, Actor> actors;
  std::map<std::string, SliceEvent> events;
  std::map<std::string, Article> articles;  // the articles of every mention
  // Ids of the actors the slice was asked about (--actor), for highlighting.
  std::set<std::string> focus;
  // Distance in hops from a focus actor, for actors found by a neighbourhood
  // walk (SliceFromFilter with an actor); empty otherwise.
  std::map<std::string, int> distance;

  // nullptr when absent.
  const Actor* FindActor(std::string_view id) const;
  const Article* FindArticle(std::string_view id) const;
};

struct SliceFilter {
  // An actor id or a name in any script (Reader::FindActorsByName: every
  // actor whose name or alias folds the same). "" = no actor restriction.
  std::string actor;
  // Event types (ontology names, upper case); empty = every type.
  std::vector<std::string> types;
  // ISO dates of any precision ("2020", "2020-10", "2020-10-21"), inclusive.
  // An event is kept when its whole period lies in [first day of `from`,
  // last day of `to`]: with from = "2020-10-15" an event dated only
  // "2020-10" is left out, as it may have happened before the 15th. Either
  // one set drops undated events.
  std::string from;
  std::string to;
  // With an actor: the walk depth. 1 = the actor's own events and the actors
  // in them; N = also the events of every actor within N-1 hops (so every
  // event lies on a walk of at most N events from the actor). Hops go through
  // events that pass the type and date filters, between any two actors in an
  // event (source, target, attributed_to). REQUIRES: depth >= 1.
  int depth = 1;
  // Stop (with an error) once a slice would exceed this many events, so a
  // deep walk on a large store fails clearly instead of exhausting memory.
  size_t max_events = 200000;
};

// Errors: InvalidArgument for a bad date, an unknown event type or depth < 1;
// NotFound when `actor` names no actor.
Result<GraphSlice> SliceFromFilter(const Reader& reader, const SliceFilter& filter);

// Events, actors and articles referred to by `rs`. Relationships that stand
// for events (RelRef::event_id) add the event; stored relationships add both
// end nodes. Ids the store no longer has are skipped.
Result<GraphSlice> SliceFromResultSet(const Reader& reader, const ResultSet& rs);

// RunQuery(reader, text, params) then SliceFromResultSet. Query errors are
// returned unchanged (format them with FormatQueryError).
Result<GraphSlice> SliceFromQuery(const Reader& reader, std::string_view text, const Params& params = {});

// Resolves an actor argument: an exact actor id, else every actor whose name
// or alias folds like `name`, most mentioned first. NotFound when none.
Result<std::vector<std::string>> ResolveActorArg(const Reader& reader, std::string_view name);

// Parses --from/--to (ISO dates of any precision) into an inclusive day range;
// InvalidArgument naming the flag on a bad date.
Result<DayRange> ParseDayRange(std::string_view from, std::string_view to);

}  // namespace kg::query
