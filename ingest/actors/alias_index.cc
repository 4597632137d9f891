#include "ingest/actors/alias_index.h"

#include <algorithm>

#include "graph/text/fold.h"
#include "ingest/text/arabic_clitics.h"
#include "ingest/text/char_class.h"

namespace kg::ingest {

namespace {

bool AllCaps(std::string_view s) { return AllUpper(s); }

std::string Join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += sep;
    out += parts[i];
  }
  return out;
}

std::string NoSpaces(std::string s) {
  s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
  return s;
}

constexpr std::string_view kArabicArticle = "\u0627\u0644";

}  // namespace

std::vector<std::string> PolishNameBases(std::string_view w) {
  std::vector<std::string> out = {std::string(w)};
  auto add = [&](std::string s) {
    if (s.size() >= 3 && std::find(out.begin(), out.end(), s) == out.end()) out.push_back(std::move(s));
  };
  // "ratcliffe a" (Ratcliffe'a): the apostrophe marks an ending on a name.
  if (auto sp = w.rfind(' '); sp != std::string_view::npos && w.size() - sp <= 4) add(std::string(w.substr(0, sp)));
  struct Rule {
    std::string_view ending, base;
  };
  // Ordered from longer endings to shorter. Feminine -owa/-ska names,
  // masculine names ending in a consonant or -o, and plural names in -i
  // ("Hutich", "Hutim", "Hutimi" -> "Huti").
  static const Rule kRules[] = {
      {"imi", "i"},    {"ich", "i"},   {"owej", "owa"}, {"ową", "owa"}, {"skiej", "ska"}, {"ską", "ska"}, {"owi", ""}, {"owi", "o"},
      {"em", ""},      {"em", "o"},    {"ie", ""},       {"ie", "o"},    {"a", ""},  {"a", "o"},
      {"im", "i"},     {"u", ""},       {"ę", "a"},     {"ą", "a"},       {"y", "a"},     {"i", "a"}, {"ej", "a"},
  };
  for (const Rule& r : kRules) {
    if (w.size() > r.ending.size() + 2 && w.substr(w.size() - r.ending.size()) == r.ending) {
      add(std::string(w.substr(0, w.size() - r.ending.size())) + std::string(r.base));
    }
  }
  return out;
}

std::vector<std::string> AliasIndex::KeysFor(const Analyzer& analyzer, std::string_view alias, std::string_view lang,
                                             AliasForm form) {
  std::vector<std::string> keys;
  auto add = [&](std::string k) {
    if (!k.empty() && std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(std::move(k));
  };
  const Document doc = analyzer.Analyze(alias, lang);
  std::vector<std::string> norms, lemmas;
  for (const Token& t : doc.tokens) {
    if (!t.is_word) continue;
    norms.push_back(t.norm);
    lemmas.push_back(t.lemma.empty() ? t.norm : t.lemma);
  }
  if (norms.empty()) return keys;
  if (lang == "ja") {
    add(NoSpaces(Join(norms, "")));
    return keys;
  }
  add(Join(norms, " "));
  if (lang == "pl") {
    add(Join(lemmas, " "));
    // Hunspell may give a word several lemmas and its inflected forms
    // different sets ("Amerykanów" -> amerykan, Amerykanin): key the last
    // word under each, and the text side tries each.
    // Only for names (capitalized): a common noun's stems can be a verb's
    // lemma ("oskarżenie" -> oskarżyć), which would turn verbs into names.
    std::vector<std::string> parts = lemmas;
    const bool name = StartsUpper(alias.substr(doc.tokens.back().begin));
    for (const std::string& st : name ? analyzer.Lemmas(alias.substr(doc.tokens.back().begin), "pl")
                                      : std::vector<std::string>{}) {
      parts.back() = FoldForMatch(st);
      add(Join(parts, " "));
    }
  }
  if (lang == "ar") {
    if (norms[0].rfind(kArabicArticle, 0) == 0 && norms[0].size() > kArabicArticle.size() + 2) {
      std::vector<std::string> bare = norms;
      bare[0] = bare[0].substr(kArabicArticle.size());
      add(Join(bare, " "));
    }
    if (form == AliasForm::kDemonym && norms.size() == 1) {
      const std::string base = ArabicNisbaBase(norms[0]);
      if (!base.empty()) add(base);
    }
    if (norms.size() > 1) {
      std::vector<std::string> masc = norms;
      masc.back() = ArabicMasculineNisba(norms.back());
      if (!masc.back().empty()) add(Join(masc, " "));
    }
  }
  if (lang == "en" && form == AliasForm::kDemonym && norms.size() == 1) add(norms[0] + "s");
  return keys;
}

void AliasIndex::Add(std::string_view lang, const std::string& key, const AliasHit& hit) {
  auto& v = map_[std::string(lang) + '\t' + key];
  for (const AliasHit& h : v) {
    if (h.entry == hit.entry && h.form == hit.form) return;
  }
  v.push_back(hit);
  int& mx = max_tokens_[std::string(lang)];
  mx = std::max<int>(mx, hit.tokens);
}

std::unique_ptr<AliasIndex> AliasIndex::Build(const Dictionary& dict, const Analyzer& analyzer,
                                              const std::vector<std::string>& langs) {
  std::unique_ptr<AliasIndex> index(new AliasIndex());
  const auto& entries = dict.entries();
  for (uint32_t i = 0; i < entries.size(); ++i) {
    const DictionaryEntry& e = entries[i];
    for (const std::string& lang : langs) {
      auto add_all = [&](const std::map<std::string, std::vector<std::string>>& m, AliasForm form) {
        auto it = m.find(lang);
        if (it == m.end()) return;
        for (const std::string& alias : it->second) {
          AliasHit hit;
          hit.entry = i;
          hit.form = form;
          const bool cased = lang == "en" || lang == "pl";
          const bool proper = e.entry_class == EntryClass::kActor;
          hit.acronym = cased && proper && AllCaps(alias) && alias.size() <= 6;
          hit.needs_capital = cased && proper && form == AliasForm::kName && StartsUpper(alias);
          const std::string folded = FoldForMatch(alias);
          hit.tokens = static_cast<uint8_t>(std::min<size_t>(255, 1 + std::count(folded.begin(), folded.end(), ' ')));
          if (form == AliasForm::kPrefix) {
            index->Add(lang, NoSpaces(folded), hit);
            continue;
          }
          for (const std::string& key : KeysFor(analyzer, alias, lang, form)) {
            hit.tokens = static_cast<uint8_t>(std::min<size_t>(255, 1 + std::count(key.begin(), key.end(), ' ')));
            if (lang == "ja") hit.tokens = 1;  // counted in characters at match time
            index->Add(lang, key, hit);
          }
        }
      };
      add_all(e.aliases, AliasForm::kName);
      add_all(e.demonyms, AliasForm::kDemonym);
      add_all(e.prefixes, AliasForm::kPrefix);
    }
  }
  return index;
}

const std::vector<AliasHit>* AliasIndex::Find(std::string_view lang, std::string_view key) const {
  auto it = map_.find(std::string(lang) + '\t' + std::string(key));
  return it == map_.end() ? nullptr : &it->second;
}

int AliasIndex::MaxTokens(std::string_view lang) const {
  auto it = max_tokens_.find(std::string(lang));
  return it == max_tokens_.end() ? 1 : it->second;
}

}  // namespace kg::ingest
