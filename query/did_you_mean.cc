#include "query/did_you_mean.h"

#include <algorithm>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace kg::query {

namespace {

std::vector<UChar32> FoldedCodePoints(std::string_view s) {
  std::vector<UChar32> out;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    out.push_back(c < 0 ? c : u_foldCase(c, U_FOLD_CASE_DEFAULT));
  }
  return out;
}

}  // namespace

size_t EditDistance(std::string_view a, std::string_view b) {
  // Optimal string alignment: a swap of two neighbours ("nmae") costs one.
  const std::vector<UChar32> x = FoldedCodePoints(a);
  const std::vector<UChar32> y = FoldedCodePoints(b);
  std::vector<std::vector<size_t>> d(x.size() + 1, std::vector<size_t>(y.size() + 1));
  for (size_t i = 0; i <= x.size(); ++i) d[i][0] = i;
  for (size_t j = 0; j <= y.size(); ++j) d[0][j] = j;
  for (size_t i = 1; i <= x.size(); ++i) {
    for (size_t j = 1; j <= y.size(); ++j) {
      const size_t cost = x[i - 1] == y[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[x.size()][y.size()];
}

std::string ClosestName(std::string_view word, const std::vector<std::string>& candidates) {
  // One edit for words of three to five characters, a third of the length
  // beyond; none for one- or two-letter words, where any name is "near".
  const size_t len = FoldedCodePoints(word).size();
  const size_t limit = len <= 2 ? 0 : std::max<size_t>(1, len / 3);
  std::string best;
  size_t best_distance = limit + 1;
  for (const auto& c : candidates) {
    const size_t d = EditDistance(word, c);
    if (d < best_distance) {
      best_distance = d;
      best = c;
    }
  }
  return best;
}

std::string DidYouMean(std::string_view word, const std::vector<std::string>& candidates) {
  const std::string best = ClosestName(word, candidates);
  return best.empty() ? "" : " (did you mean '" + best + "'?)";
}

}  // namespace kg::query
