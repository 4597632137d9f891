#include "ingest/time/time_resolver.h"

#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace kg::ingest::time_internal {

namespace {

int32_t FloorDiv(int32_t a, int32_t b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

// Monday of the ISO week containing `day`.
int32_t MondayOf(int32_t day) { return day - WeekdayOf(day); }

Period DayPeriod(int32_t days) {
  int32_t y;
  unsigned m, d;
  CivilFromDays(days, &y, &m, &d);
  return {Grain::kDay, y, static_cast<int>(m), static_cast<int>(d), 0};
}

Period WeekPeriod(int32_t day, Grain grain) {
  const int32_t thursday = MondayOf(day) + 3;
  int32_t y;
  unsigned m, d;
  CivilFromDays(thursday, &y, &m, &d);
  const int week = (thursday - DaysFromCivil(y, 1, 1)) / 7 + 1;
  return {grain, y, 0, 0, week};
}

// Sub-year periods counted from year 0: months (12 a year), quarters (4),
// halves (2) and seasons (4, a winter counted with its December).
int32_t PerYear(Grain g) { return g == Grain::kMonth ? 12 : g == Grain::kHalf ? 2 : 4; }

int32_t OrdinalOfDay(Grain g, int32_t year, int month) {
  switch (g) {
    case Grain::kMonth: return year * 12 + month - 1;
    case Grain::kQuarter: return year * 4 + (month - 1) / 3;
    case Grain::kHalf: return year * 2 + (month - 1) / 6;
    default: {
      // SP = Mar-May (1), SU = Jun-Aug (2), FA = Sep-Nov (3), WI = Dec-Feb (4).
      const int32_t shifted = year * 12 + month - 3;  // months since March of year 0
      return FloorDiv(shifted, 3);
    }
  }
}

Period FromOrdinal(Grain g, int32_t ord) {
  const int32_t per = PerYear(g);
  const int32_t year = FloorDiv(ord, per);
  const int idx = static_cast<int>(ord - year * per);
  if (g == Grain::kMonth) return {g, year, idx + 1, 0, 0};
  return {g, year, 0, 0, idx + 1};
}

// Picks among candidates (day numbers or period ordinals, ascending) the one
// the direction or tense asks for, relative to `ref` (same unit).
bool Choose(const std::vector<int32_t>& cands, int32_t ref, Direction dir, Tense tense, int32_t* out) {
  bool found = false;
  auto take_latest = [&](bool inclusive) {
    for (int32_t c : cands) {
      if (c < ref || (inclusive && c == ref)) *out = c, found = true;
    }
  };
  auto take_earliest = [&](bool inclusive) {
    for (auto it = cands.rbegin(); it != cands.rend(); ++it) {
      if (*it > ref || (inclusive && *it == ref)) *out = *it, found = true;
    }
  };
  switch (dir) {
    case Direction::kLast: take_latest(false); return found;
    case Direction::kNext: take_earliest(false); return found;
    default: break;
  }
  if (tense == Tense::kPast) {
    take_latest(true);
  } else if (tense == Tense::kFuture) {
    take_earliest(true);
  } else {
    int32_t best_dist = 0;
    for (int32_t c : cands) {
      const int32_t dist = std::abs(c - ref);
      if (!found || dist < best_dist) *out = c, best_dist = dist, found = true;
    }
  }
  return found;
}

Grain SubGrain(TimeUnit u) {
  switch (u) {
    case TimeUnit::kQuarter: return Grain::kQuarter;
    case TimeUnit::kSeason: return Grain::kSeason;
    case TimeUnit::kHalfYear: return Grain::kHalf;
    default: return Grain::kNone;
  }
}

Period AnchorCalendar(const TimeExpression& e, const Date& ref, Tense tense) {
  if (e.unit == TimeUnit::kDecade) return {Grain::kDecade, e.year, 0, 0, 0};
  if (e.unit == TimeUnit::kCentury) return {Grain::kCentury, e.year, 0, 0, 0};
  const Grain sub = SubGrain(e.unit);
  if (e.has_year || e.year_relative) {
    if (e.year_relative && !ref.known()) return {};
    const int32_t y = e.has_year ? e.year : ref.year + e.year_offset;
    if (e.month != 0 && e.day != 0) return {Grain::kDay, y, e.month, e.day, 0};
    if (e.month != 0) return {Grain::kMonth, y, e.month, 0, 0};
    if (sub != Grain::kNone) return {sub, y, 0, 0, e.sub};
    return {Grain::kYear, y, 0, 0, 0};
  }
  if (ref.precision < DatePrecision::kMonth) return {};
  const int32_t ref_day = ref.precision == DatePrecision::kDay ? ref.FirstDay() : -1;
  if (e.direction == Direction::kThis) {
    if (e.month != 0 && e.day != 0) return {Grain::kDay, ref.year, e.month, e.day, 0};
    if (e.month != 0) return {Grain::kMonth, ref.year, e.month, 0, 0};
    if (sub != Grain::kNone) {
      const int32_t r = OrdinalOfDay(sub, ref.year, ref.month);
      return FromOrdinal(sub, FloorDiv(r, PerYear(sub)) * PerYear(sub) + e.sub - 1);
    }
    return {};
  }
  std::vector<int32_t> cands;
  int32_t chosen = 0;
  if (e.day != 0) {
    if (ref_day < 0) return {};
    for (int32_t y = ref.year - 1; y <= ref.year + 1; ++y) {
      if (e.month != 0) {
        if (e.day <= static_cast<int>(DaysInMonth(y, e.month))) cands.push_back(DaysFromCivil(y, e.month, e.day));
        continue;
      }
      for (unsigned m = 1; m <= 12; ++m) {  // Japanese 21日: a day of some month near the reference
        if (e.day <= static_cast<int>(DaysInMonth(y, m))) cands.push_back(DaysFromCivil(y, m, e.day));
      }
    }
    if (!Choose(cands, ref_day, e.direction, tense, &chosen)) return {};
    // A writer leaves out the year of a nearby date: a yearless day the tense
    // places most of a year away while the other reading is weeks away ("in
    // 3 November's election, revealed on Wednesday") is the near one.
    int32_t nearest = 0;
    if (e.direction == Direction::kBare && Choose(cands, ref_day, e.direction, Tense::kUnknown, &nearest) &&
        std::abs(chosen - ref_day) > 240 && std::abs(nearest - ref_day) < 100) {
      chosen = nearest;
    }
    return DayPeriod(chosen);
  }
  const Grain g = e.month != 0 ? Grain::kMonth : sub;
  if (g == Grain::kNone) return {};
  const int index = e.month != 0 ? e.month : e.sub;
  for (int32_t y = ref.year - 2; y <= ref.year + 1; ++y) cands.push_back(y * PerYear(g) + index - 1);
  const int32_t r = OrdinalOfDay(g, ref.year, ref.month);
  if (!Choose(cands, r, e.direction, tense, &chosen)) return {};
  return FromOrdinal(g, chosen);
}

Period AnchorWeekday(const TimeExpression& e, const Date& ref, Tense tense) {
  if (ref.precision != DatePrecision::kDay || e.weekday < 1 || e.weekday > 7) return {};
  const int32_t r = ref.FirstDay();
  const int want = e.weekday - 1;
  if (e.unit == TimeUnit::kWeek) return DayPeriod(MondayOf(r) + 7 * e.offset + want);
  if (e.direction == Direction::kThis) return DayPeriod(MondayOf(r) + want);
  const int back = (WeekdayOf(r) - want + 7) % 7;   // days back to the latest such day (0 = today)
  const int ahead = (want - WeekdayOf(r) + 7) % 7;  // days ahead to the next (0 = today)
  switch (e.direction) {
    case Direction::kLast: return DayPeriod(r - (back == 0 ? 7 : back));
    case Direction::kNext: return DayPeriod(r + (ahead == 0 ? 7 : ahead));
    default: break;
  }
  // News names the day of publication by its weekday too (AP style), so
  // "will vote on Friday" in a Friday paper is that Friday.
  if (tense == Tense::kFuture || tense == Tense::kPresent) return DayPeriod(r + ahead);
  return DayPeriod(r - back);
}

Period AnchorRelative(const TimeExpression& e, const Date& ref) {
  if (!ref.known()) return {};
  const bool has_day = ref.precision == DatePrecision::kDay;
  const bool has_month = ref.precision >= DatePrecision::kMonth;
  switch (e.unit) {
    case TimeUnit::kSecond:
    case TimeUnit::kMinute:
    case TimeUnit::kHour: {
      if (!has_day) return {};
      const int64_t per_day = e.unit == TimeUnit::kHour ? 24 : e.unit == TimeUnit::kMinute ? 1440 : 86400;
      return DayPeriod(ref.FirstDay() + static_cast<int32_t>(e.offset / per_day));
    }
    case TimeUnit::kDay:
      if (!has_day) return {};
      return DayPeriod(ref.FirstDay() + e.offset);
    case TimeUnit::kWeek:
    case TimeUnit::kWeekend:
      if (!has_day) return {};
      return WeekPeriod(ref.FirstDay() + 7 * e.offset, e.unit == TimeUnit::kWeek ? Grain::kWeek : Grain::kWeekend);
    case TimeUnit::kMonth:
    case TimeUnit::kQuarter:
    case TimeUnit::kSeason:
    case TimeUnit::kHalfYear: {
      if (!has_month) return {};
      const Grain g = e.unit == TimeUnit::kMonth ? Grain::kMonth : SubGrain(e.unit);
      return FromOrdinal(g, OrdinalOfDay(g, ref.year, ref.month) + e.offset);
    }
    case TimeUnit::kYear: return {Grain::kYear, ref.year + e.offset, 0, 0, 0};
    case TimeUnit::kDecade: return {Grain::kDecade, (FloorDiv(ref.year, 10) + e.offset) * 10, 0, 0, 0};
    case TimeUnit::kCentury: return {Grain::kCentury, (FloorDiv(ref.year, 100) + e.offset) * 100, 0, 0, 0};
    case TimeUnit::kNone:
      if (!e.anaphoric) return {};
      if (has_day) return DayPeriod(ref.FirstDay());
      if (has_month) return {Grain::kMonth, ref.year, ref.month, 0, 0};
      return {Grain::kYear, ref.year, 0, 0, 0};
    default: return {};
  }
}

// Concatenation without `"literal" + std::string&&`, which trips GCC 12's
// -Wrestrict false positive (GCC bug 105329).
std::string Cat(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view p : parts) out.append(p);
  return out;
}

std::string Pad(int64_t v, int width) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%0*lld", width, static_cast<long long>(v));
  return buf;
}

