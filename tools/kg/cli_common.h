#pragma once

// What every `kg` subcommand shares: global options, locating the data
// directory and the store, and error reporting with exit codes
// (0 ok, 1 data or runtime error, 2 usage error).

#include <iosfwd>
#include <memory>
#include <string>

#include "graph/base/result.h"
#include "graph/store/store.h"

namespace kg::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

struct GlobalOptions {
  std::string db;        // --db, else $KG_DB, else ./kg.db
  std::string data_dir;  // --data-dir, else $KG_DATA_DIR, else <exe>/../share/kg
  bool quiet = false;
};

GlobalOptions& Globals();

std::string DbPath();
// The data directory; an error names every place that was tried.
Result<std::string> DataDir();

// Opens the store for reading (a secondary instance: safe while ingesting).
Result<std::unique_ptr<Store>> OpenForRead();
// Opens or creates the store for writing, with the ontology from DataDir().
Result<std::unique_ptr<Store>> OpenForWrite();

// Prints "kg: error: <message>" to stderr; returns the exit code for it.
int ReportError(const Status& s);

bool StdoutIsTerminal();
bool StderrIsTerminal();

}  // namespace kg::cli
