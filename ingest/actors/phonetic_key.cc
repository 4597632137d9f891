#include "ingest/actors/phonetic_key.h"

#include <algorithm>

#include "graph/text/fold.h"
#include "ingest/text/transliterator.h"

namespace kg::ingest {

namespace {

bool IsVowelLike(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'w' || c == 'h'; }

}  // namespace

std::string ConsonantSkeleton(std::string_view w, std::string_view lang) {
  std::string s;
  s.reserve(w.size());
  for (size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    const char n = i + 1 < w.size() ? w[i + 1] : '\0';
    if (c < 'a' || c > 'z') continue;
    // Digraphs first.
    if (lang == "pl") {
      if ((c == 's' || c == 'c') && n == 'z') {  // sz, cz
        s.push_back(c == 's' ? 's' : 'k');
        ++i;
        continue;
      }
      if (c == 'r' && n == 'z') {  // rz sounds like z
        s.push_back('s');
        ++i;
        continue;
      }
      if (c == 'w') {
        s.push_back('b');
        continue;
      }
    }
    if ((c == 'k' || c == 'c' || c == 'g') && n == 'h') {  // kh, ch, gh
      s.push_back(c == 'g' ? 'g' : 'k');
      ++i;
      continue;
    }
    if (c == 'c' && n == 'k') {
      s.push_back('k');
      ++i;
      continue;
    }
    if ((c == 'p' && n == 'h')) {
      s.push_back('b');
      ++i;
      continue;
    }
    if ((c == 's' || c == 't') && n == 'h') {  // sh, th
      s.push_back(c == 's' ? 's' : 't');
      ++i;
      continue;
    }
    switch (c) {
      // Labials are one class: Arabic has no p or v (ب ف), Japanese writes
      // v as ブ; so p, b, f and v all become b.
      case 'v':
      case 'f':
      case 'p': s.push_back('b'); break;
      case 'j': s.push_back('g'); break;  // ج is English g or j; ジ likewise
      case 'l': s.push_back('r'); break;
      case 'z': s.push_back('s'); break;
      case 'q':
      case 'c': s.push_back('k'); break;
      case 'x': s += "ks"; break;
      default: s.push_back(c);
    }
  }
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (IsVowelLike(c)) continue;
    // n before a labial becomes m (ponpeo ~ pompeo).
    if (c == 'n') {
      size_t j = i + 1;
      while (j < s.size() && IsVowelLike(s[j])) ++j;
      if (j == i + 1 && j < s.size() && (s[j] == 'b' || s[j] == 'm')) c = 'm';
    }
    if (!out.empty() && out.back() == c) continue;
    out.push_back(c);
  }
  return out;
}

NameKey MakeNameKey(std::string_view name, std::string_view lang) {
  NameKey key;
  const std::string latin = ToLatinAscii(name);
  std::string part;
  auto flush = [&] {
    if (part.empty()) return;
    key.latin.push_back(part);
    key.skeletons.push_back(ConsonantSkeleton(part, lang));
    part.clear();
  };
  for (char c : latin) {
    if (c == ' ' || c == '-' || c == '\'') {
      flush();
    } else {
      part.push_back(c);
    }
  }
  flush();
  size_t total = 0;
  for (const auto& s : key.skeletons) total += s.size();
  key.weak = key.skeletons.empty() || (key.skeletons.back().size() < 3 && total < 5);
  return key;
}

std::string UnknownNameId(const NameKey& key, std::string_view name, std::string_view lang) {
  if (!key.weak) {
    std::string joined;
    for (const auto& s : key.skeletons) joined += (joined.empty() ? "" : "-") + s;
    return "name:" + joined;
  }
  const bool ascii = std::all_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  return "name:" + std::string(ascii ? "latin" : lang) + ":" + FoldForMatch(name);
}

}  // namespace kg::ingest
