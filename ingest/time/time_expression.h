#pragma once

// What a time expression in news text means, before it is resolved against
// an article's publication date. TimeTagger (time_tagger.h) finds these;
// TimeTagger::Resolve turns one into a calendar Date.
//
// The meaning is one of a few shapes (TimeKind), e.g.
//   "3 listopada 2020 r."  kCalendar  year 2020, month 11, day 3
//   "11月3日"              kCalendar  month 11, day 3 (year from the reference)
//   "last February"        kCalendar  month 2, direction kLast
//   "昨年11月"             kCalendar  month 11, year_offset -1 (relative year)
//   "مساء الأربعاء"        kWeekday   weekday 2 (Wednesday), part kEvening
//   "w ubiegłym tygodniu"  kRelative  unit kWeek, offset -1
//   "two years ago"        kRelative  unit kYear, offset -2
//   "now"                  kReference ref kPresent
//   "three-month"          kDuration  unit kMonth, quantity 3
//   "every morning"        kSet       unit kDay, part kMorning

#include <cstddef>
#include <cstdint>
#include <string>

namespace kg::ingest {

enum class Tense : uint8_t { kUnknown, kPast, kPresent, kFuture };

enum class TimeKind : uint8_t {
  kCalendar,   // fields of the calendar, any of them possibly missing
  kWeekday,    // a day of the week, bare or with last/this/next
  kRelative,   // `offset` units from the reference ("yesterday", "先週")
  kReference,  // now / the past / the future
  kDuration,   // a length of time, not anchored ("90 days", "数年間")
  kSet,        // a recurring time ("annually", "كل عام")
  kClock,      // a time of day with no date of its own ("8 p.m.", "15時")
};

enum class TimeUnit : uint8_t {
  kNone,
  kSecond,
  kMinute,
  kHour,
  kDay,
  kWeekend,
  kWeek,
  kMonth,
  kQuarter,
  kSeason,
  kHalfYear,
  kYear,
  kDecade,
  kCentury,
};

enum class Direction : uint8_t { kBare, kLast, kThis, kNext };
enum class PartOfDay : uint8_t { kNone, kMorning, kAfternoon, kEvening, kNight };
enum class PositionMod : uint8_t { kNone, kStart, kMid, kEnd };  // early / mid / late
enum class RefKind : uint8_t { kPresent, kPast, kFuture };

struct TimeExpression {
  size_t begin = 0, end = 0;  // byte offsets into the text given to Tag()
  std::string text;           // as written

  TimeKind kind = TimeKind::kCalendar;

  // kCalendar. A field of 0 was not given. `unit` says what a year-only
  // expression denotes: kYear ("2016"), kDecade ("the 1990s": year 1990),
  // kCentury ("20th century": year 1900), kSeason/kQuarter/kHalfYear with
  // `sub` 1-4 (spring, summer, autumn, winter) or 1-4 (Q1..Q4) or 1-2.
  int32_t year = 0;
  bool has_year = false;      // year is absolute
  bool year_relative = false; // year is reference year + year_offset ("昨年11月")
  int32_t year_offset = 0;
  uint8_t month = 0;          // 1-12
  uint8_t day = 0;            // 1-31
  uint8_t sub = 0;
  // kCalendar without a year, and kWeekday: last/this/next as written.
  Direction direction = Direction::kBare;

  uint8_t weekday = 0;  // kWeekday: 1 = Monday ... 7 = Sunday (ISO 8601)

  // kRelative: `offset` units from the reference (negative = earlier).
  // kDuration and kSet: `quantity` units; -1 when vague ("several days").
  TimeUnit unit = TimeUnit::kNone;
  int32_t offset = 0;
  int32_t quantity = 0;

  // kRelative counted from the last date the text stated before it ("the
  // next day", "同日") rather than from the reference; unit kNone with it
  // means that date itself ("wówczas", "آنذاك"). The caller passes that date
  // as the reference.
  bool anaphoric = false;

  RefKind ref = RefKind::kPresent;  // kReference

  // kClock: hour 0-23 and minute; also set on a dated expression that gives
  // a time of day ("Thursday at 3 p.m."), with has_clock.
  bool has_clock = false;
  uint8_t hour = 0, minute = 0;

  PartOfDay part = PartOfDay::kNone;
  PositionMod mod = PositionMod::kNone;
};

}  // namespace kg::ingest
