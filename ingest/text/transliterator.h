#pragma once

// Script conversion with ICU transforms, for cross-script name keys:
// "راتكليف" -> "ratklyf", "ラトクリフ" -> "ratokurifu", "Łódź" -> "lodz".
// Thread-safe (one transliterator, calls serialized).

#include <string>
#include <string_view>

namespace kg::ingest {

// Any-Latin; Latin-ASCII; lower case. Characters without a Latin form are
// dropped; the Japanese middle dot becomes a space.
std::string ToLatinAscii(std::string_view utf8);

}  // namespace kg::ingest
