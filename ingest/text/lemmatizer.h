#pragma once

// Dictionary lemmas with Hunspell: Polish (pl_PL, whose files are
// ISO-8859-2 — Hunspell silently finds nothing for UTF-8 input, so every
// word is converted to the dictionary's encoding and back) and Arabic
// (ar, UTF-8), where its stems are lemma candidates for verbs and masdars.
// Proper nouns keep their capital letter: "Rosję" -> "Rosja".
//
// Thread-safe (calls are serialized; results are cached per form).

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/base/result.h"

namespace kg::ingest {

class Lemmatizer {
 public:
  // Loads <dir>/<dict>.aff and .dic (dir "" = /usr/share/hunspell).
  static Result<std::unique_ptr<Lemmatizer>> Create(const std::string& dict, const std::string& dir = "");
  ~Lemmatizer();

  // Stems of a UTF-8 word, most likely first; empty when unknown.
  std::vector<std::string> Stems(std::string_view word) const;
  // Stems of the word's verb readings only (Hunspell morphology "po:verb"),
  // for dictionaries that mark them (Arabic); empty otherwise.
  std::vector<std::string> VerbStems(std::string_view word) const;

  // True when the dictionary knows the word as written.
  bool Known(std::string_view word) const;

 private:
  struct Impl;
  explicit Lemmatizer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg::ingest
