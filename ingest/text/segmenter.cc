#include "ingest/text/segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <map>
#include <memory>
#include <string>

namespace kg::ingest {

namespace {

// One iterator per (kind, language) per thread: creating one costs far more
// than using it.
icu::BreakIterator* Iterator(bool sentences, std::string_view lang) {
  thread_local std::map<std::string, std::unique_ptr<icu::BreakIterator>> cache;
  std::string key = (sentences ? "s:" : "w:") + std::string(lang);
  auto it = cache.find(key);
  if (it != cache.end()) return it->second.get();
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale locale(std::string(lang).c_str());
  std::unique_ptr<icu::BreakIterator> bi(sentences ? icu::BreakIterator::createSentenceInstance(locale, status)
                                                   : icu::BreakIterator::createWordInstance(locale, status));
  if (U_FAILURE(status)) return nullptr;
  return (cache[key] = std::move(bi)).get();
}

UChar32 CharAt(std::string_view s, uint32_t i) {
  UChar32 c;
  int32_t idx = static_cast<int32_t>(i);
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), idx, static_cast<int32_t>(s.size()), c);
  return c;
}

UChar32 CharBefore(std::string_view s, uint32_t i, uint32_t* start) {
  UChar32 c;
  int32_t idx = static_cast<int32_t>(i);
  U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, idx, c);
  *start = static_cast<uint32_t>(idx);
  return c;
}

bool IsSpace(UChar32 c) { return u_isUWhiteSpace(c); }

// Trims white space from both ends of [b, e).
ByteSpan Trim(std::string_view text, uint32_t b, uint32_t e) {
  while (b < e) {
    UChar32 c = CharAt(text, b);
    if (!IsSpace(c)) break;
    b += U8_LENGTH(c);
  }
  while (e > b) {
    uint32_t s;
    UChar32 c = CharBefore(text, e, &s);
    if (!IsSpace(c)) break;
    e = s;
  }
  return {b, e};
}

// True when the break at `pos` follows a single-letter initial such as "A."
// or "أ." rather than the end of a sentence.
bool AfterInitial(std::string_view text, uint32_t sentence_begin, uint32_t pos) {
  uint32_t p = pos, s;
  while (p > sentence_begin && IsSpace(CharBefore(text, p, &s))) p = s;
  if (p <= sentence_begin || CharBefore(text, p, &s) != '.') return false;
  p = s;
  if (p <= sentence_begin || !u_isalpha(CharBefore(text, p, &s))) return false;
  p = s;
  if (p <= sentence_begin) return true;
  const UChar32 before = CharBefore(text, p, &s);
  return IsSpace(before) || before == '(';
}

// True when the text at `pos` continues a quotation that ended the previous
// piece: Japanese 」と / 」って, or a piece starting with a comma.
bool ContinuesQuote(std::string_view text, uint32_t prev_begin, uint32_t pos, uint32_t next_end) {
  uint32_t p = pos, s;
  while (p > prev_begin && IsSpace(CharBefore(text, p, &s))) p = s;
  if (p <= prev_begin) return false;
  const UChar32 last = CharBefore(text, p, &s);
  uint32_t q = pos;
  while (q < next_end && IsSpace(CharAt(text, q))) q += U8_LENGTH(CharAt(text, q));
  if (q >= next_end) return false;
  const UChar32 first = CharAt(text, q);
  if (last == 0x300D || last == 0x300F) {  // 」 』
    return first == 0x3068 /* と */ || first == 0x3063 /* っ */ || first == 0x3001 /* 、 */ ||
           first == 0x306A /* な(ど) */;
  }
  return false;
}

// Splits a piece at "., " / ".," runs: a terminal mark directly followed by a
// comma is a scraping artifact separating two sentences.
void SplitAtPeriodComma(std::string_view text, ByteSpan span, std::vector<ByteSpan>* out) {
  uint32_t start = span.begin;
  uint32_t i = span.begin;
  while (i < span.end) {
    const UChar32 c = CharAt(text, i);
    const uint32_t next = i + U8_LENGTH(c);
    if ((c == '.' || c == 0x061F || c == '!' || c == '?') && next < span.end) {
      uint32_t j = next;
      while (j < span.end && CharAt(text, j) == ' ') ++j;
      const UChar32 d = j < span.end ? CharAt(text, j) : 0;
      if (d == ',' || d == 0x060C) {
        ByteSpan piece = Trim(text, start, next);
        if (piece.begin < piece.end) out->push_back(piece);
        start = j + U8_LENGTH(d);
        i = start;
        continue;
      }
    }
    i = next;
  }
  ByteSpan piece = Trim(text, start, span.end);
  if (piece.begin < piece.end) out->push_back(piece);
}

}  // namespace

