#pragma once

// Anchoring a TimeExpression to the calendar (internal to TimeTagger): the
// period it denotes given the reference date and the tense of its clause,
// and that period as a Date and as a TimeML TIMEX3 value.

#include <cstdint>
#include <string>

#include "graph/base/date.h"
#include "ingest/time/time_expression.h"

namespace kg::ingest::time_internal {

enum class Grain : uint8_t {
  kNone, kDay, kWeekend, kWeek, kMonth, kQuarter, kSeason, kHalf, kYear, kDecade, kCentury,
};

// A calendar period. Fields used per grain: kDay year/month/day; kWeek and
// kWeekend the ISO week (year = ISO week-year, sub = week 1-53); kMonth
// year/month; kQuarter/kSeason/kHalf year and sub (1-4, 1-4 spring first,
// 1-2; a winter belongs to the year of its December); kYear/kDecade/kCentury
// year (1990 for the 1990s, 1900 for the 20th century).
struct Period {
  Grain grain = Grain::kNone;
  int32_t year = 0;
  int month = 0, day = 0, sub = 0;
};

// The period `e` denotes, or kNone for durations, sets, references other
// than "now", and when the reference lacks the precision needed.
Period Anchor(const TimeExpression& e, const Date& reference, Tense tense);

// First and last day of a period. REQUIRES: p.grain != kNone.
int32_t FirstDayOf(const Period& p);
int32_t LastDayOf(const Period& p);

// The period as a Date of the coarsest precision that contains it exactly
// or, for a week or a season, the month or year it lies in; None if none.
Date ToDate(const Period& p);

// The TIMEX3 value: "2013-03-22", "2013-W11", "2012-SU", "201", "P3Y",
// "PRESENT_REF", "2013-03-22TNI", ...
std::string TimexOf(const TimeExpression& e, const Period& p);

}  // namespace kg::ingest::time_internal
