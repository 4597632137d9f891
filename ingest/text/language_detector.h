#pragma once

// Language identification with CLD2 (the full 160-language tables).

#include <string>
#include <string_view>

namespace kg::ingest {

struct LanguageGuess {
  std::string code;   // ISO 639-1 ("ar", "ja", ...); "" when undetermined
  bool reliable = false;
  int percent = 0;    // share of the text in that language
};

// Thread-safe; CLD2 keeps no state between calls.
LanguageGuess DetectLanguage(std::string_view utf8_text);

// "V2.0 - 20140204" when the full tables are linked (see cmake/Dependencies.cmake).
std::string LanguageDetectorVersion();

}  // namespace kg::ingest
