#pragma once

// Finds names no dictionary knows, per language:
//  en, pl  runs of capitalized words (with connectors such as "of", "bin"),
//          not a lone sentence opener unless it is capitalized elsewhere too,
//          not a place after a locative preposition;
//  ja      katakana runs that MeCab marks as proper or unknown nouns (joined
//          by ・), kanji person names, and any name before 氏 or a title;
//  ar      the words after a verb of saying, a title or "يدعى" that the
//          Arabic dictionary does not know ("قال ناريمان غريب").
// Spans that overlap a dictionary match are not returned.

#include <string>
#include <vector>

#include "graph/model/entities.h"
#include "ingest/actors/matcher.h"
#include "ingest/actors/name_lexicon.h"
#include "ingest/text/analyzer.h"

namespace kg::ingest {

struct NameSpan {
  uint32_t token_begin = 0;
  uint32_t token_end = 0;
  uint32_t begin = 0;  // bytes
  uint32_t end = 0;
  ActorKind kind = ActorKind::kUnknown;  // a hint from heads, honorifics and titles
  double confidence = 0.5;
};

std::vector<NameSpan> FindUnknownNames(const Document& doc, const std::vector<DictMatch>& dict,
                                       const NameLexicon& lexicon, const Analyzer& analyzer);

}  // namespace kg::ingest
