#include "ingest/actors/name_finder.h"

#include <algorithm>
#include <set>

#include "graph/text/fold.h"
#include "ingest/text/arabic_clitics.h"
#include "ingest/text/char_class.h"
#include "ingest/text/language_names.h"

namespace kg::ingest {

namespace {

bool IsKatakana(std::string_view s) {
  if (s.empty()) return false;
  for (size_t pos = 0; pos < s.size();) {
    const char32_t c = NextChar(s, &pos);
    if (!(c >= 0x30A0 && c <= 0x30FF) && !(c >= 0xFF66 && c <= 0xFF9F)) return false;
  }
  return true;
}

// Which tokens a dictionary match already covers.
std::vector<bool> Covered(const Document& doc, const std::vector<DictMatch>& dict) {
  std::vector<bool> covered(doc.tokens.size(), false);
  for (const DictMatch& m : dict) {
    for (uint32_t t = m.token_begin; t < m.token_end; ++t) covered[t] = true;
  }
  return covered;
}

// A title or agent match that ends right before token `t`, or starts right after.
bool TitleAdjacent(const std::vector<DictMatch>& dict, const Dictionary* unused, uint32_t t, bool before) {
  (void)unused;
  for (const DictMatch& m : dict) {
    if (before ? m.token_end == t : m.token_begin == t) return true;
  }
  return false;
}

// ---- English and Polish -------------------------------------------------

std::vector<NameSpan> FindCased(const Document& doc, const std::vector<DictMatch>& dict, const NameLexicon& lex,
                                const Analyzer& analyzer) {
  std::vector<NameSpan> out;
  const std::string& lang = doc.lang;
  const std::vector<bool> covered = Covered(doc, dict);
  // Words seen capitalized away from the start of a sentence.
  std::set<std::string> capitalized_inside;
  for (const Sentence& s : doc.sentences) {
    bool first = true;
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      if (!doc.tokens[t].is_word) continue;
      if (!first && doc.tokens[t].capitalized) {
        capitalized_inside.insert(doc.tokens[t].norm);
        if (!doc.tokens[t].lemma.empty()) capitalized_inside.insert("lemma:" + doc.tokens[t].lemma);
      }
      first = false;
    }
  }
  // Language names ("Arabic", "Farsi") are capitalized but are not actors.
  static const std::set<std::string> kEnglishLanguages = LanguageNames("en");
  static const std::set<std::string> kPolishLanguages = LanguageNames("pl");
  const std::set<std::string>& languages = lang == "pl" ? kPolishLanguages : kEnglishLanguages;
  auto name_word = [&](uint32_t t) {
    const Token& tok = doc.tokens[t];
    if (!tok.is_word || tok.is_number || !tok.capitalized || covered[t]) return false;
    std::string bare = tok.norm;
    if (bare.size() > 2 && bare.compare(bare.size() - 2, 2, " s") == 0) bare.resize(bare.size() - 2);
    return !languages.count(bare) && !languages.count(tok.lemma);
  };
  auto common_polish_word = [&](uint32_t t) {
    // Hunspell knows the word only in lower case: a common word, capitalized
    // because it opens the sentence.
    if (lang != "pl") return false;
    bool lower = false, upper = false;
    for (const std::string& st : analyzer.polish()->Stems(doc.Surface(doc.tokens[t]))) {
      (StartsUpper(st) ? upper : lower) = true;
    }
    return lower && !upper;
  };
  for (const Sentence& s : doc.sentences) {
    uint32_t first_word = s.token_end;
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      if (doc.tokens[t].is_word) {
        first_word = t;
        break;
      }
    }
    uint32_t t = s.token_begin;
    while (t < s.token_end) {
      if (!name_word(t) || lex.Has(lang, "stop", doc.tokens[t].norm)) {
        ++t;
        continue;
      }
      uint32_t b = t, e = t + 1;
      while (e < s.token_end) {
        // Stop words only keep a name from starting ("Internet" alone is no
        // actor, "Cirtva Internet Security Group" is).
        if (name_word(e)) {
          ++e;
        } else if (e + 1 < s.token_end && (lex.Has(lang, "connector", doc.tokens[e].norm) ||
                                            doc.Surface(doc.tokens[e]) == "-") &&
                   name_word(e + 1)) {
          e += 2;
        } else {
          break;
        }
      }
      t = e;
      // A Polish sentence opener Hunspell knows as a common word is not part
      // of a name that follows it ("Zdaniem Tarka Hamdana").
      while (lang == "pl" && b == first_word && e - b > 1 && common_polish_word(b) &&
             !capitalized_inside.count("lemma:" + doc.tokens[b].lemma)) {
        first_word = ++b;
      }
      const bool single = e - b == 1;
      if (single && b == first_word && !capitalized_inside.count(doc.tokens[b].norm)) continue;
      if (single && lang == "en") {
        // Capitalized adjectives ("Democratic primary", "Diplomatic ...") and
        // two-letter codes ("QR") are not names on their own.
        const std::string& w = doc.tokens[b].norm;
        auto ends = [&](std::string_view suf) { return w.size() > suf.size() + 2 && w.compare(w.size() - suf.size(), suf.size(), suf) == 0; };
        if (ends("ic") || ends("ical") || ends("ive") || ends("ous") || ends("ary") || w.size() <= 2) continue;
        // A word in capitals longer than an acronym is a dateline or a shout ("MUNICH -").
        const std::string_view sf = doc.Surface(doc.tokens[b]);
        if (sf.size() > 5 && AllUpper(sf)) continue;
      }
      if (b == first_word && common_polish_word(b) && single) continue;
      // A place after a locative preposition ("in Florida", "w Teheranie") is not an actor.
      if (b > s.token_begin) {
        const std::string& prev = doc.tokens[b - 1].norm;
        static const std::set<std::string> kLocative = {"in", "at", "from", "near", "w", "we", "na", "z", "ze", "do"};
        if (kLocative.count(prev) && single) continue;
      }
      NameSpan n;
      n.token_begin = b;
      n.token_end = e;
      n.begin = doc.tokens[b].begin;
      n.end = doc.tokens[e - 1].end;
      // "State Department's": the possessive is not part of the name.
      const std::string_view tail = doc.text.substr(n.begin, n.end - n.begin);
      for (std::string_view poss : {std::string_view("'s"), std::string_view("\u2019s")}) {
        if (tail.size() > poss.size() && tail.substr(tail.size() - poss.size()) == poss) n.end -= poss.size();
      }
      bool has_connector = false;
      for (uint32_t k = b; k < e; ++k) has_connector = has_connector || !doc.tokens[k].capitalized;
      const Token& last = doc.tokens[e - 1];
      const std::string& head = lang == "pl" && !last.lemma.empty() ? last.lemma : last.norm;
      if (lex.Has(lang, "org_head", head)) {
        n.kind = ActorKind::kOrganization;
      } else if (lex.Has(lang, "group_head", head)) {
        n.kind = ActorKind::kGroup;
      } else if ((b > s.token_begin && lex.Has(lang, "person_before", doc.tokens[b - 1].norm)) ||
                 TitleAdjacent(dict, nullptr, b, true)) {
        n.kind = ActorKind::kPerson;
      } else if (e - b >= 2 && e - b <= 3 && !has_connector && lex.Has(lang, "given_name", doc.tokens[b].norm)) {
        // "Helen Markowitz", but not "World Cup": a known given name first.
        n.kind = ActorKind::kPerson;
        n.confidence = 0.5;
      }
      out.push_back(n);
    }
  }
  return out;
}

