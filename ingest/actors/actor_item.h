// The working unit of ActorResolver, shared by the files that implement it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "ingest/actors/actor_resolver.h"

namespace kg::ingest {

enum class ItemKind { kActor, kTitle, kAgent, kModifier, kUnknown };

inline std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> out;
  std::string w;
  for (char c : s) {
    if (c == ' ' || c == '-') {
      if (!w.empty()) out.push_back(w);
      w.clear();
    } else {
      w.push_back(c);
    }
  }
  if (!w.empty()) out.push_back(w);
  return out;
}

inline std::string JoinKey(const std::vector<std::string>& parts) {
  std::string s;
  for (size_t i = 0; i < parts.size(); ++i) s += (i ? "-" : "") + parts[i];
  return s;
}

// One candidate mention while the resolver works on an article.
struct ActorResolver::Item {
  uint32_t token_begin = 0, token_end = 0, begin = 0, end = 0;
  ItemKind kind = ItemKind::kActor;
  std::vector<uint32_t> entries;             // dictionary entries, the chosen one first
  const DictionaryEntry* country = nullptr;  // a country modifier attached to a title or agent
  AliasForm form = AliasForm::kName;
  NameSpan name;                              // for kUnknown
  int person = -1;                            // for a title: the item of the person it names
  std::string actor_id;
  std::string link;
  double confidence = 1.0;
  bool absorbed = false;  // merged into a neighbour
};

}  // namespace kg::ingest
