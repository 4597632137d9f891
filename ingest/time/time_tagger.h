#pragma once

// Time expressions in news text (Arabic, English, Japanese, Polish): finding
// them, and resolving them against an article's publication date.
//
//   auto tagger = TimeTagger::Load(data_dir);            // once
//   for (const TimeExpression& t : (*tagger)->Tag(sentence, "ar")) {
//     Date d = (*tagger)->Resolve(t, published, GuessTense(sentence, "ar"));
//   }
//
// Spans follow TimeML: a preposition before the expression ("in", "w",
// "في", "on") is not part of it, while words that are part of the name of
// the time are ("يوم الخميس", "عام 2016", "2016 roku", "the past two years").
// An Arabic proclitic glued to the first word ("بالأمس") is left outside the
// span. See time_expression.h for what a TimeExpression holds.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/base/date.h"
#include "graph/base/result.h"
#include "ingest/time/tense.h"
#include "ingest/time/time_expression.h"

namespace kg::ingest {

namespace time_internal {
class TimeLexicon;
}

class TimeTagger {
 public:
  // Loads <data_dir>/time/{ar,en,ja,pl}.tsv (data_dir is the share/kg root)
  // and the CLDR month and weekday names they ask for. Errors name the file
  // and line. The tagger is immutable and thread-safe afterwards.
  static Result<std::unique_ptr<TimeTagger>> Load(const std::string& data_dir);
  ~TimeTagger();

  // All time expressions in `text` (a sentence or a whole article) in
  // language `lang` ("ar", "en", "ja", "pl"; a region suffix such as "en-GB"
  // is ignored; other languages get numeric dates and years only), longest
  // match first, non-overlapping, in text order. Linear in the text length.
  // REQUIRES: text is valid UTF-8.
  std::vector<TimeExpression> Tag(std::string_view text, std::string_view lang) const;

  // The calendar date `t` denotes, resolved against `reference` (the
  // article's publication date) and the tense of the clause it modifies:
  //  - a bare weekday is the latest such day on or before the reference
  //    in past or unknown tense, the first one on or after it in future or
  //    present tense (either way the reference day itself counts: news
  //    names the day of publication by its weekday);
  //    "last"/"next" weekdays are strictly before/after, "this" is in the
  //    reference's ISO week;
  //  - a month (or a day and month, or a season) without a year is the
  //    nearest one in the tense's direction (the reference's own month
  //    counts), or the nearest either way when the tense is unknown; but a
  //    day and month that the tense would put more than 240 days away is
  //    the other reading if that one is within 100 days (writers leave out
  //    the year of nearby dates);
  //  - precision is what the text gives: day, month or year. A week is
  //    returned as its month (or year) when it lies within one; a decade or
  //    century is None.
  // Returns Date::None() for durations, sets, past/future references, clock
  // times alone, and anything needing a reference more precise than given.
  Date Resolve(const TimeExpression& t, const Date& reference, Tense tense) const;

  // First and last day (days since 1970-01-01, inclusive) of the period `t`
  // denotes, e.g. the Monday and Sunday of "last week". False when Resolve
  // would have nothing to anchor.
  bool ResolveDays(const TimeExpression& t, const Date& reference, Tense tense, int32_t* first,
                   int32_t* last) const;

  // TimeML TIMEX3 value, e.g. "2013-03-22", "2013-03", "2012", "2013-W11",
  // "2012-SU", "2013-03-22TNI", "P3Y", "PXD", "PRESENT_REF", "PAST_REF".
  std::string TimexValue(const TimeExpression& t, const Date& reference, Tense tense) const;

 private:
  TimeTagger();
  const time_internal::TimeLexicon* LexiconFor(std::string_view lang, int* lang_code) const;

  std::unique_ptr<time_internal::TimeLexicon> ar_, en_, ja_, pl_, other_;
};

}  // namespace kg::ingest
