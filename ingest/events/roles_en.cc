// English roles: subject-verb-object order, passives ("were sent by Iranian
// operatives"), nominal triggers ("Iran's threat", "Russian interference"),
// prepositional targets, reported speech, negation and modality.

#include <algorithm>
#include <set>

#include "ingest/events/sentence_view.h"

namespace kg::ingest {

namespace {

const std::set<std::string> kBoundaries = {";",       ":",     "\"",    "\u201c", "\u201d",  "that",  "which",
                                           "who",     "whom",  "whether", "because", "while",   "although", "but",
                                           "whereas", "if",    "when",    "after",   "before",  "since", "until",
                                           "unless"};
const std::set<std::string> kPrepositions = {"to",   "in",    "into", "on",   "against", "with", "from", "for",
                                             "of",   "at",    "by",   "about", "over",   "onto", "toward",
                                             "towards", "under", "via",  "through", "after", "before", "during"};
const std::set<std::string> kDeterminers = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "these",
                                            "those", "some", "all", "several", "many"};
const std::set<std::string> kBeForms = {"is", "are", "was", "were", "be", "been", "being", "get", "got", "gets"};
const std::set<std::string> kPassiveAdverbs = {"reportedly", "allegedly", "already", "also", "not", "apparently",
                                               "recently", "later", "then", "never", "probably", "earlier",
                                               "directly", "actually", "originally", "first"};
const std::set<std::string> kIrregularParticiples = {"sent", "struck", "stolen", "told", "met", "made", "given", "held",
                                                     "hit", "shot", "taken", "sought", "bought", "brought", "seen",
                                                     "written", "said", "won", "beaten", "fought", "known", "thrown"};
const std::vector<std::string> kThemeStops = {"to", "in", "on", "against", "with", "from", "for", "by", "at",
                                              "that", "and", "or", "but", "which", "who", "as", "after", "before"};

// Punctuation folds to nothing, so quotes are recognised by their surface.
bool IsBoundary(const SentenceView& v, uint32_t t) {
  return kBoundaries.count(v.norm(t)) > 0 || kBoundaries.count(std::string(v.surface(t))) > 0;
}

// The preposition a mention hangs on ("to", "by"; "" = none), looking back
// over determiners and modifiers ("of the London-based X").
// True when a verb of reporting comes before token t in its sentence: then
// "would" is the future seen from the past ("Britain said it would send").
bool ReportedBefore(const SentenceView& v, uint32_t t) {
  static const std::set<std::string> kReporting = {"said", "says", "told", "announced", "added", "stated",
                                                   "warned", "insisted", "confirmed", "promised", "pledged",
                                                   "vowed", "threatened", "declared", "indicated", "signalled",
                                                   "signaled", "agreed", "decided", "saying"};
  for (uint32_t k = v.begin(); k < t; ++k) {
    if (kReporting.count(v.norm(k))) return true;
  }
  return false;
}

std::string MarkerBefore(const SentenceView& v, int m, uint32_t stop = 0) {
  uint32_t t = v.mention(m).token_begin;
  for (int steps = 0; steps < 5 && t > std::max(stop, v.begin()); ++steps) {
    --t;
    const std::string& n = v.norm(t);
    if (kPrepositions.count(n)) return n;
    if (IsBoundary(v, t)) return "";
    // The actor's own title in front of its name ("for President Putin").
    if (v.MentionAt(t) >= 0 && v.mention(v.MentionAt(t)).actor_id == v.mention(m).actor_id) {
      t = v.mention(v.MentionAt(t)).token_begin;
      continue;
    }
    if (kDeterminers.count(n) || v.surface(t) == "-" || v.tok(t).is_number) continue;  // "of 35 US diplomats"
    // A name inside a hyphenated modifier ("the London-based X") is part of it.
    if (v.MentionAt(t) >= 0 && t + 1 < v.end() && v.surface(t + 1) == "-") {
      t = v.mention(v.MentionAt(t)).token_begin;
      continue;
    }
    if (!v.tok(t).is_word || v.MentionAt(t) >= 0) return "";
    // A modifier word ("London-based", "new") may sit between; a verb may not.
    if (!v.tok(t).capitalized && n.size() > 3 && (n.compare(n.size() - 2, 2, "ed") == 0 || n.compare(n.size() - 3, 3, "ing") == 0) &&
        !(t > v.begin() && v.surface(t - 1) == "-")) {
      return "";
    }
  }
  return "";
}

bool IsParticiple(const SentenceView& v, uint32_t t) {
  const std::string& n = v.norm(t);
  return (n.size() > 3 && n.compare(n.size() - 2, 2, "ed") == 0) || kIrregularParticiples.count(n) > 0;
}

}  // namespace

