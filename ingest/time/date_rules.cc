// Calendar rules: numeric dates, dates with month names, years, decades and
// centuries, seasons, quarters and halves.

#include "graph/base/date.h"
#include "ingest/time/time_grammar.h"

namespace kg::ingest::time_internal {

namespace {

bool ValidDay(int32_t year, int month, int64_t day) {
  if (month < 1 || month > 12 || day < 1) return false;
  // Without a year, 29 February is allowed (2000 was a leap year).
  return day <= DaysInMonth(year == 0 ? 2000 : year, static_cast<unsigned>(month));
}

bool IsOrdinalSuffix(const std::string& k) {
  return k == "st" || k == "nd" || k == "rd" || k == "th";
}

}  // namespace

void Matcher::NumericDate(uint32_t s) {
  if (!IsDigits(s)) return;
  // Not inside a longer dotted chain such as a version number or an address.
  if (s >= 1 && !tok(s).space_before &&
      (tok(s - 1).kind == TokenKind::kNumber || tok(s - 1).key == "." || tok(s - 1).key == "/")) {
    return;
  }
  auto sep_at = [&](uint32_t i, const std::string& want) {
    return i + 1 < size() && tok(i).kind == TokenKind::kPunct && !tok(i).space_before &&
           !tok(i + 1).space_before && IsDigits(i + 1) && (want.empty() || tok(i).key == want);
  };
  auto chain_continues = [&](uint32_t end) {
    return end < size() && !tok(end).space_before &&
           (tok(end).kind == TokenKind::kNumber ||
            ((tok(end).key == "." || tok(end).key == "/" || tok(end).key == "-") && IsDigits(end + 1) &&
             !tok(end + 1).space_before));
  };
  const TimeToken& a = tok(s);
  if (!sep_at(s + 1, "")) return;
  const std::string sep = tok(s + 1).key;
  if (sep != "-" && sep != "/" && sep != ".") return;
  const TimeToken& b = tok(s + 2);
  Candidate c;
  c.first = s;
  c.priority = 3;
  TimeExpression& e = c.expr;
  e.kind = TimeKind::kCalendar;
  if (a.digits == 4 && b.digits <= 2) {
    // Year first: ISO 8601 and the Japanese/Chinese order.
    e.year = static_cast<int32_t>(a.value);
    e.has_year = true;
    e.month = static_cast<uint8_t>(b.value);
    if (b.value < 1 || b.value > 12) return;
    if (sep_at(s + 3, sep) && tok(s + 4).digits <= 2) {
      if (!ValidDay(e.year, e.month, tok(s + 4).value) || chain_continues(s + 5)) return;
      e.day = static_cast<uint8_t>(tok(s + 4).value);
      c.last = s + 5;
    } else {
      // "2020-03" is a month, but "2009-10" is more often a season or a
      // fiscal year than October 2009.
      if (sep == "." || b.digits != 2 || b.value >= 10 || chain_continues(s + 3)) return;
      c.last = s + 3;
    }
    Offer(std::move(c));
    return;
  }
  if (a.digits > 2 || b.digits > 2 || !sep_at(s + 3, sep) || tok(s + 4).digits != 4) return;
  if (chain_continues(s + 5) || lang_ == Lang::kJa) return;
  int64_t day = a.value, month = b.value;
  if ((lang_ == Lang::kEn || lang_ == Lang::kOther) && sep != ".") {
    // English writes both 11/3/2020 and 3/11/2020: only a number above 12
    // tells which is the day. Dotted dates are day-first everywhere.
    if (a.value > 12 && b.value <= 12) {
      day = a.value, month = b.value;
    } else if (b.value > 12 && a.value <= 12) {
      day = b.value, month = a.value;
    } else {
      return;
    }
  }
  e.year = static_cast<int32_t>(tok(s + 4).value);
  e.has_year = true;
  if (!ValidDay(e.year, static_cast<int>(month), day)) return;
  e.month = static_cast<uint8_t>(month);
  e.day = static_cast<uint8_t>(day);
  c.last = s + 5;
  if (const LexHit* w = Hit(c.last, LexClass::kYearWord); w && w->entry->post) c.last = w->end;
  Offer(std::move(c));
}

bool Matcher::MonthAt(uint32_t i, int* month, uint32_t* end, const LexHit** hit) const {
  const LexHit* m = Hit(i, LexClass::kMonth);
  if (m == nullptr || !AbbrevEnd(*m, end)) return false;
  *month = m->entry->value;
  *hit = m;
  // An Arabic alternative name: "نوفمبر/تشرين الثاني", "أكتوبر (تشرين الأول)".
  const bool paren = IsPunct(*end, "(");
  if (IsPunct(*end, "/") || paren) {
    const LexHit* alt = Hit(*end + 1, LexClass::kMonth);
    if (alt != nullptr && alt->entry->value == *month) {
      *end = alt->end;
      if (paren && IsPunct(*end, ")")) ++*end;
    }
  }
  return true;
}

bool Matcher::FullDate(uint32_t j, TimeExpression* e, uint32_t* end) const {
  if (const LexHit* dw = Hit(j, LexClass::kDayWord); dw && dw->entry->pre) j = dw->end;
  int month = 0;
  const LexHit* m = nullptr;
  uint32_t k = 0;
  // Day first: "3 November", "3rd of November", "3 listopada 2020 r.", "٣ نوفمبر",
  // "الثالث من نوفمبر" (an ordinal word needs the "of").
  int64_t day = -1;
  const LexHit* ordinal = Hit(j, LexClass::kOrdinal);
  if (IsDigits(j) && tok(j).digits <= 2 && !NumberGlued(j)) {
    day = tok(j).value;
    k = j + 1;
    if (k < size() && !tok(k).space_before && IsOrdinalSuffix(tok(k).key)) ++k;
    if (IsPunct(k, ".") && !tok(k).space_before) ++k;  // Polish "3. listopada"
    if (const LexHit* of = Hit(k, LexClass::kOf)) k = of->end;
  } else if (ordinal != nullptr && Hit(ordinal->end, LexClass::kOf) != nullptr) {
    day = ordinal->entry->value;
    k = Hit(ordinal->end, LexClass::kOf)->end;
  }
  if (day > 0) {
    if (MonthAt(k, &month, &k, &m) && ValidDay(0, month, day)) {
      e->month = static_cast<uint8_t>(month);
      e->day = static_cast<uint8_t>(day);
      uint32_t y_end;
      if (YearAfter(k, e, &y_end)) k = y_end;
      if (!e->has_year || ValidDay(e->year, month, day)) {
        *end = k;
        return true;
      }
      return false;
    }
  }
  // Month first: "November 3, 2020", "Feb. 28".
  if (!MonthAt(j, &month, &k, &m)) return false;
  if (!IsDigits(k) || tok(k).digits > 2 || !ValidDay(0, month, tok(k).value) || NumberGlued(k)) return false;
  e->month = static_cast<uint8_t>(month);
  e->day = static_cast<uint8_t>(tok(k).value);
  ++k;
  if (k < size() && !tok(k).space_before && IsOrdinalSuffix(tok(k).key)) ++k;
  uint32_t y_end;
  if (YearAfter(k, e, &y_end)) k = y_end;
  if (e->has_year && !ValidDay(e->year, month, e->day)) return false;
  *end = k;
  return true;
}

void Matcher::MonthName(uint32_t s) {
  const Lead lead = ParseLead(s);
  const bool has_lead = lead.next != lead.first;
  auto offer = [&](TimeExpression e, uint32_t last, uint8_t skip) {
    Candidate c;
    c.first = lead.first;
    c.skip = skip;
    c.priority = 2;
    e.kind = TimeKind::kCalendar;
    e.mod = lead.pos;
    PartOfDay part;
    uint32_t part_end;
    if (e.day != 0 && PartAfter(last, &part, &part_end)) {
      e.part = part;
      last = part_end;
    }
    c.last = last;
    c.expr = std::move(e);
    Offer(std::move(c));
  };
  auto skip_of = [&](uint32_t i) {
    return i < size() && !hits_[i].empty() ? hits_[i].front().skip : uint8_t{0};
  };

  if (!has_lead) {
    // A full date, possibly after its weekday: "Thursday, March 21",
    // "الأربعاء 21 أكتوبر".
    TimeExpression e;
    uint32_t end;
    if (FullDate(s, &e, &end)) offer(e, end, skip_of(s));
    if (const LexHit* wd = Hit(s, LexClass::kWeekday)) {
      uint32_t wd_end;
      if (AbbrevEnd(*wd, &wd_end)) {
        if (IsPunct(wd_end, ",")) ++wd_end;
        TimeExpression f;
        if (FullDate(wd_end, &f, &end)) offer(f, end, wd->skip);
      }
    }
  }

  // A month without a day: "May 2010", "last June", "early December",
  // "w lutym", "في شهر فبراير", "أكتوبر الماضي", "listopada ubiegłego roku".
  uint32_t j = lead.next;
  const LexHit* monthword = Hit(j, LexClass::kMonthWord);
  if (monthword != nullptr && monthword->entry->pre) j = monthword->end;
  int month = 0;
  uint32_t end = 0;
  const LexHit* m = nullptr;
  if (!MonthAt(j, &month, &end, &m)) return;
  TimeExpression e;
  e.month = static_cast<uint8_t>(month);
  uint32_t y_end;
  bool year = !lead.has_dir && YearAfter(end, &e, &y_end);
  if (year) end = y_end;
  if (!year && !lead.has_dir) {
    if (const LexHit* d = Hit(end, LexClass::kDirection); d && d->entry->post) {
      e.direction = ToDirection(d->entry->value);
      end = d->end;
    }
  }
  if (lead.has_dir) e.direction = ToDirection(lead.dir);
  const bool licensed = Licensed(s) || lead.has_pos || lead.has_dir || monthword != nullptr || year ||
                        e.direction != Direction::kBare;
  if (m->entry->ctx && !licensed) return;
  offer(e, end, has_lead ? lead.skip : monthword != nullptr && !has_lead ? monthword->skip : m->skip);
}

void Matcher::Year(uint32_t s) {
  const Lead lead = ParseLead(s);
  if (lead.has_dir) return;
  uint32_t i = lead.next;
  bool strong = lead.has_pos || YearLicensed(s);
  uint8_t skip = lead.next != lead.first ? lead.skip : 0;
  if (const LexHit* w = Hit(i, LexClass::kYearWord); w && w->entry->pre) {
    if (lead.next == lead.first) skip = w->skip;
    i = w->end;
    strong = true;
  }
  if (!IsDigits(i) || tok(i).digits != 4 || tok(i).value < 1000 || tok(i).value >= 3000 || NumberGlued(i)) {
    return;
  }
  Candidate c;
  c.first = lead.det && !lead.has_pos ? lead.after_det : lead.first;  // not "the" of "the 1953 team"
  c.skip = skip;
  c.priority = 1;
  c.last = i + 1;
  if (const LexHit* w = Hit(i + 1, LexClass::kYearWord); w && w->entry->post) {
    c.last = w->end;
    strong = true;
  }
  const int64_t y = tok(i).value;
  if (!strong) {
    // A bare four-digit number is a year only in the range news talks
    // about, and not when it counts something ("1500 e-mails").
    if (y < 1900 || y > 2099) return;
    if (const LexHit* u = Hit(i + 1, LexClass::kUnit); u && u->entry->plural) return;
  }
  c.expr.kind = TimeKind::kCalendar;
  c.expr.year = static_cast<int32_t>(y);
  c.expr.has_year = true;
  c.expr.mod = lead.pos;
  Offer(std::move(c));
}

void Matcher::DecadeCentury(uint32_t s) {
  const Lead lead = ParseLead(s);
  if (lead.has_dir || lead.has_pos) return;
  uint32_t i = lead.next;
  Candidate c;
  c.first = i;  // TimeML leaves out the "the" of "the 1990s", "the 20th century"
  c.priority = 2;
  c.expr.kind = TimeKind::kCalendar;
  c.expr.has_year = true;
  // "the 1990s", "the '90s".
  if (IsDigits(i) && tok(i).value % 10 == 0 && i + 1 < size() && !tok(i + 1).space_before &&
      tok(i + 1).key == "s" && (tok(i).digits == 4 || (tok(i).digits == 2 && i >= 1 && tok(i - 1).key == "'"))) {
    int64_t y = tok(i).value;
    if (tok(i).digits == 2) {
      y += 1900;
      c.first = i - 1;
    }
    c.expr.year = static_cast<int32_t>(y);
    c.expr.unit = TimeUnit::kDecade;
    c.last = i + 2;
    Offer(std::move(c));
    return;
  }
  // "1990年代", "90年代".
  if (IsDigits(i)) {
    if (const LexHit* m = Hit(i + 1, LexClass::kDecadeMark); m && tok(i).value % 10 == 0) {
      int64_t y = tok(i).value;
      if (tok(i).digits == 2) y += 1900;
      c.expr.year = static_cast<int32_t>(y);
      c.expr.unit = TimeUnit::kDecade;
      c.last = m->end;
      Offer(std::move(c));
      return;
    }
  }
  // "20th century", "twentieth century", "XX wieku", "20世紀", "القرن 21".
  int64_t n = 0;
  uint32_t k = i;
  if (IsDigits(i)) {
    n = tok(i).value;
    k = i + 1;
    if (k < size() && !tok(k).space_before && IsOrdinalSuffix(tok(k).key)) ++k;
  } else if (const LexHit* o = Hit(i, LexClass::kOrdinal)) {
    n = o->entry->value;
    k = o->end;
  } else if (i < size() && tok(i).kind == TokenKind::kWord && tok(i).capitalized) {
    // A Roman numeral (Polish "XXI wieku").
    int64_t v = 0, prev = 0;
    bool roman = !tok(i).key.empty();
    for (auto it = tok(i).key.rbegin(); it != tok(i).key.rend() && roman; ++it) {
      const int d = *it == 'i' ? 1 : *it == 'v' ? 5 : *it == 'x' ? 10 : *it == 'l' ? 50 : *it == 'c' ? 100 : 0;
      roman = d != 0;
      v += d < prev ? -d : d;
      prev = d > prev ? d : prev;
    }
    if (roman) n = v, k = i + 1;
  }
  if (n >= 1 && n <= 30) {
    if (const LexHit* u = Hit(k, LexClass::kUnit); u && u->entry->unit == TimeUnit::kCentury && !u->entry->plural) {
      c.expr.year = static_cast<int32_t>((n - 1) * 100);
      c.expr.unit = TimeUnit::kCentury;
      c.last = u->end;
      if (IsPunct(c.last, ".") && !tok(c.last).space_before && tok(c.last - 1).key == "w") ++c.last;
      Offer(c);
      return;
    }
  }
  // Arabic: the unit first, "القرن 21", "القرن الحادي والعشرين" (ordinal after).
  if (const LexHit* u = Hit(i, LexClass::kUnit); u && u->entry->unit == TimeUnit::kCentury && !u->entry->plural) {
    uint32_t j = u->end;
    int64_t m = 0;
    if (IsDigits(j)) {
      m = tok(j).value, ++j;
    } else if (const LexHit* o = Hit(j, LexClass::kOrdinal)) {
      m = o->entry->value, j = o->end;
    }
    if (m >= 1 && m <= 30) {
      c.skip = u->skip;
      c.expr.year = static_cast<int32_t>((m - 1) * 100);
      c.expr.unit = TimeUnit::kCentury;
      c.last = j;
      Offer(std::move(c));
    }
  }
}

void Matcher::SeasonQuarter(uint32_t s) {
  const Lead lead = ParseLead(s);
  const bool has_lead = lead.next != lead.first;
  uint32_t i = lead.next;
  Candidate c;
  c.first = lead.first;
  c.skip = lead.skip;
  c.priority = 2;
  TimeExpression& e = c.expr;
  e.kind = TimeKind::kCalendar;
  e.mod = lead.pos;
  if (const LexHit* h = Hit(i, LexClass::kSeason)) {
    if (!has_lead) c.skip = h->skip;
    e.unit = TimeUnit::kSeason;
    e.sub = h->entry->sub;
    uint32_t end = h->end;
    if (h->entry->dir != -2) e.direction = ToDirection(h->entry->dir);
    if (lead.has_dir) e.direction = ToDirection(lead.dir);
    if (const LexHit* d = Hit(end, LexClass::kDirection); d && d->entry->post && !lead.has_dir) {
      e.direction = ToDirection(d->entry->value);
      end = d->end;
    }
    uint32_t y_end;
    const bool year = e.direction == Direction::kBare && YearAfter(end, &e, &y_end);
    if (year) end = y_end;
    if (h->entry->ctx && !year && !lead.has_dir && !lead.det && !lead.has_pos && !Licensed(s) &&
        e.direction == Direction::kBare) {
      return;
    }
    c.last = end;
    Offer(std::move(c));
    return;
  }
  // "the first quarter (of 2020)", "w pierwszym kwartale", "الربع الأول".
  int ordinal = 0;
  const LexHit* unit = nullptr;
  uint32_t end = 0;
  if (const LexHit* o = Hit(i, LexClass::kOrdinal)) {
    unit = Hit(o->end, LexClass::kUnit);
    ordinal = o->entry->value;
    if (unit != nullptr) end = unit->end;
  } else if (const LexHit* u = Hit(i, LexClass::kUnit)) {
    if (const LexHit* o2 = Hit(u->end, LexClass::kOrdinal); o2 && o2->entry->post) {
      unit = u;
      ordinal = o2->entry->value;
      end = o2->end;
      if (!has_lead) c.skip = u->skip;
    }
  }
  if (unit == nullptr || unit->entry->plural) return;
  const TimeUnit u = unit->entry->unit;
  if (!((u == TimeUnit::kQuarter && ordinal >= 1 && ordinal <= 4) ||
        (u == TimeUnit::kHalfYear && ordinal >= 1 && ordinal <= 2))) {
    return;
  }
  e.unit = u;
  e.sub = static_cast<uint8_t>(ordinal);
  uint32_t y_end;
  if (YearAfter(end, &e, &y_end)) end = y_end;
  c.last = end;
  Offer(std::move(c));
}

}  // namespace kg::ingest::time_internal
