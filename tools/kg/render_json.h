#pragma once

// JSON shapes of kg's entities as `kg events`, `kg actors` and `kg articles`
// print them (schemas/event.v1.schema.json, actor.v1, article.v1).

#include <nlohmann/json.hpp>

#include "graph/base/result.h"
#include "graph/store/reader.h"

namespace kg::cli {

// {"id","name","kind"} of an actor id, or null for "".
nlohmann::json ActorRef(const Reader& reader, const std::string& actor_id);
Result<nlohmann::json> EventJson(const Reader& reader, const Event& e);
Result<nlohmann::json> ActorJson(const Reader& reader, const Actor& a);
nlohmann::json ArticleJson(const Article& a);

// One line of compact JSON, UTF-8 as is; invalid bytes become U+FFFD.
std::string DumpLine(const nlohmann::json& j);

}  // namespace kg::cli