Frame FindRolesEn(const SentenceView& v, const TriggerHit& hit, const TriggerLexicon& lex, const std::string& family) {
  Frame f;
  const uint32_t t = hit.token, te = hit.token_end;
  // The clause around the trigger.
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

  // Passive: "was attacked", "were reportedly sent", or a participle with "by".
  uint32_t p = t;
  while (p > f.clause_begin && kPassiveAdverbs.count(v.norm(p - 1))) --p;
  uint32_t after = te;
  while (after < v.end() && kPassiveAdverbs.count(v.norm(after))) ++after;
  if (after < v.end() && (v.norm(after) == "recently" || v.norm(after) == "earlier")) ++after;
  const bool by_follows = after < v.end() && v.norm(after) == "by";
  f.passive = !hit.as_noun && IsParticiple(v, t) &&
              ((p > f.clause_begin && kBeForms.count(v.norm(p - 1))) || by_follows);

  const auto& markers = lex.TargetMarkers("en", family);
  auto wants = [&](const std::string& marker) {
    return std::find(markers.begin(), markers.end(), marker.empty() ? "obj" : marker) != markers.end();
  };
  static const std::vector<std::string> kAnd = {"and", "as well as"};

  if (hit.as_noun) {
    // "Iran's threat", "Russian interference", "the attack by X", "X's statement".
    // "the meeting of X" is X's, but "the killing of X" and "the attack of
    // X" are done to X.
    static const std::set<std::string> kPatientOf = {"interfere", "accuse", "attack", "assault", "coerce",
                                                     "sanction", "threaten", "protest"};
    int src = -1;
    if (t > v.begin()) {
      uint32_t b = t - 1;
      // Only adjectives may stand between a possessor and the noun ("Iran's
      // latest threat"); "to Putin the expulsion" has no possessor.
      while (b > v.begin() && (v.norm(b) == "new" || v.norm(b) == "latest" || v.norm(b) == "recent")) --b;
      const int m = v.MentionAt(b);
      if (m >= 0) {
        // A name (not an adjective like "Russian") before an act done to
        // someone is its victim: "the SolarWinds hack", "the Skripal poisoning".
        const bool possessive = v.surface(b).ends_with("s") && b + 1 <= t && v.mention(m).end < v.tok(b).end;
        const bool victim = kPatientOf.count(family) && v.mention(m).role == MentionRole::kName &&
                            v.KindOf(m) != ActorKind::kCountry && !possessive;
        if (victim) f.target = m;
        else src = m;
      }
    }
    for (uint32_t i = te; src < 0 && i < std::min(f.clause_end, te + 4); ++i) {
      const int m = v.MentionAt(i);
      if (m >= 0) {
        const std::string mk = MarkerBefore(v, m);
        if (mk == "by" || mk == "from" || (mk == "of" && !kPatientOf.count(family))) src = m;
        if (mk == "of" && kPatientOf.count(family) && f.target < 0) f.target = m;
        break;
      }
    }
    // "talks between Russian and Ukrainian delegations", "the meeting
    // between Biden and Xi": the first is the source, the second the target.
    if (src < 0 && te + 1 < f.clause_end && v.norm(te) == "between") {
      int first = -1, second = -1;
      for (uint32_t i = te + 1; i < std::min(f.clause_end, te + 8); ++i) {
        const int m = v.MentionAt(i);
        if (m < 0) continue;
        if (first < 0) {
          first = m;
          i = v.mention(m).token_end;
          if (i >= f.clause_end || v.norm(i) != "and") break;
        } else {
          second = m;
          break;
        }
      }
      if (first >= 0 && second >= 0) {
        src = first;
        f.target = second;
      }
    }
    if (src >= 0) roles::AddCoordinated(v, src, kAnd, &f.sources);
    for (uint32_t i = te; f.target < 0 && i < f.clause_end; ++i) {
      const int m = v.MentionAt(i);
      if (m < 0 || std::find(f.sources.begin(), f.sources.end(), m) != f.sources.end()) continue;
      bool same_actor = false;  // the subject's own title or name in apposition
      for (int src : f.sources) same_actor = same_actor || v.mention(src).actor_id == v.mention(m).actor_id;
      if (same_actor) continue;
      const std::string mk = MarkerBefore(v, m);
      if (!mk.empty() && mk != "by" && wants(mk)) {
        f.target = m;
        break;
      }
    }
    f.drop = f.sources.empty();
    f.confidence = 0.5;
  } else if (f.passive) {
    for (uint32_t i = te; i < f.clause_end; ++i) {
      const int m = v.MentionAt(i);
      if (m >= 0 && MarkerBefore(v, m) == "by") {
        roles::AddCoordinated(v, m, kAnd, &f.sources);
        break;
      }
    }
    // The grammatical subject is the one attacked; a message sent is not an actor.
    for (uint32_t i = p; i > f.clause_begin; --i) {
      const int m = v.MentionAt(i - 1);
      if (m >= 0 && MarkerBefore(v, m).empty()) {
        if (hit.entry->agent_passive) f.target = m;
        break;
      }
    }
    if (f.target < 0) {
      for (uint32_t i = te; i < f.clause_end; ++i) {
        const int m = v.MentionAt(i);
        const std::string mk = m >= 0 ? MarkerBefore(v, m) : "";
        if (m >= 0 && mk != "by" && !mk.empty() && wants(mk)) {
          f.target = m;
          break;
        }
      }
    }
    f.confidence = f.sources.empty() ? 0.45 : 0.65;
  } else {
    // An infinitive after a noun ("attempts to interfere", "efforts to
    // thwart") has no subject of its own in the sentence.
    static const std::set<std::string> kPurposeNouns = {"attempt", "attempts", "effort", "efforts", "bid", "plan",
                                                         "plans", "campaign", "campaigns", "operation", "operations",
                                                         "way", "ways", "right", "decision", "move", "push", "call",
                                                         "calls", "pressure", "ability", "power", "mandate"};
    const bool noun_infinitive = t >= v.begin() + 2 && v.norm(t - 1) == "to" && !v.tok(t - 2).capitalized &&
                                 v.MentionAt(t - 2) < 0 &&
                                 (kPurposeNouns.count(v.norm(t - 2)) ||
                                  (t >= v.begin() + 3 && (kDeterminers.count(v.norm(t - 3)) || v.norm(t - 3) == "of" ||
                                                          v.norm(t - 3) == "any")));
    // Subject: the nearest actor on the left that no preposition governs.
    for (uint32_t i = t; i > f.clause_begin && !noun_infinitive; --i) {
      const uint32_t k = i - 1;
      const int m = v.MentionAt(k);
      if (m >= 0) {
        if (!MarkerBefore(v, m).empty()) {
          i = v.mention(m).token_begin + 1;
          continue;
        }
        roles::AddCoordinated(v, m, kAnd, &f.sources);
        break;
      }
      const std::string& n = v.norm(k);
      if (n == "he" || n == "she" || n == "they" || n == "it" || n == "we") {
        f.source_is_pronoun = true;
        f.plural_subject = n == "they" || n == "we" || n == "it";  // not a person
        break;
      }
    }
    // "X, who ..., said" and "X who said": the relative pronoun's noun is
    // the subject, whether the verb is the relative clause's own or the one
    // after the clause.
    if (f.sources.empty() && !f.source_is_pronoun && !noun_infinitive && f.clause_begin > v.begin() &&
        (v.norm(f.clause_begin - 1) == "who" || v.norm(f.clause_begin - 1) == "which")) {
      bool after_clause = false;
      for (uint32_t k = f.clause_begin; k < t; ++k) after_clause = after_clause || v.surface(k) == ",";
      if (t < f.clause_begin + 3 || after_clause) {
        uint32_t k = f.clause_begin - 1;
        while (k > v.begin() && !v.tok(k - 1).is_word) --k;
        if (k > v.begin() && v.MentionAt(k - 1) >= 0) roles::AddCoordinated(v, v.MentionAt(k - 1), kAnd, &f.sources);
      }
    }
    // '"...," said Pompeo': the speaker follows the verb when the quotation
    // or a comma comes right before it (in "told parliament" it is the addressee).
    const bool inverted = t > v.begin() && (v.surface(t - 1) == "," || v.surface(t - 1) == "\"" ||
                                            v.surface(t - 1) == "\u201d");
    if (f.sources.empty() && !f.source_is_pronoun && hit.entry->speech && inverted && te < v.end() &&
        v.MentionAt(te) >= 0) {
      f.sources.push_back(v.MentionAt(te));
    }
    for (uint32_t i = te; i < f.clause_end; ++i) {
      const int m = v.MentionAt(i);
      if (m < 0 || std::find(f.sources.begin(), f.sources.end(), m) != f.sources.end()) continue;
      bool same_actor = false;  // the subject's own title or name in apposition
      for (int src : f.sources) same_actor = same_actor || v.mention(src).actor_id == v.mention(m).actor_id;
      if (same_actor) continue;
      const std::string mk = MarkerBefore(v, m, te);  // the verb itself ends the search: "meet President Putin"
      if (wants(mk)) {
        f.target = m;
        break;
      }
    }
    f.confidence = f.sources.empty() ? 0.45 : 0.7;
  }

  // Theme: what follows the verb (or its object).
  uint32_t theme_from = te;
  if (f.target >= 0 && v.mention(f.target).token_begin == te) theme_from = v.mention(f.target).token_end;
  while (theme_from < f.clause_end && kDeterminers.count(v.norm(theme_from))) ++theme_from;
  if (!hit.entry->speech) f.theme = roles::Theme(v, theme_from, f.clause_end, kThemeStops);

  if (hit.entry->speech) {
    f.complement_begin = te;
    f.complement_end = v.end();
  }
  for (uint32_t i = std::max(f.clause_begin, t >= 3 ? t - 3 : 0); i < t; ++i) {
    const std::string& n = v.norm(i);
    if (n == "not" || n == "never" || n == "no" || (n.size() > 2 && n.compare(n.size() - 2, 2, " t") == 0)) {
      f.negated = true;
    }
  }
  for (uint32_t i = std::max(f.clause_begin, t >= 4 ? t - 4 : 0); i < t; ++i) {
    const std::string& n = v.norm(i);
    if (v.MentionAt(i) >= 0 || v.tok(i).capitalized) continue;  // "Theresa May announced"
    if (n == "will" || n == "ll" || n == "shall") f.modality = Modality::kFuture;
    else if (n == "would" && ReportedBefore(v, i)) f.modality = Modality::kFuture;  // "said it would send"
    else if (n == "would" || n == "could" || n == "may" || n == "might") f.modality = Modality::kPossible;
    else if (n.rfind("plan", 0) == 0 || n.rfind("intend", 0) == 0 || n == "aims" || n == "set" ||
             n == "going" || n == "expected" || n == "prepared") {
      if (i + 1 < t && v.norm(i + 1) == "to") f.modality = Modality::kPlanned;
    }
  }
  return f;
}

}  // namespace kg::ingest