// ---- Japanese -------------------------------------------------------------

std::vector<NameSpan> FindJapanese(const Document& doc, const std::vector<DictMatch>& dict, const NameLexicon& lex) {
  std::vector<NameSpan> out;
  const std::vector<bool> covered = Covered(doc, dict);
  // Two kinds of runs, never mixed: katakana names (マルコ・ルビオ) and kanji
  // person names (岸田 文雄). A kanji word after a katakana name is a title
  // or an organization (上院, 議員), not part of the name.
  // Names in Latin letters inside Japanese text ("APT10", "SolarWinds") are
  // a third kind: capitalized words of letters and digits.
  enum Run { kNone, kKatakana, kKanjiPerson, kLatin };
  auto latin_name = [&](const Token& tok) {
    const std::string_view sf = doc.Surface(tok);
    return sf.size() >= 2 && sf[0] >= 'A' && sf[0] <= 'Z' &&
           std::all_of(sf.begin(), sf.end(), [](char c) {
             return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
           });
  };
  auto run_of = [&](uint32_t t) {
    const Token& tok = doc.tokens[t];
    if (covered[t] || tok.pos != "名詞" || tok.pos2 == "地域") return kNone;  // places are not actors
    if (latin_name(tok)) return kLatin;
    if (IsKatakana(doc.Surface(tok)) && (tok.pos1 == "固有名詞" || tok.unknown)) return kKatakana;
    if (tok.pos1 == "固有名詞" && tok.pos2 == "人名") return kKanjiPerson;
    return kNone;
  };
  auto is_dot = [&](uint32_t t) { return doc.Surface(doc.tokens[t]) == "・" || doc.Surface(doc.tokens[t]) == "･"; };
  for (const Sentence& s : doc.sentences) {
    uint32_t t = s.token_begin;
    while (t < s.token_end) {
      const Run kind = run_of(t);
      if (kind == kNone) {
        ++t;
        continue;
      }
      uint32_t b = t, e = t + 1;
      bool all_known_proper = doc.tokens[b].pos1 == "固有名詞";
      while (e < s.token_end) {
        if (run_of(e) == kind) {
          all_known_proper = all_known_proper && doc.tokens[e].pos1 == "固有名詞";
          ++e;
        } else if (kind == kLatin && doc.tokens[e].is_number && doc.tokens[e].begin == doc.tokens[e - 1].end) {
          ++e;  // "APT10": MeCab splits off the digits
        } else if (e + 1 < s.token_end && is_dot(e) && run_of(e + 1) == kind) {
          e += 2;
        } else {
          break;
        }
      }
      t = e;
      NameSpan n;
      n.token_begin = b;
      n.token_end = e;
      n.begin = doc.tokens[b].begin;
      n.end = doc.tokens[e - 1].end;
      const std::string next = e < s.token_end ? doc.tokens[e].norm : "";
      const bool honorific = lex.Has("ja", "person_after", next);
      const bool title_after = TitleAdjacent(dict, nullptr, e, false);
      if (kind == kLatin) {
        n.kind = lex.Has("ja", "org_head", next) ? ActorKind::kOrganization : ActorKind::kUnknown;
        n.confidence = 0.45;
      } else if (honorific || title_after || kind == kKanjiPerson || doc.tokens[b].pos2 == "人名") {
        n.kind = ActorKind::kPerson;
        n.confidence = honorific || title_after ? 0.7 : 0.5;
      } else if (doc.tokens[b].pos2 == "組織" || lex.Has("ja", "org_head", next)) {
        n.kind = ActorKind::kOrganization;
        n.confidence = 0.5;
      } else if (!all_known_proper) {
        // An unknown katakana word is as often a loanword (ウェブサイト) as a
        // name: keep it only where names stand, as the topic or subject.
        if (next != "は" && next != "が") continue;
        n.confidence = 0.35;
      } else {
        n.confidence = 0.4;
      }
      out.push_back(n);
    }
  }
  return out;
}

