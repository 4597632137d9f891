#pragma once

// AliasIndex: every dictionary name, demonym and prefix, keyed the way the
// text is keyed, per language. Keys are built with the same Analyzer the
// articles go through, so an alias and its occurrence in text fold, split
// and lemmatize identically:
//   en  folded tokens joined by spaces            "mike pompeo"
//   pl  folded tokens, and Hunspell lemmas        "stany zjednoczone", "stan zjednoczony"
//   ar  folded tokens; also without a leading ال  "الولايات المتحده", "ولايات المتحده"
//   ja  folded tokens concatenated                "マイクポンペオ"
// Immutable after Build; thread-safe.

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ingest/actors/dictionary.h"
#include "ingest/text/analyzer.h"

namespace kg::ingest {

enum class AliasForm : uint8_t {
  kName,     // a name of the entry
  kDemonym,  // an adjective or inhabitant noun ("Iranian", "إيراني", "irański")
  kPrefix,   // a one-character compound prefix (ja 米)
};

struct AliasHit {
  uint32_t entry = 0;  // index into Dictionary::entries()
  AliasForm form = AliasForm::kName;
  bool acronym = false;        // all capitals ("US", "FBI"): the text must be all capitals too
  bool needs_capital = false;  // a proper name in a cased language: the text must be capitalized
  uint8_t tokens = 1;
};

class AliasIndex {
 public:
  static std::unique_ptr<AliasIndex> Build(const Dictionary& dict, const Analyzer& analyzer,
                                           const std::vector<std::string>& langs);

  // Hits for a key in a language, or nullptr.
  const std::vector<AliasHit>* Find(std::string_view lang, std::string_view key) const;
  // The longest alias, in tokens, for a language.
  int MaxTokens(std::string_view lang) const;

  // The keys an alias produces (exposed for tests).
  static std::vector<std::string> KeysFor(const Analyzer& analyzer, std::string_view alias, std::string_view lang,
                                          AliasForm form);

 private:
  void Add(std::string_view lang, const std::string& key, const AliasHit& hit);
  std::unordered_map<std::string, std::vector<AliasHit>> map_;  // lang + '\t' + key
  std::unordered_map<std::string, int> max_tokens_;
};

// Polish case endings of names Hunspell does not know, back to the
// nominative: "Pompea" -> "pompeo", "Zacharowej" -> "zacharowa",
// "Ratcliffe'a" -> "ratcliffe". Candidates for a folded word, the word first.
std::vector<std::string> PolishNameBases(std::string_view folded_word);

}  // namespace kg::ingest