std::vector<ByteSpan> SplitSentences(std::string_view text, std::string_view lang) {
  std::vector<ByteSpan> out;
  icu::BreakIterator* bi = Iterator(true, lang);
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (!bi || U_FAILURE(status)) {
    utext_close(ut);
    SplitAtPeriodComma(text, {0, static_cast<uint32_t>(text.size())}, &out);
    return out;
  }
  bi->setText(ut, status);
  std::vector<uint32_t> breaks;
  for (int32_t b = bi->first(); b != icu::BreakIterator::DONE; b = bi->next()) breaks.push_back(static_cast<uint32_t>(b));
  utext_close(ut);

  // UAX #29 counts opening brackets as "Close", so "。「次" breaks after the
  // 「. Move such trailing openers to the next sentence.
  for (size_t i = 1; i + 1 < breaks.size(); ++i) {
    uint32_t p = breaks[i], s;
    while (p > breaks[i - 1]) {
      const UChar32 c = CharBefore(text, p, &s);
      const int8_t gc = u_charType(c);
      if (gc == U_START_PUNCTUATION || gc == U_INITIAL_PUNCTUATION || IsSpace(c)) {
        p = s;
      } else {
        break;
      }
    }
    if (p > breaks[i - 1]) breaks[i] = p;
  }

  // Merge pieces that ICU split after an initial or inside a quotation.
  std::vector<ByteSpan> pieces;
  for (size_t i = 1; i < breaks.size(); ++i) {
    const uint32_t b = breaks[i - 1], e = breaks[i];
    if (!pieces.empty()) {
      ByteSpan& prev = pieces.back();
      // Hard paragraph breaks (a newline) are never merged.
      const bool newline = std::string_view(text.data() + prev.begin, b - prev.begin).find('\n') != std::string_view::npos;
      if (!newline && (AfterInitial(text, prev.begin, b) || ContinuesQuote(text, prev.begin, b, e))) {
        prev.end = e;
        continue;
      }
    }
    pieces.push_back({b, e});
  }
  for (const ByteSpan& p : pieces) SplitAtPeriodComma(text, p, &out);
  return out;
}

std::vector<WordSpan> SplitWords(std::string_view text, ByteSpan span, std::string_view lang) {
  std::vector<WordSpan> out;
  icu::BreakIterator* bi = Iterator(false, lang);
  UErrorCode status = U_ZERO_ERROR;
  const std::string_view piece = text.substr(span.begin, span.end - span.begin);
  UText* ut = utext_openUTF8(nullptr, piece.data(), static_cast<int64_t>(piece.size()), &status);
  if (!bi || U_FAILURE(status)) {
    utext_close(ut);
    return out;
  }
  bi->setText(ut, status);
  int32_t prev = bi->first();
  for (int32_t b = bi->next(); b != icu::BreakIterator::DONE; prev = b, b = bi->next()) {
    const int32_t rule = bi->getRuleStatus();
    const uint32_t wb = span.begin + static_cast<uint32_t>(prev), we = span.begin + static_cast<uint32_t>(b);
    if (rule >= UBRK_WORD_NONE && rule < UBRK_WORD_NONE_LIMIT) {
      // Punctuation and spaces: keep each non-space character as a token.
      for (uint32_t i = wb; i < we;) {
        const UChar32 c = CharAt(text, i);
        const uint32_t n = U8_LENGTH(c);
        if (!IsSpace(c)) out.push_back({i, i + n, false, false});
        i += n;
      }
      continue;
    }
    // ICU gives letters-then-digits ("APT10", "G7") the number status; such
    // a word is a name or a code, not a number.
    bool letters = false;
    for (uint32_t i = wb; i < we && !letters; ++i) {
      const char c = text[i];
      letters = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
    WordSpan w{wb, we, true, rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT && !letters};
    out.push_back(w);
  }
  utext_close(ut);
  return out;
}

}  // namespace kg::ingest
