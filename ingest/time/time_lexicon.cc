#include "ingest/time/time_lexicon.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <map>
#include <sstream>

#include "ingest/text/calendar_names.h"
#include "ingest/text/char_class.h"

namespace kg::ingest::time_internal {

namespace {

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return out;
}

bool ParseInt(std::string_view s, int32_t* out) {
  if (!s.empty() && s[0] == '+') s.remove_prefix(1);
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

const std::map<std::string, LexClass, std::less<>>& ClassNames() {
  static const auto* m = new std::map<std::string, LexClass, std::less<>>{
      {"month", LexClass::kMonth},         {"weekday", LexClass::kWeekday},
      {"rel_day", LexClass::kRelDay},      {"rel", LexClass::kRel},
      {"dir", LexClass::kDirection},       {"unit", LexClass::kUnit},
      {"num", LexClass::kNumber},          {"vague", LexClass::kVague},
      {"ordinal", LexClass::kOrdinal},     {"part", LexClass::kPart},
      {"pos", LexClass::kPosition},        {"season", LexClass::kSeason},
      {"set", LexClass::kSetWord},         {"each", LexClass::kEach},
      {"ago", LexClass::kAgo},             {"era", LexClass::kEra},
      {"present_ref", LexClass::kPresentRef}, {"past_ref", LexClass::kPastRef},
      {"future_ref", LexClass::kFutureRef},   {"prep", LexClass::kPrep},
      {"yearword", LexClass::kYearWord},   {"monthword", LexClass::kMonthWord},
      {"dayword", LexClass::kDayWord},     {"det", LexClass::kDet},
      {"of", LexClass::kOf},               {"zone", LexClass::kZone},
      {"filler", LexClass::kFiller},       {"ampm", LexClass::kAmPm},
      {"hourword", LexClass::kHourWord},   {"minuteword", LexClass::kMinuteWord},
      {"decade_mark", LexClass::kDecadeMark}, {"block", LexClass::kBlock},
      {"anaphoric", LexClass::kAnaphoric},
  };
  return *m;
}

bool ParseUnit(std::string_view s, TimeUnit* u) {
  static const std::pair<std::string_view, TimeUnit> kUnits[] = {
      {"second", TimeUnit::kSecond}, {"minute", TimeUnit::kMinute},   {"hour", TimeUnit::kHour},
      {"day", TimeUnit::kDay},       {"weekend", TimeUnit::kWeekend}, {"week", TimeUnit::kWeek},
      {"month", TimeUnit::kMonth},   {"quarter", TimeUnit::kQuarter}, {"season", TimeUnit::kSeason},
      {"half", TimeUnit::kHalfYear}, {"year", TimeUnit::kYear},       {"decade", TimeUnit::kDecade},
      {"century", TimeUnit::kCentury}};
  for (const auto& [name, unit] : kUnits) {
    if (s == name) {
      *u = unit;
      return true;
    }
  }
  return false;
}

bool ParsePart(std::string_view s, PartOfDay* p) {
  if (s == "MO") *p = PartOfDay::kMorning;
  else if (s == "AF") *p = PartOfDay::kAfternoon;
  else if (s == "EV") *p = PartOfDay::kEvening;
  else if (s == "NI") *p = PartOfDay::kNight;
  else return false;
  return true;
}

// Fills the class-specific value of `e` from the value column.
Status ParseValue(const std::string& v, LexEntry* e) {
  auto bad = [&] { return Status::Corruption("bad value '" + v + "' for its class"); };
  switch (e->cls) {
    case LexClass::kMonth:
    case LexClass::kWeekday:
    case LexClass::kRelDay:
    case LexClass::kDirection:
    case LexClass::kNumber:
    case LexClass::kOrdinal:
    case LexClass::kAgo:
    case LexClass::kEra:
    case LexClass::kAmPm:
    case LexClass::kMinuteWord:
      if (!ParseInt(v, &e->value)) return bad();
      if (e->cls == LexClass::kMonth && (e->value < 1 || e->value > 12)) return bad();
      if (e->cls == LexClass::kWeekday && (e->value < 1 || e->value > 7)) return bad();
      return Status::OK();
    case LexClass::kRel:
    case LexClass::kAnaphoric: {
      const size_t colon = v.find(':');
      const std::string_view unit = std::string_view(v).substr(0, colon);
      const bool same = e->cls == LexClass::kAnaphoric && unit == "same";  // unit kNone: the anchor itself
      if (colon == std::string::npos || (!same && !ParseUnit(unit, &e->unit)) ||
          !ParseInt(std::string_view(v).substr(colon + 1), &e->value)) {
        return bad();
      }
      return Status::OK();
    }
    case LexClass::kUnit:
    case LexClass::kSetWord:
      return ParseUnit(v, &e->unit) ? Status::OK() : bad();
    case LexClass::kPart:
      return ParsePart(v, &e->part) ? Status::OK() : bad();
    case LexClass::kPosition:
      if (v == "START") e->pos = PositionMod::kStart;
      else if (v == "MID") e->pos = PositionMod::kMid;
      else if (v == "END") e->pos = PositionMod::kEnd;
      else if (v == "NONE") e->pos = PositionMod::kNone;
      else return bad();
      return Status::OK();
    case LexClass::kSeason: {
      static constexpr std::string_view kSeasons[] = {"SP", "SU", "FA", "WI"};
      for (int i = 0; i < 4; ++i) {
        if (v == kSeasons[i]) {
          e->sub = static_cast<uint8_t>(i + 1);
          e->unit = TimeUnit::kSeason;
          return Status::OK();
        }
      }
      return bad();
    }
    default:
      return v == "-" || v == "0" ? Status::OK() : bad();
  }
}

Status ParseFlags(const std::string& flags, LexEntry* e) {
  if (flags.empty() || flags == "-") return Status::OK();
  std::stringstream ss(flags);
  std::string f;
  while (std::getline(ss, f, ',')) {
    int32_t n = 0;
    if (f == "cap") e->cap = true;
    else if (f == "lower") e->lower = true;
    else if (f == "abbr") e->abbr = true;
    else if (f == "ctx") e->ctx = true;
    else if (f == "pre") e->pre = true, e->post = false;
    else if (f == "post") e->post = true, e->pre = false;
    else if (f == "prepost") e->pre = e->post = true;
    else if (f == "paren") e->paren = true;
    else if (f == "plural") e->plural = true;
    else if (f == "needs_num") e->needs_num = true;
    else if (f == "year") e->year = true;
    else if (f.rfind("count=", 0) == 0 && ParseInt(std::string_view(f).substr(6), &n)) e->count = static_cast<int8_t>(n);
    else if (f.rfind("dir=", 0) == 0 && ParseInt(std::string_view(f).substr(4), &n)) e->dir = static_cast<int8_t>(n);
    else if (f.rfind("part=", 0) == 0 && ParsePart(std::string_view(f).substr(5), &e->part)) {}
    else return Status::Corruption("unknown flag '" + f + "'");
  }
  return Status::OK();
}

std::vector<std::string> PhraseKeys(const std::string& phrase, const TokenizeOptions& options) {
  TokenizeOptions o = options;
  o.arabic = false;
  std::vector<std::string> keys;
  for (const TimeToken& t : TokenizeForTime(phrase, o)) keys.push_back(t.key);
  return keys;
}

// Expands an @months / @weekdays line into entries keyed by joined phrase keys.
Status AddCldrNames(const std::vector<std::string>& cols, const LexEntry& proto,
                    const TokenizeOptions& options,
                    std::map<std::pair<std::string, LexClass>, std::pair<std::vector<std::string>, LexEntry>>* out) {
  const std::string& form = cols[2];
  const size_t dash = form.find('-');
  if (dash == std::string::npos) return Status::Corruption("form must be <width>-<context>: " + form);
  const std::string w = form.substr(0, dash), c = form.substr(dash + 1);
  if ((w != "wide" && w != "abbreviated") || (c != "format" && c != "standalone")) {
    return Status::Corruption("form must be wide|abbreviated-format|standalone: " + form);
  }
  const NameWidth width = w == "wide" ? NameWidth::kWide : NameWidth::kAbbreviated;
  const NameContext context = c == "format" ? NameContext::kFormat : NameContext::kStandalone;
  const bool months = cols[0] == "@months";
  Result<std::vector<std::string>> names =
      months ? CldrMonthNames(cols[1], width, context) : CldrWeekdayNames(cols[1], width, context);
  if (!names.ok()) return names.status();
  for (size_t i = 0; i < names->size(); ++i) {
    LexEntry e = proto;
    e.cls = months ? LexClass::kMonth : LexClass::kWeekday;
    e.value = static_cast<int32_t>(i + 1);
    std::vector<std::string> keys = PhraseKeys((*names)[i], options);
    if (keys.empty()) continue;
    std::string joined;
    for (const auto& k : keys) joined += k + '\x1f';
    (*out)[{joined, e.cls}] = {std::move(keys), e};
  }
  return Status::OK();
}

}  // namespace

Result<TimeLexicon> TimeLexicon::LoadFile(const std::string& path, const TokenizeOptions& options) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot open time vocabulary " + path);
  // (joined keys, class) -> entry. CLDR names first; explicit lines replace them.
  std::map<std::pair<std::string, LexClass>, std::pair<std::vector<std::string>, LexEntry>> cldr, explicit_;
  std::string line;
  int line_no = 0;
  bool has_version = false;
  while (std::getline(in, line)) {
    ++line_no;
    auto where = [&](const Status& s) { return s.WithContext(path + ":" + std::to_string(line_no)); };
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    if (line[0] == '#') {
      has_version = has_version || line.rfind("# version:", 0) == 0;
      continue;
    }
    if (!IsNfc(line)) return where(Status::Corruption("not in Unicode NFC"));
    const std::vector<std::string> cols = SplitTabs(line);
    if (cols.size() != 4) return where(Status::Corruption("expected 4 tab-separated columns"));
    LexEntry e;
    if (cols[0] == "@months" || cols[0] == "@weekdays") {
      KG_RETURN_IF_ERROR(where(ParseFlags(cols[3], &e)));
      KG_RETURN_IF_ERROR(where(AddCldrNames(cols, e, options, &cldr)));
      continue;
    }
    auto cls = ClassNames().find(cols[1]);
    if (cls == ClassNames().end()) return where(Status::Corruption("unknown class '" + cols[1] + "'"));
    e.cls = cls->second;
    KG_RETURN_IF_ERROR(where(ParseValue(cols[2], &e)));
    KG_RETURN_IF_ERROR(where(ParseFlags(cols[3], &e)));
    std::vector<std::string> keys = PhraseKeys(cols[0], options);
    if (keys.empty()) return where(Status::Corruption("empty phrase"));
    std::string joined;
    for (const auto& k : keys) joined += k + '\x1f';
    if (!explicit_.emplace(std::make_pair(joined, e.cls), std::make_pair(keys, e)).second) {
      return where(Status::Corruption("duplicate entry '" + cols[0] + "' " + cols[1]));
    }
  }
  if (!has_version) return Status::Corruption(path + " has no '# version:' header line");
  for (auto& [k, v] : explicit_) cldr[k] = std::move(v);

