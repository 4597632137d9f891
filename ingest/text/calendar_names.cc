#include "ingest/text/calendar_names.h"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>

#include <memory>

namespace kg::ingest {

namespace {

Result<std::unique_ptr<icu::DateFormatSymbols>> SymbolsFor(std::string_view locale) {
  const std::string id(locale);
  icu::Locale loc(id.c_str());
  if (loc.isBogus()) return Status::InvalidArgument("bad ICU locale id '" + id + "'");
  UErrorCode status = U_ZERO_ERROR;
  auto symbols = std::make_unique<icu::DateFormatSymbols>(loc, status);
  // U_USING_DEFAULT_WARNING means the root locale answered: English names
  // for a locale ICU does not know, which would be silently wrong.
  if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING) {
    return Status::InvalidArgument("ICU has no calendar names for locale '" + id + "' (" +
                                   u_errorName(status) + ")");
  }
  // An unknown language falls back to the root locale without a warning.
  UErrorCode st = U_ZERO_ERROR;
  const icu::Locale actual = symbols->getLocale(ULOC_ACTUAL_LOCALE, st);
  if (U_FAILURE(st) || std::string_view(actual.getLanguage()) != std::string_view(loc.getLanguage())) {
    return Status::InvalidArgument("ICU has no calendar names for locale '" + id + "' (it would fall back to '" +
                                   actual.getName() + "')");
  }
  return symbols;
}

icu::DateFormatSymbols::DtContextType Context(NameContext c) {
  return c == NameContext::kFormat ? icu::DateFormatSymbols::FORMAT : icu::DateFormatSymbols::STANDALONE;
}

icu::DateFormatSymbols::DtWidthType Width(NameWidth w) {
  return w == NameWidth::kWide ? icu::DateFormatSymbols::WIDE : icu::DateFormatSymbols::ABBREVIATED;
}

}  // namespace

Result<std::vector<std::string>> CldrMonthNames(std::string_view locale, NameWidth width,
                                                NameContext context) {
  KG_ASSIGN_OR_RETURN(auto symbols, SymbolsFor(locale));
  int32_t n = 0;
  const icu::UnicodeString* names = symbols->getMonths(n, Context(context), Width(width));
  if (n < 12) return Status::Corruption("ICU returned fewer than 12 month names");
  std::vector<std::string> out(12);
  for (int i = 0; i < 12; ++i) names[i].toUTF8String(out[i]);
  return out;
}

Result<std::vector<std::string>> CldrWeekdayNames(std::string_view locale, NameWidth width,
                                                  NameContext context) {
  KG_ASSIGN_OR_RETURN(auto symbols, SymbolsFor(locale));
  int32_t n = 0;
  // ICU indexes weekdays by UCalendarDaysOfWeek: 1 = Sunday ... 7 = Saturday.
  const icu::UnicodeString* names = symbols->getWeekdays(n, Context(context), Width(width));
  if (n < 8) return Status::Corruption("ICU returned fewer than 7 weekday names");
  std::vector<std::string> out(7);
  for (int iso = 0; iso < 7; ++iso) names[(iso + 1) % 7 + 1].toUTF8String(out[iso]);
  return out;
}

}  // namespace kg::ingest
