#include "ingest/text/transliterator.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <mutex>

namespace kg::ingest {

namespace {

icu::Transliterator* Instance() {
  static std::unique_ptr<icu::Transliterator> t = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> tr(icu::Transliterator::createInstance(
        "Any-Latin; Latin-ASCII; Lower; [^a-z0-9\\u0020] Remove", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) tr.reset();
    return tr;
  }();
  return t.get();
}

}  // namespace

std::string ToLatinAscii(std::string_view utf8) {
  static std::mutex mu;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  u.findAndReplace(icu::UnicodeString(static_cast<UChar>(0x30FB)), icu::UnicodeString(static_cast<UChar>(' ')));
  {
    std::lock_guard<std::mutex> lock(mu);
    if (icu::Transliterator* t = Instance()) t->transliterate(u);
  }
  std::string out;
  u.toUTF8String(out);
  return out;
}

}  // namespace kg::ingest
