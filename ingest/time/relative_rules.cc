// Rules for times named relative to the reference or not anchored at all:
// weekdays, yesterday/today, last week, two years ago, durations, sets,
// now/the past, and clock times.

#include "ingest/time/time_grammar.h"

namespace kg::ingest::time_internal {

namespace {

// Units that a "last/this/next" makes into a calendar period of their own.
bool IsPeriodUnit(TimeUnit u) {
  return u == TimeUnit::kWeekend || u == TimeUnit::kWeek || u == TimeUnit::kMonth ||
         u == TimeUnit::kQuarter || u == TimeUnit::kYear || u == TimeUnit::kDecade ||
         u == TimeUnit::kCentury || u == TimeUnit::kHalfYear;
}

}  // namespace

void Matcher::Weekday(uint32_t s) {
  const Lead lead = ParseLead(s);
  const bool has_lead = lead.next != lead.first;
  uint32_t i = lead.next;
  Candidate c;
  c.first = lead.first;
  c.skip = lead.skip;
  c.priority = 2;
  TimeExpression& e = c.expr;
  e.kind = TimeKind::kWeekday;
  e.mod = lead.pos;
  bool first_taken = has_lead;
  auto take = [&](const LexHit* h) {
    if (!first_taken) c.skip = h->skip;
    first_taken = true;
    i = h->end;
  };
  // "مساء الأربعاء", "مساء يوم الأربعاء", "يوم الخميس".
  if (const LexHit* p = Hit(i, LexClass::kPart); p && p->entry->pre && !lead.has_dir) {
    e.part = p->entry->part;
    take(p);
  }
  if (const LexHit* dw = Hit(i, LexClass::kDayWord); dw && dw->entry->pre) take(dw);
  const LexHit* wd = Hit(i, LexClass::kWeekday);
  if (wd == nullptr || wd->entry->paren) return;
  uint32_t end;
  if (!AbbrevEnd(*wd, &end)) return;
  if (!first_taken) c.skip = wd->skip;
  e.weekday = static_cast<uint8_t>(wd->entry->value);
  if (lead.has_dir) e.direction = ToDirection(lead.dir);
  if (wd->entry->dir != -2) e.direction = ToDirection(wd->entry->dir);
  if (const LexHit* d = Hit(end, LexClass::kDirection); d && d->entry->post && !lead.has_dir) {
    e.direction = ToDirection(d->entry->value);
    end = d->end;
  }
  if (wd->entry->ctx && !has_lead && !Licensed(s) && e.direction == Direction::kBare) return;
  PartOfDay part;
  uint32_t part_end;
  if (PartAfter(end, &part, &part_end)) {
    e.part = part;
    end = part_end;
  }
  c.last = end;
  Offer(std::move(c));
}

void Matcher::RelativeDay(uint32_t s) {
  const Lead lead = ParseLead(s);
  uint32_t i = lead.next;
  Candidate c;
  c.first = lead.first;
  c.skip = lead.skip;
  c.priority = 2;
  TimeExpression& e = c.expr;
  e.kind = TimeKind::kRelative;
  e.unit = TimeUnit::kDay;
  e.mod = lead.pos;
  bool first_taken = lead.next != lead.first;
  if (lead.has_dir) {
    // "this morning", "this evening": today's part of the day.
    const LexHit* p = Hit(i, LexClass::kPart);
    if (lead.dir != 0 || p == nullptr) return;
    e.part = p->entry->part;
    c.last = p->end;
    Offer(std::move(c));
    return;
  }
  // "مساء أمس", "صباح اليوم".
  if (const LexHit* p = Hit(i, LexClass::kPart); p && p->entry->pre) {
    e.part = p->entry->part;
    if (!first_taken) c.skip = p->skip;
    first_taken = true;
    i = p->end;
  }
  const LexHit* r = Hit(i, LexClass::kRelDay);
  if (r == nullptr) return;
  if (!first_taken) c.skip = r->skip;
  e.offset = r->entry->value;
  if (r->entry->part != PartOfDay::kNone) e.part = r->entry->part;
  uint32_t end = r->end;
  PartOfDay part;
  uint32_t part_end;
  if (PartAfter(end, &part, &part_end)) {
    e.part = part;
    end = part_end;
  }
  c.last = end;
  Offer(std::move(c));
}

void Matcher::RelativePeriod(uint32_t s) {
  const Lead lead = ParseLead(s);
  const bool has_lead = lead.next != lead.first;
  const uint32_t i = lead.next;
  Candidate c;
  c.first = lead.first;
  c.skip = lead.skip;
  c.priority = 2;
  TimeExpression& e = c.expr;
  e.kind = TimeKind::kRelative;
  e.mod = lead.pos;
  auto post_pos = [&](uint32_t end) {
    // Japanese "今月末", "来月上旬".
    if (const LexHit* p = Hit(end, LexClass::kPosition); p && p->entry->post) {
      e.mod = p->entry->pos;
      return p->end;
    }
    return end;
  };
  // A single word: "先週", "fortnight".
  if (const LexHit* r = Hit(i, LexClass::kRel); r && !lead.has_dir) {
    if (!has_lead) c.skip = r->skip;
    e.unit = r->entry->unit;
    e.offset = r->entry->value;
    c.last = post_pos(r->end);
    Offer(c);
    return;
  }
  const LexHit* u = Hit(i, LexClass::kUnit);
  if (u == nullptr || u->entry->plural || u->entry->needs_num || u->entry->count != 0 ||
      !IsPeriodUnit(u->entry->unit)) {
    return;
  }
  e.unit = u->entry->unit;
  uint32_t end = u->end;
  if (lead.has_dir && lead.det && (e.unit == TimeUnit::kDecade || e.unit == TimeUnit::kCentury)) {
    // "the next decade", "the past century": ten (a hundred) years from or
    // to now, not the calendar decade 2020-2029.
    e.kind = TimeKind::kDuration;
    e.quantity = 1;
  } else if (lead.has_dir) {
    e.offset = lead.dir;  // "last week", "w tym tygodniu", "هذا الأسبوع"
  } else if (const LexHit* d = Hit(end, LexClass::kDirection); d && d->entry->post) {
    e.offset = d->entry->value;  // "الأسبوع الماضي", "roku ubiegłego"
    end = d->end;
    if (!has_lead) c.skip = u->skip;
  } else if (lead.has_pos) {
    e.offset = 0;  // "the end of the year", "نهاية العام"
  } else {
    return;
  }
  c.last = post_pos(end);
  Offer(std::move(c));
}

// "the same day", "następnego dnia", "同日", "في اليوم التالي".
void Matcher::Anaphoric(uint32_t s) {
  const LexHit* a = Hit(s, LexClass::kAnaphoric);
  if (a == nullptr) return;
  Candidate c;
  c.first = s;
  c.skip = a->skip;
  c.priority = 2;
  c.expr.kind = TimeKind::kRelative;
  c.expr.anaphoric = true;
  c.expr.unit = a->entry->unit;
  c.expr.offset = a->entry->value;
  c.expr.part = a->entry->part;
  c.last = a->end;
  Offer(std::move(c));
}

bool Matcher::QuantityAt(uint32_t i, Quantity* q) const {
  if (const LexHit* u = Hit(i, LexClass::kUnit); u && u->entry->count != 0) {
    // An Arabic dual carries its number: "عامين", "أسبوعين".
    q->amount = u->entry->count;
    q->unit = u;
    q->end = u->end;
    q->skip = u->skip;
    return true;
  }
  uint32_t j = 0;
  if (const LexHit* v = Hit(i, LexClass::kVague)) {
    q->amount = -1;
    j = v->end;
    q->skip = v->skip;
  } else {
    int64_t n = 0;
    if (!NumberAt(i, true, &n, &j) || n < 0 || n > 10000) return false;
    if (IsDigits(i) && NumberGlued(i)) return false;
    q->amount = static_cast<int32_t>(n);
    q->skip = IsDigits(i) ? 0 : Hit(i, LexClass::kNumber) ? Hit(i, LexClass::kNumber)->skip : 0;
    // "four-week", "18-month": a hyphenated count, but not an age.
    if (IsPunct(j, "-") && !tok(j).space_before) {
      const LexHit* u = Hit(j + 1, LexClass::kUnit);
      if (u == nullptr || (IsPunct(u->end, "-") && u->end + 1 < size() && tok(u->end + 1).key == "old")) {
        return false;
      }
      j = j + 1;
    }
  }
  const LexHit* u = Hit(j, LexClass::kUnit);
  if (u == nullptr || u->entry->count != 0) return false;
  if (u->entry->ctx) return false;  // needs a Japanese 間/前/後 (ja_rules.cc)
  q->unit = u;
  q->end = u->end;
  return true;
}

void Matcher::DurationOrAgo(uint32_t s) {
  const Lead lead = ParseLead(s);
  const bool has_lead = lead.next != lead.first;
  uint32_t i = lead.next;
  Candidate c;
  c.first = lead.first;
  c.skip = lead.skip;
  Quantity q;
  // "قبل ثلاثة أيام", "منذ عامين", "za trzy dni".
  if (const LexHit* a = Hit(i, LexClass::kAgo); a && a->entry->pre && !has_lead) {
    if (QuantityAt(a->end, &q)) {
      c.skip = a->skip;
      c.priority = 2;
      c.last = q.end;
      if (q.amount < 0) {
        c.expr.kind = TimeKind::kReference;
        c.expr.ref = a->entry->value < 0 ? RefKind::kPast : RefKind::kFuture;
      } else {
        c.expr.kind = TimeKind::kRelative;
        c.expr.unit = q.unit->entry->unit;
        c.expr.offset = a->entry->value * q.amount;
      }
      Offer(c);
    }
  }
  if (QuantityAt(i, &q)) {
    if (!has_lead) c.skip = q.skip;
    c.last = q.end;
    c.priority = 0;
    if (const LexHit* a = Hit(q.end, LexClass::kAgo); a && a->entry->post) {
      // "two years ago", "trzy lata temu", "3年前".
      c.last = a->end;
      c.priority = 2;
      if (q.amount < 0) {
        c.expr.kind = TimeKind::kReference;
        c.expr.ref = a->entry->value < 0 ? RefKind::kPast : RefKind::kFuture;
      } else {
        c.expr.kind = TimeKind::kRelative;
        c.expr.unit = q.unit->entry->unit;
        c.expr.offset = a->entry->value * q.amount;
      }
      Offer(c);
      return;
    }
    if (lead.has_pos) return;
    c.expr.kind = TimeKind::kDuration;
    c.expr.unit = q.unit->entry->unit;
    c.expr.quantity = q.amount;
    Offer(c);
    return;
  }
  // A bare plural unit after a preposition: "for years", "within days".
  if (has_lead) return;
  const LexHit* u = Hit(i, LexClass::kUnit);
  if (u == nullptr || !u->entry->plural || u->entry->count != 0) return;
  // "for years", "within days"; "minutes before", "days earlier".
  const LexHit* after = Hit(u->end, LexClass::kPrep);
  const LexHit* pos = Hit(u->end, LexClass::kPosition);
  if (!Licensed(s) && !(after && after->entry->post) && !(pos && pos->entry->pos == PositionMod::kNone)) return;
  c.skip = u->skip;
  c.last = u->end;
  c.expr.kind = TimeKind::kDuration;
  c.expr.unit = u->entry->unit;
  c.expr.quantity = -1;
  Offer(std::move(c));
}

void Matcher::ReferenceOrSet(uint32_t s) {
  Candidate c;
  c.first = s;
  c.priority = 1;
  for (LexClass cls : {LexClass::kPresentRef, LexClass::kPastRef, LexClass::kFutureRef}) {
    if (const LexHit* h = Hit(s, cls)) {
      c.skip = h->skip;
      c.last = h->end;
      c.expr.kind = TimeKind::kReference;
      c.expr.ref = cls == LexClass::kPresentRef ? RefKind::kPresent
                   : cls == LexClass::kPastRef  ? RefKind::kPast
                                                : RefKind::kFuture;
      Offer(c);
    }
  }
  c.expr = TimeExpression{};
  c.expr.kind = TimeKind::kSet;
  c.expr.quantity = 1;
  if (const LexHit* h = Hit(s, LexClass::kSetWord)) {
    c.skip = h->skip;
    c.last = h->end;
    c.expr.unit = h->entry->unit;
    c.expr.part = h->entry->part;
    Offer(c);
  }
  // "every week", "every two years", "each morning", "every Monday", "كل عام".
  const LexHit* each = Hit(s, LexClass::kEach);
  if (each == nullptr) return;
  c.skip = each->skip;
  uint32_t i = each->end;
  Quantity q;
  if (QuantityAt(i, &q) && q.amount > 0) {
    c.expr.unit = q.unit->entry->unit;
    c.expr.quantity = q.amount;
    c.last = q.end;
  } else if (const LexHit* u = Hit(i, LexClass::kUnit); u && !u->entry->plural && u->entry->count == 0) {
    c.expr.unit = u->entry->unit;
    c.last = u->end;
  } else if (const LexHit* p = Hit(i, LexClass::kPart)) {
    c.expr.unit = TimeUnit::kDay;
    c.expr.part = p->entry->part;
    c.last = p->end;
  } else if (const LexHit* w = Hit(i, LexClass::kWeekday); w && !w->entry->paren) {
    c.expr.unit = TimeUnit::kWeek;
    c.expr.weekday = static_cast<uint8_t>(w->entry->value);
    c.last = w->end;
  } else if (const LexHit* se = Hit(i, LexClass::kSeason)) {
    c.expr.unit = TimeUnit::kYear;
    c.expr.sub = se->entry->sub;
    c.last = se->end;
  } else {
    return;
  }
  Offer(std::move(c));
}

void Matcher::Clock(uint32_t s) {
  uint32_t j = s;
  bool strong = false;
  uint8_t skip = 0;
  int ampm_before = -1;  // Japanese 午後3時
  if (const LexHit* ap = Hit(j, LexClass::kAmPm); ap && ap->entry->pre) {
    ampm_before = ap->entry->value;
    j = ap->end;
  }
  if (const LexHit* h = Hit(j, LexClass::kHourWord); h && h->entry->pre) {
    if (j == s) skip = h->skip;
    j = h->end;
    strong = true;
  }
  int64_t n = 0;
  uint32_t k = 0;
  if (!NumberAt(j, false, &n, &k) || k - j > 2 || n > 24 || (IsDigits(j) && tok(j).digits > 2)) return;
  int hour = static_cast<int>(n), minute = 0;
  bool has_minute = false;
  if ((IsPunct(k, ":") || (IsPunct(k, ".") && lang_ == Lang::kPl)) && !tok(k).space_before &&
      IsDigits(k + 1) && !tok(k + 1).space_before && tok(k + 1).digits == 2 && tok(k + 1).value < 60) {
    minute = static_cast<int>(tok(k + 1).value);
    has_minute = true;
    k += 2;
    if (IsPunct(k, ":") && IsDigits(k + 1) && !tok(k).space_before && tok(k + 1).digits == 2) {
      // "3:07:35", a race time: a duration.
      Candidate d;
      d.first = s;
      d.last = k + 2;
      d.priority = 1;
      d.expr.kind = TimeKind::kDuration;
      d.expr.unit = TimeUnit::kSecond;
      d.expr.quantity = static_cast<int32_t>(hour * 3600 + minute * 60 + tok(k + 1).value);
      Offer(std::move(d));
      return;
    }
  }
  if (const LexHit* ap = Hit(k, LexClass::kAmPm); ap && ap->entry->post && hour >= 1 && hour <= 12) {
    hour = hour % 12 + ap->entry->value;
    k = ap->end;
    strong = true;
  }
  if (const LexHit* h = Hit(k, LexClass::kHourWord); h && h->entry->post) {
    // "3 o'clock", "15時", "15時30分", "3時半".
    k = h->end;
    strong = true;
    uint32_t m_end = 0;
    if (NumberAt(k, false, &n, &m_end) && n < 60) {
      if (const LexHit* mw = Hit(m_end, LexClass::kMinuteWord); mw && mw->entry->value == 0) {
        minute = static_cast<int>(n);
        k = mw->end;
      }
    } else if (const LexHit* mw = Hit(k, LexClass::kMinuteWord); mw && mw->entry->value > 0) {
      minute = mw->entry->value;
      k = mw->end;
    }
    if (ampm_before >= 0 && hour <= 12) hour = hour % 12 + ampm_before;
  } else if (ampm_before >= 0) {
    return;
  }
  if (const LexHit* z = Hit(k, LexClass::kZone)) {
    k = z->end;  // "15:00 GMT"
    strong = strong || has_minute;
  }
  if (!strong && !(has_minute && Licensed(s))) return;
  if (hour > 23) return;
  Candidate c;
  c.first = s;
  c.skip = skip;
  c.last = k;
  c.priority = 1;
  c.expr.kind = TimeKind::kClock;
  c.expr.has_clock = true;
  c.expr.hour = static_cast<uint8_t>(hour);
  c.expr.minute = static_cast<uint8_t>(minute);
  Offer(std::move(c));
}

}  // namespace kg::ingest::time_internal
