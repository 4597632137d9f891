#pragma once

// A cheap guess of a clause's tense from surface cues, for resolving bare
// weekdays and month names when the caller has nothing better:
//   en  will/would/'ll/shall/going to → future; did/was/were/said, -ed verbs → past
//   ar  سوف, لن, سـ + imperfect → future; reporting verbs (قال, أعلن, ...), -وا, لم → past
//   ja  予定/方針/見通し/見込み → future; final 〜た/〜だった → past; 〜ている → present;
//       final non-past verb (〜る, 〜ます) → future
//   pl  będzie/zostanie/... → future; past forms in -ł/-ła/-li (not adjectives) → past
// The cues are closed-class grammar (auxiliaries, inflection endings), kept
// here rather than in a data file because these functions take no data
// directory. Thread-safe.

#include <string_view>

#include "ingest/time/time_expression.h"

namespace kg::ingest {

// The tense of a clause: future if any future cue is in it, else past if a
// past cue is, else present ("said it will meet Friday" is future).
Tense GuessTense(std::string_view clause, std::string_view lang);

// The tense of the verb that sentence[begin, end) (a time expression)
// belongs to: the tense cue nearest to it, where crossing punctuation or a
// clause opener ("that", "إن/أن", "że") counts as eight words. So "The FAA
// on Friday announced it will close" and "أعلنت غوغل يوم الخميس أنها ستعقد"
// are past for the weekday. Japanese looks at the predicate that follows,
// up to 。 or a quotative と. kUnknown when the sentence has no cue.
// REQUIRES: begin <= end <= sentence.size()
Tense GuessTenseAround(std::string_view sentence, size_t begin, size_t end, std::string_view lang);

}  // namespace kg::ingest
