#pragma once

// Calendar dates with a precision. kg never invents a day it was not told:
// "October 2020" is stored as a month-precision date, and shown as "2020-10".
// Days are counted from 1970-01-01 (the proleptic Gregorian calendar).

#include <cstdint>
#include <string>
#include <string_view>

#include "graph/base/result.h"

namespace kg {

enum class DatePrecision : uint8_t {  // DO NOT CHANGE: persisted
  kNone = 0,
  kYear = 1,
  kMonth = 2,
  kDay = 3,
};

// Days since 1970-01-01 for a valid civil date.
int32_t DaysFromCivil(int32_t year, unsigned month, unsigned day);
// The inverse of DaysFromCivil.
void CivilFromDays(int32_t days, int32_t* year, unsigned* month, unsigned* day);
// 0 = Monday ... 6 = Sunday (ISO 8601 order).
int WeekdayOf(int32_t days);
unsigned DaysInMonth(int32_t year, unsigned month);

struct Date {
  int32_t year = 0;
  uint8_t month = 0;  // 1-12 when precision >= kMonth
  uint8_t day = 0;    // 1-31 when precision == kDay
  DatePrecision precision = DatePrecision::kNone;

  static Date None() { return Date(); }
  static Date Year(int32_t y) { return {y, 0, 0, DatePrecision::kYear}; }
  static Date Month(int32_t y, unsigned m) {
    return {y, static_cast<uint8_t>(m), 0, DatePrecision::kMonth};
  }
  static Date Day(int32_t y, unsigned m, unsigned d) {
    return {y, static_cast<uint8_t>(m), static_cast<uint8_t>(d), DatePrecision::kDay};
  }
  static Date FromDays(int32_t days);

  bool known() const { return precision != DatePrecision::kNone; }
  // True when the fields form a real calendar date at this precision.
  bool IsValid() const;

  // First and last day (inclusive) of the period this date denotes.
  // REQUIRES: known()
  int32_t FirstDay() const;
  int32_t LastDay() const;

  // "2020", "2020-10", "2020-10-21"; "" when unknown.
  std::string ToIso() const;

  // Parses YYYY, YYYY-MM, YYYY-MM-DD and ISO 8601 date-times
  // (YYYY-MM-DDTHH:MM[:SS[.fff]][Z|+hh:mm]); a date-time keeps its calendar
  // day as written. Rejects anything else with a message saying why.
  static Result<Date> ParseIso(std::string_view text);

  friend bool operator==(const Date& a, const Date& b) {
    return a.precision == b.precision && a.year == b.year && a.month == b.month &&
           a.day == b.day;
  }
};

}  // namespace kg
