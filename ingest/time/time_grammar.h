#pragma once

// The rules that turn tokens into time expressions (internal to TimeTagger).
// Matching is leftmost-longest: at each token every rule proposes at most one
// candidate, the one ending furthest wins, and scanning resumes after it.
// Each rule looks at a bounded window, so tagging is linear in the text.
//
// Rules live in three files: date_rules.cc (calendar dates, years, decades,
// seasons, quarters), relative_rules.cc (weekdays, relative days and
// periods, durations, sets, clock times) and ja_rules.cc (Japanese).

#include <cstdint>
#include <vector>

#include "ingest/time/time_expression.h"
#include "ingest/time/time_lexicon.h"
#include "ingest/time/time_tokens.h"

namespace kg::ingest::time_internal {

enum class Lang : uint8_t { kOther, kEn, kAr, kJa, kPl };

// A lexicon direction (-1, 0, 1) as last / this / next.
inline Direction ToDirection(int dir) {
  return dir < 0 ? Direction::kLast : dir > 0 ? Direction::kNext : Direction::kThis;
}

// A proposed expression over tokens [first, last), starting `skip` bytes
// into token `first`.
struct Candidate {
  uint32_t first = 0, last = 0;
  uint8_t skip = 0;
  int priority = 0;  // breaks ties between rules with the same span
  TimeExpression expr;
};

class Matcher {
 public:
  Matcher(const std::vector<TimeToken>& tokens, const TimeLexicon& lexicon, Lang lang);

  // Non-overlapping candidates in text order.
  std::vector<Candidate> Run();

 private:
  // Optional modifiers before a head word: [det] [pos] [det] [dir] [filler].
  struct Lead {
    uint32_t first = 0;  // first token of the span (after any preposition)
    uint32_t next = 0;   // where the head must start
    uint32_t after_det = 0;  // first token after a leading "the"
    uint8_t skip = 0;
    bool det = false;
    bool has_pos = false;
    PositionMod pos = PositionMod::kNone;
    bool has_dir = false;
    int dir = 0;
  };

  static bool IsDayLevel(const TimeExpression& e);
  std::vector<Candidate> MergeClocks(std::vector<Candidate> in) const;

  // ---- helpers (time_grammar.cc)
  size_t size() const { return tokens_.size(); }
  const TimeToken& tok(uint32_t i) const { return tokens_[i]; }
  // The longest lexicon hit of class `c` at token i whose case flags fit; null if none.
  const LexHit* Hit(uint32_t i, LexClass c) const;
  bool Is(uint32_t i, LexClass c) const { return Hit(i, c) != nullptr; }
  bool IsPunct(uint32_t i, const char* key) const;
  bool IsDigits(uint32_t i) const;  // a plain number token (not "1,500")
  // A count: digits, a Japanese numeral run, or a number word ("two", "trzy",
  // "ثلاثة"). `words` allows number words and "a"/"an".
  bool NumberAt(uint32_t i, bool words, int64_t* value, uint32_t* end) const;
  bool NumberGlued(uint32_t i) const;  // "1.5", "3%", "$2016": not a year or a day
  // Past an abbreviation's "." if one follows a hit that needs it.
  bool AbbrevEnd(const LexHit& h, uint32_t* end) const;
  Lead ParseLead(uint32_t s) const;
  bool Licensed(uint32_t s) const { return s < prep_end_.size() && prep_end_[s]; }
  bool YearLicensed(uint32_t s) const { return s < year_prep_end_.size() && year_prep_end_[s]; }
  void Offer(Candidate c);
  // A trailing part of day ("night", "wieczorem", "の夜") at i; returns its end.
  bool PartAfter(uint32_t i, PartOfDay* part, uint32_t* end) const;
  // A trailing year: "2020", "2020 r.", "of last year", "ubiegłego roku",
  // "من العام الماضي". Sets the year fields of *e.
  bool YearAfter(uint32_t i, TimeExpression* e, uint32_t* end) const;

  // ---- date_rules.cc
  // A month name with its abbreviation dot and an alternative name.
  bool MonthAt(uint32_t i, int* month, uint32_t* end, const LexHit** hit) const;
  // "3 November 2020", "November 3", "dnia 3 listopada" starting at j.
  bool FullDate(uint32_t j, TimeExpression* e, uint32_t* end) const;
  void NumericDate(uint32_t s);
  void MonthName(uint32_t s);
  void Year(uint32_t s);
  void DecadeCentury(uint32_t s);
  void SeasonQuarter(uint32_t s);

  // ---- relative_rules.cc
  // A count and its unit: "two years", "four-week", "several days", "عامين".
  struct Quantity {
    int32_t amount = 0;  // -1 when vague
    const LexHit* unit = nullptr;
    uint32_t end = 0;
    uint8_t skip = 0;
  };
  bool QuantityAt(uint32_t i, Quantity* q) const;
  void Weekday(uint32_t s);
  void RelativeDay(uint32_t s);
  void RelativePeriod(uint32_t s);
  void Anaphoric(uint32_t s);
  void DurationOrAgo(uint32_t s);
  void ReferenceOrSet(uint32_t s);
  void Clock(uint32_t s);

  // ---- ja_rules.cc
  void JaDate(uint32_t s);
  void JaCounted(uint32_t s);
  void JaRelative(uint32_t s);
  bool JaNumber(uint32_t i, int64_t* value, uint32_t* end) const;

  const std::vector<TimeToken>& tokens_;
  const TimeLexicon& lexicon_;
  const Lang lang_;
  std::vector<std::vector<LexHit>> hits_;  // per token, longest first
  std::vector<bool> prep_end_;             // a preposition ends right before token i
  std::vector<bool> year_prep_end_;        // ... one flagged "year"
  std::vector<bool> blocked_;              // inside a "block" phrase
  Candidate best_;
  bool has_best_ = false;
};

}  // namespace kg::ingest::time_internal