  TimeLexicon lex;
  std::map<std::string, uint32_t> phrase_index;
  for (auto& [k, v] : cldr) {
    auto [it, inserted] = phrase_index.emplace(k.first, static_cast<uint32_t>(lex.phrases_.size()));
    if (inserted) lex.phrases_.push_back({v.first, {}});
    lex.phrases_[it->second].entries.push_back(v.second);
  }
  for (uint32_t i = 0; i < lex.phrases_.size(); ++i) lex.by_first_[lex.phrases_[i].keys[0]].push_back(i);
  for (auto& [first, list] : lex.by_first_) {
    std::stable_sort(list.begin(), list.end(), [&](uint32_t a, uint32_t b) {
      return lex.phrases_[a].keys.size() > lex.phrases_[b].keys.size();
    });
  }
  return lex;
}

void TimeLexicon::Lookup(const std::vector<TimeToken>& tokens, uint32_t i, std::vector<LexHit>* out) const {
  auto try_key = [&](const std::string& key, uint8_t skip) {
    auto it = by_first_.find(key);
    if (it == by_first_.end()) return;
    for (uint32_t p : it->second) {
      const Phrase& ph = phrases_[p];
      if (i + ph.keys.size() > tokens.size()) continue;
      bool match = true;
      for (size_t k = 1; k < ph.keys.size() && match; ++k) {
        match = tokens[i + k].key == ph.keys[k];
      }
      if (!match) continue;
      for (const LexEntry& e : ph.entries) {
        out->push_back({&e, i, static_cast<uint32_t>(i + ph.keys.size()), skip});
      }
    }
  };
  const size_t before = out->size();
  try_key(tokens[i].key, 0);
  for (const Reading& r : tokens[i].clitic_readings) try_key(r.key, r.skip);
  std::stable_sort(out->begin() + static_cast<std::ptrdiff_t>(before), out->end(),
                   [](const LexHit& a, const LexHit& b) { return a.end - a.begin > b.end - b.begin; });
}

}  // namespace kg::ingest::time_internal
