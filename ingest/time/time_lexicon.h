#pragma once

// The vocabulary of time expressions for one language, loaded from
// <data_dir>/time/<lang>.tsv. Format (UTF-8, NFC):
//
//   # <title>
//   # columns: phrase<TAB>class<TAB>value<TAB>flags
//   # source: ...
//   # version: <n>
//   phrase   class    value   flags      one entry per line; flags "-" or a,b,c
//   @months  <icu locale>  <wide|abbreviated>-<format|standalone>  <flags>
//   @weekdays <icu locale> <wide|abbreviated>-<format|standalone>  <flags>
//
// An @ line adds the CLDR month or weekday names of a locale (through ICU)
// with the given flags; an ordinary line with the same phrase and class
// replaces such an entry. A phrase is matched token by token on the keys of
// TokenizeForTime (case-folded, Arabic letter forms folded), so "Środę" and
// "środę", "الأربعاء" and "الاربعاء" are the same phrase.
//
// Classes and their values:
//   month 1-12 | weekday 1-7 (Monday = 1) | rel_day <days from today>
//   rel <unit>:<offset> ("先週" = week:-1) | dir -1|0|1 (last/this/next)
//   unit <unit> | num <n> | vague (several, few)
//   ordinal <n> (quarters, centuries, and a day before "of": الثالث من نوفمبر)
//   part MO|AF|EV|NI | pos START|MID|END|NONE (early/mid/late, "earlier")
//   season SP|SU|FA|WI | set <unit> ("annually") | each ("every", "毎")
//   ago -1|1 ("ago", "قبل", "前" / "from now", "後") | era <first year>
//   present_ref | past_ref | future_ref
//   prep (licenses a bare year or an ambiguous month: "in", "w", "في")
//   yearword | monthword | dayword (عام 2016, 2016 roku, 2016年, شهر, يوم, 日)
//   det ("the") | of ("of", "من": "July of last year") | filler ("fiscal") | ampm 0|12 | hourword
//   minuteword <minutes, 0 after a number> | zone (GMT, after a clock time)
//   decade_mark (年代) | block (a phrase that is never a time: "今回")
//   anaphoric <unit>:<offset> | same:0 (counted from the last date the text
//     stated: "the next day" = day:1, "同年" = year:0, "wówczas" = same:0)
// Units: second minute hour day weekend week month quarter season half year
// decade century.
// Flags: cap (must be capitalized), lower (must not be, except first in a
// sentence), abbr (an abbreviation: needs a following "." or number), ctx
// (ambiguous: needs a date, a year, a preposition or a modifier next to it),
// pre / post (a modifier that comes before / after its head; default pre),
// paren (only inside parentheses), plural, needs_num (a unit only with a
// number), count=<n> (a unit that includes its number: Arabic duals),
// year (a preposition that makes any four-digit number a year: "in 1500",
// but not "more than 1500"),
// part=<MO..NI>, dir=<-1|0|1>.

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/base/result.h"
#include "ingest/time/time_expression.h"
#include "ingest/time/time_tokens.h"

namespace kg::ingest::time_internal {

enum class LexClass : uint8_t {
  kMonth, kWeekday, kRelDay, kRel, kDirection, kUnit, kNumber, kVague, kOrdinal, kPart,
  kPosition, kSeason, kSetWord, kEach, kAgo, kEra, kPresentRef, kPastRef, kFutureRef, kPrep,
  kYearWord, kMonthWord, kDayWord, kDet, kOf, kFiller, kAmPm, kHourWord, kMinuteWord,
  kZone, kDecadeMark, kBlock, kAnaphoric,
};

struct LexEntry {
  LexClass cls = LexClass::kBlock;
  int32_t value = 0;  // month, weekday, offset, number, direction, era year, ampm
  TimeUnit unit = TimeUnit::kNone;
  PartOfDay part = PartOfDay::kNone;
  PositionMod pos = PositionMod::kNone;
  uint8_t sub = 0;    // season 1-4
  int8_t dir = -2;    // dir= flag; -2 when absent
  int8_t count = 0;   // count= flag
  bool cap = false, lower = false, abbr = false, ctx = false, pre = true, post = false;
  bool paren = false, plural = false, needs_num = false;
  bool year = false;  // a preposition that makes any four-digit number a year
};

// A phrase found in the text: tokens [begin, end), starting `skip` bytes
// into token `begin` (an Arabic proclitic).
struct LexHit {
  const LexEntry* entry = nullptr;
  uint32_t begin = 0, end = 0;
  uint8_t skip = 0;
};

class TimeLexicon {
 public:
  // Reads the file; errors name the file and line.
  static Result<TimeLexicon> LoadFile(const std::string& path, const TokenizeOptions& options);

  // Appends every entry of every phrase that starts at token `i`, longest
  // phrases first.
  void Lookup(const std::vector<TimeToken>& tokens, uint32_t i, std::vector<LexHit>* out) const;

  size_t size() const { return phrases_.size(); }

 private:
  struct Phrase {
    std::vector<std::string> keys;
    std::vector<LexEntry> entries;
  };
  std::vector<Phrase> phrases_;
  // First key -> phrases, longest first.
  std::unordered_map<std::string, std::vector<uint32_t>> by_first_;
};

}  // namespace kg::ingest::time_internal
