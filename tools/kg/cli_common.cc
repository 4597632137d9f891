#include "tools/kg/cli_common.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "graph/model/ontology.h"

namespace kg::cli {

namespace fs = std::filesystem;

GlobalOptions& Globals() {
  static GlobalOptions g;
  return g;
}

std::string DbPath() {
  if (!Globals().db.empty()) return Globals().db;
  if (const char* env = std::getenv("KG_DB"); env && *env) return env;
  return "kg.db";
}

Result<std::string> DataDir() {
  std::vector<std::string> tried;
  auto ok = [](const std::string& dir) {
    std::error_code ec;
    return fs::exists(fs::path(dir) / "ontology.tsv", ec);
  };
  if (!Globals().data_dir.empty()) {
    if (ok(Globals().data_dir)) return Globals().data_dir;
    return Status::InvalidArgument("--data-dir " + Globals().data_dir + " has no ontology.tsv");
  }
  if (const char* env = std::getenv("KG_DATA_DIR"); env && *env) {
    if (ok(env)) return std::string(env);
    tried.push_back(std::string("$KG_DATA_DIR=") + env);
  }
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const std::string dir = (exe.parent_path().parent_path() / "share" / "kg").string();
    if (ok(dir)) return dir;
    tried.push_back(dir);
  }
  std::string list;
  for (const auto& t : tried) list += (list.empty() ? "" : ", ") + t;
  return Status::NotFound("cannot find kg's data directory (tried " + list + "); pass --data-dir");
}

Result<std::unique_ptr<Store>> OpenForRead() {
  OpenOptions o;
  o.mode = OpenOptions::Mode::kReadOnly;
  return Store::Open(DbPath(), o);
}

Result<std::unique_ptr<Store>> OpenForWrite() {
  KG_ASSIGN_OR_RETURN(std::string data, DataDir());
  KG_ASSIGN_OR_RETURN(Ontology onto, Ontology::LoadFile(data + "/ontology.tsv"));
  OpenOptions o;
  o.ontology = std::make_shared<const Ontology>(std::move(onto));
  return Store::Open(DbPath(), o);
}

int ReportError(const Status& s) {
  std::cerr << "kg: error: " << s.message() << "\n";
  return s.IsInvalidArgument() || s.IsSyntaxError() || s.IsSemanticError() ? kExitUsage : kExitFailure;
}

bool StdoutIsTerminal() { return isatty(STDOUT_FILENO) == 1; }
bool StderrIsTerminal() { return isatty(STDERR_FILENO) == 1; }

}  // namespace kg::cli
