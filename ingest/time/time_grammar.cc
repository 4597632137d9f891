#include "ingest/time/time_grammar.h"

namespace kg::ingest::time_internal {

Matcher::Matcher(const std::vector<TimeToken>& tokens, const TimeLexicon& lexicon, Lang lang)
    : tokens_(tokens), lexicon_(lexicon), lang_(lang) {
  hits_.resize(tokens.size());
  prep_end_.assign(tokens.size() + 1, false);
  year_prep_end_.assign(tokens.size() + 1, false);
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    lexicon_.Lookup(tokens_, i, &hits_[i]);
    for (const LexHit& h : hits_[i]) {
      if (h.entry->cls == LexClass::kPrep) {
        prep_end_[h.end] = true;
        if (h.entry->year) year_prep_end_[h.end] = true;
      }
    }
  }
}

const LexHit* Matcher::Hit(uint32_t i, LexClass c) const {
  if (i >= tokens_.size()) return nullptr;
  for (const LexHit& h : hits_[i]) {
    if (h.entry->cls != c) continue;
    const TimeToken& t = tokens_[h.begin];
    if (h.entry->cap && !t.capitalized) continue;
    if (h.entry->lower && t.capitalized && !t.sentence_start) continue;
    return &h;
  }
  return nullptr;
}

bool Matcher::IsPunct(uint32_t i, const char* key) const {
  return i < tokens_.size() && tokens_[i].kind == TokenKind::kPunct && tokens_[i].key == key;
}

bool Matcher::IsDigits(uint32_t i) const {
  return i < tokens_.size() && tokens_[i].kind == TokenKind::kNumber && !tokens_[i].grouped;
}

bool Matcher::NumberAt(uint32_t i, bool words, int64_t* value, uint32_t* end) const {
  if (i >= tokens_.size()) return false;
  if (IsDigits(i)) {
    *value = tokens_[i].value;
    *end = i + 1;
    return true;
  }
  if (lang_ == Lang::kJa && JaNumber(i, value, end)) return true;
  if (!words) return false;
  const LexHit* h = Hit(i, LexClass::kNumber);
  if (h == nullptr) return false;
  *value = h->entry->value;
  *end = h->end;
  return true;
}

bool Matcher::NumberGlued(uint32_t i) const {
  auto glued_number = [&](uint32_t sep, uint32_t num) {
    return num < size() && tok(sep).kind == TokenKind::kPunct && !tok(num).space_before &&
           tok(num).kind == TokenKind::kNumber && (tok(sep).key == "." || tok(sep).key == ",");
  };
  if (i + 1 < size() && !tok(i + 1).space_before) {
    const std::string& k = tok(i + 1).key;
    if (k == "%" || glued_number(i + 1, i + 2)) return true;
  }
  if (i >= 1 && !tok(i).space_before) {
    const std::string& k = tok(i - 1).key;
    if (k == "$" || k == "€" || k == "£" || k == "¥" || k == "#") return true;
    if (i >= 2 && !tok(i - 1).space_before && tok(i - 2).kind == TokenKind::kNumber &&
        (k == "." || k == "," || k == "/")) {
      return true;
    }
  }
  if (i + 1 < size()) {
    const std::string& k = tok(i + 1).key;
    if (k == "percent" || k == "proc" || k == "procent") return true;
  }
  return false;
}

bool Matcher::AbbrevEnd(const LexHit& h, uint32_t* end) const {
  *end = h.end;
  if (!h.entry->abbr) return true;
  if (IsPunct(h.end, ".") && !tok(h.end).space_before) {
    *end = h.end + 1;
    return true;
  }
  return h.end < size() && tok(h.end).kind == TokenKind::kNumber;
}

Matcher::Lead Matcher::ParseLead(uint32_t s) const {
  Lead l;
  l.first = s;
  uint32_t i = s;
  bool first_taken = false;
  auto take = [&](const LexHit* h) {
    if (!first_taken) l.skip = h->skip;
    first_taken = true;
    i = h->end;
  };
  if (const LexHit* h = Hit(i, LexClass::kDet)) {
    l.det = true;
    take(h);
  }
  l.after_det = i;
  if (const LexHit* h = Hit(i, LexClass::kPosition); h && h->entry->pre) {
    l.has_pos = true;
    l.pos = h->entry->pos;
    take(h);
    if (IsPunct(i, "-") && !tok(i).space_before) ++i;  // "mid-March"
    if (const LexHit* d = Hit(i, LexClass::kOf)) take(d);
    if (const LexHit* d = Hit(i, LexClass::kDet)) take(d);
  }
  if (const LexHit* h = Hit(i, LexClass::kDirection); h && h->entry->pre) {
    l.has_dir = true;
    l.dir = h->entry->value;
    take(h);
  }
  while (const LexHit* h = Hit(i, LexClass::kFiller)) take(h);
  l.next = i;
  return l;
}

void Matcher::Offer(Candidate c) {
  if (c.last <= c.first) return;
  if (!has_best_ || c.last > best_.last || (c.last == best_.last && c.first < best_.first) ||
      (c.last == best_.last && c.first == best_.first && c.priority > best_.priority)) {
    best_ = std::move(c);
    has_best_ = true;
  }
}

