#include "ingest/text/language_detector.h"

#include <cstdio>  // compact_lang_det.h uses FILE without including it
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

namespace kg::ingest {

LanguageGuess DetectLanguage(std::string_view text) {
  CLD2::Language language3[3];
  int percent3[3];
  double normalized_score3[3];
  int text_bytes = 0;
  bool is_reliable = false;
  CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  const CLD2::Language lang = CLD2::ExtDetectLanguageSummary(
      text.data(), static_cast<int>(text.size()), /*is_plain_text=*/true, &hints, /*flags=*/0, language3,
      percent3, normalized_score3, /*resultchunkvector=*/nullptr, &text_bytes, &is_reliable);
  LanguageGuess g;
  if (lang == CLD2::UNKNOWN_LANGUAGE) return g;
  g.code = CLD2::LanguageCode(lang);
  // CLD2 names some languages with longer codes ("zh-Hant"); keep the base.
  if (auto dash = g.code.find('-'); dash != std::string::npos) g.code.resize(dash);
  g.reliable = is_reliable;
  g.percent = percent3[0];
  return g;
}

std::string LanguageDetectorVersion() { return CLD2::DetectLanguageVersion(); }

}  // namespace kg::ingest
