#include "ingest/text/analyzer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "graph/text/fold.h"
#include "ingest/text/segmenter.h"

namespace kg::ingest {

namespace {

bool IsCapitalized(std::string_view s) {
  if (s.empty()) return false;
  UChar32 c;
  int32_t i = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
  return c >= 0 && u_isupper(c);
}

}  // namespace

std::string PolishLemmaKey(const std::vector<std::string>& stems) {
  // Hunspell may offer several lemmas ("Stanów" -> stan, Stanów, Stany, Stan).
  // Any fixed choice works as long as every form of a word makes the same
  // one: a lower-case lemma if there is one, then the shortest, then the
  // smallest. Folded, so case no longer matters.
  const std::string* best = nullptr;
  bool best_lower = false;
  for (const std::string& st : stems) {
    const bool lower = !IsCapitalized(st);
    if (!best || (lower && !best_lower) ||
        (lower == best_lower && (st.size() < best->size() || (st.size() == best->size() && st < *best)))) {
      best = &st;
      best_lower = lower;
    }
  }
  return best ? FoldForMatch(*best) : "";
}

Result<std::unique_ptr<Analyzer>> Analyzer::Create() {
  std::unique_ptr<Analyzer> a(new Analyzer());
  KG_ASSIGN_OR_RETURN(a->japanese_, JapaneseTagger::Create());
  KG_ASSIGN_OR_RETURN(a->polish_, Lemmatizer::Create("pl_PL"));
  KG_ASSIGN_OR_RETURN(a->arabic_, Lemmatizer::Create("ar"));
  KG_ASSIGN_OR_RETURN(a->english_, Stemmer::Create("english"));
  return a;
}

std::vector<std::string> Analyzer::Lemmas(std::string_view word, std::string_view lang) const {
  if (lang == "pl") return polish_->Stems(word);
  if (lang == "ar") return arabic_->Stems(word);
  return {};
}

Document Analyzer::Analyze(std::string_view text, std::string_view lang) const {
  Document doc;
  doc.text = text;
  doc.lang = std::string(lang);
  for (const ByteSpan& s : SplitSentences(text, lang)) {
    Sentence sent;
    sent.begin = s.begin;
    sent.end = s.end;
    sent.token_begin = static_cast<uint32_t>(doc.tokens.size());
    doc.sentences.push_back(sent);
    const uint32_t index = static_cast<uint32_t>(doc.sentences.size() - 1);
    if (lang == "ja") {
      AddJapaneseTokens(&doc, index);
    } else {
      AddTokens(&doc, index);
    }
    doc.sentences.back().token_end = static_cast<uint32_t>(doc.tokens.size());
  }
  return doc;
}

void Analyzer::AddJapaneseTokens(Document* doc, uint32_t sentence) const {
  const Sentence& s = doc->sentences[sentence];
  const std::string_view piece = doc->text.substr(s.begin, s.end - s.begin);
  for (Morpheme& m : japanese_->Parse(piece)) {
    Token t;
    t.begin = s.begin + m.begin;
    t.end = s.begin + m.end;
    t.sentence = sentence;
    t.norm = FoldForMatch(doc->Surface(t));
    t.lemma = std::move(m.base);
    t.pos = std::move(m.pos);
    t.pos1 = std::move(m.pos1);
    t.pos2 = std::move(m.pos2);
    t.pos3 = std::move(m.pos3);
    t.reading = std::move(m.reading);
    t.conj = std::move(m.conj_form);
    t.unknown = m.unknown;
    t.is_word = t.pos != "記号" && !t.norm.empty();
    t.is_number = t.pos1 == "数";
    t.capitalized = IsCapitalized(doc->Surface(t));
    doc->tokens.push_back(std::move(t));
  }
}

void Analyzer::AddTokens(Document* doc, uint32_t sentence) const {
  const Sentence& s = doc->sentences[sentence];
  for (const WordSpan& w : SplitWords(doc->text, {s.begin, s.end}, doc->lang)) {
    Token t;
    t.begin = w.begin;
    t.end = w.end;
    t.sentence = sentence;
    t.is_word = w.is_word;
    t.is_number = w.is_number;
    const std::string_view surface = doc->Surface(t);
    t.norm = FoldForMatch(surface);
    t.capitalized = IsCapitalized(surface);
    if (t.is_word && !t.is_number) {
      if (doc->lang == "en") {
        t.lemma = english_->Stem(t.norm);
      } else if (doc->lang == "pl") {
        t.lemma = PolishLemmaKey(polish_->Stems(surface));
      }
    }
    doc->tokens.push_back(std::move(t));
  }
}

}  // namespace kg::ingest
