#include "ingest/events/event_extractor.h"

#include <algorithm>
#include <map>
#include <set>

#include "graph/model/actor_ids.h"
#include "graph/text/fold.h"
#include "ingest/events/candidate.h"
#include "ingest/events/event_time.h"
#include "ingest/events/sentence_passes.h"
#include "ingest/events/sentence_view.h"
#include "ingest/text/arabic_clitics.h"

namespace kg::ingest {

namespace {


// "according to X" and its equivalents: the mention, and the tokens of the cue.
struct Attribution {
  int mention = -1;
  uint32_t cue_begin = 0, cue_end = 0;
  bool report = false;  // "as AFP writes", "نقلا عن": a report, not a statement
};

Attribution FindAttribution(const SentenceView& v) {
  Attribution a;
  const std::string& lang = v.lang();
  for (uint32_t t = v.begin(); t < v.end(); ++t) {
    auto mention_from = [&](uint32_t k, uint32_t limit) {
      for (uint32_t i = k; i < std::min(v.end(), limit); ++i) {
        if (v.MentionAt(i) >= 0) return v.MentionAt(i);
      }
      return -1;
    };
    int m = -1;
    uint32_t cue_end = t + 1;
    if (lang == "en" && v.norm(t) == "according" && t + 1 < v.end() && v.norm(t + 1) == "to") {
      m = mention_from(t + 2, t + 5);
      cue_end = t + 2;
    } else if (lang == "pl" && (v.norm(t) == "według" || v.norm(t) == "zdaniem")) {
      m = mention_from(t + 1, t + 3);
    } else if (lang == "pl" && v.norm(t) == "jak" && t + 1 < v.end() &&
               (v.norm(t + 1) == "pisze" || v.norm(t + 1) == "podaje" || v.norm(t + 1) == "informuje" ||
                v.norm(t + 1).rfind("poinformowa", 0) == 0 || v.norm(t + 1).rfind("poda", 0) == 0)) {
      m = mention_from(t + 2, t + 4);
      cue_end = t + 2;
      a.report = true;
    } else if (lang == "ar") {
      for (const ArabicCandidate& c : ArabicClitics(v.norm(t), false)) {
        if (c.core == FoldForMatch("وفقا") || c.core == FoldForMatch("وفق") || c.core == FoldForMatch("بحسب") ||
            c.core == FoldForMatch("حسب")) {
          m = mention_from(t, t + 3);
        }
      }
      if (v.norm(t) == FoldForMatch("نقلا") && t + 1 < v.end() && v.norm(t + 1) == FoldForMatch("عن")) {
        m = mention_from(t + 2, t + 4);
        cue_end = t + 2;
        a.report = m >= 0;
      }
    }
    if (m >= 0) {
      a.mention = m;
      a.cue_begin = t;
      a.cue_end = cue_end;
      return a;
    }
  }
  return a;
}

// How many sentences a stated day carries over to events with no time of
// their own ("On Monday the EU imposed sanctions. China retaliated.").
constexpr uint32_t kSceneSentences = 3;

// An English verb in the present tense ("Moscow denies", "says"): a
// standing position, dated by publication rather than by the scene.
bool PresentTense(const SentenceView& v, const TriggerHit& hit) {
  if (v.lang() != "en" || hit.as_noun) return false;
  const std::string& n = v.norm(hit.token);
  if (n.size() > 3 && n.ends_with("s") && !n.ends_with("ss")) return true;
  return hit.token > v.begin() && (v.norm(hit.token - 1) == "is" || v.norm(hit.token - 1) == "are");
}

// Tokens in [b, e) that are not part of an actor mention: Arabic puts the
// subject between a verb and its object ("أقر الاتحاد الأوروبي ... العقوبات").
uint32_t WordsApart(const SentenceView& v, uint32_t b, uint32_t e) {
  uint32_t n = 0;
  for (uint32_t k = b; k < e; ++k) n += v.MentionAt(k) < 0;
  return n;
}

// A light verb with a trigger noun as its object ("launched an attack",
// "imposed sanctions", "شنت هجوما", "攻撃を仕掛けた", "przeprowadziła atak") is
// one event: the noun's type (or the verb's, when the verb has a type of its
// own and is not light), with the verb's roles. The noun is dropped.
std::vector<TriggerHit> LightVerbCompounds(const SentenceView& v, std::vector<TriggerHit> hits) {
  static const std::set<std::string> kSkippable = {"a", "an", "the", "new", "fresh", "further", "more", "its", "their",
                                                   "his", "her", "several", "series", "of", "major", "large-scale",
                                                   "cyber", "massive", "first"};
  std::vector<bool> drop(hits.size(), false);
  for (size_t i = 0; i < hits.size(); ++i) {
    TriggerHit& verb = hits[i];
    // What is announced is an event of its own, the announcer's
    // ("announced sanctions", "أعلنت قطع العلاقات"): see ShareSubjects.
    if (verb.as_noun || (verb.entry->type == "ANNOUNCE" && !verb.entry->light)) continue;
    for (size_t j = 0; j < hits.size(); ++j) {
      const TriggerHit& noun = hits[j];
      if (i == j || drop[j]) continue;
      bool joined = false;
      if (v.lang() == "ja") {
        // N を V
        joined = noun.token_end + 1 == verb.token && v.surface(noun.token_end) == "を";
      } else if (noun.token >= verb.token_end && WordsApart(v, verb.token_end, noun.token) <= (v.lang() == "en" ? 3 : 5)) {
        // (Polish puts adverbials of time between: "zatwierdziła we wtorek
        // wieczorem pakiet sankcji".)
        static const std::set<std::string> kClauseOpeners = {"that",           "że",           "iż",
                                                             FoldForMatch("أن"), FoldForMatch("إن"), FoldForMatch("أنه"),
                                                             FoldForMatch("إنه"), FoldForMatch("أنها"), FoldForMatch("إنها"),
                                                             FoldForMatch("بأن")};
        joined = true;
        for (uint32_t k = verb.token_end; k < noun.token; ++k) {
          const std::string& n = v.norm(k);
          // Arabic puts the subject between verb and object ("فرضت واشنطن عقوبات").
          const bool subject = v.lang() == "ar" && v.MentionAt(k) >= 0;
          joined = joined && !kClauseOpeners.count(n) &&
                   (subject || ((kSkippable.count(n) || v.lang() != "en") && v.MentionAt(k) < 0)) && v.tok(k).is_word;
        }
      }
      // A light verb's object is whatever trigger follows ("imposed
      // sanctions"); any other verb only drops a noun as its object.
      const bool light = verb.entry->type == "-" || verb.entry->light;
      if (!joined || !(light || noun.as_noun || noun.entry->noun)) continue;
      // A light verb takes the noun's type; any other verb keeps its own and
      // the noun is its object ("offered aid", "denied the accusations").
      if (verb.entry->type == "-" || verb.entry->light) {
        verb.type_override = noun.entry->type;
        // The trigger spans the pair; in Arabic the subject sits inside it,
        // so there the verb keeps its own span.
        if (v.lang() != "ja" && v.lang() != "ar") verb.token_end = noun.token_end;
      }
      drop[j] = true;
      break;
    }
  }
  std::vector<TriggerHit> out;
  for (size_t i = 0; i < hits.size(); ++i) {
    if (!drop[i]) out.push_back(hits[i]);
  }
  return out;
}

}  // namespace

std::vector<EventMention> EventExtractor::Extract(const Document& doc, const ActorAnalysis& actors,
                                                  const Date& published, const CodePointMap& cp) const {
  std::vector<EventMention> out;
  // Context for pronouns and dropped subjects, carried across sentences.
  struct Recent {
    std::string id;
    uint32_t sentence = 0;
  };
  Recent last_person, last_group, last_speaker, last_plural_source, last_subject;
  auto kind_of = [&](const std::string& id) {
    auto it = actors.actors.find(id);
    return it == actors.actors.end() ? ActorKind::kUnknown : it->second.kind;
  };
  ArticleClock clock(times_, doc, published);
  Occasion occasion;  // the last dated statement: who spoke, and when
  Occasion scene_occasion;  // the scene an earlier sentence set, when an event takes it

  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& sentence = doc.sentences[si];
    const SentenceView v(doc, si, actors);
    const std::string_view sentence_text = doc.SentenceText(sentence);
    clock.StartSentence(si);
    const Attribution attribution = FindAttribution(v);

    std::vector<Candidate> cands;
    std::vector<TriggerHit> hits = LightVerbCompounds(v, lexicon_.Find(doc, sentence, analyzer_));
    for (const TriggerHit& hit : hits) {
      if (hit.entry->type == "-" && hit.type_override.empty()) continue;  // a light verb without its noun
      // A trigger inside an actor's name ("Rewards for Justice") is not one.
      if (v.MentionAt(hit.token) >= 0) continue;
      if (hit.token >= attribution.cue_begin && hit.token < attribution.cue_end && attribution.mention >= 0) continue;
      const EventTypeInfo* info = ontology_.Find(hit.type_override.empty() ? hit.entry->type : hit.type_override);
      if (!info) continue;
      Frame f;
      if (doc.lang == "en") f = FindRolesEn(v, hit, lexicon_, info->family);
      else if (doc.lang == "ar") f = FindRolesAr(v, hit, lexicon_, info->family);
      else if (doc.lang == "ja") f = FindRolesJa(v, hit, lexicon_, info->family);
      else if (doc.lang == "pl") f = FindRolesPl(v, hit, lexicon_, info->family);
      else continue;
      // A noun trigger without an actor of its own may still get one below
      // ("accused Russia of launching an attack"); else it is dropped.
      std::vector<std::string> sources;
      for (int m : f.sources) {
        std::vector<std::string> ids = v.mention(m).group_ids;  // "both countries"
        if (ids.empty()) ids.push_back(v.mention(m).actor_id);
        for (const std::string& id : ids) {
          if (std::find(sources.begin(), sources.end(), id) == sources.end()) sources.push_back(id);
        }
      }
      double confidence = f.confidence;
      if (sources.empty() && f.source_is_pronoun) {
        // The nearest fitting actor: earlier in this sentence, else from the
        // previous one (the last speaker for a verb of saying).
        // Plural agreement: in Arabic and Polish countries and organizations
        // are grammatically singular, so a plural verb's subject is a group.
        auto fits = [&](const std::string& id) {
          const ActorKind k = kind_of(id);
          if (!f.plural_subject) return k == ActorKind::kPerson;
          return doc.lang == "en" ? k != ActorKind::kPerson : k == ActorKind::kGroup;
        };
        std::string found;
        // An English pronoun can refer to an actor earlier in its sentence
        // ("Gharib said he ..."); a dropped subject (Arabic, Japanese,
        // Polish) continues the previous sentence's subject instead.
        if (doc.lang == "en") {
          // The subject of an earlier verb of the sentence first ("The State
          // Department closed compounds that it said ..."), else any actor.
          for (const Candidate& p : cands) {
            if (!p.source.empty() && p.hit.token < hit.token && fits(p.source)) found = p.source;
          }
          if (found.empty()) {
            for (int m : v.mentions()) {
              if (v.mention(m).token_end <= hit.token && fits(v.mention(m).actor_id)) found = v.mention(m).actor_id;
            }
          }
        }
        if (found.empty()) {
          // The previous sentence's subject, if it fits; then the last speaker
          // (for a verb of saying) or the last person.
          const Recent& pick = !last_subject.id.empty() && fits(last_subject.id)
                                   ? last_subject
                                   : f.plural_subject ? last_plural_source : (hit.entry->speech ? last_speaker : last_person);
          const Recent& use = !pick.id.empty() && fits(pick.id) ? pick : (f.plural_subject ? last_group : last_person);
          if (!use.id.empty() && si - use.sentence <= 1 && fits(use.id)) found = use.id;
        }
        if (!found.empty()) {
          sources.push_back(found);
          confidence -= 0.15;
        }
      }
      if (sources.empty()) sources.push_back("");
      for (const std::string& src : sources) {
        Candidate c;
        c.hit = hit;
        c.frame = f;
        c.type = info->name;
        if (hit.as_noun) {
          // A nominal trigger's time is next to it ("Tuesday's attack"), not
          // anywhere in its sentence.
          c.frame.clause_begin = std::max(f.clause_begin, hit.token >= v.begin() + 4 ? hit.token - 4 : v.begin());
          c.frame.clause_end = std::min(f.clause_end, hit.token_end + 4);
          c.own_clause_time = true;
        }
        c.source = src;
        c.target = f.target >= 0 ? v.mention(f.target).actor_id : "";
        // Reporters are the audience of what is said to them ("told
        // reporters", "記者団に", "للصحفيين"), not its target.
        if (c.target.rfind("agent:journalists", 0) == 0 && ontology_.Find(c.type) &&
            ontology_.Find(c.type)->quad_class <= 1) {
          c.target.clear();
        }
        if (c.target == c.source) c.target.clear();
        c.confidence = confidence;
        if (f.attribution >= 0) c.attributed = v.mention(f.attribution).actor_id;
        if (c.source.empty() && c.target.empty() && !hit.as_noun && hit.type_override.empty()) continue;  // nothing to hang it on
        cands.push_back(std::move(c));
      }
    }
    ShareSubjects(v, lexicon_, ontology_, &cands);
    // "according to X": X's statement, and the sentence's events are X's account.
    if (attribution.mention >= 0) {
      const std::string x = v.mention(attribution.mention).actor_id;
      for (Candidate& c : cands) {
        if (c.attributed.empty() && c.source != x) c.attributed = x;
      }
      Candidate s;
      s.hit.token = attribution.cue_begin;
      s.hit.token_end = attribution.cue_end;
      s.type = attribution.report ? "REPORT" : "STATEMENT";
      s.own_clause_time = true;
      s.source = x;
      s.frame.clause_begin = attribution.cue_begin;
      s.frame.clause_end = v.mention(attribution.mention).token_end;
      s.confidence = 0.5;
      cands.push_back(std::move(s));
    }
    AccusedAsAgents(v, &cands);
    cands.erase(std::remove_if(cands.begin(), cands.end(),
                               [](const Candidate& c) { return c.source.empty() && c.target.empty(); }),
                cands.end());
    std::vector<Candidate> kept = ReportedSpeech(ontology_, actors, std::move(cands));

    std::vector<TriggerSpan> spans;
    for (const Candidate& c : kept) {
      spans.push_back({c.hit.token, c.hit.token_end, c.hit.as_noun || (c.hit.entry && c.hit.entry->participle)});
    }
    const uint32_t sb = sentence.begin;
    for (Candidate& c : kept) {
      TimeQuery q;
      q.trigger = {c.hit.token, c.hit.token_end, c.hit.as_noun};
      q.clause_begin = c.frame.clause_begin;
      q.clause_end = c.frame.clause_end;
      q.complement_begin = c.frame.complement_begin;
      q.complement_end = c.frame.complement_end;
      // A future or planned event takes only a time of its own clause: "said
      // on Tuesday it would send" is not sending on Tuesday.
      q.own_clause_only = c.own_clause_time || c.frame.modality == Modality::kFuture ||
                          c.frame.modality == Modality::kPlanned;
      const TimeChoice when = clock.Pick(q, spans);
      const bool speech = c.hit.entry && c.hit.entry->speech && !c.source.empty();
      if (when.time) {
        c.date = when.date;
        c.basis = DateBasis::kStated;
        c.time = when.time;
        c.confidence += 0.05;
        if (speech) occasion = {c.source, c.date, c.time->text, sb + c.time->begin, sb + c.time->end, si};
      } else if (speech && c.source == occasion.speaker && si - occasion.sentence <= 3) {
        // The same speaker going on ("He added that ...") speaks on the
        // occasion an earlier sentence dated: a press conference "on Tuesday".
        c.date = occasion.date;
        c.basis = DateBasis::kStated;
        c.carried_time = &occasion;
        occasion.sentence = si;
      }
      // Else the scene an earlier sentence set, for what happened then: a
      // past, asserted event (not "Moscow denies", not a plan).
      if (!c.date.known() && c.frame.modality == Modality::kAsserted && !c.own_clause_time && !PresentTense(v, c.hit)) {
        if (const auto scene = clock.SceneFor(kSceneSentences)) {
          const uint32_t at = doc.sentences[scene->sentence].begin;
          scene_occasion = {"", scene->date, scene->time->text, at + scene->time->begin, at + scene->time->end,
                            scene->sentence};
          c.date = scene->date;
          c.basis = DateBasis::kStated;
          c.carried_time = &scene_occasion;
        }
      }
      if (!c.date.known() && published.known()) {
        c.date = published;
        c.basis = DateBasis::kPublication;
      }

      EventMention m;
      m.lang = doc.lang;
      m.sentence = std::string(sentence_text);
      m.sentence_start = cp.ToCodePoint(sentence.begin);
      m.sentence_end = cp.ToCodePoint(sentence.end);
      const uint32_t tb = doc.tokens[c.hit.token].begin, tend = doc.tokens[c.hit.token_end - 1].end;
      m.trigger = std::string(doc.text.substr(tb, tend - tb));
      m.start = cp.ToCodePoint(tb);
      m.end = cp.ToCodePoint(tend);
      if (c.time) {
        m.time_text = c.time->text;
        m.time_start = cp.ToCodePoint(sb + c.time->begin);
        m.time_end = cp.ToCodePoint(sb + c.time->end);
      } else if (c.carried_time) {
        m.time_text = c.carried_time->time_text;
        m.time_start = cp.ToCodePoint(c.carried_time->time_begin);
        m.time_end = cp.ToCodePoint(c.carried_time->time_end);
      }
      m.type = c.type;
      m.source_id = c.source;
      m.target_id = c.target;
      m.attributed_to_id = c.attributed == c.source ? "" : c.attributed;
      m.theme = c.derived ? c.theme : c.frame.theme;
      if (m.theme.size() > 160) {
        size_t cut = 160;
        while (cut > 0 && (static_cast<unsigned char>(m.theme[cut]) & 0xC0) == 0x80) --cut;
        m.theme.resize(cut);
      }
      m.date = c.date;
      m.date_basis = c.basis;
      m.negated = c.frame.negated;
      m.modality = c.frame.modality;
      m.confidence = std::clamp(c.confidence, 0.05, 0.95);
      out.push_back(std::move(m));
    }

    // Context for the next sentence.
    for (int m : v.mentions()) {
      const std::string& id = v.mention(m).actor_id;
      if (kind_of(id) == ActorKind::kPerson) last_person = {id, si};
      else if (kind_of(id) == ActorKind::kGroup) last_group = {id, si};
    }
    for (const Candidate& c : kept) {
      if (c.derived || c.source.empty() || c.attributed.size()) continue;
      last_subject = {c.source, si};  // the first main-clause subject of the sentence
      break;
    }
    for (const Candidate& c : kept) {
      if (c.derived || c.source.empty()) continue;
      if (c.hit.entry && c.hit.entry->speech) last_speaker = {c.source, si};
      if (kind_of(c.source) != ActorKind::kPerson) last_plural_source = {c.source, si};
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const EventMention& a, const EventMention& b) { return a.start < b.start; });
  return out;
}

}  // namespace kg::ingest
