#pragma once

// The only code that encodes or decodes RocksDB values. Every value starts
// with a version byte (kValueVersion); fields follow as varints, length-prefixed
// strings and IEEE doubles in fixed 8-byte little-endian form. A decoder
// rejects a wrong version, a truncated value or trailing bytes with
// Status::Corruption.

#include <cstdint>
#include <string>
#include <string_view>

#include "graph/base/result.h"
#include "graph/model/entities.h"

namespace kg::store {

inline constexpr uint8_t kValueVersion = 1;  // DO NOT CHANGE without a format bump

// An actor's surface form with how often it was seen.
struct AliasCount {
  std::string lang;
  std::string text;
  uint32_t count = 0;       // observed mentions
  bool dictionary = false;  // also listed in a dictionary
};

std::string EncodeArticle(const Article& a);
Result<Article> DecodeArticle(std::string_view v);

// Actor aliases are stored separately (actor_aliases); Actor.aliases is not encoded.
std::string EncodeActor(const Actor& a);
Result<Actor> DecodeActor(std::string_view v);

std::string EncodeAliasCount(const AliasCount& a);
Result<AliasCount> DecodeAliasCount(std::string_view v);

// Mentions are stored under keys that carry actor/article ids; the ids are
// encoded anyway so a value is self-describing for `kg inspect`.
std::string EncodeActorMention(const ActorMention& m);
Result<ActorMention> DecodeActorMention(std::string_view v);

std::string EncodeEventMention(const EventMention& m);
Result<EventMention> DecodeEventMention(std::string_view v);

std::string EncodeEvent(const Event& e);
Result<Event> DecodeEvent(std::string_view v);

std::string EncodeU32(uint32_t v);
Result<uint32_t> DecodeU32(std::string_view v);

}  // namespace kg::store
