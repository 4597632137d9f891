#pragma once

// The tokens TimeTagger matches on. Words are runs of letters; in Japanese
// text every kanji and kana is a token of its own (there are no spaces and
// the lexicon is matched character by character), and a number is a run of
// decimal digits of any script: "2020", "٢٠٢٠" and "２０２０" all give 2020.
// Offsets are UTF-8 byte offsets into the text.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::ingest::time_internal {

enum class TokenKind : uint8_t { kWord, kNumber, kPunct };

// A reading of an Arabic word with its proclitics removed: "بالأمس" has the
// reading "الامس" that starts 2 bytes into the word.
struct Reading {
  std::string key;
  uint8_t skip = 0;  // bytes of the original before the reading starts
};

struct TimeToken {
  uint32_t begin = 0, end = 0;
  TokenKind kind = TokenKind::kWord;
  bool space_before = true;    // white space (or the start of the text) before it
  bool line_start = false;     // first on its line
  bool sentence_start = false; // first, or after . ! ? 。 or a line break
  bool capitalized = false;    // starts with an uppercase letter
  uint8_t digits = 0;          // kNumber: how many digits
  bool grouped = false;        // kNumber: written with thousands separators ("1,500")
  int64_t value = -1;          // kNumber: its value
  int16_t kanji = -1;          // a Japanese numeral character: 0-9, 10, 100 or 1000
  std::string key;             // matching key: FoldForMatch for words, ASCII for punctuation
  std::vector<Reading> clitic_readings;  // Arabic words only
};

struct TokenizeOptions {
  bool japanese = false;  // one token per kanji/kana; kanji numerals marked
  bool arabic = false;    // proclitic readings (و ف ب ل ك, لل)
};

std::vector<TimeToken> TokenizeForTime(std::string_view text, const TokenizeOptions& options);

// The matching key of a word as TokenizeForTime computes it.
std::string WordKey(std::string_view word);

}  // namespace kg::ingest::time_internal
