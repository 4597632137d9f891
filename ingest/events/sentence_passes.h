#pragma once

// Passes over one sentence's event candidates, after each trigger has its
// roles (event_extractor.h gives the whole order):
//  - ShareSubjects: participles, purpose infinitives, coordinated verbs and
//    the nominal acts an announcement names take the subject of the verb
//    they depend on;
//  - AccusedAsAgents: "X accused Y of launching an attack" makes Y the
//    attack's source;
//  - ReportedSpeech: events in a speech trigger's reported clause are
//    attributed to the speaker, and hostile ones make the report an ACCUSE.

#include <vector>

#include "graph/model/ontology.h"
#include "ingest/actors/actor_resolver.h"
#include "ingest/events/candidate.h"
#include "ingest/events/sentence_view.h"
#include "ingest/events/trigger_lexicon.h"

namespace kg::ingest {

void ShareSubjects(const SentenceView& v, const TriggerLexicon& lexicon, const Ontology& ontology,
                   std::vector<Candidate>* candidates);

void AccusedAsAgents(const SentenceView& v, std::vector<Candidate>* candidates);

// Returns the candidates with the derived accusations added, one per
// speaker and accused.
std::vector<Candidate> ReportedSpeech(const Ontology& ontology, const ActorAnalysis& actors,
                                      std::vector<Candidate> candidates);

}  // namespace kg::ingest