// ---- Arabic ---------------------------------------------------------------

// True when token t is an adjective of relation (السياسي) or a demonym the
// dictionary matched (العراقي): a word that qualifies the noun before it.
bool NisbaOrDemonym(const Document& doc, const std::vector<DictMatch>& dict, uint32_t t) {
  for (const DictMatch& m : dict) {
    if (m.token_begin == t && m.token_end == t + 1) return m.form == AliasForm::kDemonym;
  }
  const std::string& n = doc.tokens[t].norm;
  static const std::string kAl = FoldForMatch("ال");
  return n.starts_with(kAl) && !ArabicNisbaBase(n).empty();
}

std::vector<NameSpan> FindArabic(const Document& doc, const std::vector<DictMatch>& dict, const NameLexicon& lex,
                                 const Analyzer& analyzer) {
  std::vector<NameSpan> out;
  const std::vector<bool> covered = Covered(doc, dict);
  static const std::set<std::string> kStops = {
      FoldForMatch("من"), FoldForMatch("في"),  FoldForMatch("على"), FoldForMatch("إلى"), FoldForMatch("عن"),
      FoldForMatch("إن"), FoldForMatch("أن"),  FoldForMatch("إنه"), FoldForMatch("أنه"), FoldForMatch("مع"),
      FoldForMatch("قد"), FoldForMatch("لقد"), FoldForMatch("ان"),  FoldForMatch("بان"), FoldForMatch("الذي"),
  };
  static const std::set<std::string> kComplementizers = {FoldForMatch("أن"), FoldForMatch("إن"), FoldForMatch("أنه"),
                                                         FoldForMatch("إنه"), FoldForMatch("أنها"), FoldForMatch("إنها"),
                                                         FoldForMatch("بأن")};
  auto cue_before = [&](uint32_t t) {
    const Token& tok = doc.tokens[t];
    for (const ArabicCandidate& c : ArabicClitics(tok.norm, false)) {
      if (lex.Has("ar", "speech_verb", c.core) || lex.Has("ar", "person_before", c.core) ||
          lex.Has("ar", "named", c.core)) {
        return true;
      }
    }
    return false;
  };
  for (const Sentence& s : doc.sentences) {
    for (uint32_t t = s.token_begin; t + 1 < s.token_end; ++t) {
      const bool title_before = [&] {
        for (const DictMatch& m : dict) {
          if (m.token_end == t + 1 && m.form == AliasForm::kName) return true;
        }
        return false;
      }();
      if (!cue_before(t) && !title_before) continue;
      // Up to three words up to a function word or punctuation. Foreign
      // names are mostly unknown to the Arabic dictionary, while Arabic given
      // names (طارق) and surnames (حمدان; غريب, also "strange") are ordinary
      // words: a run is a name when it starts with a known given name or has
      // a word the dictionary does not know (and after "يدعى", one word).
      uint32_t b = t + 1;
      // Adjectives of the title come before the name: "المحلل السياسي سامر
      // الحلبي", "الناشط الكردي آزاد حسن", "المحلل العراقي ...".
      while (title_before && b + 1 < s.token_end && doc.tokens[b].is_word && NisbaOrDemonym(doc, dict, b)) ++b;
      uint32_t e = b;
      bool any_unknown = false;
      while (e < s.token_end && e < b + 3) {
        const Token& tok = doc.tokens[e];
        if (!tok.is_word || tok.is_number || covered[e] || kStops.count(tok.norm)) break;
        // An adjective of relation ("استخباراتيون", "السيبراني") describes the
        // noun before it; it does not start a name.
        if (e == b && !ArabicNisbaBase(tok.norm).empty()) break;
        any_unknown = any_unknown || !analyzer.arabic()->Known(doc.Surface(tok));
        ++e;
      }
      const bool named_cue = lex.Has("ar", "named", doc.tokens[t].norm);
      const bool given = e > b && lex.Has("ar", "given_name", doc.tokens[b].norm);
      if (!any_unknown && !given && !(named_cue && e > b)) continue;
      // After "يدعى" a name is one word, plus words the dictionary does not know.
      if (named_cue) {
        uint32_t k = b + 1;
        while (k < e && !analyzer.arabic()->Known(doc.Surface(doc.tokens[k]))) ++k;
        e = k;
      }
      if (e == b) continue;
      NameSpan n;
      n.token_begin = b;
      n.token_end = e;
      n.begin = doc.tokens[b].begin;
      n.end = doc.tokens[e - 1].end;
      n.kind = ActorKind::kPerson;
      n.confidence = title_before ? 0.6 : 0.5;
      out.push_back(n);
      t = e - 1;
    }
    // "ويرى الخبير العسكري العميد المتقاعد نبيل ملحم أن ...": after a verb of
    // saying, the speaker's name ends right before the complementizer, behind
    // a title and its qualifiers; it starts with a known given name.
    for (uint32_t t = s.token_begin; t + 2 < s.token_end; ++t) {
      if (!cue_before(t)) continue;
      uint32_t c = t + 1;
      while (c < s.token_end && c < t + 12 && doc.tokens[c].is_word && !kComplementizers.count(doc.tokens[c].norm)) ++c;
      if (c >= s.token_end || !kComplementizers.count(doc.tokens[c].norm)) continue;
      for (uint32_t b = c >= t + 4 ? c - 3 : t + 1; b + 1 < c; ++b) {
        if (!lex.Has("ar", "given_name", doc.tokens[b].norm)) continue;
        bool free = true;
        for (uint32_t k = b; k < c; ++k) free = free && !covered[k];
        for (const NameSpan& o : out) free = free && (o.token_end <= b || o.token_begin >= c);
        if (!free) break;
        NameSpan n;
        n.token_begin = b;
        n.token_end = c;
        n.begin = doc.tokens[b].begin;
        n.end = doc.tokens[c - 1].end;
        n.kind = ActorKind::kPerson;
        n.confidence = 0.55;
        out.push_back(n);
        break;
      }
    }
  }
  std::sort(out.begin(), out.end(), [](const NameSpan& a, const NameSpan& b) { return a.token_begin < b.token_begin; });
  return out;
}

}  // namespace

std::vector<NameSpan> FindUnknownNames(const Document& doc, const std::vector<DictMatch>& dict,
                                       const NameLexicon& lexicon, const Analyzer& analyzer) {
  if (doc.lang == "en" || doc.lang == "pl") return FindCased(doc, dict, lexicon, analyzer);
  if (doc.lang == "ja") return FindJapanese(doc, dict, lexicon);
  if (doc.lang == "ar") return FindArabic(doc, dict, lexicon, analyzer);
  return {};
}

}  // namespace kg::ingest
