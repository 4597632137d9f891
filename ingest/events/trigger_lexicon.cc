#include "ingest/events/trigger_lexicon.h"

#include <fstream>
#include <sstream>

#include "graph/text/fold.h"
#include "ingest/text/arabic_clitics.h"

namespace kg::ingest {

namespace {

std::vector<std::string> Split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    const size_t p = s.find(sep, start);
    out.emplace_back(s.substr(start, p == std::string_view::npos ? std::string_view::npos : p - start));
    if (p == std::string_view::npos) return out;
    start = p + 1;
  }
}

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError("cannot open " + path);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

// English determiners and adjectives after which a verb-or-noun trigger is a
// noun ("the attack", "a new offer").
bool NounContext(std::string_view prev) {
  static const std::set<std::string_view> kWords = {
      "a",   "an",  "the",    "this",   "that",  "these",  "those",  "its",    "their", "his",
      "her", "our", "my",     "your",   "any",   "no",     "such",   "of",     "new",   "recent",
      "latest", "possible", "alleged", "cyber", "major", "first", "another", "further", "s"};
  return kWords.count(prev) > 0;
}

bool EndsWithStr(const std::string& s, std::string_view suffix) {
  return s.size() > suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// True when the strong letters of a verb root (not alef, waw, ya or hamza)
// appear in order in the word: أعلن in أعلنت, قال in يقول, but ندد not in لندن.
bool ArabicRootIn(const std::string& root, const std::string& word) {
  static const std::set<std::string> kWeak = {FoldForMatch("ا"), FoldForMatch("و"), FoldForMatch("ي"),
                                              FoldForMatch("ء"), FoldForMatch("ى")};
  size_t pos = 0;
  for (size_t i = 0; i < root.size();) {
    const size_t len = (static_cast<unsigned char>(root[i]) < 0x80) ? 1 : 2;
    const std::string letter = root.substr(i, len);
    i += len;
    if (kWeak.count(letter)) continue;
    const size_t found = word.find(letter, pos);
    if (found == std::string::npos) return false;
    pos = found + letter.size();
  }
  return true;
}

}  // namespace

Result<std::unique_ptr<TriggerLexicon>> TriggerLexicon::Load(const std::string& dir, const Ontology& ontology,
                                                             const Analyzer& analyzer) {
  std::unique_ptr<TriggerLexicon> lex(new TriggerLexicon());
  for (const auto& t : ontology.types()) lex->family_of_type_[t.name] = t.family;
  for (const char* lang : {"ar", "en", "ja", "pl"}) {
    KG_RETURN_IF_ERROR(lex->LoadLanguage(dir + "/" + lang + ".tsv", lang, ontology, analyzer));
  }
  const std::string roles_path = dir + "/roles.tsv";
  KG_ASSIGN_OR_RETURN(std::string roles, ReadFile(roles_path));
  size_t line_no = 0;
  for (const std::string& line : Split(roles, '\n')) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    const auto f = Split(line, '\t');
    if (f.size() != 3) return Status::Corruption(roles_path + ":" + std::to_string(line_no) + ": expected 3 columns");
    auto& m = lex->markers_[f[0] + '\t' + f[1]];
    if (f[2] != "-") {
      for (const std::string& w : Split(f[2], ',')) m.push_back(w == "obj" ? w : FoldForMatch(w));
    }
  }
  return lex;
}

Status TriggerLexicon::LoadLanguage(const std::string& path, const std::string& lang, const Ontology& ontology,
                                    const Analyzer& analyzer) {
  KG_ASSIGN_OR_RETURN(std::string data, ReadFile(path));
  size_t line_no = 0;
  for (const std::string& line : Split(data, '\n')) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    const std::string where = path + ":" + std::to_string(line_no);
    const auto f = Split(line, '\t');
    if (f.size() != 3) return Status::Corruption(where + ": expected trigger<TAB>type<TAB>flags");
    // Type "-" lists words that look like triggers but are not ("يشار": it is noted).
    if (f[1] != "-" && !ontology.Find(f[1])) return Status::Corruption(where + ": unknown event type '" + f[1] + "'");
    auto e = std::make_unique<TriggerEntry>();
    e->word = f[0];
    e->type = f[1];
    for (const std::string& flag : Split(f[2], ',')) {
      if (flag == "speech") e->speech = true;
      else if (flag == "claim") e->claim = true;
      else if (flag == "noun") e->noun = true;
      else if (flag == "agent_passive") e->agent_passive = true;
      else if (flag == "light") e->light = true;
      else if (flag == "cite") e->cite = true;
      else if (flag == "participle") e->participle = true;
      else if (flag != "-") return Status::Corruption(where + ": unknown flag '" + flag + "'");
    }
    // The key the text side will produce for this trigger.
    std::vector<std::string> keys;
    const std::string folded = FoldForMatch(f[0]);
    if (lang == "en") {
      const Document d = analyzer.Analyze(f[0], "en");
      std::string k;
      for (const Token& t : d.tokens) {
        if (t.is_word) k += (k.empty() ? "" : " ") + (t.lemma.empty() ? t.norm : t.lemma);
      }
      keys.push_back(k);
    } else {
      keys.push_back(folded);
    }
    for (const std::string& k : keys) by_key_[lang + '\t' + k].push_back(e.get());
    entries_.push_back(std::move(e));
  }
  return Status::OK();
}

