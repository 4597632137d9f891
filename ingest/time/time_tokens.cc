#include "ingest/time/time_tokens.h"

#include "graph/text/fold.h"
#include "ingest/text/char_class.h"

namespace kg::ingest::time_internal {

namespace {

// Punctuation is matched by its ASCII look-alike, so patterns can say '/'
// for "／" and ',' for "،" or "、".
std::string PunctKey(char32_t c, std::string_view raw) {
  if (c >= 0xFF01 && c <= 0xFF5E) return std::string(1, static_cast<char>(c - 0xFEE0));
  switch (c) {
    case 0x3001: case 0x060C: case 0xFF64: return ",";
    case 0x3002: case 0xFF61: case 0x06D4: return ".";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212: return "-";
    case 0x301C: case 0x223C: return "~";
    case 0x2019: case 0x2018: case 0x02BC: return "'";
    case 0x3008: case 0x3010: case 0x3014: return "(";
    case 0x3009: case 0x3011: case 0x3015: return ")";
    default: return std::string(raw);
  }
}

int16_t KanjiNumeral(char32_t c) {
  switch (c) {
    case U'〇': case U'零': return 0;
    case U'一': return 1;
    case U'二': return 2;
    case U'三': return 3;
    case U'四': return 4;
    case U'五': return 5;
    case U'六': return 6;
    case U'七': return 7;
    case U'八': return 8;
    case U'九': return 9;
    case U'十': return 10;
    case U'百': return 100;
    case U'千': return 1000;
    default: return -1;
  }
}

bool IsSentenceEnd(const TimeToken& t) {
  return t.kind == TokenKind::kPunct && (t.key == "." || t.key == "!" || t.key == "?");
}

// Arabic proclitics: a conjunction (و, ف), then a preposition (ب, ل, ك).
// All three strippings are offered because a word may itself begin with one
// of these letters (فبراير, كانون): the lexicon decides which reading is real.
void AddCliticReadings(std::string_view word, TimeToken* t) {
  static constexpr std::string_view kConj[] = {"\xD9\x88", "\xD9\x81"};                 // و ف
  static constexpr std::string_view kPrep[] = {"\xD8\xA8", "\xD9\x84", "\xD9\x83"};     // ب ل ك
  static constexpr std::string_view kLamLam = "\xD9\x84\xD9\x84";                       // لل
  auto add = [&](size_t skip) {
    if (word.size() - skip < 4) return;  // keep at least two letters
    t->clitic_readings.push_back({WordKey(word.substr(skip)), static_cast<uint8_t>(skip)});
  };
  size_t conj = 0;
  for (auto c : kConj) {
    if (word.substr(0, c.size()) == c) conj = c.size();
  }
  if (conj > 0) add(conj);
  const std::string_view rest = word.substr(conj);
  if (rest.substr(0, kLamLam.size()) == kLamLam && rest.size() > 6) {
    // لل is ل + the article ال: "للعام" reads as "العام". The preposition
    // cannot be cut off without breaking the word, so the span keeps it.
    t->clitic_readings.push_back({WordKey("\xD8\xA7" + std::string(rest.substr(2))), static_cast<uint8_t>(conj)});
    return;
  }
  for (auto p : kPrep) {
    if (rest.substr(0, p.size()) == p) add(conj + p.size());
  }
}

}  // namespace

std::string WordKey(std::string_view word) {
  bool ascii = true;
  for (char c : word) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (!ascii) return FoldForMatch(word);
  std::string key(word);
  for (char& c : key) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return key;
}

std::vector<TimeToken> TokenizeForTime(std::string_view text, const TokenizeOptions& options) {
  std::vector<TimeToken> out;
  bool space = true;
  bool newline = true;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t start = pos;
    const char32_t c = NextChar(text, &pos);
    const CharInfo info = ClassifyChar(c);
    if (info.kind == CharKind::kSpace) {
      space = true;
      newline = newline || c == '\n' || c == 0x2029;
      continue;
    }
    TimeToken t;
    t.begin = static_cast<uint32_t>(start);
    t.space_before = space;
    t.line_start = newline;
    t.sentence_start = newline || out.empty() || IsSentenceEnd(out.back());
    if (info.kind == CharKind::kDigit) {
      t.kind = TokenKind::kNumber;
      int64_t value = info.digit;
      int digits = 1;
      size_t next = pos;
      while (next < text.size()) {
        size_t probe = next;
        const CharInfo d = ClassifyChar(NextChar(text, &probe));
        if (d.kind != CharKind::kDigit) break;
        if (value < 1'000'000'000'000LL) value = value * 10 + d.digit;
        ++digits;
        next = probe;
      }
      pos = next;
      t.value = value;
      t.digits = static_cast<uint8_t>(digits > 255 ? 255 : digits);
    } else if (info.kind == CharKind::kLetter) {
      t.kind = TokenKind::kWord;
      t.capitalized = info.upper;
      if (options.japanese && info.ideograph) {
        t.kanji = KanjiNumeral(c);
      } else {
        size_t next = pos;
        while (next < text.size()) {
          size_t probe = next;
          const CharInfo l = ClassifyChar(NextChar(text, &probe));
          if (l.kind != CharKind::kLetter || (options.japanese && l.ideograph)) break;
          next = probe;
        }
        pos = next;
      }
    } else {
      t.kind = TokenKind::kPunct;
    }
    t.end = static_cast<uint32_t>(pos);
    const std::string_view raw = text.substr(start, pos - start);
    if (t.kind == TokenKind::kPunct) {
      t.key = PunctKey(c, raw);
    } else if (t.kind == TokenKind::kWord) {
      t.key = WordKey(raw);
      if (options.arabic && c >= 0x0600 && c <= 0x06FF) AddCliticReadings(raw, &t);
    } else {
      t.key = std::to_string(t.value);
    }
    // "1,500" and "1.500" are one number: a thousands group is never a year
    // or a day of the month.
    if (t.kind == TokenKind::kNumber && t.digits == 3 && !t.space_before && out.size() >= 2) {
      TimeToken& sep = out[out.size() - 1];
      TimeToken& head = out[out.size() - 2];
      if (sep.kind == TokenKind::kPunct && (sep.key == "," || sep.key == ".") && !sep.space_before &&
          head.kind == TokenKind::kNumber && (head.digits <= 3 || head.grouped)) {
        head.value = head.value * 1000 + t.value;
        head.digits = static_cast<uint8_t>(head.digits + 3);
        head.grouped = true;
        head.end = t.end;
        head.key = std::to_string(head.value);
        out.pop_back();
        space = false;
        newline = false;
        continue;
      }
    }
    out.push_back(std::move(t));
    space = false;
    newline = false;
  }
  return out;
}

}  // namespace kg::ingest::time_internal
