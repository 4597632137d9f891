#include "ingest/events/event_extractor.h"

#include <algorithm>
#include <map>
#include <set>

#include "graph/model/actor_ids.h"
#include "graph/text/fold.h"
#include "ingest/events/event_time.h"
#include "ingest/events/sentence_view.h"
#include "ingest/text/arabic_clitics.h"

namespace kg::ingest {

namespace {

struct Candidate {
  TriggerHit hit;
  Frame frame;
  std::string type;
  std::string source;  // actor id
  std::string target;
  std::string attributed;
  Date date;
  DateBasis basis = DateBasis::kNone;
  const TimeExpression* time = nullptr;
  double confidence = 0.5;
  bool derived = false;
  bool own_clause_time = false;  // no sentence-level time: "according to X", nominal triggers
  std::string theme;
};

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

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
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
    if (verb.as_noun) continue;
    for (size_t j = 0; j < hits.size(); ++j) {
      const TriggerHit& noun = hits[j];
      if (i == j || drop[j]) continue;
      bool joined = false;
      if (v.lang() == "ja") {
        // N を V
        joined = noun.token_end + 1 == verb.token && v.surface(noun.token_end) == "を";
      } else if (noun.token >= verb.token_end && noun.token - verb.token_end <= 3) {
        joined = true;
        for (uint32_t k = verb.token_end; k < noun.token; ++k) {
          const std::string& n = v.norm(k);
          // Arabic puts the subject between verb and object ("فرضت واشنطن عقوبات").
          const bool subject = v.lang() == "ar" && v.MentionAt(k) >= 0;
          joined = joined && (subject || ((kSkippable.count(n) || v.lang() != "en") && v.MentionAt(k) < 0)) &&
                   v.tok(k).is_word;
        }
      }
      if (!joined) continue;
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

// Types whose report by someone else amounts to an accusation.
bool Hostile(const Ontology& o, const std::string& type) {
  const EventTypeInfo* t = o.Find(type);
  return t && (t->quad_class == 4 || type == "THREATEN");
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
        if (c.target == c.source) c.target.clear();
        c.confidence = confidence;
        if (f.attribution >= 0) c.attributed = v.mention(f.attribution).actor_id;
        if (c.source.empty() && c.target.empty() && !hit.as_noun && hit.type_override.empty()) continue;  // nothing to hang it on
        cands.push_back(std::move(c));
      }
    }
    // A circumstantial participle ("وقال ...، مؤكدا أن ...", "..., saying
    // that ...") has the subject of the verb before it in the sentence.
    for (size_t i = 1; i < cands.size(); ++i) {
      Candidate& c = cands[i];
      const bool participle = c.hit.entry && (c.hit.entry->participle ||
                                              (doc.lang == "en" && EndsWith(v.norm(c.hit.token), "ing") &&
                                               c.hit.token > v.begin() && v.surface(c.hit.token - 1) == ","));
      if (!participle) continue;
      for (size_t j = i; j-- > 0;) {
        const Candidate& p = cands[j];
        if (!p.hit.entry || p.hit.token >= c.hit.token || p.source.empty() || p.derived) continue;
        c.source = p.source;
        if (c.target == c.source) c.target.clear();
        break;
      }
    }
    // A purpose infinitive has its main verb's subject: "Russia hacked the
    // Democratic Party in order to interfere" (not the party).
    for (size_t i = 1; i < cands.size(); ++i) {
      Candidate& c = cands[i];
      if (doc.lang != "en" || !c.hit.entry || c.hit.token <= v.begin() || v.norm(c.hit.token - 1) != "to") continue;
      for (size_t j = i; j-- > 0;) {
        const Candidate& p = cands[j];
        if (!p.hit.entry || p.hit.token >= c.hit.token || p.source.empty()) continue;
        if (!p.target.empty() && p.target == c.source && !p.hit.entry->speech) c.source = p.source;
        break;
      }
    }
    // Coordinated verbs share their subject: "The US expelled 35 diplomats
    // and imposed sanctions on ...", "wydaliła ... i zamknęła ...".
    for (size_t i = 1; i < cands.size(); ++i) {
      Candidate& c = cands[i];
      if (!c.hit.entry || c.hit.as_noun || c.hit.token <= v.begin()) continue;
      const std::string& before = v.norm(c.hit.token - 1);
      // Arabic: a verb with the conjunction و right after a comma continues
      // the previous verb's subject ("نفت مينسك ...، واتهمت وارسو ...": Warsaw
      // is the object).
      static const std::string kWaw = FoldForMatch("و");
      const bool arabic = doc.lang == "ar" && v.surface(c.hit.token - 1) == "\u060C" &&
                          v.norm(c.hit.token).rfind(kWaw, 0) == 0;
      const bool conj = before == "and" || before == "i" || before == "oraz" || before == "but" || arabic;
      if (!conj) continue;
      for (size_t j = i; j-- > 0;) {
        const Candidate& p = cands[j];
        if (!p.hit.entry || p.hit.as_noun || p.source.empty() || p.hit.token >= c.hit.token) continue;
        // "said that A did X and Y": the next verb is reported; "denied X and
        // demanded Y" is a coordination.
        bool reported = false;
        for (uint32_t k = p.hit.token_end; k < c.hit.token; ++k) {
          reported = reported || v.norm(k) == "that" || v.norm(k) == "że" || v.surface(k) == "\"";
        }
        if (p.hit.entry->speech && reported) break;
        if (c.source != p.source) {
          if (arabic && c.target.empty()) {
            // VSO's "subject" was the object, if the verb takes one: "وقال
            // متحدث" has its own subject, since قال takes no object.
            const EventTypeInfo* info = ontology_.Find(c.type);
            const auto& markers = lexicon_.TargetMarkers("ar", info ? info->family : "");
            if (std::find(markers.begin(), markers.end(), "obj") == markers.end()) break;
            c.target = c.source;
          }
          c.source = p.source;
          if (c.target == c.source) c.target.clear();
        }
        break;
      }
    }
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
    // "X accused Y of launching an attack" / "اتهمت X Y بشن هجوم" /
    // "oskarżyła X o ...": the accused is the agent of what follows.
    for (size_t i = 0; i < cands.size(); ++i) {
      if (cands[i].type != "ACCUSE" || cands[i].target.empty() || !cands[i].hit.entry) continue;
      for (size_t j = 0; j < cands.size(); ++j) {
        Candidate& e = cands[j];
        if (i == j || e.hit.token <= cands[i].hit.token || !e.hit.entry) continue;
        // Its nominal complement ("of launching", "o przeprowadzenie", "بشن")
        // or anything after it that found no agent.
        const bool nominal = e.hit.as_noun || !e.hit.type_override.empty();
        if (!e.source.empty() && !(nominal && e.hit.token < cands[i].frame.clause_end)) continue;
        e.source = cands[i].target;
        if (e.attributed.empty()) e.attributed = cands[i].source;
        if (e.target == e.source) e.target.clear();
      }
    }
    cands.erase(std::remove_if(cands.begin(), cands.end(),
                               [](const Candidate& c) { return c.source.empty() && c.target.empty(); }),
                cands.end());
    // Reported speech: events inside a speech trigger's reported clause are
    // the speaker's account; hostile ones make the report an accusation.
    const size_t n = cands.size();
    std::vector<Candidate> accusations;
    for (size_t i = 0; i < n; ++i) {
      const Candidate& sp = cands[i];
      if (!sp.hit.entry || !sp.hit.entry->speech) continue;
      if (sp.frame.complement_end <= sp.frame.complement_begin) continue;
      if (sp.frame.negated) {
        // "Officials did not claim that X hacked ...": not asserted.
        for (size_t j = 0; j < n; ++j) {
          Candidate& e = cands[j];
          if (i != j && e.hit.token >= sp.frame.complement_begin && e.hit.token < sp.frame.complement_end &&
              e.frame.modality == Modality::kAsserted) {
            e.frame.modality = Modality::kPossible;
          }
        }
        continue;
      }
      if (sp.source.empty()) continue;
      for (size_t j = 0; j < n; ++j) {
        Candidate& e = cands[j];
        if (i == j || e.hit.token < sp.frame.complement_begin || e.hit.token >= sp.frame.complement_end) continue;
        // A reported clause without a subject of its own is about the speaker
        // ("…を国外追放すると発表した", "أعلن أنه سيرسل", "zapowiedział, że wyśle").
        if (e.source.empty() && e.frame.source_is_pronoun && e.frame.sources.empty()) {
          e.source = sp.source;
          if (e.target == e.source) e.target.clear();
        }
        if (e.attributed.empty() && e.source != sp.source) e.attributed = sp.source;
        // Only a specific actor is accused: not "a foreign government" (a
        // group noun of no country), and not the speaker's own side ("May
        // said Britain would suspend contacts").
        const bool specific = e.source.rfind("agent:", 0) != 0 || e.source.find('@') != std::string::npos;
        auto country_of = [&](const std::string& id) -> std::string {
          if (id.rfind("country:", 0) == 0) return id.substr(8);
          const std::string parent = ParentCountryId(id);
          if (!parent.empty()) return parent.substr(8);
          auto it = actors.actors.find(id);
          return it == actors.actors.end() ? "" : it->second.country;
        };
        const std::string own = country_of(sp.source);
        if (!own.empty() && own == country_of(e.source)) continue;
        if (!e.source.empty() && e.source != sp.source && !e.frame.negated && e.confidence >= 0.5 && specific &&
            (Hostile(ontology_, e.type) || sp.hit.entry->claim)) {
          Candidate acc = sp;
          acc.type = "ACCUSE";
          acc.target = e.source;
          acc.theme = e.type + (e.frame.theme.empty() ? "" : ": " + e.frame.theme);
          acc.derived = true;
          acc.confidence = 0.45;
          acc.attributed.clear();
          accusations.push_back(std::move(acc));
        }
      }
    }
    for (Candidate& a : accusations) cands.push_back(std::move(a));
    // One accusation per speaker and accused in a sentence.
    std::vector<Candidate> kept;
    for (Candidate& c : cands) {
      bool dup = false;
      for (const Candidate& k : kept) {
        dup = dup || (c.derived && k.type == "ACCUSE" && k.source == c.source && k.target == c.target);
      }
      if (!dup) kept.push_back(std::move(c));
    }

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
      q.own_clause_only = c.own_clause_time;
      const TimeChoice when = clock.Pick(q, spans);
      if (when.time) {
        c.date = when.date;
        c.basis = DateBasis::kStated;
        c.time = when.time;
        c.confidence += 0.05;
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
