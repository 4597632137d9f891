#include "ingest/events/sentence_passes.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

#include "graph/model/actor_ids.h"
#include "graph/text/fold.h"

namespace kg::ingest {

namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Types whose report by someone else amounts to an accusation.
bool Hostile(const Ontology& o, const std::string& type) {
  const EventTypeInfo* t = o.Find(type);
  return t && (t->quad_class == 4 || type == "THREATEN");
}

}  // namespace

void ShareSubjects(const SentenceView& v, const TriggerLexicon& lexicon, const Ontology& ontology,
                   std::vector<Candidate>* candidates) {
  std::vector<Candidate>& cands = *candidates;
  // A circumstantial participle ("وقال ...، مؤكدا أن ...", "..., saying
  // that ...") has the subject of the verb before it in the sentence.
  for (size_t i = 1; i < cands.size(); ++i) {
    Candidate& c = cands[i];
    const bool participle = c.hit.entry && (c.hit.entry->participle ||
                                            (v.lang() == "en" && EndsWith(v.norm(c.hit.token), "ing") &&
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
    if (v.lang() != "en" || !c.hit.entry || c.hit.token <= v.begin() || v.norm(c.hit.token - 1) != "to") continue;
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
    const bool arabic = v.lang() == "ar" && v.surface(c.hit.token - 1) == "\u060C" &&
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
          const EventTypeInfo* info = ontology.Find(c.type);
          const auto& markers = lexicon.TargetMarkers("ar", info ? info->family : "");
          if (std::find(markers.begin(), markers.end(), "obj") == markers.end()) break;
          c.target = c.source;
        }
        c.source = p.source;
        if (c.target == c.source) c.target.clear();
      }
      break;
    }
  }
  // What an announcement names is the announcer's own act: "announced the
  // expulsion of 35 diplomats", "أعلنت عن طرد 35 دبلوماسيا وفرض عقوبات",
  // "ogłosiła wydalenie dyplomatów". A nominal trigger without a source of
  // its own in the announcement's clause takes the announcer; so does an
  // Arabic word read as a verb whose "subject" is the announcer's own
  // ("أعلنت السعودية ومصر قطع العلاقات": قطع is a masdar) or the object of
  // the masdar before it ("... وفرض عقوبات"). Coordinated announcers each
  // get their own copy.
  std::map<uint32_t, std::vector<size_t>> announcements;  // trigger token -> its candidates
  for (size_t i = 0; i < cands.size(); ++i) {
    const Candidate& a = cands[i];
    if (a.type == "ANNOUNCE" && !a.derived && !a.source.empty() && a.hit.entry) announcements[a.hit.token].push_back(i);
  }
  std::vector<Candidate> copies;
  for (const auto& [token, group] : announcements) {
    const Candidate a = cands[group[0]];
    std::set<int> subject_mentions(a.frame.sources.begin(), a.frame.sources.end());
    bool chained = false;  // the previous nominal took the announcer
    for (Candidate& e : cands) {
      if (e.hit.token == token || !e.hit.entry || e.hit.token < a.frame.clause_begin ||
          e.hit.token >= a.frame.clause_end) {
        continue;
      }
      // What is announced follows the verb, or precedes it in Japanese.
      if ((v.lang() == "ja") != (e.hit.token < token)) continue;
      static const std::string kWaw = FoldForMatch("و");
      bool masdar = false;
      if (v.lang() == "ar" && !e.hit.as_noun && e.hit.token > token && !e.frame.sources.empty()) {
        masdar = true;
        for (int m : e.frame.sources) {
          const bool own = subject_mentions.count(m) > 0;
          const bool between = v.mention(m).token_begin >= a.hit.token_end && v.mention(m).token_end <= e.hit.token;
          masdar = masdar && (own || (chained && between && v.norm(e.hit.token).starts_with(kWaw)));
        }
      }
      if ((e.hit.as_noun && e.source.empty()) || masdar) {
        e.source = cands[group[0]].source;
        if (e.target == e.source) e.target.clear();
        for (size_t k = 1; k < group.size(); ++k) {
          Candidate c = e;
          c.source = cands[group[k]].source;
          if (c.target == c.source) c.target.clear();
          copies.push_back(std::move(c));
        }
        chained = e.hit.token > token;
      } else if (!e.hit.as_noun && e.hit.token > token) {
        break;  // a verb of its own starts the next clause
      }
    }
  }
  for (Candidate& c : copies) cands.push_back(std::move(c));
}

void AccusedAsAgents(const SentenceView& v, std::vector<Candidate>* candidates) {
  std::vector<Candidate>& cands = *candidates;
  // "X accused Y of launching an attack" / "اتهمت X Y بشن هجوم" /
  // "oskarżyła X o ...": the accused is the agent of what follows.
  for (size_t i = 0; i < cands.size(); ++i) {
    if (cands[i].type != "ACCUSE" || cands[i].target.empty() || !cands[i].hit.entry) continue;
    for (size_t j = 0; j < cands.size(); ++j) {
      Candidate& e = cands[j];
      if (i == j || e.hit.token <= cands[i].hit.token || !e.hit.entry) continue;
      // Its nominal complement ("of launching", "o przeprowadzenie", "بشن")
      // or anything after it that found no agent.
      // In Arabic every trigger of the accusation's clause is: a masdar
      // read as a verb takes its object for a subject ("بتعمد قصف المدنيين").
      const bool nominal = e.hit.as_noun || !e.hit.type_override.empty() || v.lang() == "ar";
      if (!e.source.empty() && !(nominal && e.hit.token < cands[i].frame.clause_end)) continue;
      e.source = cands[i].target;
      if (e.attributed.empty()) e.attributed = cands[i].source;
      if (e.target == e.source) e.target.clear();
    }
  }
}

std::vector<Candidate> ReportedSpeech(const Ontology& ontology, const ActorAnalysis& actors,
                                      std::vector<Candidate> cands) {
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
    // Those speaking together ("أعلنت السعودية ومصر") do not accuse each other.
    std::set<std::string> co_speakers;
    for (size_t j = 0; j < n; ++j) {
      if (cands[j].hit.token == sp.hit.token && !cands[j].derived) co_speakers.insert(cands[j].source);
    }
    for (size_t j = 0; j < n; ++j) {
      Candidate& e = cands[j];
      if (i == j || e.hit.token < sp.frame.complement_begin || e.hit.token >= sp.frame.complement_end) continue;
      // A reported clause without a subject of its own is about the speaker
      // ("…を国外追放すると発表した", "أعلن أنه سيرسل", "zapowiedział, że wyśle").
      if (e.source.empty() && e.frame.source_is_pronoun && e.frame.sources.empty()) {
        e.source = sp.source;
        if (e.target == e.source) e.target.clear();
      }
      if (e.attributed.empty() && !co_speakers.count(e.source)) e.attributed = sp.source;
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
      if (!e.source.empty() && !co_speakers.count(e.source) && !e.frame.negated && e.confidence >= 0.5 && specific &&
          (Hostile(ontology, e.type) || sp.hit.entry->claim)) {
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
  return kept;
}

}  // namespace kg::ingest
