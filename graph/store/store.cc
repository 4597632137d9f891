#include "graph/store/store.h"

#include <rocksdb/db.h>
#include <rocksdb/options.h>

#include <cstdlib>
#include <filesystem>
#include <vector>

#include "graph/store/key_codec.h"
#include "graph/store/reader.h"
#include "graph/store/rocks_status.h"
#include "graph/store/store_impl.h"
#include "graph/store/value_codec.h"

namespace kg {

namespace {

constexpr std::string_view kMetaFormatVersion = "format_version";
constexpr std::string_view kMetaOntology = "ontology";

rocksdb::Options BaseOptions() {
  rocksdb::Options o;
  o.create_if_missing = true;
  o.create_missing_column_families = true;
  o.compression = rocksdb::kLZ4Compression;
  o.bottommost_compression = rocksdb::kZSTD;
  o.max_open_files = -1;  // required by secondary instances; harmless otherwise
  o.keep_log_file_num = 4;
  return o;
}

// Keeps the stored type ids; types new in `given` are added. Fails when a
// stored type is missing or renumbered, since its id is in the store's keys.
Result<Ontology> ReconcileOntology(const Ontology& stored, const Ontology& given) {
  for (const auto& t : stored.types()) {
    const EventTypeInfo* g = given.Find(t.name);
    if (!g) {
      return Status::Corruption("event type " + t.name +
                                " is in the store but not in the ontology file; "
                                "restore it or rebuild the store");
    }
    if (g->id != t.id) {
      return Status::Corruption("event type " + t.name + " has id " + std::to_string(t.id) +
                                " in the store but " + std::to_string(g->id) +
                                " in the ontology file; ids must never change");
    }
  }
  for (const auto& t : given.types()) {
    const EventTypeInfo* s = stored.FindById(t.id);
    if (s && s->name != t.name) {
      return Status::Corruption("ontology id " + std::to_string(t.id) + " is " + s->name +
                                " in the store but " + t.name + " in the ontology file");
    }
  }
  return given;
}

}  // namespace

Store::Impl::~Impl() {
  if (db && !read_only) {
    // Write the memtables out, so that readers (secondary instances, which
    // replay the write-ahead log) open in milliseconds rather than replaying
    // a whole ingest. Best effort: the WAL keeps the data either way.
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    for (auto* h : cfs) {
      if (h) handles.push_back(h);
    }
    (void)db->Flush(rocksdb::FlushOptions(), handles);
  }
  if (db) {
    for (auto* h : cfs) {
      if (h) (void)db->DestroyColumnFamilyHandle(h);  // only fails on the default CF
    }
    (void)db->Close();
    db.reset();
  }
  if (!secondary_path.empty()) {
    std::error_code ec;
    std::filesystem::remove_all(secondary_path, ec);
  }
}

namespace store {

Status ScanRange(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf, const rocksdb::Snapshot* snapshot,
                 std::string_view from, std::string_view to,
                 const std::function<bool(std::string_view, std::string_view)>& fn) {
  rocksdb::ReadOptions ro;
  ro.snapshot = snapshot;
  rocksdb::Slice upper(to.data(), to.size());
  if (!to.empty()) ro.iterate_upper_bound = &upper;
  std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(ro, cf));
  for (it->Seek(rocksdb::Slice(from.data(), from.size())); it->Valid(); it->Next()) {
    if (!fn(std::string_view(it->key().data(), it->key().size()),
            std::string_view(it->value().data(), it->value().size()))) {
      break;
    }
  }
  return FromRocks(it->status(), "scan");
}

Status ScanPrefix(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf, const rocksdb::Snapshot* snapshot,
                  std::string_view prefix,
                  const std::function<bool(std::string_view, std::string_view)>& fn) {
  return ScanRange(db, cf, snapshot, prefix, PrefixSuccessor(prefix), fn);
}

}  // namespace store

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const OpenOptions& options) {
  namespace fs = std::filesystem;
  const bool read_only = options.mode == OpenOptions::Mode::kReadOnly;
  std::error_code ec;
  const bool exists = fs::exists(fs::path(path) / "CURRENT", ec);
  if (!exists && (read_only || !options.create_if_missing)) {
    return Status::NotFound("no kg store at " + path + " (create one with `kg ingest`)");
  }
  if (!exists && fs::exists(path, ec) && !fs::is_directory(path, ec)) {
    return Status::InvalidArgument(path + " exists and is not a directory");
  }
  if (!exists && !options.ontology) {
    return Status::InvalidArgument("creating a store needs the event ontology");
  }

  auto impl = std::make_unique<Impl>();
  impl->path = path;
  impl->read_only = read_only;
  rocksdb::Options db_options = BaseOptions();

  std::vector<std::string> existing_cfs;
  if (exists) {
    KG_RETURN_IF_ERROR(store::FromRocks(
        rocksdb::DB::ListColumnFamilies(db_options, path, &existing_cfs), path));
    for (std::string_view name : store::kCfNames) {
      if (std::find(existing_cfs.begin(), existing_cfs.end(), name) == existing_cfs.end()) {
        return Status::Corruption(path + " is not a kg store (no column family '" +
                                  std::string(name) + "')");
      }
    }
  }
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (std::string_view name : store::kCfNames) {
    descriptors.emplace_back(std::string(name), rocksdb::ColumnFamilyOptions(db_options));
  }
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  rocksdb::Status rs;
  if (read_only) {
    char tmpl[] = "/tmp/kg-reader-XXXXXX";
    if (!mkdtemp(tmpl)) return Status::IOError("cannot create a temporary directory for a reader");
    impl->secondary_path = tmpl;
    rs = rocksdb::DB::OpenAsSecondary(db_options, path, impl->secondary_path, descriptors,
                                      &handles, &raw);
  } else {
    rs = rocksdb::DB::Open(db_options, path, descriptors, &handles, &raw);
  }
  if (!rs.ok()) {
    if (rs.IsIOError() && rs.ToString().find("lock") != std::string::npos) {
      return Status::IOError("store " + path + " is in use by another writer (" + rs.ToString() + ")");
    }
    return store::FromRocks(rs, "opening store " + path);
  }
  impl->db.reset(raw);
  for (size_t i = 0; i < handles.size(); ++i) impl->cfs[i] = handles[i];
  if (read_only) {
    KG_RETURN_IF_ERROR(store::FromRocks(impl->db->TryCatchUpWithPrimary(), "reading " + path));
  }

  rocksdb::ColumnFamilyHandle* meta = impl->cf(store::Cf::kMeta);
  std::string version_value;
  rs = impl->db->Get(rocksdb::ReadOptions(), meta, std::string(kMetaFormatVersion), &version_value);
  if (rs.IsNotFound()) {
    if (exists || read_only) return Status::Corruption(path + " is not a kg store (no format version)");
    rocksdb::WriteBatch batch;
    (void)batch.Put(meta, std::string(kMetaFormatVersion), store::EncodeU32(kFormatVersion));
    (void)batch.Put(meta, std::string(kMetaOntology), options.ontology->ToTsv());
    rocksdb::WriteOptions wo;
    wo.sync = true;
    KG_RETURN_IF_ERROR(store::FromRocks(impl->db->Write(wo, &batch), "initializing " + path));
    impl->ontology = options.ontology;
  } else {
    KG_RETURN_IF_ERROR(store::FromRocks(rs, "reading " + path));
    auto version = store::DecodeU32(version_value);
    if (!version.ok()) return Status::Corruption(path + ": unreadable format version");
    if (*version != kFormatVersion) {
      return Status::Corruption("store " + path + " has format version " + std::to_string(*version) +
                                "; this kg reads version " + std::to_string(kFormatVersion) +
                                " (rebuild the store with this kg)");
    }
    std::string tsv;
    KG_RETURN_IF_ERROR(store::FromRocks(
        impl->db->Get(rocksdb::ReadOptions(), meta, std::string(kMetaOntology), &tsv), "reading ontology"));
    KG_ASSIGN_OR_RETURN(Ontology stored, Ontology::Parse(tsv, path + "/meta/ontology"));
    if (options.ontology && !read_only) {
      KG_ASSIGN_OR_RETURN(Ontology merged, ReconcileOntology(stored, *options.ontology));
      if (merged.types().size() != stored.types().size()) {
        KG_RETURN_IF_ERROR(store::FromRocks(
            impl->db->Put(rocksdb::WriteOptions(), meta, std::string(kMetaOntology), merged.ToTsv()),
            "updating ontology"));
      }
      impl->ontology = std::make_shared<const Ontology>(std::move(merged));
    } else {
      impl->ontology = std::make_shared<const Ontology>(std::move(stored));
    }
  }
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

const Ontology& Store::ontology() const { return *impl_->ontology; }
const std::string& Store::path() const { return impl_->path; }

std::unique_ptr<Reader> Store::NewReader() const { return std::unique_ptr<Reader>(new Reader(impl_.get())); }

Status Store::ForEachRaw(std::string_view column_family,
                         const std::function<bool(std::string_view, std::string_view)>& fn) const {
  for (size_t i = 0; i < store::kCfNames.size(); ++i) {
    if (store::kCfNames[i] == column_family) {
      return store::ScanRange(impl_->db.get(), impl_->cfs[i], nullptr, "", "", fn);
    }
  }
  std::string known;
  for (std::string_view n : store::kCfNames) known += (known.empty() ? "" : ", ") + std::string(n);
  return Status::InvalidArgument("no column family '" + std::string(column_family) +
                                 "' (known: " + known + ")");
}

Result<StoreStats> Store::Stats() const {
  auto reader = NewReader();
  return reader->Stats();
}

}  // namespace kg
