#include "ingest/text/lemmatizer.h"

#include <hunspell.hxx>
#include <unicode/unistr.h>

#include <algorithm>
#include <filesystem>
#include <mutex>
#include <unordered_map>

namespace kg::ingest {

struct Lemmatizer::Impl {
  std::unique_ptr<Hunspell> hunspell;
  std::string encoding;  // the dictionary's, e.g. "ISO8859-2"
  bool utf8 = true;
  mutable std::mutex mu;
  mutable std::unordered_map<std::string, std::vector<std::string>> cache;

  std::string ToDict(std::string_view utf8_word) const {
    if (utf8) return std::string(utf8_word);
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8_word.data(), utf8_word.size()));
    std::string out(static_cast<size_t>(u.length()) * 4 + 1, '\0');
    const int32_t n = u.extract(0, u.length(), out.data(), static_cast<uint32_t>(out.size()), encoding.c_str());
    out.resize(static_cast<size_t>(n));
    return out;
  }
  std::string FromDict(const std::string& s) const {
    if (utf8) return s;
    icu::UnicodeString u(s.data(), static_cast<int32_t>(s.size()), encoding.c_str());
    std::string out;
    u.toUTF8String(out);
    return out;
  }
};

Lemmatizer::Lemmatizer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Lemmatizer::~Lemmatizer() = default;

Result<std::unique_ptr<Lemmatizer>> Lemmatizer::Create(const std::string& dict, const std::string& dir) {
  const std::string base = (dir.empty() ? std::string("/usr/share/hunspell") : dir) + "/" + dict;
  std::error_code ec;
  if (!std::filesystem::exists(base + ".aff", ec) || !std::filesystem::exists(base + ".dic", ec)) {
    return Status::IOError("Hunspell dictionary " + base + ".{aff,dic} not found (install hunspell-" +
                           dict.substr(0, 2) + ")");
  }
  auto impl = std::make_unique<Impl>();
  impl->hunspell = std::make_unique<Hunspell>((base + ".aff").c_str(), (base + ".dic").c_str());
  impl->encoding = impl->hunspell->get_dict_encoding();
  impl->utf8 = impl->encoding.empty() || impl->encoding == "UTF-8" || impl->encoding == "utf-8";
  return std::unique_ptr<Lemmatizer>(new Lemmatizer(std::move(impl)));
}

std::vector<std::string> Lemmatizer::Stems(std::string_view word) const {
  std::lock_guard<std::mutex> lock(impl_->mu);
  const std::string key(word);
  auto it = impl_->cache.find(key);
  if (it != impl_->cache.end()) return it->second;
  std::vector<std::string> out;
  for (const std::string& s : impl_->hunspell->stem(impl_->ToDict(word))) out.push_back(impl_->FromDict(s));
  if (impl_->cache.size() > 200000) impl_->cache.clear();  // bound memory on huge corpora
  impl_->cache.emplace(key, out);
  return out;
}

std::vector<std::string> Lemmatizer::VerbStems(std::string_view word) const {
  std::lock_guard<std::mutex> lock(impl_->mu);
  const std::string key = "\x01v" + std::string(word);
  auto it = impl_->cache.find(key);
  if (it != impl_->cache.end()) return it->second;
  std::vector<std::string> out;
  for (const std::string& a : impl_->hunspell->analyze(impl_->ToDict(word))) {
    if (a.find("po:verb") == std::string::npos) continue;
    const size_t st = a.find("st:");
    if (st == std::string::npos) continue;
    size_t end = a.find(' ', st);
    if (end == std::string::npos) end = a.size();
    std::string stem = impl_->FromDict(a.substr(st + 3, end - st - 3));
    if (std::find(out.begin(), out.end(), stem) == out.end()) out.push_back(std::move(stem));
  }
  if (impl_->cache.size() > 200000) impl_->cache.clear();
  impl_->cache.emplace(key, out);
  return out;
}

bool Lemmatizer::Known(std::string_view word) const {
  std::lock_guard<std::mutex> lock(impl_->mu);
  return impl_->hunspell->spell(impl_->ToDict(word));
}

}  // namespace kg::ingest
