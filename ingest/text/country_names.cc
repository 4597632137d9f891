#include "ingest/text/country_names.h"

#include <unicode/locdspnm.h>
#include <unicode/locid.h>

#include <memory>
#include <set>

namespace kg::ingest {

std::vector<CountryName> CldrCountryNames(const std::vector<std::string>& langs) {
  std::vector<CountryName> out;
  for (const std::string& lang : langs) {
    const icu::Locale display(lang.c_str());
    UDisplayContext short_ctx[] = {UDISPCTX_LENGTH_SHORT};
    std::unique_ptr<icu::LocaleDisplayNames> short_names(icu::LocaleDisplayNames::createInstance(display, short_ctx, 1));
    for (const char* const* c = icu::Locale::getISOCountries(); *c; ++c) {
      const std::string code = *c;
      std::set<std::string> names;
      icu::UnicodeString full;
      icu::Locale("", code.c_str()).getDisplayCountry(display, full);
      std::string s;
      full.toUTF8String(s);
      if (!s.empty() && s != code) names.insert(s);
      if (short_names) {
        icu::UnicodeString shortname;
        short_names->regionDisplayName(code.c_str(), shortname);
        std::string t;
        shortname.toUTF8String(t);
        if (!t.empty() && t != code) names.insert(t);
      }
      for (const auto& n : names) out.push_back({code, lang, n});
    }
  }
  return out;
}

}  // namespace kg::ingest
