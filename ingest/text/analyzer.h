#pragma once

// Analyzer: builds a Document for any language. Loads MeCab, Hunspell
// (Polish, Arabic) and Snowball (English) once; Analyze is const and
// thread-safe.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/base/result.h"
#include "ingest/text/document.h"
#include "ingest/text/japanese_tagger.h"
#include "ingest/text/lemmatizer.h"
#include "ingest/text/stemmer.h"

namespace kg::ingest {

// The lemma key Polish matching uses for a word with these Hunspell stems.
std::string PolishLemmaKey(const std::vector<std::string>& stems);

class Analyzer {
 public:
  static Result<std::unique_ptr<Analyzer>> Create();

  // REQUIRES: text is valid UTF-8 and outlives the Document.
  Document Analyze(std::string_view text, std::string_view lang) const;

  // Lemma candidates of a word (Polish and Arabic via Hunspell), empty for
  // other languages or unknown words.
  std::vector<std::string> Lemmas(std::string_view word, std::string_view lang) const;

  const Lemmatizer* polish() const { return polish_.get(); }
  const Lemmatizer* arabic() const { return arabic_.get(); }

 private:
  Analyzer() = default;
  void AddJapaneseTokens(Document* doc, uint32_t sentence) const;
  void AddTokens(Document* doc, uint32_t sentence) const;

  std::unique_ptr<JapaneseTagger> japanese_;
  std::unique_ptr<Lemmatizer> polish_;
  std::unique_ptr<Lemmatizer> arabic_;
  std::unique_ptr<Stemmer> english_;
};

}  // namespace kg::ingest
