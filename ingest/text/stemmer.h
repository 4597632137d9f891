#pragma once

// Snowball stems (libstemmer) for matching content words such as event
// triggers in English ("accused", "accusation" -> "accus"). Never used on
// names: it mangles them. Input must already be lower case.
// Thread-safe (calls are serialized).

#include <memory>
#include <string>
#include <string_view>

#include "graph/base/result.h"

namespace kg::ingest {

class Stemmer {
 public:
  // `algorithm`: "english", "arabic", ... (Snowball has no Polish).
  static Result<std::unique_ptr<Stemmer>> Create(const std::string& algorithm);
  ~Stemmer();
  std::string Stem(std::string_view lower_case_word) const;

 private:
  struct Impl;
  explicit Stemmer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg::ingest
