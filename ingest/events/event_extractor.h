#pragma once

// EventExtractor: the events of one analyzed article. Per sentence it finds
// triggers (trigger_lexicon.h), fills their roles with the language's role
// finder (roles_<lang>.cc), and then:
//  - dates each event by the time expression of its own clause, else of its
//    sentence (outside the reported clause of a verb of saying), else the
//    publication date, saying which (DateBasis);
//  - attributes events in a reported clause ("X said that Y sent ...") or in
//    the scope of "according to X" to X; "according to X" is itself X's
//    STATEMENT;
//  - adds an ACCUSE by the speaker when what is reported or claimed is a
//    hostile act (quad class 4, or THREATEN) of another actor;
//  - resolves pronoun and dropped subjects to the nearest fitting actor of
//    the same or the previous sentence, else leaves the source unknown.
// Thread-safe after construction.

#include <vector>

#include "graph/model/entities.h"
#include "graph/model/ontology.h"
#include "ingest/actors/actor_resolver.h"
#include "ingest/events/trigger_lexicon.h"
#include "ingest/text/analyzer.h"
#include "ingest/text/document.h"
#include "ingest/text/utf8.h"
#include "ingest/time/time_tagger.h"

namespace kg::ingest {

class EventExtractor {
 public:
  EventExtractor(const TriggerLexicon& lexicon, const TimeTagger& times, const Ontology& ontology,
                 const Analyzer& analyzer)
      : lexicon_(lexicon), times_(times), ontology_(ontology), analyzer_(analyzer) {}

  // Event mentions in text order. `published` may be unknown (no date then
  // unless the text states one).
  std::vector<EventMention> Extract(const Document& doc, const ActorAnalysis& actors, const Date& published,
                                    const CodePointMap& cp) const;

 private:
  const TriggerLexicon& lexicon_;
  const TimeTagger& times_;
  const Ontology& ontology_;
  const Analyzer& analyzer_;
};

}  // namespace kg::ingest
