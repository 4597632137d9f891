// kg events | kg actors | kg articles

#include <algorithm>
#include <iostream>
#include <set>

#include "graph/store/reader.h"
#include "tools/kg/cli_common.h"
#include "tools/kg/commands.h"
#include "tools/kg/render_json.h"

namespace kg::cli {

namespace {

using nlohmann::json;

// The actor ids a --actor argument names: an exact id, or every actor with
// that name in any language.
Result<std::vector<std::string>> ResolveActor(const Reader& reader, const std::string& arg) {
  KG_ASSIGN_OR_RETURN(auto exact, reader.GetActor(arg));
  if (exact) return std::vector<std::string>{arg};
  KG_ASSIGN_OR_RETURN(auto ids, reader.FindActorsByName(arg));
  if (ids.empty()) return Status::NotFound("no actor named '" + arg + "' in the store");
  return ids;
}

Result<DayRange> ParseRange(const std::string& from, const std::string& to) {
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
  return r;
}

class Printer {
 public:
  explicit Printer(const std::string& format) : array_(format == "json") {}
  void Add(const json& j) {
    if (array_) {
      all_.push_back(j);
    } else {
      std::cout << DumpLine(j) << "\n";
    }
  }
  ~Printer() {
    if (array_) std::cout << all_.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
  }

 private:
  bool array_;
  json all_ = json::array();
};

int ListEvents(const Reader& reader, const ListOptions& o) {
  auto range = ParseRange(o.from, o.to);
  if (!range.ok()) return ReportError(range.status());
  if (!o.type.empty() && !reader.ontology().Find(o.type)) {
    std::string known;
    for (const auto& t : reader.ontology().types()) known += (known.empty() ? "" : " ") + t.name;
    return ReportError(Status::InvalidArgument("unknown event type '" + o.type + "' (known: " + known + ")"));
  }
  std::vector<std::string> ids;
  auto collect = [&](const std::string& id) {
    ids.push_back(id);
    return true;
  };
  Status s;
  if (!o.actor.empty()) {
    auto actors = ResolveActor(reader, o.actor);
    if (!actors.ok()) return ReportError(actors.status());
    for (const auto& a : *actors) {
      s = reader.EventsByActor(a, EventRole::kAny, *range, collect);
      if (!s.ok()) break;
    }
  } else if (!o.article.empty()) {
    s = reader.EventsOfArticle(o.article, collect);
  } else if (!o.type.empty()) {
    s = reader.EventsByType(o.type, *range, collect);
  } else {
    s = reader.EventsByDate(*range, collect);
  }
  if (!s.ok()) return ReportError(s);
  std::vector<Event> events;
  std::set<std::string> seen;
  for (const auto& id : ids) {
    if (!seen.insert(id).second) continue;
    auto e = reader.GetEvent(id);
    if (!e.ok()) return ReportError(e.status());
    if (!*e) continue;
    const Event& ev = **e;
    if (!o.type.empty() && ev.type != o.type) continue;
    const bool dated = ev.date.known();
    if (!range->include_undated && !dated) continue;
    if (dated && (ev.date.FirstDay() < range->first || ev.date.FirstDay() > range->last)) continue;
    events.push_back(ev);
  }
  std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
    const int32_t da = a.date.known() ? a.date.FirstDay() : INT32_MAX;
    const int32_t db = b.date.known() ? b.date.FirstDay() : INT32_MAX;
    return da != db ? da < db : a.id < b.id;
  });
  Printer out(o.format);
  long n = 0;
  for (const Event& ev : events) {
    if (o.limit >= 0 && n++ >= o.limit) break;
    auto j = EventJson(reader, ev);
    if (!j.ok()) return ReportError(j.status());
    out.Add(*j);
  }
  return kExitOk;
}

int ListActors(const Reader& reader, const ListOptions& o) {
  std::vector<Actor> actors;
  if (!o.actor.empty()) {
    auto ids = ResolveActor(reader, o.actor);
    if (!ids.ok()) return ReportError(ids.status());
    for (const auto& id : *ids) {
      auto a = reader.GetActor(id);
      if (!a.ok()) return ReportError(a.status());
      if (*a) actors.push_back(**a);
    }
  } else {
    Status s = reader.ForEachActor([&](const Actor& a) {
      actors.push_back(a);
      return true;
    });
    if (!s.ok()) return ReportError(s);
  }
  std::sort(actors.begin(), actors.end(), [](const Actor& a, const Actor& b) {
    return a.name != b.name ? a.name < b.name : a.id < b.id;
  });
  Printer out(o.format);
  long n = 0;
  for (const Actor& a : actors) {
    auto j = ActorJson(reader, a);
    if (!j.ok()) return ReportError(j.status());
    if (!o.article.empty() || !o.lang.empty()) {
      bool keep = false;
      for (const auto& m : (*j)["mentions"]) {
        if ((o.article.empty() || m["article"] == o.article) && (o.lang.empty() || m["lang"] == o.lang)) keep = true;
      }
      if (!keep) continue;
    }
    if (o.limit >= 0 && n++ >= o.limit) break;
    out.Add(*j);
  }
  return kExitOk;
}

int ListArticles(const Reader& reader, const ListOptions& o) {
  std::vector<Article> articles;
  Status s = reader.ForEachArticle([&](const Article& a) {
    if ((o.lang.empty() || a.lang == o.lang) && (o.article.empty() || a.id == o.article)) articles.push_back(a);
    return true;
  });
  if (!s.ok()) return ReportError(s);
  std::sort(articles.begin(), articles.end(), [](const Article& a, const Article& b) {
    return a.published != b.published ? a.published < b.published : a.id < b.id;
  });
  Printer out(o.format);
  long n = 0;
  for (const Article& a : articles) {
    if (o.limit >= 0 && n++ >= o.limit) break;
    out.Add(ArticleJson(a));
  }
  return kExitOk;
}

}  // namespace

int RunList(const ListOptions& o) {
  auto store = OpenForRead();
  if (!store.ok()) return ReportError(store.status());
  auto reader = (*store)->NewReader();
  if (o.what == "events") return ListEvents(*reader, o);
  if (o.what == "actors") return ListActors(*reader, o);
  return ListArticles(*reader, o);
}

}  // namespace kg::cli
