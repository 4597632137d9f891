// Arabic roles: verb-subject-object and subject-verb order, "قال X إن ...",
// passives with "من قبل X", masdar triggers whose source follows them in
// construct ("تدخل إيران"), targets marked by prepositions or proclitics
// ("للناخبين"), negation particles and the future prefix.

#include <algorithm>
#include <map>
#include <set>

#include "graph/text/fold.h"
#include "ingest/events/sentence_view.h"
#include "ingest/text/arabic_clitics.h"

namespace kg::ingest {

namespace {

const std::string& F(const char* s) {
  static thread_local std::map<const char*, std::string> cache;
  auto it = cache.find(s);
  if (it == cache.end()) it = cache.emplace(s, FoldForMatch(s)).first;
  return it->second;
}

bool Is(const SentenceView& v, uint32_t t, std::initializer_list<const char*> words) {
  for (const char* w : words) {
    if (v.norm(t) == F(w)) return true;
  }
  return false;
}

// Complementizers and relative pronouns end a clause.
bool IsBoundary(const SentenceView& v, uint32_t t) {
  return Is(v, t, {"إن", "أن", "أنه", "أنها", "إنه", "إنها", "بأن", "الذي", "التي", "الذين", "حيث", "لكن", "بينما", "ما", "فيما", "وفيما"}) ||
         v.surface(t) == "\"" || v.surface(t) == "\u201c" || v.surface(t) == "\u201d" || v.surface(t) == ":";
}

// The preposition governing a mention: a separate word before it ("إلى X")
// or a proclitic the matcher stripped ("للناخبين", "بواشنطن").
std::string MarkerOf(const SentenceView& v, int m) {
  const ResolvedMention& rm = v.mention(m);
  const Token& first = v.tok(rm.token_begin);
  if (rm.begin > first.begin) {  // proclitics were stripped
    std::string pre(v.doc().text.substr(first.begin, rm.begin - first.begin));
    const std::string folded = FoldForMatch(pre);
    for (const char* p : {"ل", "ب", "ك"}) {
      if (folded.find(F(p)) != std::string::npos) return F(p);
    }
  }
  if (rm.token_begin > v.begin()) {
    const uint32_t k = rm.token_begin - 1;
    if (Is(v, k, {"إلى", "على", "في", "مع", "ضد", "من", "عن", "ل", "ب", "لدى"})) return v.norm(k);
    if (Is(v, k, {"قبل"}) && k > v.begin() && Is(v, k - 1, {"من"})) return "by";
  }
  return "";
}

bool StartsFuture(const SentenceView& v, uint32_t t) {
  // سـ + imperfect verb: سيرسل, ستعلن, سنبحث; also after و/ف (وستفرض).
  std::string_view n = v.norm(t);
  static const std::string kWa = FoldForMatch("و"), kFa = FoldForMatch("ف");
  if (n.starts_with(kWa) || n.starts_with(kFa)) n.remove_prefix(kWa.size());
  static const std::vector<std::string> kPrefixes = {FoldForMatch("سي"), FoldForMatch("ست"), FoldForMatch("سن"),
                                                     FoldForMatch("سا")};
  for (const auto& p : kPrefixes) {
    if (n.starts_with(p) && n.size() > p.size() + 4) return true;
  }
  return false;
}

}  // namespace

Frame FindRolesAr(const SentenceView& v, const TriggerHit& hit, const TriggerLexicon& lex, const std::string& family) {
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
  uint32_t first_boundary_after = v.end();
  for (uint32_t i = te; i < v.end(); ++i) {
    if (IsBoundary(v, i)) {
      first_boundary_after = i;
      break;
    }
  }
  f.clause_end = first_boundary_after;
  // "، وقال ...": a comma and a word with و that is not a name start the
  // next coordinated clause ("، وروسيا" continues a list).
  static const std::string kWaw = FoldForMatch("و");
  for (uint32_t i = te; i + 1 < f.clause_end; ++i) {
    const bool comma = v.surface(i) == "\u060C" || v.surface(i) == ",";
    if (comma && v.norm(i + 1).starts_with(kWaw) && v.MentionAt(i + 1) < 0 && v.norm(i + 1).size() > 4) {
      f.clause_end = i;
      break;
    }
  }
  const auto& markers = lex.TargetMarkers("ar", family);
  auto wants = [&](const std::string& marker) {
    const std::string key = marker.empty() ? "obj" : marker;
    return std::find(markers.begin(), markers.end(), key) != markers.end();
  };
  static const std::vector<std::string> kAnd = {FoldForMatch("و")};

  // Passive with an agent: "... من قبل X" (close to a masdar: "تم توضيحه مساء
  // الأربعاء من قبل X"; a later agent belongs to another verb).
  int agent = -1;
  const uint32_t agent_limit = hit.as_noun ? std::min(f.clause_end, te + 5) : f.clause_end;
  for (uint32_t i = te; i < agent_limit; ++i) {
    const int m = v.MentionAt(i);
    if (m >= 0 && MarkerOf(v, m) == "by") {
      agent = m;
      break;
    }
  }
  if (agent >= 0) {
    f.passive = true;
    roles::AddCoordinated(v, agent, kAnd, &f.sources);
  } else if (hit.as_noun) {
    // Construct state: the actor right after the masdar is its source
    // ("تدخل إيران وروسيا"), possibly with coordinated ones.
    if (te < v.end() && v.MentionAt(te) >= 0 && MarkerOf(v, v.MentionAt(te)).empty()) {
      const int m = v.MentionAt(te);
      f.sources.push_back(m);
      uint32_t k = v.mention(m).token_end;
      while (k < f.clause_end && v.MentionAt(k) >= 0 && f.sources.size() < 5) {
        const int next = v.MentionAt(k);
        // "وروسيا": the conjunction is a proclitic inside the token.
        if (v.mention(next).begin == v.tok(k).begin && MarkerOf(v, next).empty()) break;
        f.sources.push_back(next);
        k = v.mention(next).token_end;
      }
    }
    // A purpose masdar ("تستخدم ... لإرسال رسائل") has the subject of the verb it serves.
    bool purpose = false;
    if (f.sources.empty() && v.norm(t).rfind(F("ل"), 0) == 0) {
      for (uint32_t i = t; i > f.clause_begin; --i) {
        const int m = v.MentionAt(i - 1);
        if (m < 0) continue;
        if (MarkerOf(v, m).empty()) roles::AddCoordinated(v, m, kAnd, &f.sources);
        purpose = !f.sources.empty();
        break;
      }
    }
    f.drop = f.sources.empty();
    f.confidence = purpose ? 0.4 : 0.5;
  } else {
    // Verb first: the subject follows the verb directly.
    if (te < f.clause_end && v.MentionAt(te) >= 0 && MarkerOf(v, v.MentionAt(te)).empty()) {
      f.sources.push_back(v.MentionAt(te));
    }
    if (!f.sources.empty()) {
      uint32_t k = v.mention(f.sources.back()).token_end;
      // A title and the name after it are one subject ("الرئيس الروسي فلاديمير بوتين").
      while (k < f.clause_end && v.MentionAt(k) >= 0 &&
             v.mention(v.MentionAt(k)).actor_id == v.mention(f.sources.back()).actor_id) {
        k = v.mention(v.MentionAt(k)).token_end;
      }
      while (k < f.clause_end && v.MentionAt(k) >= 0 && f.sources.size() < 5) {
        const int next = v.MentionAt(k);
        if (v.mention(next).begin == v.tok(k).begin) break;  // no و before it: not coordinated
        f.sources.push_back(next);
        k = v.mention(next).token_end;
      }
    }
    // Subject first: the nearest actor on the left in the clause.
    if (f.sources.empty()) {
      for (uint32_t i = t; i > f.clause_begin; --i) {
        const int m = v.MentionAt(i - 1);
        if (m < 0) continue;
        if (MarkerOf(v, m).empty()) roles::AddCoordinated(v, m, kAnd, &f.sources);
        break;
      }
    }
    // "... X الذي قال": a relative pronoun stands for the noun before it.
    if (f.sources.empty() && f.clause_begin > v.begin() && Is(v, f.clause_begin - 1, {"الذي", "التي", "الذين"})) {
      uint32_t k = f.clause_begin - 1;
      while (k > v.begin() && !v.tok(k - 1).is_word) --k;
      if (k > v.begin() && v.MentionAt(k - 1) >= 0) f.sources.push_back(v.MentionAt(k - 1));
    } else if (f.sources.empty()) {
      // Arabic drops subject pronouns; but a noun right after the verb is its
      // (non-actor) subject ("حصلت كلتا الدولتين", "أشارت البيانات").
      // "أنها سترسل": the complementizer carries the subject pronoun; a word
      // in the accusative ("مزيدا", "هجوما") is an object, not a subject.
      static const std::string kAlif = FoldForMatch("ا");
      const bool pronoun_subject = t > v.begin() && Is(v, t - 1, {"أنه", "أنها", "إنه", "إنها", "أنهم", "إنهم"});
      const bool accusative = te < v.end() && v.norm(te).size() > 3 * kAlif.size() && v.norm(te).ends_with(kAlif) &&
                              !v.norm(te).starts_with(FoldForMatch("ال"));
      const bool noun_follows = !pronoun_subject && !accusative && te < f.clause_end && v.tok(te).is_word && !v.tok(te).is_number &&
                                !Is(v, te, {"إن", "أن", "أنه", "أنها", "إنه", "إنها", "على", "في", "إلى", "من", "عن",
                                            "مع", "بأن", "أيضا", "اليوم", "أمس", "قائلا"}) &&
                                v.MentionAt(te) < 0;
      // A verb written with the passive's damma (يُزعم, أُرسلت) has no agent subject.
      const std::string_view sf = v.surface(t);
      const bool vocalized_passive = sf.size() >= 4 && sf.substr(2, 2) == "\u064F";
      if (!noun_follows && !vocalized_passive) {
        f.source_is_pronoun = true;
        const std::string& n = v.norm(t);
        f.plural_subject = n.size() > 4 && n.compare(n.size() - 4, 4, FoldForMatch("وا")) == 0;
      }
    }
    f.confidence = f.sources.empty() ? 0.45 : 0.7;
  }
  // Target: after the trigger (and its subject), by marker.
  const uint32_t from = f.sources.empty() ? te : std::max(te, v.mention(f.sources.back()).token_end);
  for (uint32_t i = from; i < f.clause_end; ++i) {
    const int m = v.MentionAt(i);
    if (m < 0 || std::find(f.sources.begin(), f.sources.end(), m) != f.sources.end()) continue;
    bool same_actor = false;  // the subject's own title or name
    for (int src : f.sources) same_actor = same_actor || v.mention(src).actor_id == v.mention(m).actor_id;
    if (same_actor) continue;
    const std::string mk = MarkerOf(v, m);
    if (mk == "by") continue;
    if (wants(mk)) {
      f.target = m;
      break;
    }
  }
  static const std::vector<std::string> kStops = {FoldForMatch("في"), FoldForMatch("على"), FoldForMatch("إلى"),
                                                  FoldForMatch("من"), FoldForMatch("عن"),  FoldForMatch("مع")};
  if (!hit.entry->speech) f.theme = roles::Theme(v, from, f.clause_end, kStops);
  if (hit.entry->speech && f.passive) {
    // "أول دليل على تدخل إيران ... تم توضيحه من قبل X": what was said comes first.
    f.complement_begin = v.begin();
    f.complement_end = t;
  } else if (hit.entry->speech) {
    // What is said starts at a complementizer or a quotation; "فيما" or
    // "بينما" start another clause that is not said.
    const bool says = first_boundary_after < v.end() &&
                      !Is(v, first_boundary_after, {"الذي", "التي", "الذين", "حيث", "لكن", "بينما", "ما", "فيما", "وفيما"});
    f.complement_begin = says ? first_boundary_after : te;
    f.complement_end = says || first_boundary_after == v.end() ? v.end() : first_boundary_after;
  }
  for (uint32_t i = std::max(f.clause_begin, t >= 2 ? t - 2 : 0); i < t; ++i) {
    if (Is(v, i, {"لم", "لا", "لن", "ليس", "ليست", "عدم", "غير"})) f.negated = true;
  }
  for (uint32_t i = std::max(f.clause_begin, t >= 3 ? t - 3 : 0); i < t; ++i) {
    if (Is(v, i, {"سوف", "لن"})) f.modality = Modality::kFuture;
    if (Is(v, i, {"قد"})) f.modality = Modality::kPossible;
    for (const ArabicCandidate& c : ArabicClitics(v.norm(i), false)) {
      if (c.core == F("خططت") || c.core == F("خطط") || c.core == F("تخطط") || c.core == F("يخطط") ||
          c.core == F("يعتزم") || c.core == F("تعتزم") || c.core == F("ينوي") || c.core == F("تنوي")) {
        f.modality = Modality::kPlanned;
      }
    }
  }
  if (StartsFuture(v, t)) f.modality = Modality::kFuture;
  return f;
}

}  // namespace kg::ingest
