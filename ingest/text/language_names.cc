#include "ingest/text/language_names.h"

#include <unicode/locid.h>

#include "graph/text/fold.h"

namespace kg::ingest {

std::set<std::string> LanguageNames(const std::string& display_lang) {
  std::set<std::string> out;
  const icu::Locale display(display_lang.c_str());
  for (const char* const* code = icu::Locale::getISOLanguages(); *code; ++code) {
    icu::UnicodeString name;
    icu::Locale(*code).getDisplayLanguage(display, name);
    std::string s;
    name.toUTF8String(s);
    if (!s.empty() && s != *code) out.insert(FoldForMatch(s));
  }
  out.insert(FoldForMatch("Farsi"));  // common in news, not CLDR's name for Persian
  return out;
}

}  // namespace kg::ingest
