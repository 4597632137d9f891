#include "graph/store/reader.h"

#include <algorithm>
#include <set>

#include "graph/base/hash.h"
#include "graph/store/key_codec.h"
#include "graph/store/rocks_status.h"
#include "graph/store/store_impl.h"
#include "graph/store/value_codec.h"
#include "graph/text/fold.h"

namespace kg {

using store::Cf;

namespace {

const rocksdb::Snapshot* Snap(const void* p) { return static_cast<const rocksdb::Snapshot*>(p); }

bool IsLatin(std::string_view s) {
  for (unsigned char c : s) {
    if (c >= 0x80) return false;
  }
  return true;
}

// Orders surface forms for picking a display name: Latin script first, then
// more mentions, then longer, then smaller bytes.
bool BetterName(const store::AliasCount& a, const store::AliasCount& b) {
  if (IsLatin(a.text) != IsLatin(b.text)) return IsLatin(a.text);
  if (a.count != b.count) return a.count > b.count;
  if (a.text.size() != b.text.size()) return a.text.size() > b.text.size();
  return a.text < b.text;
}

}  // namespace

std::string EventIdFromKey(uint64_t key) { return "ev_" + Hex64(key); }

bool EventKeyFromId(std::string_view id, uint64_t* key) {
  return id.size() == 19 && id.substr(0, 3) == "ev_" && ParseHex64(id.substr(3), key);
}

Reader::Reader(const Store::Impl* impl) : impl_(impl), snapshot_(nullptr) {
  if (!impl_->read_only) snapshot_ = impl_->db->GetSnapshot();
}

Reader::~Reader() {
  if (snapshot_) impl_->db->ReleaseSnapshot(Snap(snapshot_));
}

const Ontology& Reader::ontology() const { return *impl_->ontology; }

namespace {

template <class T>
Result<std::optional<T>> GetDecoded(const Store::Impl* impl, const void* snap, Cf cf,
                                    const std::string& key,
                                    Result<T> (*decode)(std::string_view)) {
  rocksdb::ReadOptions ro;
  ro.snapshot = Snap(snap);
  std::string value;
  rocksdb::Status s = impl->db->Get(ro, impl->cf(cf), key, &value);
  if (s.IsNotFound()) return std::optional<T>();
  KG_RETURN_IF_ERROR(store::FromRocks(s, "get"));
  KG_ASSIGN_OR_RETURN(T v, decode(value));
  return std::optional<T>(std::move(v));
}

Result<std::string> DecodeText(std::string_view v) { return std::string(v); }

}  // namespace

Result<std::optional<Article>> Reader::GetArticle(std::string_view id) const {
  return GetDecoded<Article>(impl_, snapshot_, Cf::kArticles, store::EntityKey(Hash64(id)),
                             &store::DecodeArticle);
}

Result<std::optional<std::string>> Reader::GetArticleText(std::string_view id) const {
  return GetDecoded<std::string>(impl_, snapshot_, Cf::kArticleText, store::EntityKey(Hash64(id)),
                                 &DecodeText);
}

Result<std::optional<Actor>> Reader::GetActor(std::string_view id) const {
  const uint64_t key = Hash64(id);
  KG_ASSIGN_OR_RETURN(auto actor, GetDecoded<Actor>(impl_, snapshot_, Cf::kActors,
                                                    store::EntityKey(key), &store::DecodeActor));
  if (!actor) return actor;
  std::vector<store::AliasCount> forms;
  Status decode_status;
  KG_RETURN_IF_ERROR(store::ScanPrefix(
      impl_->db.get(), impl_->cf(Cf::kActorAliases), Snap(snapshot_), store::Prefix64(key),
      [&](std::string_view, std::string_view v) {
        auto a = store::DecodeAliasCount(v);
        if (!a.ok()) {
          decode_status = a.status();
          return false;
        }
        forms.push_back(std::move(*a));
        return true;
      }));
  KG_RETURN_IF_ERROR(decode_status);
  std::sort(forms.begin(), forms.end(), [](const auto& a, const auto& b) {
    return std::tie(a.lang, a.text) < std::tie(b.lang, b.text);
  });
  for (const auto& f : forms) actor->aliases.push_back({f.lang, f.text});
  // A name found in text keeps the form ingest gave it (Polish names in the
  // nominative: "Ulf Kristersson", not "Ulfem Kristerssonem") when that form
  // is Latin; otherwise the best surface form seen.
  if (!actor->from_dictionary && !forms.empty() && !IsLatin(actor->name)) {
    const store::AliasCount* best = &forms[0];
    for (const auto& f : forms) {
      if (f.count > 0 && (best->count == 0 || BetterName(f, *best))) best = &f;
    }
    actor->name = best->text;
  }
  return actor;
}

Result<std::optional<Event>> Reader::GetEvent(std::string_view id) const {
  uint64_t key;
  if (!EventKeyFromId(id, &key)) return std::optional<Event>();
  return GetDecoded<Event>(impl_, snapshot_, Cf::kEvents, store::EntityKey(key), &store::DecodeEvent);
}

Status Reader::ForEachArticle(const std::function<bool(const Article&)>& fn) const {
  Status inner;
  KG_RETURN_IF_ERROR(store::ScanRange(impl_->db.get(), impl_->cf(Cf::kArticles), Snap(snapshot_), "",
                                      "", [&](std::string_view, std::string_view v) {
                                        auto a = store::DecodeArticle(v);
                                        if (!a.ok()) {
                                          inner = a.status();
                                          return false;
                                        }
                                        return fn(*a);
                                      }));
  return inner;
}

Status Reader::ForEachActor(const std::function<bool(const Actor&)>& fn) const {
  std::vector<std::string> ids;
  Status inner;
  KG_RETURN_IF_ERROR(store::ScanRange(impl_->db.get(), impl_->cf(Cf::kActors), Snap(snapshot_), "",
                                      "", [&](std::string_view, std::string_view v) {
                                        auto a = store::DecodeActor(v);
                                        if (!a.ok()) {
                                          inner = a.status();
                                          return false;
                                        }
                                        ids.push_back(a->id);
                                        return true;
                                      }));
  KG_RETURN_IF_ERROR(inner);
  for (const auto& id : ids) {
    KG_ASSIGN_OR_RETURN(auto actor, GetActor(id));
    if (actor && !fn(*actor)) break;
  }
  return Status::OK();
}

Status Reader::ForEachEvent(const std::function<bool(const Event&)>& fn) const {
  Status inner;
  KG_RETURN_IF_ERROR(store::ScanRange(impl_->db.get(), impl_->cf(Cf::kEvents), Snap(snapshot_), "",
                                      "", [&](std::string_view, std::string_view v) {
                                        auto e = store::DecodeEvent(v);
                                        if (!e.ok()) {
                                          inner = e.status();
                                          return false;
                                        }
                                        return fn(*e);
                                      }));
  return inner;
}

Status Reader::ScanEventKeys(int cf, std::string_view from, std::string_view to, size_t event_offset,
                             const std::function<bool(const std::string&)>& fn) const {
  return store::ScanRange(impl_->db.get(), impl_->cfs[cf], Snap(snapshot_), from, to,
                          [&](std::string_view k, std::string_view) {
                            if (k.size() < event_offset + 8) return true;
                            return fn(EventIdFromKey(store::DecodeFixed64BE(k.data() + event_offset)));
                          });
}

Status Reader::EventsByDate(DayRange range, const std::function<bool(const std::string&)>& fn) const {
  const int cf = static_cast<int>(Cf::kDateEvents);
  bool stopped = false;
  auto wrapped = [&](const std::string& id) { return (stopped = !fn(id)) == false; };
  std::string from, to;
  store::PutDayBE(&from, range.first);
  store::PutDayBE(&to, range.last);
  to = store::PrefixSuccessor(to);
  KG_RETURN_IF_ERROR(ScanEventKeys(cf, from, to, 4, wrapped));
  if (range.include_undated && !stopped && range.last < store::kUndatedDay) {
    std::string u;
    store::PutDayBE(&u, store::kUndatedDay);
    KG_RETURN_IF_ERROR(ScanEventKeys(cf, u, store::PrefixSuccessor(u), 4, wrapped));
  }
  return Status::OK();
}

Status Reader::EventsByActor(std::string_view actor_id, EventRole role, DayRange range,
                             const std::function<bool(const std::string&)>& fn) const {
  const uint64_t actor = Hash64(actor_id);
  const int cf = static_cast<int>(Cf::kActorEvents);
  std::vector<store::ActorRole> roles;
  switch (role) {
    case EventRole::kSource: roles = {store::ActorRole::kSource}; break;
    case EventRole::kTarget: roles = {store::ActorRole::kTarget}; break;
    case EventRole::kAttributedTo: roles = {store::ActorRole::kAttributedTo}; break;
    case EventRole::kAny:
      roles = {store::ActorRole::kSource, store::ActorRole::kTarget, store::ActorRole::kAttributedTo};
      break;
  }
  bool stopped = false;
  auto wrapped = [&](const std::string& id) { return (stopped = !fn(id)) == false; };
  for (auto r : roles) {
    if (stopped) break;
    KG_RETURN_IF_ERROR(ScanEventKeys(cf, store::ActorEventPrefix(actor, r, range.first),
                                     store::PrefixSuccessor(store::ActorEventPrefix(actor, r, range.last)),
                                     13, wrapped));
    if (range.include_undated && !stopped && range.last < store::kUndatedDay) {
      std::string u = store::ActorEventPrefix(actor, r, store::kUndatedDay);
      KG_RETURN_IF_ERROR(ScanEventKeys(cf, u, store::PrefixSuccessor(u), 13, wrapped));
    }
  }
  return Status::OK();
}

Status Reader::EventsByType(std::string_view type, DayRange range,
                            const std::function<bool(const std::string&)>& fn) const {
  const EventTypeInfo* info = impl_->ontology->Find(type);
  if (!info) return Status::OK();
  const int cf = static_cast<int>(Cf::kTypeEvents);
  bool stopped = false;
  auto wrapped = [&](const std::string& id) { return (stopped = !fn(id)) == false; };
  KG_RETURN_IF_ERROR(ScanEventKeys(cf, store::TypeEventPrefix(info->id, range.first),
                                   store::PrefixSuccessor(store::TypeEventPrefix(info->id, range.last)),
                                   6, wrapped));
  if (range.include_undated && !stopped && range.last < store::kUndatedDay) {
    std::string u = store::TypeEventPrefix(info->id, store::kUndatedDay);
    KG_RETURN_IF_ERROR(ScanEventKeys(cf, u, store::PrefixSuccessor(u), 6, wrapped));
  }
  return Status::OK();
}

Status Reader::EventsOfArticle(std::string_view article_id,
                               const std::function<bool(const std::string&)>& fn) const {
  std::set<uint64_t> seen;
  std::vector<std::string> ordered;
  KG_RETURN_IF_ERROR(store::ScanPrefix(impl_->db.get(), impl_->cf(Cf::kArticleEvents), Snap(snapshot_),
                                       store::Prefix64(Hash64(article_id)),
                                       [&](std::string_view, std::string_view v) {
                                         if (v.size() == 8) {
                                           const uint64_t e = store::DecodeFixed64BE(v.data());
                                           if (seen.insert(e).second) ordered.push_back(EventIdFromKey(e));
                                         }
                                         return true;
                                       }));
  for (const auto& id : ordered) {
    if (!fn(id)) break;
  }
  return Status::OK();
}

Result<std::vector<EventMention>> Reader::MentionsOfEvent(std::string_view event_id) const {
  std::vector<EventMention> out;
  uint64_t key;
  if (!EventKeyFromId(event_id, &key)) return out;
  Status inner;
  KG_RETURN_IF_ERROR(store::ScanPrefix(impl_->db.get(), impl_->cf(Cf::kEventMentions), Snap(snapshot_),
                                       store::Prefix64(key), [&](std::string_view, std::string_view v) {
                                         auto m = store::DecodeEventMention(v);
                                         if (!m.ok()) {
                                           inner = m.status();
                                           return false;
                                         }
                                         out.push_back(std::move(*m));
                                         return true;
                                       }));
  KG_RETURN_IF_ERROR(inner);
  return out;
}

Result<std::vector<ActorMention>> Reader::MentionsOfActor(std::string_view actor_id) const {
  std::vector<ActorMention> out;
  Status inner;
  KG_RETURN_IF_ERROR(store::ScanPrefix(impl_->db.get(), impl_->cf(Cf::kActorMentions), Snap(snapshot_),
                                       store::Prefix64(Hash64(actor_id)),
                                       [&](std::string_view, std::string_view v) {
                                         auto m = store::DecodeActorMention(v);
                                         if (!m.ok()) {
                                           inner = m.status();
                                           return false;
                                         }
                                         out.push_back(std::move(*m));
                                         return true;
                                       }));
  KG_RETURN_IF_ERROR(inner);
  return out;
}

Result<std::vector<std::string>> Reader::FindActorsByName(std::string_view name) const {
  const std::string folded = FoldForMatch(name);
  std::vector<std::pair<uint32_t, uint64_t>> hits;
  if (folded.empty()) return std::vector<std::string>();
  Status inner;
  KG_RETURN_IF_ERROR(store::ScanPrefix(impl_->db.get(), impl_->cf(Cf::kAliasIndex), Snap(snapshot_),
                                       store::Prefix64(Hash64(folded)),
                                       [&](std::string_view k, std::string_view v) {
                                         uint64_t n, actor;
                                         auto count = store::DecodeU32(v);
                                         if (!store::ParseAliasIndexKey(k, &n, &actor) || !count.ok()) {
                                           inner = Status::Corruption("bad alias index entry");
                                           return false;
                                         }
                                         hits.emplace_back(*count, actor);
                                         return true;
                                       }));
  KG_RETURN_IF_ERROR(inner);
  std::sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  std::vector<std::string> ids;
  for (const auto& [count, actor] : hits) {
    std::string value;
    rocksdb::ReadOptions ro;
    ro.snapshot = Snap(snapshot_);
    rocksdb::Status s = impl_->db->Get(ro, impl_->cf(Cf::kActors), store::EntityKey(actor), &value);
    if (s.IsNotFound()) continue;
    KG_RETURN_IF_ERROR(store::FromRocks(s, "actor lookup"));
    KG_ASSIGN_OR_RETURN(Actor a, store::DecodeActor(value));
    ids.push_back(a.id);
  }
  return ids;
}

Result<StoreStats> Reader::Stats() const {
  StoreStats st;
  KG_RETURN_IF_ERROR(ForEachArticle([&](const Article& a) {
    ++st.articles;
    ++st.articles_by_lang[a.lang.empty() ? "und" : a.lang];
    return true;
  }));
  Status inner;
  KG_RETURN_IF_ERROR(store::ScanRange(impl_->db.get(), impl_->cf(Cf::kActors), Snap(snapshot_), "", "",
                                      [&](std::string_view, std::string_view v) {
                                        auto a = store::DecodeActor(v);
                                        if (!a.ok()) {
                                          inner = a.status();
                                          return false;
                                        }
                                        ++st.actors;
                                        ++st.actors_by_kind[std::string(ActorKindName(a->kind))];
                                        return true;
                                      }));
  KG_RETURN_IF_ERROR(inner);
  KG_RETURN_IF_ERROR(ForEachEvent([&](const Event& e) {
    ++st.events;
    ++st.events_by_type[e.type];
    if (e.article_count > 1) ++st.events_multi_article;
    return true;
  }));
  std::string last_event;
  std::set<std::string> langs;
  KG_RETURN_IF_ERROR(store::ScanRange(impl_->db.get(), impl_->cf(Cf::kEventMentions), Snap(snapshot_), "",
                                      "", [&](std::string_view k, std::string_view v) {
                                        ++st.event_mentions;
                                        auto m = store::DecodeEventMention(v);
                                        std::string ev(k.substr(0, 8));
                                        if (ev != last_event) {
                                          if (langs.size() > 1) ++st.events_multi_lang;
                                          langs.clear();
                                          last_event = ev;
                                        }
                                        if (m.ok()) langs.insert(m->lang);
                                        return true;
                                      }));
  if (langs.size() > 1) ++st.events_multi_lang;
  KG_RETURN_IF_ERROR(store::ScanRange(impl_->db.get(), impl_->cf(Cf::kActorMentions), Snap(snapshot_), "",
                                      "", [&](std::string_view, std::string_view) {
                                        ++st.actor_mentions;
                                        return true;
                                      }));
  return st;
}

}  // namespace kg
