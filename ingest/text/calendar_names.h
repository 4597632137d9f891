#pragma once

// Month and weekday names from CLDR through ICU's DateFormatSymbols, so kg
// does not type them by hand: "październik"/"października", "كانون الثاني"
// (ar_SY), "水曜日".

#include <string>
#include <string_view>
#include <vector>

#include "graph/base/result.h"

namespace kg::ingest {

enum class NameWidth { kWide, kAbbreviated };
enum class NameContext { kFormat, kStandalone };  // Polish genitive vs nominative

// The 12 month names of `locale` (an ICU locale id such as "pl" or "ar_SY"),
// January first. InvalidArgument if ICU has no data for the locale (it would
// silently fall back to the root locale).
Result<std::vector<std::string>> CldrMonthNames(std::string_view locale, NameWidth width,
                                                NameContext context);

// The 7 weekday names of `locale`, Monday first (ISO 8601 order).
Result<std::vector<std::string>> CldrWeekdayNames(std::string_view locale, NameWidth width,
                                                  NameContext context);

}  // namespace kg::ingest
