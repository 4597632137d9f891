#pragma once

// Runs the actor stage on a snippet with the tiny test dictionary
// (tests/testdata/actors/tiny.jsonl plus CLDR country names) and the test
// name lexicons.

#include <string>
#include <vector>

#include "ingest/actors/actor_resolver.h"

namespace kg::ingest::testing {

struct Found {
  std::string text;  // the mention as written
  std::string actor_id;
  std::string link;
};

struct Resolved {
  std::vector<Found> mentions;
  ActorAnalysis analysis;
  // The actor id of the first mention whose text is `surface`, or "".
  std::string IdOf(const std::string& surface) const;
  const Actor* ActorOf(const std::string& surface) const;
};

Resolved ResolveActors(const std::string& text, const std::string& lang);

}  // namespace kg::ingest::testing
