#pragma once

// Matching keys for names. Ingest and query both look names up through these
// keys, so `{name: 'إيران'}` in a query finds what ingest stored for "إيران",
// "ايران" or "إيرانُ". The key is for comparison only: offsets and displayed
// text always come from the original.

#include <string>
#include <string_view>

namespace kg {

// NFKC case folding (full-width forms, ligatures, case), then:
//  - Arabic: drops harakat, tatweel and superscript alef; folds alef forms
//    (أ إ آ ٱ) to ا, ى to ي, ة to ه, Persian ک/ی to ك/ي;
//  - Arabic-Indic and extended digits to ASCII;
//  - punctuation and symbols to spaces, runs of spaces to one, trimmed;
//    a period between letters is dropped ("U.S." -> "us").
// Invalid UTF-8 sequences are replaced with U+FFFD.
std::string FoldForMatch(std::string_view text);

}  // namespace kg
