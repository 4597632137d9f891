#pragma once

// TriggerLexicon: the words that signal events, per language
// (ingest/data/events/<lang>.tsv, format in that directory's README), and
// which words introduce each event family's target (roles.tsv). Loaded once;
// immutable and thread-safe afterwards.

#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/base/result.h"
#include "graph/model/ontology.h"
#include "ingest/text/analyzer.h"
#include "ingest/text/document.h"

namespace kg::ingest {

struct TriggerEntry {
  std::string word;  // as listed
  std::string type;  // ontology type
  bool speech = false;
  bool claim = false;
  bool noun = false;
  bool agent_passive = false;
  bool light = false;  // a light verb: "launch an attack" is the noun's event
  bool cite = false;   // Arabic نقل: "reported" only with عن ("نقلت رويترز عن ..."), else "transported"
  bool participle = false;  // its subject is the main verb's ("قال ...، مؤكدا أن ...")
};

struct TriggerHit {
  uint32_t token = 0;      // first token of the trigger
  uint32_t token_end = 0;  // one past the last
  const TriggerEntry* entry = nullptr;
  bool as_noun = false;  // used as a noun here ("the attack", "脅迫の")
  std::string type_override;  // set for a light verb joined with its noun
};

class TriggerLexicon {
 public:
  // Loads <dir>/{ar,en,ja,pl}.tsv and <dir>/roles.tsv; every type must be in
  // the ontology. Errors name the file and line.
  static Result<std::unique_ptr<TriggerLexicon>> Load(const std::string& dir, const Ontology& ontology,
                                                      const Analyzer& analyzer);

  // Every trigger in one sentence of the document, in text order.
  std::vector<TriggerHit> Find(const Document& doc, const Sentence& sentence, const Analyzer& analyzer) const;

  // Words introducing the target of `family` in `lang` ("obj" = direct object).
  const std::vector<std::string>& TargetMarkers(std::string_view lang, std::string_view family) const;

 private:
  TriggerLexicon() = default;
  Status LoadLanguage(const std::string& path, const std::string& lang, const Ontology& ontology,
                      const Analyzer& analyzer);
  // The entries sharing a key (English stems: "accuse" and "accusation").
  const std::vector<const TriggerEntry*>* LookupAll(const std::string& lang, const std::string& key) const;
  const TriggerEntry* Lookup(const std::string& lang, const std::string& key) const;
  bool NounUse(const Document& doc, const Sentence& s, uint32_t t, const TriggerEntry& e) const;

  std::vector<std::unique_ptr<TriggerEntry>> entries_;
  std::unordered_map<std::string, std::vector<const TriggerEntry*>> by_key_;  // lang + '\t' + key
  std::map<std::string, std::vector<std::string>> markers_;      // lang + '\t' + family
  std::map<std::string, std::string> family_of_type_;
};

}  // namespace kg::ingest
