#pragma once

// Reader: a consistent, read-only view of a Store, with lookups by id and
// the index scans queries are planned on. Obtained from Store::NewReader();
// it must not outlive the Store. One thread per Reader.
//
// Scans call `fn` in index order; fn returns false to stop early. Day ranges
// are inclusive days since 1970-01-01 (see graph/base/date.h); an event whose
// date is a month or a year is indexed under its first day.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/base/result.h"
#include "graph/model/entities.h"
#include "graph/model/ontology.h"
#include "graph/store/store.h"

namespace kg {

struct DayRange {
  int32_t first = INT32_MIN;
  int32_t last = INT32_MAX - 1;  // excludes undated events unless include_undated
  bool include_undated = true;
  static DayRange All() { return DayRange(); }
};

enum class EventRole { kSource, kTarget, kAttributedTo, kAny };

class Reader {
 public:
  ~Reader();
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;

  const Ontology& ontology() const;

  Result<std::optional<Article>> GetArticle(std::string_view id) const;
  Result<std::optional<std::string>> GetArticleText(std::string_view id) const;
  // With aliases; for actors no dictionary names, `name` is the most used
  // surface form (Latin script preferred, then longer, then smaller).
  Result<std::optional<Actor>> GetActor(std::string_view id) const;
  Result<std::optional<Event>> GetEvent(std::string_view id) const;

  Status ForEachArticle(const std::function<bool(const Article&)>& fn) const;
  Status ForEachActor(const std::function<bool(const Actor&)>& fn) const;
  Status ForEachEvent(const std::function<bool(const Event&)>& fn) const;

  // Event ids by index. A role scan of kAny visits an event once per role it
  // has for the actor (callers dedupe if needed).
  Status EventsByDate(DayRange range, const std::function<bool(const std::string&)>& fn) const;
  Status EventsByActor(std::string_view actor_id, EventRole role, DayRange range,
                       const std::function<bool(const std::string&)>& fn) const;
  Status EventsByType(std::string_view type, DayRange range,
                      const std::function<bool(const std::string&)>& fn) const;
  Status EventsOfArticle(std::string_view article_id,
                         const std::function<bool(const std::string&)>& fn) const;

  Result<std::vector<EventMention>> MentionsOfEvent(std::string_view event_id) const;
  Result<std::vector<ActorMention>> MentionsOfActor(std::string_view actor_id) const;

  // Actor ids whose name or any alias folds (FoldForMatch) to the same key
  // as `name`, most-mentioned first.
  Result<std::vector<std::string>> FindActorsByName(std::string_view name) const;

  Result<StoreStats> Stats() const;

 private:
  friend class Store;
  explicit Reader(const Store::Impl* impl);
  Status ScanEventKeys(int cf, std::string_view from, std::string_view to, size_t event_offset,
                       const std::function<bool(const std::string&)>& fn) const;
  const Store::Impl* impl_;
  const void* snapshot_;  // rocksdb::Snapshot, or null for secondary instances
};

// "ev_" + 16 hex digits <-> the numeric key.
std::string EventIdFromKey(uint64_t key);
bool EventKeyFromId(std::string_view id, uint64_t* key);

}  // namespace kg
