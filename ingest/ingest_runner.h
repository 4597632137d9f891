#pragma once

// RunIngest: streams articles from the inputs through the Pipeline into the
// Store, one atomic write per article. A bad article is reported (file and
// line) and skipped; every good one is still ingested. Memory stays flat:
// one article is held at a time.

#include <ostream>
#include <string>
#include <vector>

#include "graph/store/store.h"
#include "ingest/pipeline.h"
#include "ingest/source/input_reader.h"

namespace kg::ingest {

struct IngestOptions {
  InputOptions input;
  bool progress = false;  // a live progress line on the diagnostics stream
};

struct IngestSummary {
  uint64_t read = 0;       // records read, good or bad
  uint64_t ingested = 0;   // new or replaced articles
  uint64_t replaced = 0;   // of which replaced an older version
  uint64_t unchanged = 0;  // skipped: already in the store as is
  uint64_t failed = 0;     // bad input or failed writes
  uint64_t event_mentions = 0;
  uint64_t events_created = 0;
  uint64_t events_merged = 0;
  uint64_t actor_mentions = 0;
  double seconds = 0;
};

IngestSummary RunIngest(Store& store, const Pipeline& pipeline, const std::vector<std::string>& inputs,
                        const IngestOptions& options, std::ostream& diagnostics);

// "read 7, ingested 5 (1 replaced), unchanged 1, failed 1; 12 events (3 merged) ..."
std::string FormatSummary(const IngestSummary& s);

}  // namespace kg::ingest
