#pragma once

// What operators share while a query runs: the Reader, a cache of entities
// loaded from it (an event reached twice is decoded once), and counters of
// the work done, which tests use to check that a selective query reads few
// events.
//
// Not thread-safe: one query, one thread, like the Reader.

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/base/result.h"
#include "graph/store/reader.h"

namespace kg::query {

struct ExecStats {
  uint64_t events_loaded = 0;  // GetEvent calls that reached the store
  uint64_t actors_loaded = 0;
  uint64_t articles_loaded = 0;
  uint64_t index_entries = 0;  // ids delivered by index scans
  uint64_t full_scans = 0;     // scans of all actors, events or articles
};

class ExecContext {
 public:
  explicit ExecContext(const Reader& reader) : reader_(reader) {}

  const Reader& reader() const { return reader_; }
  ExecStats& stats() { return stats_; }

  // Entities by id; null when the store has none with that id.
  Result<std::shared_ptr<const Actor>> GetActor(const std::string& id);
  Result<std::shared_ptr<const Event>> GetEvent(const std::string& id);
  Result<std::shared_ptr<const Article>> GetArticle(const std::string& id);

  // Reader::FindActorsByName, remembered per name.
  Result<std::shared_ptr<const std::vector<std::string>>> ActorsNamed(const std::string& name);
  // Ids of the articles that mention an event, in store order, each once.
  Result<std::shared_ptr<const std::vector<std::string>>> ArticlesOfEvent(const std::string& event_id);

 private:
  template <class T>
  using Cache = std::unordered_map<std::string, std::shared_ptr<const T>>;
  // Caches are dropped wholesale when they grow past this many entries, so a
  // scan over a large store does not keep every entity in memory.
  static constexpr size_t kMaxCached = 200000;

  const Reader& reader_;
  ExecStats stats_;
  Cache<Actor> actors_;
  Cache<Event> events_;
  Cache<Article> articles_;
  Cache<std::vector<std::string>> names_;
  Cache<std::vector<std::string>> event_articles_;
};

}  // namespace kg::query
