#pragma once

// Arabic proclitics (و ف ب ل ك and the article ال, contracted as لل) and
// enclitic pronouns, split off for matching. ICU does not split them and
// Snowball mangles names, so this small rule set produces candidate cores and
// lets the caller accept a core only when a dictionary knows it: "وروسيا"
// -> "روسيا", "لإيرانيين" -> "ايرانيين", "بالصين" -> "الصين", "صين".
// Works on folded text (graph/text/fold.h); pure code, no library.

#include <string>
#include <string_view>
#include <vector>

namespace kg::ingest {

struct ArabicCandidate {
  std::string core;         // folded word without the stripped clitics
  uint32_t prefix_letters;  // letters removed at the front
  uint32_t suffix_letters;  // letters removed at the back
};

// Candidates from the least to the most stripped, the word itself first.
// `strip_suffixes` also removes enclitic pronouns (for verbs and nouns, not names).
std::vector<ArabicCandidate> ArabicClitics(std::string_view folded_word, bool strip_suffixes);

// Masculine singular of a nisba adjective or demonym, if `folded_word` looks
// like an inflected one: "ايرانيين"/"ايرانيه"/"الايرانيون" -> "ايراني".
std::string ArabicNisbaBase(std::string_view folded_word);

// A feminine nisba adjective made masculine, keeping its article:
// "الروسيه" (folded الروسية) -> "الروسي"; "" when `folded_word` is not one.
// Names key their last adjective both ways, since it agrees with whichever
// noun it describes ("جهاز الاستخبارات العسكرية الروسي/الروسية").
std::string ArabicMasculineNisba(std::string_view folded_word);

// Byte length of the first `letters` letters of an original (unfolded) Arabic
// word, counting harakat and tatweel with the letter they follow.
uint32_t ArabicPrefixBytes(std::string_view original_word, uint32_t letters);

}  // namespace kg::ingest
