#pragma once

// Document: an article after text analysis — sentences and tokens with byte
// offsets into the original text, folded keys, and per-language morphology.
// Produced by Analyzer; read by the actor and event stages.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::ingest {

struct Token {
  uint32_t begin = 0;  // byte offsets into Document::text
  uint32_t end = 0;
  uint32_t sentence = 0;
  std::string norm;   // FoldForMatch(surface)
  std::string lemma;  // pl: Hunspell lemma (folded); ja: MeCab base form; en: Snowball stem; ar: ""
  std::string pos;    // ja: MeCab part of speech (名詞, 動詞, 助詞...); others ""
  std::string pos1;   // ja: subcategory (固有名詞, サ変接続, 格助詞...)
  std::string pos2;   // ja: 人名, 組織, 地域...
  std::string pos3;   // ja: 姓 (family name), 名 (given name)...
  std::string reading;  // ja: katakana reading from the dictionary ("" for unknown words)
  std::string conj;   // ja: conjugation form
  bool is_word = false;
  bool is_number = false;
  bool capitalized = false;  // first letter upper case (Latin, Cyrillic, Greek)
  bool unknown = false;      // ja: not in MeCab's dictionary
};

struct Sentence {
  uint32_t begin = 0;  // byte offsets into Document::text
  uint32_t end = 0;
  uint32_t token_begin = 0;  // [token_begin, token_end) in Document::tokens
  uint32_t token_end = 0;
};

struct Document {
  std::string_view text;  // the article text (owned by the caller)
  std::string lang;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;

  std::string_view Surface(const Token& t) const { return text.substr(t.begin, t.end - t.begin); }
  std::string_view SentenceText(const Sentence& s) const { return text.substr(s.begin, s.end - s.begin); }
};

}  // namespace kg::ingest
