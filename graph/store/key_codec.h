#pragma once

// The only code that builds or parses RocksDB keys. All integers are
// fixed-width big-endian so that the default bytewise comparator orders keys
// logically; signed day numbers have their sign bit flipped for the same
// reason. Entities are keyed by 64-bit content hashes of their ids
// (graph/base/hash.h).
//
//   column family    key                                         value
//   meta             ascii name                                  see store.cc
//   articles         article:u64                                 Article
//   article_text     article:u64                                 UTF-8 text
//   actors           actor:u64                                   Actor
//   actor_aliases    actor:u64 form:u64                          AliasCount
//   alias_index      name:u64 actor:u64                          u32 count
//   actor_mentions   actor:u64 article:u64 start:u32             ActorMention
//   article_actors   article:u64 actor:u64 start:u32             -
//   events           event:u64                                   Event
//   event_mentions   event:u64 article:u64 index:u32             EventMention
//   article_events   article:u64 index:u32                       event:u64
//   actor_events     actor:u64 role:u8 day:i32 event:u64         -
//   date_events      day:i32 event:u64                           -
//   type_events      type:u16 day:i32 event:u64                  -
//
// `day` is days since 1970-01-01 of the first day of the event's date
// (kUndatedDay for events without a date, which sorts them last). `name` is
// Hash64(FoldForMatch(name)); `form` is Hash64(lang "\0" surface).

#include <cstdint>
#include <string>
#include <string_view>

namespace kg::store {

enum class ActorRole : uint8_t {  // DO NOT CHANGE: persisted
  kSource = 1,
  kTarget = 2,
  kAttributedTo = 3,
};

inline constexpr int32_t kUndatedDay = INT32_MAX;

// Low-level fixed-width encoders.
void PutFixed16BE(std::string* dst, uint16_t v);
void PutFixed32BE(std::string* dst, uint32_t v);
void PutFixed64BE(std::string* dst, uint64_t v);
void PutDayBE(std::string* dst, int32_t day);
uint16_t DecodeFixed16BE(const char* p);
uint32_t DecodeFixed32BE(const char* p);
uint64_t DecodeFixed64BE(const char* p);
int32_t DecodeDayBE(const char* p);

// Entity keys.
std::string EntityKey(uint64_t id);  // articles, article_text, actors, events
std::string ActorAliasKey(uint64_t actor, uint64_t form);
std::string AliasIndexKey(uint64_t name, uint64_t actor);
std::string ActorMentionKey(uint64_t actor, uint64_t article, uint32_t start);
std::string ArticleActorKey(uint64_t article, uint64_t actor, uint32_t start);
std::string EventMentionKey(uint64_t event, uint64_t article, uint32_t index);
std::string ArticleEventKey(uint64_t article, uint32_t index);
std::string ActorEventKey(uint64_t actor, ActorRole role, int32_t day, uint64_t event);
std::string DateEventKey(int32_t day, uint64_t event);
std::string TypeEventKey(uint16_t type, int32_t day, uint64_t event);

// Prefixes for scans.
std::string Prefix64(uint64_t id);                       // any key starting with one id
std::string Prefix64x2(uint64_t a, uint64_t b);          // two ids
std::string ActorEventPrefix(uint64_t actor, ActorRole role, int32_t day);
std::string TypeEventPrefix(uint16_t type, int32_t day);

// The smallest key greater than every key with this prefix ("" if none:
// the prefix is all 0xff). Used as iterate_upper_bound.
std::string PrefixSuccessor(std::string_view prefix);

// Parsed forms. Each Parse function returns false when the key has the
// wrong length.
struct ActorEventKeyParts {
  uint64_t actor;
  ActorRole role;
  int32_t day;
  uint64_t event;
};
bool ParseActorEventKey(std::string_view key, ActorEventKeyParts* out);
bool ParseDateEventKey(std::string_view key, int32_t* day, uint64_t* event);
bool ParseTypeEventKey(std::string_view key, uint16_t* type, int32_t* day, uint64_t* event);
bool ParseEventMentionKey(std::string_view key, uint64_t* event, uint64_t* article,
                          uint32_t* index);
bool ParseArticleActorKey(std::string_view key, uint64_t* article, uint64_t* actor,
                          uint32_t* start);
bool ParseAliasIndexKey(std::string_view key, uint64_t* name, uint64_t* actor);
bool ParseArticleEventKey(std::string_view key, uint64_t* article, uint32_t* index);
bool ParseActorMentionKey(std::string_view key, uint64_t* actor, uint64_t* article,
                          uint32_t* start);

}  // namespace kg::store
