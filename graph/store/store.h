#pragma once

// Store: kg's embedded event graph database, kept in RocksDB (hidden here;
// no rocksdb:: type crosses this header).
//
// Writes: PutArticle stores one article and everything extracted from it in
// one atomic batch; after a crash the article is either wholly in the store
// or absent. Its event mentions merge into existing events (event_merge.h).
// Re-putting the same article (same id, text and metadata) changes nothing;
// the same id with new text replaces the old version and removes every index
// entry the old version made. A store has one writer at a time (RocksDB's
// LOCK file); a second writer gets an IOError naming the lock.
//
// Reads: NewReader() returns a consistent view. A store opened with
// Mode::kReadOnly is a RocksDB secondary instance, so readers can open it
// while another process ingests, and see the state as of opening.
//
// Thread safety: PutArticle calls are serialized internally; Readers may be
// used from any thread, one thread per Reader.

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "graph/base/result.h"
#include "graph/model/article_record.h"
#include "graph/model/ontology.h"

namespace kg {

class Reader;

inline constexpr uint32_t kFormatVersion = 1;

struct OpenOptions {
  enum class Mode { kReadWrite, kReadOnly };
  Mode mode = Mode::kReadWrite;
  bool create_if_missing = true;
  // Needed to create a store and to write to one: it is persisted in the store
  // on creation and must keep the stored type ids. Readers use the stored copy.
  std::shared_ptr<const Ontology> ontology;
};

enum class PutOutcome { kInserted, kUnchanged, kReplaced };

struct PutResult {
  PutOutcome outcome = PutOutcome::kInserted;
  uint32_t events_created = 0;  // new events
  uint32_t events_merged = 0;   // mentions that joined an existing event
};

struct StoreStats {
  uint64_t articles = 0;
  uint64_t actors = 0;
  uint64_t events = 0;
  uint64_t event_mentions = 0;
  uint64_t actor_mentions = 0;
  std::map<std::string, uint64_t> articles_by_lang;
  std::map<std::string, uint64_t> events_by_type;
  std::map<std::string, uint64_t> actors_by_kind;
  uint64_t events_multi_article = 0;  // events told by two or more articles
  uint64_t events_multi_lang = 0;     // events told in two or more languages
};

class Store {
 public:
  // Opens (or, in read-write mode, creates) the store at `path`. Errors:
  // NotFound when there is no store and it may not be created; Corruption on
  // a format version or ontology mismatch; IOError when another writer holds it.
  static Result<std::unique_ptr<Store>> Open(const std::string& path, const OpenOptions& options);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // REQUIRES: opened in read-write mode. Validates the record (ids, offsets,
  // event types, actor references) before writing anything.
  Result<PutResult> PutArticle(const ArticleRecord& record);

  // Removes an article and all it contributed. Returns false if it was absent.
  Result<bool> DeleteArticle(std::string_view article_id);

  // A consistent read view. The Reader must not outlive the Store.
  std::unique_ptr<Reader> NewReader() const;

  Result<StoreStats> Stats() const;

  // Recomputes every index and aggregate from the primary records and
  // reports any difference (missing or orphan entries, stale events) as
  // Corruption. Reads the whole store.
  Status CheckConsistency() const;

  // Testing hook: called after a batch is fully built, before it is written;
  // a non-OK result aborts the write (see store_internal.h).
  void SetBeforeCommitHookForTesting(std::function<Status()> hook);

  const Ontology& ontology() const;
  const std::string& path() const;

  // Raw key/value pairs of one column family (for `kg inspect`), in key order.
  // `fn` returns false to stop.
  Status ForEachRaw(std::string_view column_family,
                    const std::function<bool(std::string_view key, std::string_view value)>& fn) const;

  struct Impl;

 private:
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg
