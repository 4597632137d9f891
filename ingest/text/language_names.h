#pragma once

// Names of languages in a display language, from ICU's CLDR data
// ("Arabic", "Farsi"... in English; "angielski" in Polish). Capitalized
// language names are not actors, so the name finder skips them.

#include <set>
#include <string>

namespace kg::ingest {

// Folded (FoldForMatch) names of all languages CLDR knows, in `display_lang`.
std::set<std::string> LanguageNames(const std::string& display_lang);

}  // namespace kg::ingest
