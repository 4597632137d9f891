#pragma once

// Unicode character classes for hand-written scanners (ICU underneath), so
// code outside ingest/text can tokenize without including ICU.

#include <cstdint>
#include <string_view>

namespace kg::ingest {

enum class CharKind : uint8_t {
  kSpace,   // white space and other separators
  kLetter,  // letters of any script, and combining marks
  kDigit,   // decimal digits of any script (ASCII, Arabic-Indic, full-width, ...)
  kOther,   // punctuation, symbols, controls
};

struct CharInfo {
  CharKind kind = CharKind::kOther;
  int8_t digit = -1;       // 0-9 for kDigit
  bool upper = false;      // an uppercase or titlecase letter
  bool lower = false;      // a lowercase letter (caseless scripts are neither)
  bool ideograph = false;  // Han or kana: a Japanese text token on its own
};

// Classifies one code point. Thread-safe.
CharInfo ClassifyChar(char32_t c);

// True when `text` is in Unicode Normalization Form C.
bool IsNfc(std::string_view text);

// True when the first character is an uppercase letter ("Rosja", not "rosja").
bool StartsUpper(std::string_view text);
// True when the text has letters and all of them are uppercase ("US", "U.S.").
bool AllUpper(std::string_view text);
// True when the text has a lowercase letter.
bool HasLower(std::string_view text);

// Decodes the code point at text[*pos] and advances *pos past it; an invalid
// byte decodes as U+FFFD and advances by one.
char32_t NextChar(std::string_view text, size_t* pos);

}  // namespace kg::ingest
