#include "ingest/text/arabic_clitics.h"

#include <array>

namespace kg::ingest {

namespace {

// Folded letters (UTF-8, 2 bytes each in the Arabic block).
constexpr std::string_view kWaw = "\u0648", kFa = "\u0641", kBa = "\u0628", kLam = "\u0644", kKaf = "\u0643";
constexpr std::string_view kAl = "\u0627\u0644";

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}
size_t Letters(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// A core must keep at least this many letters to be a word.
constexpr size_t kMinCoreLetters = 2;

}  // namespace

std::vector<ArabicCandidate> ArabicClitics(std::string_view w, bool strip_suffixes) {
  std::vector<ArabicCandidate> out;
  auto add = [&](std::string_view core, uint32_t pre, uint32_t suf) {
    if (Letters(core) < kMinCoreLetters) return;
    for (const auto& c : out) {
      if (c.core == core) return;
    }
    out.push_back({std::string(core), pre, suf});
  };
  add(w, 0, 0);
  // Conjunction, then preposition, then article; each optional.
  std::vector<std::pair<std::string_view, uint32_t>> fronts = {{w, 0}};
  for (std::string_view conj : {kWaw, kFa}) {
    if (StartsWith(w, conj)) fronts.push_back({w.substr(conj.size()), 1});
  }
  std::vector<std::pair<std::string_view, uint32_t>> after_prep;
  for (auto [s, n] : fronts) {
    after_prep.push_back({s, n});
    // "لل" = ل + ال with the alef dropped: للخارجيه -> الخارجيه (re-add the article below).
    for (std::string_view prep : {kBa, kLam, kKaf}) {
      if (StartsWith(s, prep)) after_prep.push_back({s.substr(prep.size()), n + 1});
    }
  }
  for (auto [s, n] : after_prep) {
    add(s, n, 0);
    if (StartsWith(s, kAl)) add(s.substr(kAl.size()), n + 2, 0);
    if (StartsWith(s, kLam) && n > 0) add(s.substr(kLam.size()), n + 1, 0);  // لل contraction
  }
  if (strip_suffixes) {
    static const std::array<std::string_view, 10> kSuffixes = {
        "\u0647\u0645\u0627", "\u0643\u0645\u0627", "\u0647\u0645", "\u0647\u0646", "\u0647\u0627",
        "\u0643\u0645",       "\u0646\u0627",       "\u0646\u064a", "\u0647",       "\u064a"};
    const size_t n = out.size();
    for (size_t i = 0; i < n; ++i) {
      const std::string core = out[i].core;
      for (std::string_view suf : kSuffixes) {
        if (EndsWith(core, suf)) {
          add(std::string_view(core).substr(0, core.size() - suf.size()), out[i].prefix_letters,
              static_cast<uint32_t>(Letters(suf)));
        }
      }
    }
  }
  return out;
}

std::string ArabicNisbaBase(std::string_view w) {
  std::string_view s = w;
  if (StartsWith(s, kAl)) s.remove_prefix(kAl.size());
  // Feminine ...يه (folded ية), plurals ...يين ...يون ...يات, dual ...يان
  static const std::array<std::string_view, 5> kEndings = {"\u064a\u064a\u0646", "\u064a\u0648\u0646",
                                                           "\u064a\u0627\u062a", "\u064a\u0627\u0646",
                                                           "\u064a\u0647"};
  for (std::string_view e : kEndings) {
    if (EndsWith(s, e) && Letters(s) > Letters(e) + 1) {
      return std::string(s.substr(0, s.size() - e.size())) + "\u064a";
    }
  }
  if (EndsWith(s, "\u064a") && Letters(s) > 2) return std::string(s);
  return "";
}

std::string ArabicMasculineNisba(std::string_view w) {
  static constexpr std::string_view kFem = "\u064a\u0647";  // يه (folded ية)
  if (!EndsWith(w, kFem) || Letters(w) < Letters(kFem) + 3) return "";
  return std::string(w.substr(0, w.size() - kFem.size())) + "\u064a";
}

uint32_t ArabicPrefixBytes(std::string_view word, uint32_t letters) {
  uint32_t i = 0, seen = 0;
  while (i < word.size() && seen < letters) {
    // Advance one code point.
    const unsigned char c = static_cast<unsigned char>(word[i]);
    const uint32_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
    i += len;
    ++seen;
    // Harakat (U+064B..U+065F, U+0670) and tatweel (U+0640) belong to the letter before.
    while (i + 1 < word.size()) {
      const unsigned char a = static_cast<unsigned char>(word[i]), b = static_cast<unsigned char>(word[i + 1]);
      const unsigned cp = ((a & 0x1Fu) << 6) | (b & 0x3Fu);
      if ((a >> 5) == 6 && ((cp >= 0x64B && cp <= 0x65F) || cp == 0x670 || cp == 0x640)) {
        i += 2;
      } else {
        break;
      }
    }
  }
  return i;
}

}  // namespace kg::ingest