const char* PartCode(PartOfDay p) {
  switch (p) {
    case PartOfDay::kMorning: return "MO";
    case PartOfDay::kAfternoon: return "AF";
    case PartOfDay::kEvening: return "EV";
    case PartOfDay::kNight: return "NI";
    default: return "";
  }
}

std::string DurationValue(TimeUnit unit, int32_t q) {
  const std::string n = q < 0 ? "X" : std::to_string(q);
  auto times = [&](int k) { return q < 0 ? std::string("X") : std::to_string(q * k); };
  switch (unit) {
    case TimeUnit::kSecond:
      if (q >= 60) {  // 3:07:35 -> PT3H7M35S
        std::string v = "PT";
        if (q >= 3600) v += Cat({std::to_string(q / 3600), "H"});
        if (q % 3600 >= 60) v += Cat({std::to_string(q % 3600 / 60), "M"});
        if (q % 60 != 0) v += Cat({std::to_string(q % 60), "S"});
        return v;
      }
      return Cat({"PT", n, "S"});
    case TimeUnit::kMinute: return Cat({"PT", n, "M"});
    case TimeUnit::kHour: return Cat({"PT", n, "H"});
    case TimeUnit::kDay: return Cat({"P", n, "D"});
    case TimeUnit::kWeekend: return Cat({"P", times(2), "D"});
    case TimeUnit::kWeek: return Cat({"P", n, "W"});
    case TimeUnit::kMonth: return Cat({"P", n, "M"});
    case TimeUnit::kQuarter: return q < 0 ? "PXQ" : Cat({"P", times(3), "M"});
    case TimeUnit::kSeason: return q < 0 ? "PXM" : Cat({"P", times(3), "M"});
    case TimeUnit::kHalfYear: return Cat({"P", times(6), "M"});
    case TimeUnit::kYear: return Cat({"P", n, "Y"});
    case TimeUnit::kDecade: return q < 0 ? "PXDE" : Cat({"P", times(10), "Y"});
    case TimeUnit::kCentury: return q < 0 ? "PXCE" : Cat({"P", times(100), "Y"});
    default: return "PX";
  }
}

}  // namespace

