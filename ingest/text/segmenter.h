#pragma once

// Sentence and word boundaries with ICU BreakIterator, plus the repairs
// real news needs: scraped Arabic text separates sentences with "., ", an
// initial ("Christopher A. Wray", "كريستوفر أ. وراي") is not a sentence end,
// and a Japanese quotation 「…。」と述べた stays one sentence with its verb.
// All offsets are UTF-8 byte offsets into the text passed in.
//
// Thread-safe: each thread keeps its own ICU iterators.

#include <cstdint>
#include <string_view>
#include <vector>

namespace kg::ingest {

struct ByteSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
};

// Sentences of `text`, trimmed of surrounding white space; empty ones dropped.
std::vector<ByteSpan> SplitSentences(std::string_view text, std::string_view lang);

struct WordSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool is_word = false;    // letters, ideographs or kana
  bool is_number = false;  // digits (any script)
};

// Words and punctuation of text[span], white space skipped. Offsets are
// into `text`.
std::vector<WordSpan> SplitWords(std::string_view text, ByteSpan span, std::string_view lang);

}  // namespace kg::ingest
