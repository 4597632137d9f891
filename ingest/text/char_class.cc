#include "ingest/text/char_class.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace kg::ingest {

CharInfo ClassifyChar(char32_t c) {
  CharInfo info;
  const UChar32 u = static_cast<UChar32>(c);
  if (u_isUWhiteSpace(u) || u_charType(u) == U_SPACE_SEPARATOR) {
    info.kind = CharKind::kSpace;
    return info;
  }
  if (u_isdigit(u)) {
    info.kind = CharKind::kDigit;
    info.digit = static_cast<int8_t>(u_charDigitValue(u));
    return info;
  }
  const int8_t type = u_charType(u);
  // Combining marks (Arabic harakat, Devanagari signs) belong to their word;
  // the kana prolonged-sound mark and iteration marks are letters in Japanese.
  if (u_isalpha(u) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK ||
      type == U_MODIFIER_LETTER) {
    info.kind = CharKind::kLetter;
    info.upper = u_isupper(u) || u_istitle(u);
    info.lower = u_islower(u);
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(u, &status);
    info.ideograph = U_SUCCESS(status) &&
                     (script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA ||
                      c == 0x30FC || c == 0x3005 || c == 0x30F6 || c == 0x30F5);
    return info;
  }
  return info;
}

bool IsNfc(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return false;
  const icu::UnicodeString s =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  const bool yes = nfc->isNormalized(s, status);
  return U_SUCCESS(status) && yes;
}

char32_t NextChar(std::string_view text, size_t* pos) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = static_cast<int32_t>(*pos);
  UChar32 c;
  U8_NEXT(s, i, static_cast<int32_t>(text.size()), c);
  if (c < 0) {
    *pos += 1;
    return 0xFFFD;
  }
  *pos = static_cast<size_t>(i);
  return static_cast<char32_t>(c);
}

bool StartsUpper(std::string_view text) {
  size_t pos = 0;
  return !text.empty() && ClassifyChar(NextChar(text, &pos)).upper;
}

bool AllUpper(std::string_view text) {
  bool any = false;
  for (size_t pos = 0; pos < text.size();) {
    const CharInfo c = ClassifyChar(NextChar(text, &pos));
    if (c.kind != CharKind::kLetter) continue;
    if (!c.upper) return false;
    any = true;
  }
  return any;
}

bool HasLower(std::string_view text) {
  for (size_t pos = 0; pos < text.size();) {
    if (ClassifyChar(NextChar(text, &pos)).lower) return true;
  }
  return false;
}

}  // namespace kg::ingest
