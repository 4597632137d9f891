#pragma once

// Japanese morphological analysis with MeCab and the IPA dictionary
// (mecab-ipadic-utf8). The dictionary is loaded once (a Model); each call
// uses its own lattice, so one JapaneseTagger serves many threads.
// Feed it one sentence at a time: MeCab's memory grows with input length.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/base/result.h"

namespace kg::ingest {

struct Morpheme {
  uint32_t begin = 0;  // byte offsets into the text passed to Parse
  uint32_t end = 0;
  std::string pos;     // 名詞, 動詞, 助詞, 助動詞, 記号, ...
  std::string pos1;    // 固有名詞, サ変接続, 格助詞, 係助詞, 接尾, ...
  std::string pos2;    // 人名, 組織, 地域, ...
  std::string pos3;    // 姓 (family name), 名 (given name), ...
  std::string conj_form;  // 連用形, 基本形, ... ("" when not conjugating)
  std::string base;    // dictionary form (the surface when MeCab has none)
  std::string reading;  // katakana reading ("" when MeCab has none)
  bool unknown = false;  // not in the dictionary (new names are often here)
};

class JapaneseTagger {
 public:
  // `dicdir` "" = /var/lib/mecab/dic/ipadic-utf8. The rc file is bypassed
  // (-r /dev/null): MeCab fails without one even when given -d.
  static Result<std::unique_ptr<JapaneseTagger>> Create(const std::string& dicdir = "");
  ~JapaneseTagger();

  std::vector<Morpheme> Parse(std::string_view sentence) const;

 private:
  struct Impl;
  explicit JapaneseTagger(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg::ingest
