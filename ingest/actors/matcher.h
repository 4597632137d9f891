#pragma once

// Finds dictionary names in an analyzed document: longest match first, one
// match per token, with the guards that keep common words out (a
// capitalized proper name in English and Polish, an all-capitals acronym for
// "US" but not "us", a Japanese one-character prefix only before a noun that
// takes it: 米国務長官 but not 米を).

#include <vector>

#include "ingest/actors/alias_index.h"
#include "ingest/actors/name_lexicon.h"
#include "ingest/text/analyzer.h"
#include "ingest/text/document.h"

namespace kg::ingest {

struct DictMatch {
  uint32_t token_begin = 0;  // [token_begin, token_end) in Document::tokens
  uint32_t token_end = 0;
  uint32_t begin = 0;  // bytes of the matched text (Arabic proclitics excluded)
  uint32_t end = 0;
  AliasForm form = AliasForm::kName;
  std::vector<AliasHit> hits;  // every entry the name can be; the resolver chooses
};

std::vector<DictMatch> FindDictionaryMatches(const Document& doc, const AliasIndex& index, const NameLexicon& lexicon,
                                             const Analyzer& analyzer);

}  // namespace kg::ingest
