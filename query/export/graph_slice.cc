#include "query/export/graph_slice.h"

#include <set>
#include <utility>

namespace kg::query {

const Actor* GraphSlice::FindActor(std::string_view id) const {
  auto it = actors.find(std::string(id));
  return it == actors.end() ? nullptr : &it->second;
}

const Article* GraphSlice::FindArticle(std::string_view id) const {
  auto it = articles.find(std::string(id));
  return it == articles.end() ? nullptr : &it->second;
}

namespace {

// Loads entities into a slice once each. Missing ids are skipped: a result
// set may name an event that a concurrent ingest replaced, and an export of
// what remains is more useful than an error.
class SliceBuilder {
 public:
  explicit SliceBuilder(const Reader& reader) : reader_(reader) {}

  Status AddEvent(Event e) {
    if (slice_.events.count(e.id)) return Status::OK();
    SliceEvent se;
    KG_ASSIGN_OR_RETURN(se.mentions, reader_.MentionsOfEvent(e.id));
    for (const std::string* a : {&e.source_id, &e.target_id, &e.attributed_to_id}) {
      if (!a->empty()) KG_RETURN_IF_ERROR(AddActor(*a));
    }
    for (const EventMention& m : se.mentions) KG_RETURN_IF_ERROR(AddArticle(m.article_id));
    std::string id = e.id;
    se.event = std::move(e);
    slice_.events.emplace(std::move(id), std::move(se));
    return Status::OK();
  }

  Status AddEventId(const std::string& id) {
    if (slice_.events.count(id)) return Status::OK();
    KG_ASSIGN_OR_RETURN(auto e, reader_.GetEvent(id));
    if (!e) return Status::OK();
    return AddEvent(std::move(*e));
  }

  Status AddActor(const std::string& id) {
    if (id.empty() || slice_.actors.count(id)) return Status::OK();
    KG_ASSIGN_OR_RETURN(auto a, reader_.GetActor(id));
    if (a) slice_.actors.emplace(id, std::move(*a));
    return Status::OK();
  }

  Status AddArticle(const std::string& id) {
    if (id.empty() || slice_.articles.count(id)) return Status::OK();
    KG_ASSIGN_OR_RETURN(auto a, reader_.GetArticle(id));
    if (a) slice_.articles.emplace(id, std::move(*a));
    return Status::OK();
  }

  Status AddNode(const NodeRef& n) {
    switch (n.label) {
      case NodeRef::Label::kActor:
        return AddActor(n.id);
      case NodeRef::Label::kEvent:
        return AddEventId(n.id);
      case NodeRef::Label::kArticle:
        return AddArticle(n.id);
    }
    return Status::OK();
  }

  Status AddRel(const RelRef& r) {
    if (!r.event_id.empty()) KG_RETURN_IF_ERROR(AddEventId(r.event_id));
    KG_RETURN_IF_ERROR(AddNode(r.from));
    return AddNode(r.to);
  }

  Status AddValue(const Value& v) {
    if (const auto* n = std::get_if<NodeRef>(&v.v)) return AddNode(*n);
    if (const auto* r = std::get_if<RelRef>(&v.v)) return AddRel(*r);
    if (const auto* p = std::get_if<PathValue>(&v.v)) {
      for (const NodeRef& n : p->nodes) KG_RETURN_IF_ERROR(AddNode(n));
      for (const RelRef& r : p->rels) KG_RETURN_IF_ERROR(AddRel(r));
      return Status::OK();
    }
    if (const auto* l = std::get_if<std::shared_ptr<ValueList>>(&v.v)) {
      if (*l) {
        for (const Value& x : **l) KG_RETURN_IF_ERROR(AddValue(x));
      }
      return Status::OK();
    }
    if (const auto* m = std::get_if<std::shared_ptr<ValueMap>>(&v.v)) {
      if (*m) {
        for (const auto& [k, x] : **m) KG_RETURN_IF_ERROR(AddValue(x));
      }
    }
    return Status::OK();
  }

  size_t event_count() const { return slice_.events.size(); }
  GraphSlice& slice() { return slice_; }

 private:
  const Reader& reader_;
  GraphSlice slice_;
};

struct EventFilter {
  std::set<std::string> types;
  DayRange range;

