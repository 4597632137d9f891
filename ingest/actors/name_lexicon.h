#pragma once

// The small per-language word lists the actor stage uses
// (ingest/data/names/<lang>.tsv; format in that directory's README).
// Entries are compared by FoldForMatch keys. Immutable after loading.

#include <map>
#include <set>
#include <string>
#include <string_view>

#include "graph/base/result.h"

namespace kg::ingest {

class NameLexicon {
 public:
  // Loads <dir>/<lang>.tsv for each language present; a missing file is an
  // empty lexicon for that language.
  static Result<NameLexicon> Load(const std::string& dir);
  static Result<NameLexicon> Parse(std::string_view lang, std::string_view tsv, std::string_view origin);

  // True when `word` (any form; it is folded) is listed under `kind`.
  bool Has(std::string_view lang, std::string_view kind, std::string_view word) const;

  // The words listed under `kind` (folded), or an empty set.
  const std::set<std::string>& Words(std::string_view lang, std::string_view kind) const;

 private:
  std::map<std::string, std::set<std::string>> words_;  // lang + '\t' + kind -> folded words
};

}  // namespace kg::ingest
