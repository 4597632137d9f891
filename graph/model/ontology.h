#pragma once

// The event ontology: the closed set of event types, read from a versioned
// data file (graph/data/ontology.tsv, installed as share/kg/ontology.tsv).
// Each type has a stable numeric id that is persisted in store keys, so ids
// come from the file, never from the order of an enum.
//
// An Ontology is immutable after loading and safe to share between threads.

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "graph/base/result.h"

namespace kg {

struct EventTypeInfo {
  uint16_t id = 0;
  std::string name;    // "ACCUSE"
  std::string family;  // "accuse"; ANNOUNCE and STATEMENT share "statement"
  int priority = 0;
  std::string cameo;       // "112"
  std::string cameo_root;  // "11"
  std::string plover;      // "ACCUSE" or "" when PLOVER has none
  int quad_class = 0;      // 1..4
  std::string description;
};

class Ontology {
 public:
  // Parses the TSV format documented at the top of ontology.tsv. `origin`
  // names the file in error messages ("ontology.tsv:12: ...").
  static Result<Ontology> Parse(std::string_view tsv, std::string_view origin);
  static Result<Ontology> LoadFile(const std::string& path);

  // nullptr when unknown. Names are matched exactly (upper case).
  const EventTypeInfo* Find(std::string_view name) const;
  const EventTypeInfo* FindById(uint16_t id) const;
  const std::vector<EventTypeInfo>& types() const { return types_; }

  // True when two types can describe the same real event.
  bool SameFamily(std::string_view a, std::string_view b) const;

  // Re-serializes to the TSV format (used to persist the ontology in a store).
  std::string ToTsv() const;

 private:
  std::vector<EventTypeInfo> types_;
  std::map<std::string, size_t, std::less<>> by_name_;
  std::map<uint16_t, size_t> by_id_;
};

}  // namespace kg
