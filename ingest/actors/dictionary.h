#pragma once

// The actor dictionary: known people, organizations, countries, groups,
// titles (roles) and agents (generic group nouns), each with names per
// language. Loaded once from JSON Lines files (format and schema:
// ingest/data/actors/README.md, schemas/actor-dictionary.v1.schema.json) and
// from ICU's CLDR country names. Users add files with `kg ingest --dict`;
// an entry whose id already exists extends it (more aliases) and overrides
// its name, kind and country.
//
// Immutable after loading; safe to share between threads.

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/base/result.h"
#include "graph/model/entities.h"

namespace kg::ingest {

enum class EntryClass : uint8_t {
  kActor,  // person:, org:, group:, country:
  kTitle,  // title: a role that marks a person ("foreign minister", "氏")
  kAgent,  // agent: a generic group noun ("voters", "hackers")
  kPlace,  // place: a region that is not an actor ("Europe", "Bliski Wschód"); matched so it is not taken for a name
};

struct DictionaryEntry {
  std::string id;
  std::string name;
  ActorKind kind = ActorKind::kUnknown;
  std::string country;  // ISO alpha-2 or ""
  EntryClass entry_class = EntryClass::kActor;
  std::map<std::string, std::vector<std::string>> aliases;    // lang -> names
  std::map<std::string, std::vector<std::string>> demonyms;   // lang -> adjectives
  std::map<std::string, std::vector<std::string>> prefixes;   // lang -> one-character prefixes (ja 米)
  std::vector<std::string> titles;
  std::string origin;  // "people.jsonl:12"
};

class Dictionary {
 public:
  // Loads every *.jsonl in `dir` (sorted), then each of `extra` (files or
  // directories), then adds CLDR country names for `langs`. Errors name the
  // file and line.
  static Result<std::unique_ptr<Dictionary>> Load(const std::string& dir, const std::vector<std::string>& extra,
                                                  const std::vector<std::string>& langs);
  // For tests: entries from JSONL text, without CLDR.
  static Result<std::unique_ptr<Dictionary>> FromJsonl(std::string_view jsonl, bool with_cldr = false);

  const std::vector<DictionaryEntry>& entries() const { return entries_; }
  const DictionaryEntry* Find(std::string_view id) const;

  // The graph Actor for an actor entry (aliases per language included).
  Actor ToActor(const DictionaryEntry& e) const;

 private:
  Status AddJsonl(std::string_view jsonl, const std::string& origin);
  Status AddFile(const std::string& path);
  void AddCldrCountries(const std::vector<std::string>& langs);
  std::vector<DictionaryEntry> entries_;
  std::map<std::string, size_t, std::less<>> by_id_;
};

}  // namespace kg::ingest
