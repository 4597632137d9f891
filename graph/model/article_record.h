#pragma once

// ArticleRecord: everything ingest learned from one article, handed to
// Store::PutArticle as one unit. The store writes it in one atomic batch,
// merges its event mentions into existing events, and maintains every index.

#include <string>
#include <vector>

#include "graph/model/entities.h"

namespace kg {

struct ArticleRecord {
  Article article;
  std::string text;                  // the original text, stored verbatim
  std::vector<Actor> actors;         // every actor the mentions refer to
  std::vector<ActorMention> actor_mentions;
  std::vector<EventMention> event_mentions;
};

}  // namespace kg
