#include "ingest/actors/matcher.h"

#include <algorithm>

#include "graph/text/fold.h"
#include "ingest/text/arabic_clitics.h"
#include "ingest/text/char_class.h"

namespace kg::ingest {

namespace {

constexpr int kJapaneseMaxTokens = 8;

bool HasLowercase(std::string_view s) { return HasLower(s); }

// Text-side keys for the span [b, e) of word tokens; with the number of
// Arabic proclitic letters stripped from the first token for each key.
struct SpanKey {
  std::string key;
  uint32_t prefix_letters = 0;
  bool demonym_only = false;
};

std::string StripPossessive(const std::string& norm) {
  if (norm.size() > 2 && norm.compare(norm.size() - 2, 2, " s") == 0) return norm.substr(0, norm.size() - 2);
  return norm;
}

std::vector<SpanKey> KeysForSpan(const Document& doc, const std::vector<uint32_t>& words, const Analyzer& analyzer) {
  std::vector<SpanKey> out;
  auto add = [&](std::string k, uint32_t pre, bool dem = false) {
    for (const auto& o : out) {
      if (o.key == k) return;
    }
    out.push_back({std::move(k), pre, dem});
  };
  const std::string& lang = doc.lang;
  std::string joined;
  if (lang == "ja") {
    for (uint32_t t : words) {
      for (char c : doc.tokens[t].norm) {
        if (c != ' ') joined.push_back(c);
      }
    }
    add(joined, 0);
    return out;
  }
  std::vector<std::string> norms;
  for (uint32_t t : words) norms.push_back(doc.tokens[t].norm);
  auto join = [](const std::vector<std::string>& v) {
    std::string s;
    for (size_t i = 0; i < v.size(); ++i) s += (i ? " " : "") + v[i];
    return s;
  };
  add(join(norms), 0);
  if (lang == "en") {
    std::vector<std::string> p = norms;
    p.back() = StripPossessive(p.back());
    add(join(p), 0);
  } else if (lang == "pl") {
    // Every word may be inflected ("Baracka Obamy", "rosyjskich dyplomatów"):
    // each word contributes its form, its lemma key, every Hunspell lemma
    // and, for names Hunspell does not know, nominative candidates; keys are
    // the combinations, capped.
    std::vector<std::vector<std::string>> options;
    for (uint32_t t : words) {
      const Token& tok = doc.tokens[t];
      std::vector<std::string> o = {tok.norm};
      auto push = [&](std::string x) {
        if (!x.empty() && std::find(o.begin(), o.end(), x) == o.end()) o.push_back(std::move(x));
      };
      push(tok.lemma);
      for (const std::string& st : analyzer.Lemmas(doc.Surface(tok), "pl")) push(FoldForMatch(st));
      if (tok.capitalized) {
        for (const std::string& base : PolishNameBases(tok.norm)) push(base);
      }
      options.push_back(std::move(o));
    }
    std::vector<std::string> partial = {""};
    for (const auto& o : options) {
      std::vector<std::string> next;
      for (const std::string& p : partial) {
        for (const std::string& x : o) {
          if (next.size() >= 64) break;
          next.push_back(p.empty() ? x : p + " " + x);
        }
      }
      partial = std::move(next);
    }
    for (std::string& k : partial) add(std::move(k), 0);
  } else if (lang == "ar") {
    for (const ArabicCandidate& c : ArabicClitics(norms[0], false)) {
      std::vector<std::string> p = norms;
      p[0] = c.core;
      add(join(p), c.prefix_letters);
      if (p.size() > 1) {
        p.back() = ArabicMasculineNisba(norms.back());
        if (!p.back().empty()) add(join(p), c.prefix_letters);
      }
      if (words.size() == 1) {
        const std::string base = ArabicNisbaBase(c.core);
        if (!base.empty()) add(base, c.prefix_letters, true);
        // The indefinite accusative's alif (tanwin): "دبلوماسيا" for
        // "دبلوماسي", "أمريكيا" for "أمريكي". Tried after the word as
        // written, so "روسيا" stays Russia.
        static const std::string kAlif = FoldForMatch("ا");
        if (c.core.size() > 3 * kAlif.size() && c.core.ends_with(kAlif)) {
          add(c.core.substr(0, c.core.size() - kAlif.size()), c.prefix_letters);
        }
      }
    }
  }
  return out;
}

bool PassesGuards(const Document& doc, const std::vector<uint32_t>& words, const AliasHit& hit) {
  const Token& first = doc.tokens[words.front()];
  const std::string_view surface = doc.Surface(first);
  if (hit.acronym) {
    for (uint32_t t : words) {
      if (HasLowercase(doc.Surface(doc.tokens[t]))) return false;
    }
    return true;
  }
  if (hit.needs_capital && !first.capitalized) return false;
  (void)surface;
  return true;
}

}  // namespace

std::vector<DictMatch> FindDictionaryMatches(const Document& doc, const AliasIndex& index, const NameLexicon& lexicon,
                                             const Analyzer& analyzer) {
  std::vector<DictMatch> out;
  const bool ja = doc.lang == "ja";
  const int max_tokens = ja ? kJapaneseMaxTokens : std::max(1, index.MaxTokens(doc.lang));
  for (const Sentence& s : doc.sentences) {
    uint32_t i = s.token_begin;
    while (i < s.token_end) {
      if (!doc.tokens[i].is_word) {
        ++i;
        continue;
      }
      bool matched = false;
      // Collect up to max_tokens word tokens; Japanese skips the middle dot
      // inside names, other languages stop at punctuation.
      std::vector<uint32_t> words;
      std::vector<uint32_t> ends;  // token index after each prefix of `words`
      for (uint32_t j = i; j < s.token_end && static_cast<int>(words.size()) < max_tokens; ++j) {
        const Token& t = doc.tokens[j];
        if (!t.is_word) {
          const std::string_view sf = doc.Surface(t);
          if (ja && (sf == "・" || sf == "･")) continue;
          if (!ja && (sf == "-" || sf == "'")) continue;
          break;
        }
        // A middle initial ("Christopher A. Wray", "كريستوفر أ. وراي") is skipped.
        if (!ja && !words.empty() && j + 2 < s.token_end && doc.Surface(doc.tokens[j + 1]) == "." &&
            doc.tokens[j + 2].is_word && doc.Surface(t).size() <= 4 && t.norm.size() <= 2) {
          ++j;
          continue;
        }
        words.push_back(j);
        ends.push_back(j + 1);
      }
      for (int n = static_cast<int>(words.size()); n >= 1 && !matched; --n) {
        std::vector<uint32_t> span(words.begin(), words.begin() + n);
        for (const SpanKey& sk : KeysForSpan(doc, span, analyzer)) {
          const std::vector<AliasHit>* hits = index.Find(doc.lang, sk.key);
          if (!hits) continue;
          DictMatch m;
          m.token_begin = i;
          m.token_end = ends[n - 1];
          const Token& first = doc.tokens[span.front()];
          m.begin = first.begin + (sk.prefix_letters ? ArabicPrefixBytes(doc.Surface(first), sk.prefix_letters) : 0);
          m.end = doc.tokens[span.back()].end;
          for (const AliasHit& h : *hits) {
            if (sk.demonym_only && h.form != AliasForm::kDemonym) continue;
            if (h.form == AliasForm::kPrefix) {
              // A one-character prefix must be followed by a noun that takes it.
              const uint32_t next = m.token_end;
              if (next >= s.token_end || !lexicon.Has(doc.lang, "prefix_head", doc.tokens[next].norm)) {
                // ...or by another dictionary name (米中, 米情報機関 via the agent list).
                bool before_name = false;
                std::string ahead;
                for (uint32_t k = next; k < s.token_end && k < next + 4 && !before_name; ++k) {
                  ahead += doc.tokens[k].norm;
                  before_name = index.Find(doc.lang, ahead) != nullptr;
                }
                if (!before_name) continue;
              }
            }
            if (!PassesGuards(doc, span, h)) continue;
            // Japanese: a match that stops inside a compound noun is not a name
            // of its own (記者 in 記者会見), unless another name follows (国家情報長官ジョン).
            if (ja && m.token_end < s.token_end && h.form == AliasForm::kName) {
              const Token& next = doc.tokens[m.token_end];
              bool compound = next.pos == "名詞" && (next.pos1 == "サ変接続" || next.pos1 == "一般");
              std::string ahead;  // another name may start there (官房|長官)
              for (uint32_t k = m.token_end; compound && k < s.token_end && k < m.token_end + 4; ++k) {
                ahead += doc.tokens[k].norm;
                if (index.Find(doc.lang, ahead)) compound = false;
              }
              if (compound) continue;
            }
            m.hits.push_back(h);
          }
          if (m.hits.empty()) continue;
          m.form = m.hits.front().form;
          out.push_back(std::move(m));
          i = out.back().token_end;
          matched = true;
          break;
        }
      }
      if (!matched) ++i;
    }
  }
  return out;
}

}  // namespace kg::ingest
