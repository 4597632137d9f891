// Polish roles from case and order: the subject is a nominative actor before
// the verb, or right after it in inversions ("czemu Moskwa zaprzeczyła",
// "zapowiedział Pompeo"); the target an oblique form after it ("oskarżyły
// Rosję") or after a preposition; a noun trigger's source is the genitive
// after it ("ingerencji Rosji"). Reported clauses follow "że"/"iż".

#include <algorithm>

#include "graph/text/fold.h"
#include "ingest/events/sentence_view.h"

namespace kg::ingest {

namespace {

bool IsBoundary(const SentenceView& v, uint32_t t) {
  const std::string& n = v.norm(t);
  // ", a Wielka Brytania zapowiedziała": a new clause with its own subject.
  if ((n == "a" || n == "lecz" || n == "natomiast") && t > v.begin() && v.surface(t - 1) == ",") return true;
  return n == "że" || n == "iż" || n == "który" || n == "która" || n == "które" || n == "którzy" || n == "czemu" ||
         n == "co" || n == "ale" || n == "jednak" || v.surface(t) == ";" || v.surface(t) == ":" ||
         v.surface(t) == "\"" || v.surface(t) == "\u201e" || v.surface(t) == "\u201d" || v.surface(t) == "\u2013" ||
         v.surface(t) == "\u2014";
}

// A mention that can be in the nominative: a singular name whose last word is
// its own lemma (or unknown to Hunspell: foreign names rarely inflect there),
// or a group whose head noun has a plural nominative ending
// ("służby wywiadowcze", "hakerzy"). Obliques such as "Rosję", "Izraelowi",
// "Rosji" fail.
bool Nominative(const SentenceView& v, int m) {
  // A title or a group noun has its head first, genitives after it
  // ("rzecznik rządu", "minister spraw zagranicznych"): the head decides.
  const std::string& id = v.mention(m).actor_id;
  if (id.rfind("title:", 0) == 0 || id.rfind("agent:", 0) == 0 || v.mention(m).link == "title") {
    const Token& head = v.tok(v.mention(m).token_begin);
    if (head.lemma.empty() || head.lemma == head.norm) return true;
    // Masculine plural nominatives: "liderzy", "ministrowie", "przywódcy".
    for (std::string_view end : {"rzy", "owie", "cy", "dzy"}) {
      if (head.norm.size() > end.size() + 2 && std::string_view(head.norm).ends_with(end)) return true;
    }
  }
  // A dictionary actor is nominative when written as one of its listed
  // (nominative) names: "Stany Zjednoczone", "Moskwa", but not "Rosję".
  if (const Actor* a = v.ActorOf(m); a && !a->aliases.empty()) {
    const std::string written = FoldForMatch(v.doc().text.substr(v.mention(m).begin, v.mention(m).end - v.mention(m).begin));
    for (const Alias& al : a->aliases) {
      if (FoldForMatch(al.text) == written) return true;
    }
    if (v.KindOf(m) != ActorKind::kGroup) return false;
    // Not as listed, so inflected, unless it is the plural of a listed
    // singular ("hakerzy" for "haker"), checked below.
  }
  const Token& last = v.tok(v.mention(m).token_end - 1);
  const bool listed = v.ActorOf(m) && !v.ActorOf(m)->aliases.empty();
  if (!listed && (last.lemma.empty() || last.lemma == last.norm)) return true;
  if (v.KindOf(m) != ActorKind::kGroup) return false;
  const std::string& n = last.norm;
  for (std::string_view end : {"y", "i", "e", "owie"}) {
    if (n.size() > end.size() && n.compare(n.size() - end.size(), end.size(), end) == 0) return true;
  }
  return false;
}

std::string PrepositionBefore(const SentenceView& v, int m) {
  const uint32_t b = v.mention(m).token_begin;
  if (b <= v.begin()) return "";
  static const std::vector<std::string> kPreps = {"do", "dla", "na", "w", "we", "z", "ze", "przeciwko", "wobec",
                                                  "od", "o", "przed", "przez", "u", "po", "za", "ku"};
  const std::string& n = v.norm(b - 1);
  return std::find(kPreps.begin(), kPreps.end(), n) != kPreps.end() ? n : "";
}

}  // namespace

Frame FindRolesPl(const SentenceView& v, const TriggerHit& hit, const TriggerLexicon& lex, const std::string& family) {
  Frame f;
  const uint32_t t = hit.token, te = hit.token_end;
  f.clause_begin = v.begin();
  for (uint32_t i = t; i > v.begin(); --i) {
    if (IsBoundary(v, i - 1)) {
      f.clause_begin = i;
      break;
    }
  }
  f.clause_end = v.end();
  for (uint32_t i = te; i < v.end(); ++i) {
    if (IsBoundary(v, i)) {
      f.clause_end = i;
      break;
    }
  }
  const auto& markers = lex.TargetMarkers("pl", family);
  auto wants = [&](const std::string& marker) {
    return std::find(markers.begin(), markers.end(), marker.empty() ? "obj" : marker) != markers.end();
  };
  static const std::vector<std::string> kAnd = {"i", "oraz", "a"};

  bool inverted = false;
  if (hit.as_noun) {
    if (te < f.clause_end && v.MentionAt(te) >= 0 && PrepositionBefore(v, v.MentionAt(te)).empty()) {
      // The genitive after the noun, with coordinated ones ("sprzeciwu Rosji i Chin").
      int m = v.MentionAt(te);
      f.sources.push_back(m);
      for (uint32_t k = v.mention(m).token_end; k + 1 < f.clause_end && f.sources.size() < 5;) {
        if (!(v.norm(k) == "i" || v.norm(k) == "oraz" || v.surface(k) == ",") || v.MentionAt(k + 1) < 0) break;
        m = v.MentionAt(k + 1);
        f.sources.push_back(m);
        k = v.mention(m).token_end;
      }
    } else if (t > v.begin() && v.MentionAt(t - 1) >= 0) {
      f.sources.push_back(v.MentionAt(t - 1));  // an adjective: "rosyjska ingerencja"
    }
    f.drop = f.sources.empty();
    f.confidence = 0.5;
  } else {
    // Subject-verb order is the norm: the nearest actor before the verb that
    // no preposition governs and that can be a nominative.
    for (uint32_t i = t; i > f.clause_begin; --i) {
      const int m = v.MentionAt(i - 1);
      if (m < 0) continue;
      i = v.mention(m).token_begin + 1;
      if (!PrepositionBefore(v, m).empty() || !Nominative(v, m)) continue;
      roles::AddCoordinated(v, m, kAnd, &f.sources);
      break;
    }
    // "..., która zagrozi": a relative pronoun stands for the noun before it.
    const bool relative = f.clause_begin > v.begin() && v.norm(f.clause_begin - 1).rfind("któr", 0) == 0;
    if (f.sources.empty() && relative) {
      uint32_t k = f.clause_begin - 1;
      while (k > v.begin() && !v.tok(k - 1).is_word) --k;
      if (k > v.begin() && v.MentionAt(k - 1) >= 0) f.sources.push_back(v.MentionAt(k - 1));
    }
    if (f.sources.empty()) {  // inversion: the subject follows the verb
      for (uint32_t i = te; i < std::min(f.clause_end, te + 5); ++i) {
        const int m = v.MentionAt(i);
        if (m >= 0 && PrepositionBefore(v, m).empty() && Nominative(v, m)) {
          f.sources.push_back(m);
          inverted = true;
          break;
        }
      }
    }
    if (f.sources.empty() && !relative) {
      f.source_is_pronoun = true;  // Polish drops subject pronouns
      const std::string& n = v.norm(t);
      f.plural_subject = n.size() > 3 && (n.compare(n.size() - 2, 2, "li") == 0 || n.compare(n.size() - 2, 2, "ły") == 0);
    }
    f.confidence = f.sources.empty() ? 0.45 : 0.7;
  }
  for (uint32_t i = te; i < f.clause_end; ++i) {
    const int m = v.MentionAt(i);
    if (m < 0 || std::find(f.sources.begin(), f.sources.end(), m) != f.sources.end()) continue;
    i = v.mention(m).token_end - 1;
    bool same_actor = false;  // the subject's own title or name in apposition
    for (int src : f.sources) same_actor = same_actor || v.mention(src).actor_id == v.mention(m).actor_id;
    if (same_actor) continue;
    const std::string prep = PrepositionBefore(v, m);
    if (prep.empty() && hit.as_noun) continue;  // a noun's bare neighbour is no object: "sankcji, a Wielka Brytania"
    if ((prep.empty() && wants("")) || (!prep.empty() && wants(prep))) {
      f.target = m;
      break;
    }
  }
  // With the subject after the verb, an oblique actor before it is the
  // fronted object ("Rosję oskarżyła Wielka Brytania").
  if (inverted && f.target < 0) {
    for (uint32_t i = t; i > f.clause_begin; --i) {
      const int m = v.MentionAt(i - 1);
      if (m < 0) continue;
      if (PrepositionBefore(v, m).empty() && !Nominative(v, m) && wants("")) f.target = m;
      break;
    }
  }
  static const std::vector<std::string> kStops = {"w", "na", "do", "z", "o", "dla", "przez", "że", "i", "oraz"};
  if (!hit.entry->speech) f.theme = roles::Theme(v, te, f.clause_end, kStops);
  if (hit.entry->speech) {
    f.complement_begin = te;
    f.complement_end = v.end();
    // "…, – ogłosił minister": what was said comes before the verb.
    const bool after_quote = t > v.begin() && (v.surface(t - 1) == "\u2013" || v.surface(t - 1) == "\u2014" ||
                                               v.surface(t - 1) == "," || v.surface(t - 1) == "\u201d");
    if (after_quote && inverted) {
      f.complement_begin = v.begin();
      f.complement_end = t - 1;
    }
  }
  if (t > f.clause_begin && v.norm(t - 1) == "nie") f.negated = true;
  if (t > f.clause_begin + 1 && v.norm(t - 2) == "nie" && v.norm(t - 1) == "się") f.negated = true;
  for (uint32_t i = std::max(f.clause_begin, t >= 3 ? t - 3 : 0); i < t; ++i) {
    const std::string& n = v.norm(i);
    if (n == "będzie" || n == "będą" || n == "zostanie" || n == "zostaną") f.modality = Modality::kFuture;
    if (n.rfind("zamierza", 0) == 0 || n.rfind("planuj", 0) == 0 || n.rfind("planow", 0) == 0) f.modality = Modality::kPlanned;
    if (n == "może" || n == "mogą" || n == "mógłby") f.modality = Modality::kPossible;
  }
  return f;
}

}  // namespace kg::ingest
