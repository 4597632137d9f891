#include "graph/text/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace kg {

namespace {

// Arabic letters that fold to another for matching; 0 means "drop".
UChar32 FoldArabic(UChar32 c) {
  switch (c) {
    case 0x0622: case 0x0623: case 0x0625: case 0x0671: return 0x0627;  // alef forms
    case 0x0649: case 0x06CC: return 0x064A;                            // ya forms
    case 0x0629: return 0x0647;                                         // ta marbuta
    case 0x06A9: return 0x0643;                                         // Persian kaf
    case 0x0640: return 0;                                              // tatweel
    case 0x0670: return 0;                                              // superscript alef
    default: break;
  }
  if (c >= 0x064B && c <= 0x065F) return 0;  // harakat, shadda, sukun, ...
  if (c >= 0x0660 && c <= 0x0669) return '0' + (c - 0x0660);
  if (c >= 0x06F0 && c <= 0x06F9) return '0' + (c - 0x06F0);
  return c;
}

bool IsWordChar(UChar32 c) {
  return u_isalnum(c) || u_hasBinaryProperty(c, UCHAR_DIACRITIC) ||
         u_getIntPropertyValue(c, UCHAR_GENERAL_CATEGORY) == U_NON_SPACING_MARK ||
         u_getIntPropertyValue(c, UCHAR_GENERAL_CATEGORY) == U_COMBINING_SPACING_MARK ||
         c == 0x30FC;  // katakana prolonged sound mark
}

}  // namespace

std::string FoldForMatch(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  icu::UnicodeString src = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::UnicodeString folded;
  if (U_SUCCESS(status)) {
    folded = nfkc_cf->normalize(src, status);
  }
  if (U_FAILURE(status)) folded = src.foldCase();

  icu::UnicodeString out;
  bool pending_space = false;
  const int32_t n = folded.length();
  for (int32_t i = 0; i < n;) {
    const UChar32 c = folded.char32At(i);
    i += U16_LENGTH(c);
    const UChar32 f = FoldArabic(c);
    if (f == 0) continue;
    if (IsWordChar(f)) {
      if (pending_space && !out.isEmpty()) out.append(static_cast<UChar>(' '));
      pending_space = false;
      out.append(f);
      continue;
    }
    // "U.S." -> "us": a period between two letters joins them.
    if (f == '.' && !out.isEmpty() && i < n && u_isalpha(out.char32At(out.length() - 1)) &&
        u_isalpha(folded.char32At(i))) {
      continue;
    }
    pending_space = true;
  }
  std::string result;
  out.toUTF8String(result);
  return result;
}

}  // namespace kg
