#include "graph/store/key_codec.h"

namespace kg::store {

void PutFixed16BE(std::string* dst, uint16_t v) {
  dst->push_back(static_cast<char>(v >> 8));
  dst->push_back(static_cast<char>(v & 0xff));
}

void PutFixed32BE(std::string* dst, uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) dst->push_back(static_cast<char>((v >> shift) & 0xff));
}

void PutFixed64BE(std::string* dst, uint64_t v) {
  for (int shift = 56; shift >= 0; shift -= 8) dst->push_back(static_cast<char>((v >> shift) & 0xff));
}

void PutDayBE(std::string* dst, int32_t day) {
  PutFixed32BE(dst, static_cast<uint32_t>(day) ^ 0x80000000u);
}

uint16_t DecodeFixed16BE(const char* p) {
  const auto* u = reinterpret_cast<const unsigned char*>(p);
  return static_cast<uint16_t>((u[0] << 8) | u[1]);
}

uint32_t DecodeFixed32BE(const char* p) {
  const auto* u = reinterpret_cast<const unsigned char*>(p);
  return (uint32_t{u[0]} << 24) | (uint32_t{u[1]} << 16) | (uint32_t{u[2]} << 8) | u[3];
}

uint64_t DecodeFixed64BE(const char* p) {
  return (uint64_t{DecodeFixed32BE(p)} << 32) | DecodeFixed32BE(p + 4);
}

int32_t DecodeDayBE(const char* p) {
  return static_cast<int32_t>(DecodeFixed32BE(p) ^ 0x80000000u);
}

std::string EntityKey(uint64_t id) { return Prefix64(id); }

std::string Prefix64(uint64_t id) {
  std::string k;
  PutFixed64BE(&k, id);
  return k;
}

std::string Prefix64x2(uint64_t a, uint64_t b) {
  std::string k;
  PutFixed64BE(&k, a);
  PutFixed64BE(&k, b);
  return k;
}

std::string ActorAliasKey(uint64_t actor, uint64_t form) { return Prefix64x2(actor, form); }
std::string AliasIndexKey(uint64_t name, uint64_t actor) { return Prefix64x2(name, actor); }

std::string ActorMentionKey(uint64_t actor, uint64_t article, uint32_t start) {
  std::string k = Prefix64x2(actor, article);
  PutFixed32BE(&k, start);
  return k;
}

std::string ArticleActorKey(uint64_t article, uint64_t actor, uint32_t start) {
  std::string k = Prefix64x2(article, actor);
  PutFixed32BE(&k, start);
  return k;
}

std::string EventMentionKey(uint64_t event, uint64_t article, uint32_t index) {
  std::string k = Prefix64x2(event, article);
  PutFixed32BE(&k, index);
  return k;
}

std::string ArticleEventKey(uint64_t article, uint32_t index) {
  std::string k = Prefix64(article);
  PutFixed32BE(&k, index);
  return k;
}

std::string ActorEventPrefix(uint64_t actor, ActorRole role, int32_t day) {
  std::string k = Prefix64(actor);
  k.push_back(static_cast<char>(role));
  PutDayBE(&k, day);
  return k;
}

std::string ActorEventKey(uint64_t actor, ActorRole role, int32_t day, uint64_t event) {
  std::string k = ActorEventPrefix(actor, role, day);
  PutFixed64BE(&k, event);
  return k;
}

std::string DateEventKey(int32_t day, uint64_t event) {
  std::string k;
  PutDayBE(&k, day);
  PutFixed64BE(&k, event);
  return k;
}

std::string TypeEventPrefix(uint16_t type, int32_t day) {
  std::string k;
  PutFixed16BE(&k, type);
  PutDayBE(&k, day);
  return k;
}

std::string TypeEventKey(uint16_t type, int32_t day, uint64_t event) {
  std::string k = TypeEventPrefix(type, day);
  PutFixed64BE(&k, event);
  return k;
}

std::string PrefixSuccessor(std::string_view prefix) {
  std::string s(prefix);
  while (!s.empty()) {
    auto& c = reinterpret_cast<unsigned char&>(s.back());
    if (c != 0xff) {
      ++c;
      return s;
    }
    s.pop_back();
  }
  return s;
}

bool ParseActorEventKey(std::string_view key, ActorEventKeyParts* out) {
  if (key.size() != 21) return false;
  out->actor = DecodeFixed64BE(key.data());
  out->role = static_cast<ActorRole>(key[8]);
  out->day = DecodeDayBE(key.data() + 9);
  out->event = DecodeFixed64BE(key.data() + 13);
  return true;
}

bool ParseDateEventKey(std::string_view key, int32_t* day, uint64_t* event) {
  if (key.size() != 12) return false;
  *day = DecodeDayBE(key.data());
  *event = DecodeFixed64BE(key.data() + 4);
  return true;
}

bool ParseTypeEventKey(std::string_view key, uint16_t* type, int32_t* day, uint64_t* event) {
  if (key.size() != 14) return false;
  *type = DecodeFixed16BE(key.data());
  *day = DecodeDayBE(key.data() + 2);
  *event = DecodeFixed64BE(key.data() + 6);
  return true;
}

bool ParseEventMentionKey(std::string_view key, uint64_t* event, uint64_t* article,
                          uint32_t* index) {
  if (key.size() != 20) return false;
  *event = DecodeFixed64BE(key.data());
  *article = DecodeFixed64BE(key.data() + 8);
  *index = DecodeFixed32BE(key.data() + 16);
  return true;
}

bool ParseArticleActorKey(std::string_view key, uint64_t* article, uint64_t* actor,
                          uint32_t* start) {
  if (key.size() != 20) return false;
  *article = DecodeFixed64BE(key.data());
  *actor = DecodeFixed64BE(key.data() + 8);
  *start = DecodeFixed32BE(key.data() + 16);
  return true;
}

bool ParseActorMentionKey(std::string_view key, uint64_t* actor, uint64_t* article,
                          uint32_t* start) {
  return ParseArticleActorKey(key, actor, article, start);
}

bool ParseAliasIndexKey(std::string_view key, uint64_t* name, uint64_t* actor) {
  if (key.size() != 16) return false;
  *name = DecodeFixed64BE(key.data());
  *actor = DecodeFixed64BE(key.data() + 8);
  return true;
}

bool ParseArticleEventKey(std::string_view key, uint64_t* article, uint32_t* index) {
  if (key.size() != 12) return false;
  *article = DecodeFixed64BE(key.data());
  *index = DecodeFixed32BE(key.data() + 8);
  return true;
}

}  // namespace kg::store