  bool Keep(const Event& e) const {
    if (!types.empty() && !types.count(e.type)) return false;
    if (!e.date.known()) return range.include_undated;
    return e.date.FirstDay() >= range.first && e.date.LastDay() <= range.last;
  }
};

Result<EventFilter> MakeFilter(const Reader& reader, const SliceFilter& f) {
  EventFilter out;
  KG_ASSIGN_OR_RETURN(out.range, ParseDayRange(f.from, f.to));
  for (const std::string& t : f.types) {
    if (!reader.ontology().Find(t)) {
      std::string known;
      for (const auto& info : reader.ontology().types()) known += (known.empty() ? "" : " ") + info.name;
      return Status::InvalidArgument("unknown event type '" + t + "' (known: " + known + ")");
    }
    out.types.insert(t);
  }
  return out;
}

Status TooLarge(size_t max_events) {
  return Status::InvalidArgument("the selection has more than " + std::to_string(max_events) +
                                 " events; narrow it with --type, --from/--to or a smaller --depth");
}

}  // namespace

Result<DayRange> ParseDayRange(std::string_view from, std::string_view to) {
  DayRange r;
  if (!from.empty()) {
    auto d = Date::ParseIso(from);
    if (!d.ok()) return Status::InvalidArgument("--from: " + d.status().message());
    r.first = d->FirstDay();
    r.include_undated = false;
  }
  if (!to.empty()) {
    auto d = Date::ParseIso(to);
    if (!d.ok()) return Status::InvalidArgument("--to: " + d.status().message());
    r.last = d->LastDay();
    r.include_undated = false;
  }
  if (r.first > r.last) {
    return Status::InvalidArgument("--from " + std::string(from) + " is after --to " + std::string(to));
  }
  return r;
}

Result<std::vector<std::string>> ResolveActorArg(const Reader& reader, std::string_view name) {
  KG_ASSIGN_OR_RETURN(auto exact, reader.GetActor(name));
  if (exact) return std::vector<std::string>{std::string(name)};
  KG_ASSIGN_OR_RETURN(auto ids, reader.FindActorsByName(name));
  if (ids.empty()) return Status::NotFound("no actor named '" + std::string(name) + "' in the store");
  return ids;
}

Result<GraphSlice> SliceFromFilter(const Reader& reader, const SliceFilter& f) {
  if (f.depth < 1) return Status::InvalidArgument("--depth must be at least 1");
  KG_ASSIGN_OR_RETURN(EventFilter filter, MakeFilter(reader, f));
  SliceBuilder b(reader);
  std::set<std::string> seen;  // event ids already judged
  auto consider = [&](const std::string& id) -> Result<const Event*> {
    if (!seen.insert(id).second) return static_cast<const Event*>(nullptr);
    KG_ASSIGN_OR_RETURN(auto e, reader.GetEvent(id));
    if (!e || !filter.Keep(*e)) return static_cast<const Event*>(nullptr);
    if (b.event_count() >= f.max_events) return TooLarge(f.max_events);
    KG_RETURN_IF_ERROR(b.AddEvent(std::move(*e)));
    return &b.slice().events.at(id).event;
  };

  if (f.actor.empty()) {
    // Without an actor the type index is the selective one when types are
    // given; otherwise the date index visits events in date order.
    std::vector<std::string> ids;
    auto collect = [&](const std::string& id) {
      ids.push_back(id);
      return true;
    };
    if (!filter.types.empty()) {
      for (const std::string& t : filter.types) KG_RETURN_IF_ERROR(reader.EventsByType(t, filter.range, collect));
    } else {
      KG_RETURN_IF_ERROR(reader.EventsByDate(filter.range, collect));
    }
    for (const std::string& id : ids) KG_RETURN_IF_ERROR(consider(id).status());
    return std::move(b.slice());
  }

  KG_ASSIGN_OR_RETURN(auto roots, ResolveActorArg(reader, f.actor));
  GraphSlice& slice = b.slice();
  std::vector<std::string> frontier;
  for (const std::string& id : roots) {
    slice.focus.insert(id);
    slice.distance[id] = 0;
    frontier.push_back(id);
    KG_RETURN_IF_ERROR(b.AddActor(id));
  }
  // Breadth-first over the actor -> events index: hop h adds the events of
  // the actors found at distance h-1, and their other actors at distance h.
  for (int hop = 1; hop <= f.depth && !frontier.empty(); ++hop) {
    std::vector<std::string> next;
    for (const std::string& actor : frontier) {
      std::vector<std::string> ids;
      KG_RETURN_IF_ERROR(reader.EventsByActor(actor, EventRole::kAny, filter.range, [&](const std::string& id) {
        ids.push_back(id);
        return true;
      }));
      for (const std::string& id : ids) {
        KG_ASSIGN_OR_RETURN(const Event* e, consider(id));
        if (!e) continue;
        for (const std::string* p : {&e->source_id, &e->target_id, &e->attributed_to_id}) {
          if (p->empty() || slice.distance.count(*p)) continue;
          slice.distance[*p] = hop;
          next.push_back(*p);
        }
      }
    }
    frontier = std::move(next);
  }
  return std::move(b.slice());
}

Result<GraphSlice> SliceFromResultSet(const Reader& reader, const ResultSet& rs) {
  SliceBuilder b(reader);
  for (const auto& row : rs.rows) {
    for (const Value& v : row) KG_RETURN_IF_ERROR(b.AddValue(v));
  }
  return std::move(b.slice());
}

}  // namespace kg::query
