#pragma once

// Store internals shared by store.cc, put_article.cc and reader.cc.
// Only graph/store/*.cc include this (and RocksDB).

#include <rocksdb/db.h>
#include <rocksdb/utilities/write_batch_with_index.h>

#include <array>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

#include "graph/model/ontology.h"
#include "graph/store/column_families.h"
#include "graph/store/store.h"

namespace kg {

struct Store::Impl {
  std::string path;
  std::string secondary_path;  // temp dir of a read-only (secondary) instance
  bool read_only = false;
  std::unique_ptr<rocksdb::DB> db;
  std::array<rocksdb::ColumnFamilyHandle*, static_cast<size_t>(store::Cf::kCount)> cfs{};
  std::shared_ptr<const Ontology> ontology;
  std::mutex write_mu;
  std::function<Status()> before_commit_hook;  // tests only

  rocksdb::ColumnFamilyHandle* cf(store::Cf c) const { return cfs[static_cast<size_t>(c)]; }
  ~Impl();
};

namespace store {

// Calls fn(key, value) for each key starting with `prefix` in `cf`, in order,
// reading through `snapshot` (may be null). fn returns false to stop.
Status ScanPrefix(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf, const rocksdb::Snapshot* snapshot,
                  std::string_view prefix,
                  const std::function<bool(std::string_view, std::string_view)>& fn);

// Calls fn for keys in [from, to) in `cf`.
Status ScanRange(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf, const rocksdb::Snapshot* snapshot,
                 std::string_view from, std::string_view to,
                 const std::function<bool(std::string_view, std::string_view)>& fn);

}  // namespace store
}  // namespace kg