Period Anchor(const TimeExpression& e, const Date& reference, Tense tense) {
  switch (e.kind) {
    case TimeKind::kCalendar: return AnchorCalendar(e, reference, tense);
    case TimeKind::kWeekday: return AnchorWeekday(e, reference, tense);
    case TimeKind::kRelative: return AnchorRelative(e, reference);
    case TimeKind::kReference:
      if (e.ref != RefKind::kPresent || reference.precision != DatePrecision::kDay) return {};
      return DayPeriod(reference.FirstDay());
    case TimeKind::kClock:
      if (reference.precision != DatePrecision::kDay) return {};
      return DayPeriod(reference.FirstDay());
    default: return {};
  }
}

int32_t FirstDayOf(const Period& p) {
  switch (p.grain) {
    case Grain::kDay: return DaysFromCivil(p.year, p.month, p.day);
    case Grain::kWeek:
    case Grain::kWeekend: {
      const int32_t jan4 = DaysFromCivil(p.year, 1, 4);  // always in ISO week 1
      const int32_t monday = MondayOf(jan4) + 7 * (p.sub - 1);
      return p.grain == Grain::kWeek ? monday : monday + 5;
    }
    case Grain::kMonth: return DaysFromCivil(p.year, p.month, 1);
    case Grain::kQuarter: return DaysFromCivil(p.year, (p.sub - 1) * 3 + 1, 1);
    case Grain::kHalf: return DaysFromCivil(p.year, (p.sub - 1) * 6 + 1, 1);
    case Grain::kSeason: return DaysFromCivil(p.year, p.sub * 3, 1);  // SP: March 1, ..., WI: December 1
    case Grain::kYear: return DaysFromCivil(p.year, 1, 1);
    case Grain::kDecade: return DaysFromCivil(p.year, 1, 1);
    case Grain::kCentury: return DaysFromCivil(p.year, 1, 1);
    default: return 0;
  }
}