namespace {

// English entries match inflections only: "accused", "accuses", "accusing",
// not derivations that share the Snowball stem ("information" ~ inform,
// "infiltrators" ~ infiltrate).
bool EnglishInflection(std::string_view word, std::string_view entry) {
  std::string_view base = entry;
  if (word == base) return true;
  if (base.size() > 3 && base.back() == 'e') base.remove_suffix(1);
  if (base.size() > 3 && base.back() == 'y' && word.size() > base.size() && word.substr(0, base.size() - 1) == base.substr(0, base.size() - 1) &&
      (word.substr(base.size() - 1) == "ies" || word.substr(base.size() - 1) == "ied")) {
    return true;
  }
  if (word.substr(0, base.size()) != base) return false;
  std::string_view rest = word.substr(base.size());
  // A doubled final consonant before -ed/-ing ("banned", "shipping").
  if (rest.size() >= 3 && rest[0] == base.back() && (rest.substr(1) == "ed" || rest.substr(1) == "ing")) return true;
  return rest == "" || rest == "s" || rest == "es" || rest == "ed" || rest == "d" || rest == "ing" || rest == "e";
}

}  // namespace

const std::vector<const TriggerEntry*>* TriggerLexicon::LookupAll(const std::string& lang, const std::string& key) const {
  auto it = by_key_.find(lang + '\t' + key);
  return it == by_key_.end() ? nullptr : &it->second;
}

const TriggerEntry* TriggerLexicon::Lookup(const std::string& lang, const std::string& key) const {
  const auto* all = LookupAll(lang, key);
  return all ? all->front() : nullptr;
}

const std::vector<std::string>& TriggerLexicon::TargetMarkers(std::string_view lang, std::string_view family) const {
  static const std::vector<std::string> kNone;
  auto it = markers_.find(std::string(lang) + '\t' + std::string(family));
  return it == markers_.end() ? kNone : it->second;
}

bool TriggerLexicon::NounUse(const Document& doc, const Sentence& s, uint32_t t, const TriggerEntry& e) const {
  if (e.noun) return true;
  const std::string& lang = doc.lang;
  if (lang == "en") {
    // First in its sentence, a trigger has no subject before it: a noun
    // ("Talks between ... resumed").
    if (t <= s.token_begin) return true;
    // A nationality adjective before it makes it a noun ("the Russian state").
    const Token& prev = doc.tokens[t - 1];
    const bool adjective = prev.capitalized && !prev.norm.empty() &&
                           (EndsWithStr(prev.norm, "ian") || EndsWithStr(prev.norm, "ese") || EndsWithStr(prev.norm, "ish") ||
                            EndsWithStr(prev.norm, "can") || EndsWithStr(prev.norm, "ic"));
    // "the Skripal poisoning", "a SolarWinds breach": a name between a
    // determiner and the word modifies a noun.
    const bool compound = prev.capitalized && t >= s.token_begin + 2 && NounContext(doc.tokens[t - 2].norm);
    return NounContext(prev.norm) || adjective || compound;
  }
  if (lang == "ar") {
    // A verb-or-masdar word ("تدخل") is a masdar with the article, after a
    // preposition or a quantifier ("أي تدخل", "في التدخل").
    static const std::set<std::string> kBefore = {FoldForMatch("أي"), FoldForMatch("في"), FoldForMatch("على"),
                                                  FoldForMatch("من"), FoldForMatch("عن"), FoldForMatch("إلى"),
                                                  FoldForMatch("بعد"), FoldForMatch("قبل"), FoldForMatch("مع")};
    static const std::string kAl = FoldForMatch("ال");
    const std::string& n = doc.tokens[t].norm;
    for (const ArabicCandidate& c : ArabicClitics(n, false)) {
      if (c.core == FoldForMatch(e.word) && n.size() > c.core.size() &&
          n.compare(n.size() - c.core.size(), c.core.size(), c.core) == 0 &&
          n.substr(0, n.size() - c.core.size()).find(kAl) != std::string::npos) {
        return true;
      }
    }
    return t > s.token_begin && kBefore.count(doc.tokens[t - 1].norm) > 0;
  }
  if (lang == "ja") {
    // A サ変 noun is a verb when する follows or it ends a clause (headline
    // style: 送信、); a noun before a particle.
    if (doc.tokens[t].pos1 != "サ変接続") return false;
    if (t + 1 >= s.token_end) return false;
    const Token& next = doc.tokens[t + 1];
    if (next.lemma == "する" || next.lemma == "できる" || next.lemma == "される") return false;
    const std::string_view sf = doc.Surface(next);
    return !(sf == "、" || sf == "。" || sf == "」");
  }
  return false;
}

