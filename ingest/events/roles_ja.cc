// Japanese roles from particles: は/が/も mark the subject (the topic of a
// sentence is the subject of its verbs unless a closer が intervenes), に and
// に対し the recipient or target, を the object, によって/により/による the
// agent of a passive, から the origin of something sent, によると/によれば the
// source of a claim. A verb of saying closes its quotation with と; negation
// and plans follow the verb (〜ない, 〜予定).

#include <algorithm>

#include "ingest/events/sentence_view.h"

namespace kg::ingest {

namespace {

// The particle (or particle phrase) right after a mention, e.g. "は",
// "によって", "に対し"; "" when none. Title suffixes (氏, 長官) in between
// are part of the mention's phrase.
std::string ParticleAfter(const SentenceView& v, int m) {
  uint32_t t = v.mention(m).token_end;
  // Skip a title/honorific mention of the same actor (ラトクリフ氏).
  while (t < v.end() && v.MentionAt(t) >= 0 && v.mention(v.MentionAt(t)).actor_id == v.mention(m).actor_id) {
    t = v.mention(v.MentionAt(t)).token_end;
  }
  // Closing quotes and brackets sit between a name and its particle
  // (「X」から), and so do counts (外交官23人を).
  while (t < v.end() && (v.surface(t) == "」" || v.surface(t) == "』" || v.surface(t) == "）" || v.surface(t) == ")" ||
                         v.tok(t).pos1 == "数" || (v.tok(t).pos1 == "接尾" && v.tok(t).pos == "名詞"))) {
    ++t;
  }
  std::string out;
  for (uint32_t k = t; k < v.end() && k < t + 3; ++k) {
    if (v.tok(k).pos != "助詞" && !(k > t && (v.surface(k) == "よる" || v.surface(k) == "より" ||
                                              v.surface(k) == "対し" || v.surface(k) == "対して" ||
                                              v.surface(k) == "よっ" || v.surface(k) == "て" ||
                                              v.surface(k) == "ば"))) {
      break;
    }
    out += v.surface(k);
  }
  return out;
}

bool IsSubjectParticle(const std::string& p) { return p == "は" || p == "が" || p == "も" || p == "では"; }

bool IsQuotativeTo(const SentenceView& v, uint32_t k) { return v.surface(k) == "と" && v.tok(k).pos2 == "引用"; }

// Where the quotation closed by the quotative と at `q` starts: at its
// opening bracket when it is bracketed (「…」と), else after the topic that
// opens the sentence and the comma after it.
uint32_t QuoteStart(const SentenceView& v, uint32_t q) {
  if (q > v.begin() && v.surface(q - 1) == "」") {
    for (uint32_t k = q - 1; k > v.begin(); --k) {
      if (v.surface(k - 1) == "「") return k - 1;
    }
  }
  for (uint32_t k = v.begin(); k < q; ++k) {
    if (v.surface(k) == "、") return k + 1;
  }
  return v.begin();
}

// True when token k lies inside a quotation that does not contain `t`.
bool InOtherQuote(const SentenceView& v, uint32_t k, uint32_t t) {
  for (uint32_t q = k; q < v.end() && q < t; ++q) {
    if (IsQuotativeTo(v, q) && QuoteStart(v, q) <= k) return true;
  }
  return false;
}

// True when a verb stands between token k and the trigger t: a が-subject
// belongs to the first verb after it, not to a later one.
bool VerbBetween(const SentenceView& v, uint32_t k, uint32_t t) {
  for (uint32_t i = k; i < t; ++i) {
    if (v.tok(i).pos == "動詞" && v.tok(i).pos1 == "自立" && v.tok(i).lemma != "する") return true;
    if (v.tok(i).pos1 == "サ変接続" && i + 1 < t && v.tok(i + 1).lemma == "する") return true;
  }
  return false;
}

}  // namespace

Frame FindRolesJa(const SentenceView& v, const TriggerHit& hit, const TriggerLexicon& lex, const std::string& family) {
  Frame f;
  const uint32_t t = hit.token, te = hit.token_end;
  f.clause_begin = v.begin();
  f.clause_end = v.end();
  // The verb complex after the trigger: する, passive れる/られる, negation, tense.
  uint32_t vc_end = te;
  bool passive = false;
  while (vc_end < v.end() && vc_end < te + 6) {
    const Token& k = v.tok(vc_end);
    if (k.pos != "動詞" && k.pos != "助動詞" && !(k.pos == "助詞" && (v.surface(vc_end) == "て" || v.surface(vc_end) == "で"))) {
      break;
    }
    if (k.lemma == "れる" || k.lemma == "られる" || k.lemma == "される") passive = true;
    if (k.lemma == "ない" || k.lemma == "ぬ" || v.surface(vc_end) == "ず" || k.lemma == "ません") f.negated = true;
    ++vc_end;
  }
  // The clause: back to the previous verb phrase ending in 、 or a quotation
  // particle と, forward to the end of the verb complex.
  for (uint32_t i = t; i > v.begin(); --i) {
    const std::string_view sf = v.surface(i - 1);
    if (sf == "。" || (sf == "と" && v.tok(i - 1).pos1 == "格助詞" && i - 1 > v.begin() &&
                      (v.surface(i - 2) == "」" || v.tok(i - 2).pos == "助動詞" || v.tok(i - 2).pos == "動詞"))) {
      f.clause_begin = i;
      break;
    }
  }
  f.clause_end = std::min<uint32_t>(v.end(), vc_end + 1);
  f.passive = passive;

  const auto& markers = lex.TargetMarkers("ja", family);
  auto wants = [&](const std::string& p) { return std::find(markers.begin(), markers.end(), p) != markers.end(); };

  // Mentions before the trigger with their particles.
  int subject = -1, agent = -1, origin = -1, genitive = -1;
  for (uint32_t i = t; i > v.begin(); --i) {
    const int m = v.MentionAt(i - 1);
    if (m < 0) continue;
    i = v.mention(m).token_begin + 1;
    if (InOtherQuote(v, v.mention(m).token_begin, t)) continue;  // someone else's words
    const std::string p = ParticleAfter(v, m);
    if ((p == "が" || p == "も") && VerbBetween(v, v.mention(m).token_end, t)) continue;
    if (p.rfind("によっ", 0) == 0 || p == "により" || p == "による") {
      if (agent < 0) agent = m;
    } else if (p == "から" && origin < 0) {
      origin = m;
    } else if (p == "の" && genitive < 0 && v.mention(m).token_end + 1 >= t) {
      genitive = m;  // directly before the trigger: 北朝鮮の攻撃
    } else if (IsSubjectParticle(p) && subject < 0) {
      subject = m;
    } else if (p == "によると" || p == "によれば") {
      f.attribution = m;
    }
  }
  // A verb of saying: the quotation ends with the quotative と before the
  // verb. The speaker is a subject between that と and the verb
  // (…と、米国の情報機関が主張した), or else the topic that opens the sentence
  // (ラトクリフ氏は、…と述べた); mentions inside the quotation are not the speaker.
  // Verbs that take a quotation (述べる, and 非難する, 主張する ... when と
  // precedes them): …と非難した.
  const bool quotative = (t > v.begin() && v.surface(t - 1) == "と" && v.tok(t - 1).pos2 == "引用") ||
                         (t > v.begin() + 1 && v.surface(t - 1) == "、" && v.surface(t - 2) == "と" &&
                          v.tok(t - 2).pos2 == "引用");
  if (hit.entry->speech || quotative) {
    uint32_t q = t;
    while (q > v.begin() && !(v.surface(q - 1) == "と" && v.tok(q - 1).pos2 == "引用")) --q;
    if (q > v.begin()) {
      const uint32_t quote_end = q - 1;
      int speaker = -1;
      for (uint32_t i = q; i < t; ++i) {
        const int m = v.MentionAt(i);
        if (m >= 0 && IsSubjectParticle(ParticleAfter(v, m))) {
          speaker = m;
          break;
        }
      }
      uint32_t complement_begin = QuoteStart(v, quote_end);
      if (speaker < 0) {
        // The topic (は) that opens the sentence, before the quotation.
        for (uint32_t i = v.begin(); i < quote_end; ++i) {
          const int m = v.MentionAt(i);
          if (m < 0) continue;
          i = v.mention(m).token_end - 1;
          if (ParticleAfter(v, m) == "は") {
            speaker = m;
            // The quotation starts at its bracket or after the topic's comma
            // ("Xは９日、…と"), so a time before it belongs to the verb of saying.
            complement_begin = std::max(complement_begin, v.mention(m).token_end);
            break;
          }
        }
      }
      if (speaker >= 0) {
        roles::AddCoordinated(v, speaker, {"と", "や"}, &f.sources);
      } else {
        f.source_is_pronoun = true;
      }
      f.complement_begin = complement_begin;
      f.complement_end = quote_end;
      f.clause_begin = q;
      if (!hit.entry->speech || family == "accuse" || family == "deny") {
        // "ロシアが攻撃を仕掛けたと非難した": the quotation's subject is the
        // target, else the first actor it names ("「英国の行動は挑発だ」と非難").
        int first = -1;
        for (uint32_t i = complement_begin; i < quote_end && f.target < 0; ++i) {
          const int m = v.MentionAt(i);
          if (m < 0) continue;
          i = v.mention(m).token_end - 1;
          if (std::find(f.sources.begin(), f.sources.end(), m) != f.sources.end()) continue;
          if (first < 0) first = m;
          if (IsSubjectParticle(ParticleAfter(v, m))) f.target = m;
        }
        if (f.target < 0 && family == "accuse") f.target = first;
      }
      f.confidence = f.sources.empty() ? 0.45 : 0.75;
      for (uint32_t k = vc_end; k < std::min<uint32_t>(v.end(), vc_end + 3); ++k) {
        const std::string& l = v.tok(k).lemma;
        if (l == "予定" || l == "方針" || l == "計画") f.modality = Modality::kPlanned;
      }
      return f;
    }
  }
  if (f.passive || agent >= 0) {
    const int src = agent >= 0 ? agent : origin;
    if (src >= 0) f.sources.push_back(src);
    if (subject >= 0 && hit.entry->agent_passive) f.target = subject;
  } else if (hit.as_noun) {
    // A noun trigger takes its source from a genitive or による only
    // (イランの攻撃, 外国による干渉); the sentence subject is another verb's.
    if (genitive >= 0) f.sources.push_back(genitive);
  } else if (subject >= 0) {
    f.sources.push_back(subject);
  } else if (origin >= 0 && (family == "send")) {
    f.sources.push_back(origin);
  }
  // Coordinated subjects: 中国、ロシア、イランは (also written without a comma).
  if (!f.sources.empty()) {
    int first = f.sources[0];
    std::vector<int> coordinated;
    roles::AddCoordinated(v, first, {"と", "や", "及び", "および"}, &coordinated);
    while (coordinated.size() < 5) {
      const uint32_t b = v.mention(coordinated.front()).token_begin;
      if (b <= v.begin() || v.MentionAt(b - 1) < 0) break;
      const int prev = v.MentionAt(b - 1);
      if (v.KindOf(prev) != v.KindOf(coordinated.front())) break;
      std::vector<int> more;
      roles::AddCoordinated(v, prev, {"と", "や", "及び", "および"}, &more);
      more.insert(more.end(), coordinated.begin(), coordinated.end());
      coordinated = more;
    }
    f.sources = coordinated;
  }
  // A dropped subject (not for a passive, whose subject is the patient).
  if (f.sources.empty() && !hit.as_noun && !f.passive) f.source_is_pronoun = true;
  if (hit.as_noun && f.sources.empty()) f.drop = true;

  // Target: a mention before the trigger with a marking particle.
  for (uint32_t i = t; i > f.clause_begin && f.target < 0; --i) {
    const int m = v.MentionAt(i - 1);
    if (m < 0) continue;
    i = v.mention(m).token_begin + 1;
    if (std::find(f.sources.begin(), f.sources.end(), m) != f.sources.end()) continue;
    const std::string p = ParticleAfter(v, m);
    if (wants(p)) {
      f.target = m;
    } else if (p == "の") {
      // "米国の選挙を攻撃": the actor owning the object is the target.
      for (uint32_t k = v.mention(m).token_end + 1; k < t && k < v.mention(m).token_end + 5; ++k) {
        if (v.tok(k).pos == "助詞") {
          if (wants(std::string(v.surface(k)))) f.target = m;
          break;
        }
      }
    }
  }
  // Theme: the を-phrase before the trigger.
  for (uint32_t i = t; i > f.clause_begin; --i) {
    if (v.surface(i - 1) == "を" && v.tok(i - 1).pos == "助詞") {
      uint32_t b = i - 1;
      while (b > f.clause_begin && v.tok(b - 1).pos != "助詞" && v.tok(b - 1).pos != "記号" && i - 1 - b < 6) --b;
      f.theme = roles::Span(v, b, i - 1);
      break;
    }
  }
  if (hit.entry->speech) {
    // The quotation ends with と just before the verb (or before its subject).
    f.complement_begin = v.begin();
    f.complement_end = t;
  }
  for (uint32_t k = vc_end; k < std::min<uint32_t>(v.end(), vc_end + 3); ++k) {
    const std::string& l = v.tok(k).lemma;
    if (l == "予定" || l == "方針" || l == "計画" || l == "つもり" || l == "見通し" || l == "考え") {
      f.modality = Modality::kPlanned;
    }
  }
  // A non-past verb quoted by と ("追放すると表明した", "支援すると述べた")
  // is something announced for the future.
  if (f.modality == Modality::kAsserted && vc_end >= te && vc_end < v.end() && v.surface(vc_end) == "と" &&
      v.tok(vc_end - 1).conj == "基本形" && v.tok(vc_end - 1).lemma != "いる" && v.tok(vc_end - 1).lemma != "ある" &&
      v.tok(vc_end - 1).pos != "助動詞") {
    f.modality = Modality::kFuture;
  }
  // Sentence-final hedges (かもしれない, 可能性がある, だろう) scope over the sentence.
  for (uint32_t k = te; k < v.end(); ++k) {
    if (v.surface(k) == "かも" || v.tok(k).lemma == "可能性" || v.tok(k).lemma == "だろう") {
      f.modality = Modality::kPossible;
    }
  }
  f.confidence = f.sources.empty() ? 0.45 : 0.7;
  return f;
}

}  // namespace kg::ingest
