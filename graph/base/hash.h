#pragma once

// Stable 64-bit content hashes. Every id kg derives from content (articles,
// actors, events, alias keys) comes from here, so ids are identical across
// runs, machines and byte orders. DO NOT CHANGE: the values are persisted.

#include <cstdint>
#include <string>
#include <string_view>

namespace kg {

// FNV-1a over the bytes followed by the splitmix64 finalizer, which spreads
// FNV's weak low bits over the whole word.
uint64_t Hash64(std::string_view bytes);

// Hash of several fields, each length-prefixed so ("ab","c") != ("a","bc").
uint64_t HashFields(std::initializer_list<std::string_view> fields);

// Lower-case, zero-padded 16-digit hexadecimal.
std::string Hex64(uint64_t value);

// Parses the output of Hex64; returns false on anything else.
bool ParseHex64(std::string_view text, uint64_t* value);

}  // namespace kg