int32_t LastDayOf(const Period& p) {
  switch (p.grain) {
    case Grain::kDay: return FirstDayOf(p);
    case Grain::kWeek: return FirstDayOf(p) + 6;
    case Grain::kWeekend: return FirstDayOf(p) + 1;
    case Grain::kMonth: return DaysFromCivil(p.year, p.month, DaysInMonth(p.year, p.month));
    case Grain::kQuarter: return FirstDayOf({Grain::kMonth, p.year, (p.sub - 1) * 3 + 3, 0, 0}) +
                                 static_cast<int32_t>(DaysInMonth(p.year, (p.sub - 1) * 3 + 3)) - 1;
    case Grain::kHalf: return DaysFromCivil(p.year, p.sub * 6, DaysInMonth(p.year, p.sub * 6));
    case Grain::kSeason: {
      const int32_t next = p.sub == 4 ? DaysFromCivil(p.year + 1, 3, 1) : DaysFromCivil(p.year, p.sub * 3 + 3, 1);
      return next - 1;
    }
    case Grain::kYear: return DaysFromCivil(p.year, 12, 31);
    case Grain::kDecade: return DaysFromCivil(p.year + 9, 12, 31);
    case Grain::kCentury: return DaysFromCivil(p.year + 99, 12, 31);
    default: return 0;
  }
}