bool Matcher::PartAfter(uint32_t i, PartOfDay* part, uint32_t* end) const {
  uint32_t j = i;
  if (lang_ == Lang::kJa && j < size() && tok(j).key == "の") ++j;
  const LexHit* h = Hit(j, LexClass::kPart);
  if (h == nullptr || !h->entry->post) return false;
  // 午後3時 is a clock time, not "afternoon" followed by a number.
  int64_t n;
  uint32_t n_end;
  if (Hit(j, LexClass::kAmPm) != nullptr && NumberAt(h->end, false, &n, &n_end)) return false;
  *part = h->entry->part;
  *end = h->end;
  return true;
}

bool Matcher::YearAfter(uint32_t i, TimeExpression* e, uint32_t* end) const {
  uint32_t j = i;
  if (IsPunct(j, ",")) {
    ++j;
  } else if (const LexHit* of = Hit(j, LexClass::kOf); of && IsDigits(of->end)) {
    j = of->end;  // "the first quarter of 2020", "May of 2010"
  }
  if (IsDigits(j) && tok(j).digits == 4 && tok(j).value >= 1000 && tok(j).value < 3000 && !NumberGlued(j)) {
    e->year = static_cast<int32_t>(tok(j).value);
    e->has_year = true;
    *end = j + 1;
    if (const LexHit* w = Hit(j + 1, LexClass::kYearWord); w && w->entry->post) *end = w->end;
    return true;
  }
  // A relative year: "(of) last year", "ubiegłego roku", "من العام الماضي".
  j = i;
  if (const LexHit* of = Hit(j, LexClass::kOf)) j = of->end;
  int dir = 0;
  bool has_dir = false;
  if (const LexHit* d = Hit(j, LexClass::kDirection); d && d->entry->pre) {
    dir = d->entry->value;
    has_dir = true;
    j = d->end;
  }
  const LexHit* u = Hit(j, LexClass::kUnit);
  if (u == nullptr || u->entry->unit != TimeUnit::kYear || u->entry->plural) return false;
  j = u->end;
  if (!has_dir) {
    const LexHit* d = Hit(j, LexClass::kDirection);
    if (d == nullptr || !d->entry->post) return false;
    dir = d->entry->value;
    j = d->end;
  }
  e->year_relative = true;
  e->year_offset = dir;
  *end = j;
  return true;
}

std::vector<Candidate> Matcher::Run() {
  std::vector<Candidate> out;
  uint32_t s = 0;
  while (s < size()) {
    has_best_ = false;
    if (lang_ == Lang::kJa) {
      JaDate(s);
      JaCounted(s);
      JaRelative(s);
    }
    NumericDate(s);
    if (lang_ != Lang::kJa) {
      MonthName(s);
      Year(s);
      DurationOrAgo(s);
    }
    SeasonQuarter(s);
    DecadeCentury(s);
    Weekday(s);
    RelativeDay(s);
    RelativePeriod(s);
    Anaphoric(s);
    ReferenceOrSet(s);
    Clock(s);
    const LexHit* block = Hit(s, LexClass::kBlock);
    if (block != nullptr && (!has_best_ || block->end >= best_.last)) {
      s = block->end;
      continue;
    }
    if (!has_best_) {
      ++s;
      continue;
    }
    s = best_.last;
    out.push_back(std::move(best_));
  }
  return MergeClocks(std::move(out));
}

bool Matcher::IsDayLevel(const TimeExpression& e) {
  return (e.kind == TimeKind::kCalendar && e.day != 0) || e.kind == TimeKind::kWeekday ||
         (e.kind == TimeKind::kRelative && e.unit == TimeUnit::kDay);
}

// "15:00 Saturday", "21日午後3時": a clock time right next to a day is one
// expression with the day's date.
std::vector<Candidate> Matcher::MergeClocks(std::vector<Candidate> in) const {
  std::vector<Candidate> out;
  auto joinable = [&](uint32_t from, uint32_t to) {
    // "3 p.m. Thursday", "21日午後3時", "21日の午後3時"; not "Sunday night at 8 PM",
    // which TimeML keeps as two expressions.
    if (to < from || to - from > 1) return false;
    return to == from || tok(from).key == "の";
  };
  for (Candidate& c : in) {
    if (!out.empty()) {
      Candidate& prev = out.back();
      const bool clock_after = c.expr.kind == TimeKind::kClock && IsDayLevel(prev.expr) && !prev.expr.has_clock;
      const bool clock_before = prev.expr.kind == TimeKind::kClock && IsDayLevel(c.expr) && !c.expr.has_clock;
      if ((clock_after || clock_before) && joinable(prev.last, c.first)) {
        const TimeExpression& clock = clock_after ? c.expr : prev.expr;
        Candidate merged = clock_after ? prev : c;
        merged.first = prev.first;
        merged.skip = prev.skip;
        merged.last = c.last;
        merged.expr.has_clock = true;
        merged.expr.hour = clock.hour;
        merged.expr.minute = clock.minute;
        prev = std::move(merged);
        continue;
      }
    }
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace kg::ingest::time_internal
