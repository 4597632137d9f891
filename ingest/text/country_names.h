#pragma once

// Country names in any language from ICU's CLDR data, so kg never types
// them by hand: "IR" -> إيران / Iran / イラン / Iran.

#include <string>
#include <vector>

namespace kg::ingest {

struct CountryName {
  std::string code;  // ISO 3166-1 alpha-2
  std::string lang;
  std::string name;
};

// The full and, where CLDR has one, the short and variant display names of
// every ISO country, for each language in `langs`.
std::vector<CountryName> CldrCountryNames(const std::vector<std::string>& langs);

}  // namespace kg::ingest
