#include "ingest/text/stemmer.h"

#include <libstemmer.h>

#include <mutex>

namespace kg::ingest {

struct Stemmer::Impl {
  sb_stemmer* stemmer = nullptr;
  std::mutex mu;
  ~Impl() {
    if (stemmer) sb_stemmer_delete(stemmer);
  }
};

Stemmer::Stemmer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Stemmer::~Stemmer() = default;

Result<std::unique_ptr<Stemmer>> Stemmer::Create(const std::string& algorithm) {
  auto impl = std::make_unique<Impl>();
  impl->stemmer = sb_stemmer_new(algorithm.c_str(), "UTF_8");
  if (!impl->stemmer) return Status::NotSupported("Snowball has no '" + algorithm + "' stemmer");
  return std::unique_ptr<Stemmer>(new Stemmer(std::move(impl)));
}

std::string Stemmer::Stem(std::string_view word) const {
  std::lock_guard<std::mutex> lock(impl_->mu);
  const sb_symbol* s = sb_stemmer_stem(impl_->stemmer, reinterpret_cast<const sb_symbol*>(word.data()),
                                       static_cast<int>(word.size()));
  if (!s) return std::string(word);
  return std::string(reinterpret_cast<const char*>(s), static_cast<size_t>(sb_stemmer_length(impl_->stemmer)));
}

}  // namespace kg::ingest
