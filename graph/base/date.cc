#include "graph/base/date.h"

#include <chrono>
#include <cstdio>

namespace kg {

namespace {

bool ParseDigits(std::string_view s, size_t pos, size_t n, int* out) {
  if (pos + n > s.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

// Validates the time-of-day and zone suffix of an ISO 8601 date-time,
// starting right after the 'T' (or ' ').
bool ValidTimeSuffix(std::string_view s) {
  int hh, mm, ss;
  if (!ParseDigits(s, 0, 2, &hh) || s.size() < 5 || s[2] != ':' ||
      !ParseDigits(s, 3, 2, &mm) || hh > 23 || mm > 59) {
    return false;
  }
  size_t pos = 5;
  if (pos < s.size() && s[pos] == ':') {
    if (!ParseDigits(s, pos + 1, 2, &ss) || ss > 60) return false;
    pos += 3;
    if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
      ++pos;
      size_t start = pos;
      while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') ++pos;
      if (pos == start) return false;
    }
  }
  if (pos == s.size()) return true;
  if (s[pos] == 'Z') return pos + 1 == s.size();
  if (s[pos] == '+' || s[pos] == '-') {
    int oh, om;
    if (!ParseDigits(s, pos + 1, 2, &oh) || oh > 14) return false;
    size_t p = pos + 3;
    if (p == s.size()) return true;
    if (s[p] == ':') ++p;
    return ParseDigits(s, p, 2, &om) && om <= 59 && p + 2 == s.size();
  }
  return false;
}

}  // namespace

int32_t DaysFromCivil(int32_t year, unsigned month, unsigned day) {
  using namespace std::chrono;
  const sys_days d = year_month_day{std::chrono::year{year}, std::chrono::month{month},
                                    std::chrono::day{day}};
  return static_cast<int32_t>(d.time_since_epoch().count());
}

void CivilFromDays(int32_t days, int32_t* year, unsigned* month, unsigned* day) {
  using namespace std::chrono;
  const year_month_day ymd{sys_days{std::chrono::days{days}}};
  *year = static_cast<int>(ymd.year());
  *month = static_cast<unsigned>(ymd.month());
  *day = static_cast<unsigned>(ymd.day());
}

int WeekdayOf(int32_t days) {
  // 1970-01-01 was a Thursday (ISO index 3).
  int w = (days + 3) % 7;
  return w < 0 ? w + 7 : w;
}

unsigned DaysInMonth(int32_t year, unsigned month) {
  using namespace std::chrono;
  return static_cast<unsigned>(
      year_month_day_last{std::chrono::year{year}, month_day_last{std::chrono::month{month}}}
          .day());
}

Date Date::FromDays(int32_t days) {
  int32_t y;
  unsigned m, d;
  CivilFromDays(days, &y, &m, &d);
  return Date::Day(y, m, d);
}

bool Date::IsValid() const {
  switch (precision) {
    case DatePrecision::kNone: return true;
    case DatePrecision::kYear: return year >= 1 && year <= 9999;
    case DatePrecision::kMonth: return year >= 1 && year <= 9999 && month >= 1 && month <= 12;
    case DatePrecision::kDay:
      return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
             day <= DaysInMonth(year, month);
  }
  return false;
}

int32_t Date::FirstDay() const {
  switch (precision) {
    case DatePrecision::kYear: return DaysFromCivil(year, 1, 1);
    case DatePrecision::kMonth: return DaysFromCivil(year, month, 1);
    default: return DaysFromCivil(year, month, day);
  }
}

int32_t Date::LastDay() const {
  switch (precision) {
    case DatePrecision::kYear: return DaysFromCivil(year, 12, 31);
    case DatePrecision::kMonth: return DaysFromCivil(year, month, DaysInMonth(year, month));
    default: return DaysFromCivil(year, month, day);
  }
}

std::string Date::ToIso() const {
  char buf[16];
  switch (precision) {
    case DatePrecision::kNone: return "";
    case DatePrecision::kYear: std::snprintf(buf, sizeof buf, "%04d", year); break;
    case DatePrecision::kMonth: std::snprintf(buf, sizeof buf, "%04d-%02u", year, month); break;
    case DatePrecision::kDay:
      std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", year, month, day);
      break;
  }
  return buf;
}

Result<Date> Date::ParseIso(std::string_view s) {
  auto bad = [&](const char* why) {
    return Status::InvalidArgument("unparsable date '" + std::string(s.substr(0, 40)) +
                                   "': " + why);
  };
  int y, m, d;
  if (!ParseDigits(s, 0, 4, &y)) return bad("expected YYYY, YYYY-MM or YYYY-MM-DD");
  Date out;
  if (s.size() == 4) {
    out = Date::Year(y);
  } else if (s.size() == 7 && s[4] == '-' && ParseDigits(s, 5, 2, &m)) {
    out = Date::Month(y, m);
  } else if (s.size() >= 10 && s[4] == '-' && s[7] == '-' && ParseDigits(s, 5, 2, &m) &&
             ParseDigits(s, 8, 2, &d)) {
    out = Date::Day(y, m, d);
    if (s.size() > 10) {
      if ((s[10] != 'T' && s[10] != ' ') || !ValidTimeSuffix(s.substr(11))) {
        return bad("bad time of day or zone after the date");
      }
    }
  } else {
    return bad("expected YYYY, YYYY-MM or YYYY-MM-DD");
  }
  if (!out.IsValid()) return bad("no such calendar date");
  return out;
}

}  // namespace kg
