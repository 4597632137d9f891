#pragma once

// Every RocksDB column family kg uses, in one place. The names are persisted:
// DO NOT CHANGE them. Key layouts are documented in key_codec.h.

#include <array>
#include <string_view>

namespace kg::store {

enum class Cf : uint8_t {
  kDefault = 0,      // unused; RocksDB requires it
  kMeta,             // format version, ontology
  kArticles,         // article -> Article
  kArticleText,      // article -> original text
  kActors,           // actor -> Actor (without observed aliases)
  kActorAliases,     // actor|form -> surface form, language, count
  kAliasIndex,       // folded-name hash|actor -> count (name lookup)
  kActorMentions,    // actor|article|start -> ActorMention
  kArticleActors,    // article|actor|start -> (empty)
  kEvents,           // event -> Event
  kEventMentions,    // event|article|index -> EventMention
  kArticleEvents,    // article|index -> event
  kActorEvents,      // actor|role|day|event -> (empty)
  kDateEvents,       // day|event -> (empty)
  kTypeEvents,       // type|day|event -> (empty)
  kCount,
};

inline constexpr std::array<std::string_view, static_cast<size_t>(Cf::kCount)> kCfNames = {
    "default",        "meta",           "articles",      "article_text",
    "actors",         "actor_aliases",  "alias_index",   "actor_mentions",
    "article_actors", "events",         "event_mentions", "article_events",
    "actor_events",   "date_events",    "type_events",
};

}  // namespace kg::store
