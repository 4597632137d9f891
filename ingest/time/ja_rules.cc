// Japanese: dates built from counters (2020年11月3日, 令和2年, 21日（水）),
// counted periods (3年間, 2週間前, 数日後) and weekdays of a relative week
// (先週の水曜日). Text is tokenized one kanji/kana per token, numbers are
// digit runs of any width or kanji numerals (二十一, 二〇二〇).

#include "graph/base/date.h"
#include "ingest/time/time_grammar.h"

namespace kg::ingest::time_internal {

namespace {

// Counters after 日 that make it a count, not a day of the month:
// 3日間 (three days), 3日前 (three days ago), 3日後, 3日目, 3日ぶり.
bool CountFollows(const std::vector<TimeToken>& t, uint32_t i) {
  if (i >= t.size()) return false;
  const std::string& k = t[i].key;
  return k == "間" || k == "前" || k == "後" || k == "目" || k == "ぶ";
}

}  // namespace

bool Matcher::JaNumber(uint32_t i, int64_t* value, uint32_t* end) const {
  if (i >= size() || tok(i).kanji < 0) return false;
  uint32_t j = i;
  bool positional = false;
  while (j < size() && tok(j).kanji >= 0 && !(j > i && tok(j).space_before)) {
    positional = positional || tok(j).kanji >= 10;
    ++j;
  }
  if (j - i > 6) return false;
  int64_t v = 0;
  if (!positional) {
    for (uint32_t k = i; k < j; ++k) v = v * 10 + tok(k).kanji;  // 二〇二〇
  } else {
    int64_t cur = 0;  // 二十一 = 2*10 + 1, 千九百 = 1000 + 9*100
    for (uint32_t k = i; k < j; ++k) {
      const int d = tok(k).kanji;
      if (d < 10) {
        cur = cur * 10 + d;
      } else {
        v += (cur == 0 ? 1 : cur) * d;
        cur = 0;
      }
    }
    v += cur;
  }
  *value = v;
  *end = j;
  return true;
}

void Matcher::JaDate(uint32_t s) {
  Candidate c;
  c.first = s;
  c.priority = 3;
  TimeExpression& e = c.expr;
  e.kind = TimeKind::kCalendar;
  uint32_t i = s;
  bool any = false;
  int64_t n = 0;
  uint32_t j = 0;
  auto year_word = [&](uint32_t k) -> const LexHit* {
    const LexHit* y = Hit(k, LexClass::kYearWord);
    return y != nullptr && y->entry->post ? y : nullptr;
  };
  bool relative_year = false;
  if (const LexHit* era = Hit(i, LexClass::kEra)) {
    // 令和2年, 平成元年.
    j = era->end;
    if (j < size() && tok(j).key == "元") {
      n = 1;
      ++j;
    } else if (!NumberAt(j, false, &n, &j)) {
      return;
    }
    const LexHit* y = year_word(j);
    if (y == nullptr || n < 1 || n > 99) return;
    e.year = era->entry->value + static_cast<int32_t>(n) - 1;
    e.has_year = true;
    i = y->end;
    any = true;
  } else if (NumberAt(i, false, &n, &j) && n >= 1000 && n < 3000) {
    const LexHit* y = year_word(j);
    if (y == nullptr) return;
    e.year = static_cast<int32_t>(n);
    e.has_year = true;
    i = y->end;
    any = true;
  } else if (const LexHit* r = Hit(i, LexClass::kRel); r && r->entry->unit == TimeUnit::kYear) {
    // 昨年11月: a month of a relative year (only with the month).
    e.year_relative = true;
    e.year_offset = r->entry->value;
    i = r->end;
    relative_year = true;
  }
  if (NumberAt(i, false, &n, &j) && n >= 1 && n <= 12) {
    if (const LexHit* m = Hit(j, LexClass::kMonthWord); m && m->entry->post) {
      e.month = static_cast<uint8_t>(n);
      i = m->end;
      any = true;
    }
  }
  if (relative_year && e.month == 0) return;
  if (NumberAt(i, false, &n, &j) && n >= 1 && n <= 31) {
    const LexHit* d = Hit(j, LexClass::kDayWord);
    if (d != nullptr && d->entry->post && !CountFollows(tokens_, d->end) &&
        (e.month == 0 || static_cast<unsigned>(n) <= DaysInMonth(e.has_year ? e.year : 2000, e.month)) &&
        (e.month != 0 || !e.has_year)) {
      e.day = static_cast<uint8_t>(n);
      i = d->end;
      any = true;
    }
  }
  if (!any) return;
  // 21日（水）
  if (IsPunct(i, "(")) {
    if (const LexHit* w = Hit(i + 1, LexClass::kWeekday); w && IsPunct(w->end, ")")) i = w->end + 1;
  }
  PartOfDay part;
  uint32_t part_end;
  if (e.day != 0 && PartAfter(i, &part, &part_end)) {
    e.part = part;
    i = part_end;
  } else if (const LexHit* p = Hit(i, LexClass::kPosition); p && p->entry->post && e.day == 0) {
    e.mod = p->entry->pos;  // 11月上旬, 2020年末
    i = p->end;
  }
  c.last = i;
  Offer(std::move(c));
}

void Matcher::JaCounted(uint32_t s) {
  int32_t amount = 0;
  uint32_t j = 0;
  int64_t n = 0;
  if (const LexHit* v = Hit(s, LexClass::kVague)) {
    amount = -1;  // 数日, 数年
    j = v->end;
  } else if (NumberAt(s, false, &n, &j) && n <= 10000) {
    amount = static_cast<int32_t>(n);
  } else {
    return;
  }
  const LexHit* u = Hit(j, LexClass::kUnit);
  if (u == nullptr || u->entry->count != 0) return;
  uint32_t end = u->end;
  bool span = !u->entry->ctx;  // 年 and 日 alone are dates, not counts
  if (end < size() && tok(end).key == "間") {
    ++end;
    span = true;
  }
  Candidate c;
  c.first = s;
  c.priority = 2;
  if (const LexHit* a = Hit(end, LexClass::kAgo); a && a->entry->post) {
    c.last = a->end;
    if (amount < 0) {
      c.expr.kind = TimeKind::kReference;
      c.expr.ref = a->entry->value < 0 ? RefKind::kPast : RefKind::kFuture;
    } else {
      c.expr.kind = TimeKind::kRelative;
      c.expr.unit = u->entry->unit;
      c.expr.offset = a->entry->value * amount;
    }
    Offer(std::move(c));
    return;
  }
  if (!span) return;
  c.last = end;
  c.priority = 1;
  c.expr.kind = TimeKind::kDuration;
  c.expr.unit = u->entry->unit;
  c.expr.quantity = amount;
  Offer(std::move(c));
}

void Matcher::JaRelative(uint32_t s) {
  // 先週の水曜日, 来週水曜: a weekday of a relative week.
  const LexHit* r = Hit(s, LexClass::kRel);
  if (r == nullptr || r->entry->unit != TimeUnit::kWeek) return;
  uint32_t j = r->end;
  if (j < size() && tok(j).key == "の") ++j;
  const LexHit* wd = Hit(j, LexClass::kWeekday);
  if (wd == nullptr || wd->entry->paren) return;
  Candidate c;
  c.first = s;
  c.priority = 3;
  c.expr.kind = TimeKind::kWeekday;
  c.expr.weekday = static_cast<uint8_t>(wd->entry->value);
  c.expr.unit = TimeUnit::kWeek;
  c.expr.offset = r->entry->value;
  uint32_t end = wd->end;
  PartOfDay part;
  uint32_t part_end;
  if (PartAfter(end, &part, &part_end)) {
    c.expr.part = part;
    end = part_end;
  }
  c.last = end;
  Offer(std::move(c));
}

}  // namespace kg::ingest::time_internal
