#pragma once

// `kg eval gold`: scores the ingest pipeline against hand-made gold
// (tests/heldout/README.md describes the format): events (type family and
// source must agree; then type, target, date and attribution are scored),
// cross-article merging of events the gold says are one, and actor linking
// (each gold surface found as a mention of the right actor; one node per real
// actor across articles; no two real actors in one node).

#include <string>
#include <vector>

namespace kg::cli {

struct EvalGoldOptions {
  std::string gold;                 // gold JSONL
  std::vector<std::string> inputs;  // the articles (any kg input)
  std::string format = "text";      // text | json
  bool verbose = false;             // list every miss
};

int RunEvalGold(const EvalGoldOptions& o);

}  // namespace kg::cli
