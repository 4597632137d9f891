// Store::PutArticle and Store::DeleteArticle: one article in or out, in one
// atomic WriteBatchWithIndex. Reads inside the batch see its own pending
// writes, so removal of an old version, event merging and index maintenance
// all happen against one consistent picture and land together or not at all.

#include <algorithm>
#include <rocksdb/utilities/write_batch_with_index.h>

#include <map>
#include <set>

#include "graph/base/hash.h"
#include "graph/model/actor_ids.h"
#include "graph/store/event_merge.h"
#include "graph/store/key_codec.h"
#include "graph/store/reader.h"
#include "graph/store/rocks_status.h"
#include "graph/store/store_impl.h"
#include "graph/store/value_codec.h"
#include "graph/text/fold.h"

namespace kg {

using store::Cf;

namespace {

constexpr int32_t kYearLookbackDays = 366;  // a year-precision event is indexed on Jan 1

uint32_t CodePointCount(std::string_view s) {
  uint32_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

bool SameMetadata(const Article& a, const Article& b) {
  return a.text_hash == b.text_hash && a.title == b.title && a.published == b.published &&
         a.lang == b.lang && a.lang_basis == b.lang_basis && a.url == b.url && a.source == b.source &&
         a.record_hash == b.record_hash;
}

// A hash of everything extracted from the article, so that re-ingesting the
// same text with a newer extractor still replaces the old extraction.
uint64_t RecordHash(const ArticleRecord& rec) {
  std::string all;
  for (const auto& a : rec.actors) all += store::EncodeActor(a);
  for (const auto& m : rec.actor_mentions) all += store::EncodeActorMention(m);
  for (const auto& m : rec.event_mentions) all += store::EncodeEventMention(m);
  return Hash64(all);
}

// Whether a mention's text is a name of its actor (and so one of its
// aliases), rather than a title, a pronoun or a group noun referring to it.
bool NamesTheActor(const ActorMention& m) {
  return m.link.empty() || m.link == "dictionary" || m.link == "name" || m.link == "phonetic";
}

class ArticleWriter {
 public:
  explicit ArticleWriter(Store::Impl* impl)
      : impl_(impl), wb_(rocksdb::BytewiseComparator(), 0, /*overwrite_key=*/true) {}

  Status Get(Cf cf, const std::string& key, std::string* value, bool* found) {
    rocksdb::Status s = wb_.GetFromBatchAndDB(impl_->db.get(), rocksdb::ReadOptions(), impl_->cf(cf), key, value);
    *found = s.ok();
    if (s.IsNotFound()) return Status::OK();
    return store::FromRocks(s, "read in batch");
  }

  Status Scan(Cf cf, const std::string& prefix,
              const std::function<bool(std::string_view, std::string_view)>& fn) {
    const std::string upper = store::PrefixSuccessor(prefix);
    rocksdb::ReadOptions ro;
    rocksdb::Slice upper_slice(upper);
    if (!upper.empty()) ro.iterate_upper_bound = &upper_slice;
    std::unique_ptr<rocksdb::Iterator> it(
        wb_.NewIteratorWithBase(impl_->cf(cf), impl_->db->NewIterator(ro, impl_->cf(cf))));
    for (it->Seek(prefix); it->Valid(); it->Next()) {
      std::string_view k(it->key().data(), it->key().size());
      if (k.substr(0, prefix.size()) != prefix) break;
      if (!fn(k, std::string_view(it->value().data(), it->value().size()))) break;
    }
    return store::FromRocks(it->status(), "scan in batch");
  }

  void Put(Cf cf, const std::string& key, const std::string& value) {
    (void)wb_.Put(impl_->cf(cf), key, value);  // only fails on a bad CF handle
  }
  void Delete(Cf cf, const std::string& key) { (void)wb_.Delete(impl_->cf(cf), key); }

  Status Commit() {
    if (impl_->before_commit_hook) KG_RETURN_IF_ERROR(impl_->before_commit_hook());
    return store::FromRocks(impl_->db->Write(rocksdb::WriteOptions(), wb_.GetWriteBatch()), "commit");
  }

  Status RemoveArticle(const std::string& article_id);
  Status AddArticle(const ArticleRecord& rec, PutResult* result);

 private:
  Status AddAlias(uint64_t actor, const std::string& lang, const std::string& text, int delta,
                  bool dictionary);
  Status UpsertActor(const Actor& a);
  Status DeleteActorIfUnused(uint64_t actor);
  Status PutEventIndexes(const Event& e, bool put);
  Status Reaggregate(uint64_t event_key);
  Status FindMergeTarget(const EventMention& m, uint64_t* event_key, bool* found);
  Status AllocateEventKey(const EventMention& m, uint32_t index, uint64_t* key);

  Store::Impl* impl_;
  rocksdb::WriteBatchWithIndex wb_;
};

Status ArticleWriter::AddAlias(uint64_t actor, const std::string& lang, const std::string& text,
                               int delta, bool dictionary) {
  const std::string folded = FoldForMatch(text);
  if (folded.empty()) return Status::OK();
  const std::string form_key = store::ActorAliasKey(actor, Hash64(lang + '\0' + text));
  std::string v;
  bool found;
  KG_RETURN_IF_ERROR(Get(Cf::kActorAliases, form_key, &v, &found));
  store::AliasCount ac;
  if (found) {
    KG_ASSIGN_OR_RETURN(ac, store::DecodeAliasCount(v));
  } else {
    ac.lang = lang;
    ac.text = text;
  }
  ac.dictionary = ac.dictionary || dictionary;
  const int64_t count = std::max<int64_t>(0, static_cast<int64_t>(ac.count) + delta);
  ac.count = static_cast<uint32_t>(count);
  const std::string index_key = store::AliasIndexKey(Hash64(folded), actor);
  if (ac.count == 0 && !ac.dictionary) {
    Delete(Cf::kActorAliases, form_key);
  } else {
    Put(Cf::kActorAliases, form_key, store::EncodeAliasCount(ac));
  }
  // The name index counts mentions over all forms that fold to one key.
  KG_RETURN_IF_ERROR(Get(Cf::kAliasIndex, index_key, &v, &found));
  int64_t total = delta;
  if (found) {
    KG_ASSIGN_OR_RETURN(uint32_t old, store::DecodeU32(v));
    total += old;
  }
  if (total <= 0 && !ac.dictionary && !found) return Status::OK();
  if (total <= 0 && !ac.dictionary) {
    // Another form with the same folded key may still be in use.
    bool other = false;
    KG_RETURN_IF_ERROR(Scan(Cf::kActorAliases, store::Prefix64(actor), [&](std::string_view, std::string_view av) {
      auto a = store::DecodeAliasCount(av);
      if (a.ok() && FoldForMatch(a->text) == folded && (a->count > 0 || a->dictionary)) other = true;
      return !other;
    }));
    if (!other) {
      Delete(Cf::kAliasIndex, index_key);
      return Status::OK();
    }
  }
  Put(Cf::kAliasIndex, index_key, store::EncodeU32(static_cast<uint32_t>(std::max<int64_t>(0, total))));
  return Status::OK();
}

Status ArticleWriter::UpsertActor(const Actor& a) {
  const uint64_t key = Hash64(a.id);
  std::string v;
  bool found;
  KG_RETURN_IF_ERROR(Get(Cf::kActors, store::EntityKey(key), &v, &found));
  Actor merged = a;
  if (found) {
    KG_ASSIGN_OR_RETURN(Actor old, store::DecodeActor(v));
    if (old.id != a.id) {
      return Status::Corruption("actor id hash collision between '" + old.id + "' and '" + a.id + "'");
    }
    if (old.from_dictionary && !a.from_dictionary) {
      merged = old;
    } else if (!a.from_dictionary) {
      // Keep what is already known; fill what was missing.
      merged = old;
      if (merged.kind == ActorKind::kUnknown) merged.kind = a.kind;
      // Prefer a Latin-script name once one is known, for display.
      auto ascii = [](const std::string& s) {
        return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
      };
      if (!ascii(merged.name) && ascii(a.name)) merged.name = a.name;
      if (merged.country.empty()) merged.country = a.country;
    }
    merged.aliases.clear();
    if (merged.name == old.name && merged.kind == old.kind && merged.country == old.country &&
        merged.from_dictionary == old.from_dictionary) {
      if (!a.from_dictionary) return Status::OK();
    }
  }
  Put(Cf::kActors, store::EntityKey(key), store::EncodeActor(merged));
  if (a.from_dictionary) {
    KG_RETURN_IF_ERROR(AddAlias(key, "", a.name, 0, true));
    for (const auto& alias : a.aliases) KG_RETURN_IF_ERROR(AddAlias(key, alias.lang, alias.text, 0, true));
  }
  return Status::OK();
}

Status ArticleWriter::DeleteActorIfUnused(uint64_t actor) {
  bool used = false;
  KG_RETURN_IF_ERROR(Scan(Cf::kActorMentions, store::Prefix64(actor), [&](auto, auto) {
    used = true;
    return false;
  }));
  if (!used) {
    KG_RETURN_IF_ERROR(Scan(Cf::kActorEvents, store::Prefix64(actor), [&](auto, auto) {
      used = true;
      return false;
    }));
  }
  if (used) return Status::OK();
  std::vector<std::pair<std::string, std::string>> forms;  // key, folded
  KG_RETURN_IF_ERROR(Scan(Cf::kActorAliases, store::Prefix64(actor), [&](std::string_view k, std::string_view v) {
    auto a = store::DecodeAliasCount(v);
    forms.emplace_back(std::string(k), a.ok() ? FoldForMatch(a->text) : "");
    return true;
  }));
  for (const auto& [k, folded] : forms) {
    Delete(Cf::kActorAliases, k);
    if (!folded.empty()) Delete(Cf::kAliasIndex, store::AliasIndexKey(Hash64(folded), actor));
  }
  Delete(Cf::kActors, store::EntityKey(actor));
  return Status::OK();
}

Status ArticleWriter::PutEventIndexes(const Event& e, bool put) {
  uint64_t key;
  if (!EventKeyFromId(e.id, &key)) return Status::Corruption("bad event id " + e.id);
  const int32_t day = store::IndexDay(e);
  const EventTypeInfo* type = impl_->ontology->Find(e.type);
  if (!type) return Status::Corruption("event " + e.id + " has unknown type " + e.type);
  for (const std::string& k : store::EventIndexKeys(e, key, type->id)) {
    const Cf cf = k.size() == 12 ? Cf::kDateEvents : k.size() == 14 ? Cf::kTypeEvents : Cf::kActorEvents;
    if (put) Put(cf, k, "");
    else Delete(cf, k);
  }
  return Status::OK();
}

// Recomputes an event from its mentions and rewrites it with its indexes,
// or deletes it when no mention is left.
Status ArticleWriter::Reaggregate(uint64_t event_key) {
  std::string v;
  bool found;
  KG_RETURN_IF_ERROR(Get(Cf::kEvents, store::EntityKey(event_key), &v, &found));
  if (found) {
    KG_ASSIGN_OR_RETURN(Event old, store::DecodeEvent(v));
    KG_RETURN_IF_ERROR(PutEventIndexes(old, /*put=*/false));
  }
  std::vector<EventMention> mentions;
  Status inner;
  KG_RETURN_IF_ERROR(Scan(Cf::kEventMentions, store::Prefix64(event_key), [&](auto, std::string_view mv) {
    auto m = store::DecodeEventMention(mv);
    if (!m.ok()) {
      inner = m.status();
      return false;
    }
    mentions.push_back(std::move(*m));
    return true;
  }));
  KG_RETURN_IF_ERROR(inner);
  if (mentions.empty()) {
    Delete(Cf::kEvents, store::EntityKey(event_key));
    return Status::OK();
  }
  Event e = store::AggregateEvent(EventIdFromKey(event_key), mentions, *impl_->ontology);
  Put(Cf::kEvents, store::EntityKey(event_key), store::EncodeEvent(e));
  return PutEventIndexes(e, /*put=*/true);
}

Status ArticleWriter::FindMergeTarget(const EventMention& m, uint64_t* event_key, bool* found) {
  *found = false;
  const store::DayWindow w = store::MergeWindow(m.date, m.date_basis);
  const uint64_t source = Hash64(m.source_id);
  std::string from, to;
  if (w.undated) {
    from = store::ActorEventPrefix(source, store::ActorRole::kSource, store::kUndatedDay);
    to = from;
  } else {
    from = store::ActorEventPrefix(source, store::ActorRole::kSource, w.first - kYearLookbackDays - 1);
    to = store::ActorEventPrefix(source, store::ActorRole::kSource, w.last + 1);
  }
  std::vector<uint64_t> candidates;
  // Scan [from, to] over the role prefix of the source, and of its country
  // when the source is one of the country's groups.
  std::vector<uint64_t> actors = {source};
  for (const std::string& parent : ParentIds(m.source_id)) actors.push_back(Hash64(parent));
  for (uint64_t actor : actors) {
    std::string role_prefix = store::Prefix64(actor);
    role_prefix.push_back(static_cast<char>(store::ActorRole::kSource));
    const std::string lo = role_prefix + from.substr(9), hi = role_prefix + to.substr(9);
    KG_RETURN_IF_ERROR(Scan(Cf::kActorEvents, role_prefix, [&](std::string_view k, auto) {
      if (k.substr(0, lo.size()) < lo) return true;
      if (k.substr(0, hi.size()) > hi) return false;
      store::ActorEventKeyParts parts;
      if (store::ParseActorEventKey(k, &parts)) candidates.push_back(parts.event);
      return true;
    }));
  }
  int64_t best = INT64_MAX;
  for (uint64_t c : candidates) {
    std::string v;
    bool exists;
    KG_RETURN_IF_ERROR(Get(Cf::kEvents, store::EntityKey(c), &v, &exists));
    if (!exists) continue;
    KG_ASSIGN_OR_RETURN(Event e, store::DecodeEvent(v));
    if (!store::CanMerge(e, m, *impl_->ontology)) continue;
    const int64_t d = store::MergeDistance(e, m);
    if (d < best || (d == best && c < *event_key)) {
      best = d;
      *event_key = c;
      *found = true;
    }
  }
  return Status::OK();
}

Status ArticleWriter::AllocateEventKey(const EventMention& m, uint32_t index, uint64_t* key) {
  for (uint32_t salt = 0;; ++salt) {
    *key = HashFields({"event", m.article_id, std::to_string(index), m.type, std::to_string(salt)});
    std::string v;
    bool taken;
    KG_RETURN_IF_ERROR(Get(Cf::kEvents, store::EntityKey(*key), &v, &taken));
    if (!taken) return Status::OK();
  }
}

Status ArticleWriter::RemoveArticle(const std::string& article_id) {
  const uint64_t article = Hash64(article_id);
  std::set<uint64_t> actors, events;
  std::vector<std::string> keys;
  KG_RETURN_IF_ERROR(Scan(Cf::kArticleActors, store::Prefix64(article), [&](std::string_view k, auto) {
    keys.emplace_back(k);
    return true;
  }));
  for (const auto& k : keys) {
    uint64_t art, actor;
    uint32_t start;
    if (!store::ParseArticleActorKey(k, &art, &actor, &start)) return Status::Corruption("bad article_actors key");
    const std::string mkey = store::ActorMentionKey(actor, article, start);
    std::string v;
    bool found;
    KG_RETURN_IF_ERROR(Get(Cf::kActorMentions, mkey, &v, &found));
    if (found) {
      KG_ASSIGN_OR_RETURN(ActorMention m, store::DecodeActorMention(v));
      if (NamesTheActor(m)) KG_RETURN_IF_ERROR(AddAlias(actor, m.lang, m.text, -1, false));
      Delete(Cf::kActorMentions, mkey);
    }
    Delete(Cf::kArticleActors, k);
    actors.insert(actor);
  }
  keys.clear();
  std::vector<uint64_t> event_of_key;
  KG_RETURN_IF_ERROR(Scan(Cf::kArticleEvents, store::Prefix64(article), [&](std::string_view k, std::string_view v) {
    keys.emplace_back(k);
    event_of_key.push_back(v.size() == 8 ? store::DecodeFixed64BE(v.data()) : 0);
    return true;
  }));
  for (size_t i = 0; i < keys.size(); ++i) {
    uint64_t art;
    uint32_t index;
    if (!store::ParseArticleEventKey(keys[i], &art, &index)) return Status::Corruption("bad article_events key");
    Delete(Cf::kEventMentions, store::EventMentionKey(event_of_key[i], article, index));
    Delete(Cf::kArticleEvents, keys[i]);
    events.insert(event_of_key[i]);
  }
  for (uint64_t e : events) {
    std::string v;
    bool found;
    KG_RETURN_IF_ERROR(Get(Cf::kEvents, store::EntityKey(e), &v, &found));
    if (found) {
      KG_ASSIGN_OR_RETURN(Event old, store::DecodeEvent(v));
      for (const auto* id : {&old.source_id, &old.target_id, &old.attributed_to_id}) {
        if (!id->empty()) actors.insert(Hash64(*id));
      }
    }
    KG_RETURN_IF_ERROR(Reaggregate(e));
  }
  for (uint64_t a : actors) KG_RETURN_IF_ERROR(DeleteActorIfUnused(a));
  Delete(Cf::kArticles, store::EntityKey(article));
  Delete(Cf::kArticleText, store::EntityKey(article));
  return Status::OK();
}

Status ArticleWriter::AddArticle(const ArticleRecord& rec, PutResult* result) {
  const uint64_t article = Hash64(rec.article.id);
  Article a = rec.article;
  a.event_count = static_cast<uint32_t>(rec.event_mentions.size());
  a.actor_mention_count = static_cast<uint32_t>(rec.actor_mentions.size());
  a.record_hash = RecordHash(rec);
  Put(Cf::kArticles, store::EntityKey(article), store::EncodeArticle(a));
  Put(Cf::kArticleText, store::EntityKey(article), rec.text);

  for (const Actor& actor : rec.actors) KG_RETURN_IF_ERROR(UpsertActor(actor));
  for (const ActorMention& m : rec.actor_mentions) {
    const uint64_t actor = Hash64(m.actor_id);
    ActorMention stored = m;
    stored.article_id = rec.article.id;
    Put(Cf::kActorMentions, store::ActorMentionKey(actor, article, m.start), store::EncodeActorMention(stored));
    Put(Cf::kArticleActors, store::ArticleActorKey(article, actor, m.start), "");
    if (NamesTheActor(m)) KG_RETURN_IF_ERROR(AddAlias(actor, m.lang, m.text, +1, false));
  }

  // Exact repeats of a sourceless event inside this article.
  std::map<std::string, uint64_t> local_sourceless;
  for (uint32_t i = 0; i < rec.event_mentions.size(); ++i) {
    EventMention m = rec.event_mentions[i];
    m.article_id = rec.article.id;
    uint64_t event_key = 0;
    bool found = false;
    const std::string local_key = m.type + '\0' + m.target_id + '\0' + m.trigger + '\0' + m.date.ToIso() +
                                  (m.negated ? "\1" : "\0");
    if (m.source_id.empty()) {
      auto it = local_sourceless.find(local_key);
      if (it != local_sourceless.end()) {
        event_key = it->second;
        found = true;
      }
    } else {
      KG_RETURN_IF_ERROR(FindMergeTarget(m, &event_key, &found));
    }
    if (found) {
      ++result->events_merged;
    } else {
      KG_RETURN_IF_ERROR(AllocateEventKey(m, i, &event_key));
      ++result->events_created;
      if (m.source_id.empty()) local_sourceless[local_key] = event_key;
    }
    Put(Cf::kEventMentions, store::EventMentionKey(event_key, article, i), store::EncodeEventMention(m));
    std::string ek;
    store::PutFixed64BE(&ek, event_key);
    Put(Cf::kArticleEvents, store::ArticleEventKey(article, i), ek);
    KG_RETURN_IF_ERROR(Reaggregate(event_key));
  }
  return Status::OK();
}

Status Validate(const ArticleRecord& rec, const Ontology& ontology) {
  if (rec.article.id.empty()) return Status::InvalidArgument("article has no id");
  const uint32_t n = CodePointCount(rec.text);
  std::set<std::string> actor_ids;
  for (const auto& a : rec.actors) {
    if (a.id.empty()) return Status::InvalidArgument("actor without id");
    actor_ids.insert(a.id);
  }
  auto check_actor = [&](const std::string& id, const char* what) -> Status {
    if (!id.empty() && !actor_ids.count(id)) {
      return Status::InvalidArgument(std::string(what) + " refers to actor '" + id + "' not listed in the record");
    }
    return Status::OK();
  };
  for (const auto& m : rec.actor_mentions) {
    if (m.start > m.end || m.end > n) return Status::InvalidArgument("actor mention offsets out of range");
    KG_RETURN_IF_ERROR(check_actor(m.actor_id, "actor mention"));
    if (m.actor_id.empty()) return Status::InvalidArgument("actor mention without actor");
  }
  for (const auto& m : rec.event_mentions) {
    if (!ontology.Find(m.type)) return Status::InvalidArgument("unknown event type '" + m.type + "'");
    if (m.start > m.end || m.end > n) return Status::InvalidArgument("event mention offsets out of range");
    KG_RETURN_IF_ERROR(check_actor(m.source_id, "event source"));
    KG_RETURN_IF_ERROR(check_actor(m.target_id, "event target"));
    KG_RETURN_IF_ERROR(check_actor(m.attributed_to_id, "event attribution"));
    if (!m.date.IsValid()) return Status::InvalidArgument("event mention has an invalid date");
  }
  return Status::OK();
}

}  // namespace

Result<PutResult> Store::PutArticle(const ArticleRecord& record) {
  if (impl_->read_only) return Status::NotSupported("store opened read-only");
  KG_RETURN_IF_ERROR(Validate(record, *impl_->ontology).WithContext("article " + record.article.id));
  std::lock_guard<std::mutex> lock(impl_->write_mu);
  ArticleWriter w(impl_.get());
  PutResult result;
  std::string v;
  bool found;
  KG_RETURN_IF_ERROR(w.Get(Cf::kArticles, store::EntityKey(Hash64(record.article.id)), &v, &found));
  if (found) {
    KG_ASSIGN_OR_RETURN(Article old, store::DecodeArticle(v));
    if (old.id != record.article.id) {
      return Status::Corruption("article id hash collision: '" + old.id + "' and '" + record.article.id + "'");
    }
    Article incoming = record.article;
    incoming.event_count = static_cast<uint32_t>(record.event_mentions.size());
    incoming.actor_mention_count = static_cast<uint32_t>(record.actor_mentions.size());
    incoming.record_hash = RecordHash(record);
    if (SameMetadata(old, incoming)) {
      result.outcome = PutOutcome::kUnchanged;
      return result;
    }
    KG_RETURN_IF_ERROR(w.RemoveArticle(record.article.id));
    result.outcome = PutOutcome::kReplaced;
  }
  KG_RETURN_IF_ERROR(w.AddArticle(record, &result));
  KG_RETURN_IF_ERROR(w.Commit());
  return result;
}

void Store::SetBeforeCommitHookForTesting(std::function<Status()> hook) {
  impl_->before_commit_hook = std::move(hook);
}

Result<bool> Store::DeleteArticle(std::string_view article_id) {
  if (impl_->read_only) return Status::NotSupported("store opened read-only");
  std::lock_guard<std::mutex> lock(impl_->write_mu);
  ArticleWriter w(impl_.get());
  std::string v;
  bool found;
  KG_RETURN_IF_ERROR(w.Get(Cf::kArticles, store::EntityKey(Hash64(article_id)), &v, &found));
  if (!found) return false;
  KG_RETURN_IF_ERROR(w.RemoveArticle(std::string(article_id)));
  KG_RETURN_IF_ERROR(w.Commit());
  return true;
}

}  // namespace kg
