// Store::CheckConsistency: recomputes every index from the primary records
// and compares it with what is stored. Used by tests (no orphan entries after
// replacement or deletion) and by `kg check`.

#include <map>
#include <set>

#include "graph/base/hash.h"
#include "graph/store/event_merge.h"
#include "graph/store/key_codec.h"
#include "graph/store/reader.h"
#include "graph/store/store_impl.h"
#include "graph/store/value_codec.h"
#include "graph/text/fold.h"

namespace kg {

using store::Cf;

namespace {

std::set<std::string> Keys(const Store::Impl* impl, Cf cf) {
  std::set<std::string> keys;
  (void)store::ScanRange(impl->db.get(), impl->cf(cf), nullptr, "", "", [&](std::string_view k, auto) {
    keys.emplace(k);
    return true;
  });  // a failed scan shows up as missing keys below
  return keys;
}

void Compare(const char* what, const std::set<std::string>& expected, const std::set<std::string>& actual,
             std::vector<std::string>* problems) {
  size_t missing = 0, orphan = 0;
  for (const auto& k : expected) missing += actual.count(k) == 0;
  for (const auto& k : actual) orphan += expected.count(k) == 0;
  if (missing) problems->push_back(std::string(what) + ": " + std::to_string(missing) + " missing entries");
  if (orphan) problems->push_back(std::string(what) + ": " + std::to_string(orphan) + " orphan entries");
}

}  // namespace

Status Store::CheckConsistency() const {
  const Impl* impl = impl_.get();
  std::vector<std::string> problems;
  std::set<std::string> events, actors, articles;
  std::set<std::string> want_date, want_type, want_actor_events;
  std::map<uint64_t, std::vector<EventMention>> mentions_by_event;

  Status inner;
  auto scan = [&](Cf cf, const std::function<void(std::string_view, std::string_view)>& fn) {
    Status s = store::ScanRange(impl->db.get(), impl->cf(cf), nullptr, "", "", [&](auto k, auto v) {
      fn(k, v);
      return true;
    });
    if (!s.ok()) problems.push_back(s.ToString());
  };
  scan(Cf::kArticles, [&](auto k, auto) { articles.emplace(k); });
  scan(Cf::kActors, [&](auto k, auto) { actors.emplace(k); });
  scan(Cf::kEventMentions, [&](std::string_view k, std::string_view v) {
    uint64_t e, a;
    uint32_t i;
    auto m = store::DecodeEventMention(v);
    if (!store::ParseEventMentionKey(k, &e, &a, &i) || !m.ok()) {
      problems.push_back("undecodable event mention");
      return;
    }
    if (!articles.count(store::EntityKey(a))) problems.push_back("event mention of a missing article");
    mentions_by_event[e].push_back(std::move(*m));
  });
  scan(Cf::kEvents, [&](std::string_view k, std::string_view v) {
    events.emplace(k);
    auto e = store::DecodeEvent(v);
    if (!e.ok()) {
      problems.push_back("undecodable event");
      return;
    }
    const uint64_t key = store::DecodeFixed64BE(k.data());
    auto it = mentions_by_event.find(key);
    if (it == mentions_by_event.end()) {
      problems.push_back("event " + e->id + " has no mentions");
      return;
    }
    Event agg = store::AggregateEvent(e->id, it->second, *impl->ontology);
    if (store::EncodeEvent(agg) != std::string(v)) problems.push_back("event " + e->id + " is stale");
    for (const std::string* id : {&e->source_id, &e->target_id, &e->attributed_to_id}) {
      if (!id->empty() && !actors.count(store::EntityKey(Hash64(*id)))) {
        problems.push_back("event " + e->id + " refers to missing actor " + *id);
      }
    }
    if (const EventTypeInfo* t = impl->ontology->Find(e->type)) {
      for (const std::string& k : store::EventIndexKeys(*e, key, t->id)) {
        (k.size() == 12 ? want_date : k.size() == 14 ? want_type : want_actor_events).insert(k);
      }
    }
  });
  for (const auto& [e, ms] : mentions_by_event) {
    if (!events.count(store::EntityKey(e))) problems.push_back("mentions of a missing event");
  }
  Compare("date_events", want_date, Keys(impl, Cf::kDateEvents), &problems);
  Compare("type_events", want_type, Keys(impl, Cf::kTypeEvents), &problems);
  Compare("actor_events", want_actor_events, Keys(impl, Cf::kActorEvents), &problems);

  // article_events <-> event_mentions, article_actors <-> actor_mentions.
  std::set<std::string> want_article_events, want_article_actors, want_alias_index;
  scan(Cf::kEventMentions, [&](std::string_view k, auto) {
    uint64_t e, a;
    uint32_t i;
    if (store::ParseEventMentionKey(k, &e, &a, &i)) want_article_events.insert(store::ArticleEventKey(a, i));
  });
  Compare("article_events", want_article_events, Keys(impl, Cf::kArticleEvents), &problems);
  std::map<std::string, uint32_t> observed_forms;  // actor_aliases key -> mention count
  scan(Cf::kActorMentions, [&](std::string_view k, std::string_view v) {
    uint64_t actor, a;
    uint32_t start;
    if (!store::ParseActorMentionKey(k, &actor, &a, &start)) return;
    want_article_actors.insert(store::ArticleActorKey(a, actor, start));
    if (!actors.count(store::EntityKey(actor))) problems.push_back("actor mention of a missing actor");
    if (!articles.count(store::EntityKey(a))) problems.push_back("actor mention of a missing article");
    auto m = store::DecodeActorMention(v);
    const bool names = m.ok() && (m->link.empty() || m->link == "dictionary" || m->link == "name" || m->link == "phonetic");
    if (names && !FoldForMatch(m->text).empty()) {
      ++observed_forms[store::ActorAliasKey(actor, Hash64(m->lang + '\0' + m->text))];
    }
  });
  Compare("article_actors", want_article_actors, Keys(impl, Cf::kArticleActors), &problems);
  scan(Cf::kActorAliases, [&](std::string_view k, std::string_view v) {
    auto a = store::DecodeAliasCount(v);
    if (!a.ok()) {
      problems.push_back("undecodable alias");
      return;
    }
    const uint32_t want = observed_forms.count(std::string(k)) ? observed_forms[std::string(k)] : 0;
    if (a->count != want) problems.push_back("alias '" + a->text + "' counts " + std::to_string(a->count) + ", mentions " + std::to_string(want));
    observed_forms.erase(std::string(k));
    const uint64_t actor = store::DecodeFixed64BE(k.data());
    want_alias_index.insert(store::AliasIndexKey(Hash64(FoldForMatch(a->text)), actor));
  });
  if (!observed_forms.empty()) problems.push_back(std::to_string(observed_forms.size()) + " surface forms without alias entry");
  Compare("alias_index", want_alias_index, Keys(impl, Cf::kAliasIndex), &problems);

  if (problems.empty()) return Status::OK();
  std::string msg = std::to_string(problems.size()) + " problem(s): ";
  for (size_t i = 0; i < problems.size() && i < 10; ++i) msg += (i ? "; " : "") + problems[i];
  return Status::Corruption(msg);
}

}  // namespace kg
