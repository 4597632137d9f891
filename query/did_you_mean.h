#pragma once

// "Did you mean" hints: the known name closest to a misspelt one.

#include <string>
#include <string_view>
#include <vector>

namespace kg::query {

// Levenshtein distance over code points, case-insensitive.
size_t EditDistance(std::string_view a, std::string_view b);

// The candidate nearest to `word` when it is near enough to be a likely
// typo (no edit for words of one or two characters, one for three to five,
// a third of the length for longer ones); "" otherwise. Ties go to the
// earlier candidate.
std::string ClosestName(std::string_view word, const std::vector<std::string>& candidates);

// " (did you mean 'X'?)" for the closest candidate, or "".
std::string DidYouMean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace kg::query