Date ToDate(const Period& p) {
  switch (p.grain) {
    case Grain::kNone: return Date::None();
    case Grain::kDay: return Date::Day(p.year, p.month, p.day);
    case Grain::kMonth: return Date::Month(p.year, p.month);
    case Grain::kYear: return Date::Year(p.year);
    case Grain::kDecade:
    case Grain::kCentury: return Date::None();
    default: break;
  }
  // A week or a season: the month or the year that holds all of it.
  const Date first = Date::FromDays(FirstDayOf(p)), last = Date::FromDays(LastDayOf(p));
  if (first.year != last.year) return Date::None();
  if (first.month == last.month) return Date::Month(first.year, first.month);
  return Date::Year(first.year);
}

std::string TimexOf(const TimeExpression& e, const Period& p) {
  switch (e.kind) {
    case TimeKind::kDuration: return DurationValue(e.unit, e.quantity);
    case TimeKind::kSet:
      if (e.part != PartOfDay::kNone) return Cat({"XXXX-XX-XXT", PartCode(e.part)});
      if (e.weekday != 0) return Cat({"XXXX-WXX-", std::to_string(e.weekday)});
      return DurationValue(e.unit, e.quantity);
    case TimeKind::kReference:
      return e.ref == RefKind::kPresent ? "PRESENT_REF" : e.ref == RefKind::kPast ? "PAST_REF" : "FUTURE_REF";
    default: break;
  }
  const std::string y = Pad(p.year, 4);
  std::string v;
  switch (p.grain) {
    case Grain::kNone:
      // Unanchored (no usable reference): the TimeML unknown-field form.
      if (e.kind == TimeKind::kWeekday) return Cat({"XXXX-WXX-", std::to_string(e.weekday)});
      if (e.kind == TimeKind::kCalendar && e.month != 0) {
        v = Cat({"XXXX-", Pad(e.month, 2)});
        if (e.day != 0) v += Cat({"-", Pad(e.day, 2)});
        return v;
      }
      if (e.kind == TimeKind::kClock) return Cat({"XXXX-XX-XXT", Pad(e.hour, 2), ":", Pad(e.minute, 2)});
      return "XXXX-XX-XX";
    case Grain::kDay: v = Cat({y, "-", Pad(p.month, 2), "-", Pad(p.day, 2)}); break;
    case Grain::kWeek: return Cat({y, "-W", Pad(p.sub, 2)});
    case Grain::kWeekend: return Cat({y, "-W", Pad(p.sub, 2), "-WE"});
    case Grain::kMonth: return Cat({y, "-", Pad(p.month, 2)});
    case Grain::kQuarter: return Cat({y, "-Q", std::to_string(p.sub)});
    case Grain::kHalf: return Cat({y, "-H", std::to_string(p.sub)});
    case Grain::kSeason: {
      static const char* kSeason[] = {"SP", "SU", "FA", "WI"};
      return Cat({y, "-", kSeason[(p.sub - 1) & 3]});
    }
    case Grain::kYear: return y;
    case Grain::kDecade: return Pad(p.year / 10, 3);
    case Grain::kCentury: return Pad(p.year / 100, 2);
  }
  if (e.has_clock) return Cat({v, "T", Pad(e.hour, 2), ":", Pad(e.minute, 2)});
  if (e.part != PartOfDay::kNone) return Cat({v, "T", PartCode(e.part)});
  return v;
}

}  // namespace kg::ingest::time_internal
