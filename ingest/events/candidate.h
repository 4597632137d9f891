#pragma once

// One event candidate while EventExtractor works on a sentence: a trigger,
// the roles its language's role finder found, and what later passes
// (sentence_passes.h) and the clock (event_time.h) add. Internal to
// ingest/events.

#include <string>

#include "graph/base/date.h"
#include "graph/model/entities.h"
#include "ingest/events/sentence_view.h"
#include "ingest/events/trigger_lexicon.h"
#include "ingest/time/time_expression.h"

namespace kg::ingest {

// A dated statement: a speaker continuing in the next sentences speaks on
// the same occasion.
struct Occasion {
  std::string speaker;
  Date date;
  std::string time_text;
  uint32_t time_begin = 0, time_end = 0;  // bytes in the article
  uint32_t sentence = 0;
};

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
  const Occasion* carried_time = nullptr;  // dated by an earlier statement of the same speaker
  double confidence = 0.5;
  bool derived = false;
  bool own_clause_time = false;  // no sentence-level time: "according to X", nominal triggers
  std::string theme;
};

}  // namespace kg::ingest