std::vector<TriggerHit> TriggerLexicon::Find(const Document& doc, const Sentence& s, const Analyzer& analyzer) const {
  std::vector<TriggerHit> out;
  const std::string& lang = doc.lang;
  for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
    const Token& tok = doc.tokens[t];
    if (!tok.is_word || tok.is_number) continue;
    const TriggerEntry* e = nullptr;
    uint32_t end = t + 1;
    if (lang == "en") {
      if (t + 1 < s.token_end) e = Lookup(lang, tok.lemma + " " + doc.tokens[t + 1].lemma);
      if (e) end = t + 2;
      if (!e) {
        // Of the words sharing the stem, the one this word inflects.
        if (const auto* all = LookupAll(lang, tok.lemma)) {
          for (const TriggerEntry* cand : *all) {
            if (EnglishInflection(tok.norm, cand->word)) {
              e = cand;
              break;
            }
          }
        }
      }
    } else if (lang == "ja") {
      e = Lookup(lang, FoldForMatch(tok.lemma));
      // A verb's auxiliary never starts a trigger (し in 送信し).
      if (e && tok.pos != "名詞" && tok.pos != "動詞") e = nullptr;
    } else if (lang == "pl") {
      for (const std::string& st : analyzer.Lemmas(doc.Surface(tok), "pl")) {
        if ((e = Lookup(lang, FoldForMatch(st)))) break;
      }
      if (!e) e = Lookup(lang, tok.norm);
    } else if (lang == "ar") {
      // Masdars and verbs as listed, under clitics ("لإرسال", "وقال");
      // other verb forms through Hunspell's verb readings only, since its
      // roots of nouns are noise for us (وزارة "ministry" -> زار "visit").
      for (const ArabicCandidate& c : ArabicClitics(tok.norm, true)) {
        if ((e = Lookup(lang, c.core))) break;
      }
      // A word ending in ta marbuta is a noun, never a verb (وزارة is not زار).
      static const std::string kTaMarbuta = FoldForMatch("ة");
      const bool nominal = tok.norm.size() >= kTaMarbuta.size() &&
                           tok.norm.compare(tok.norm.size() - kTaMarbuta.size(), kTaMarbuta.size(), kTaMarbuta) == 0;
      if (!e && tok.norm.size() >= 6 && !nominal) {
        for (const std::string& st : analyzer.arabic()->VerbStems(doc.Surface(tok))) {
          const TriggerEntry* cand = Lookup(lang, FoldForMatch(st));
          if (cand && !cand->noun && ArabicRootIn(FoldForMatch(st), tok.norm)) {
            e = cand;
            break;
          }
        }
      }
    }
    if (!e || (e->type == "-" && !e->light)) continue;
    if (e->cite) {
      static const std::string kAn = FoldForMatch("عن");
      bool cites = false;
      for (uint32_t k = t + 1; k < s.token_end && k < t + 8; ++k) cites = cites || doc.tokens[k].norm == kAn;
      if (!cites) continue;
    }
    TriggerHit h;
    h.token = t;
    h.token_end = end;
    h.entry = e;
    h.as_noun = NounUse(doc, s, t, *e);
    out.push_back(h);
    t = end - 1;
  }
  return out;
}

}  // namespace kg::ingest
