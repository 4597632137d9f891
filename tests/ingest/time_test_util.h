#pragma once

// Shared by the time_*_test.cc files: one TimeTagger loaded from the source
// tree's ingest/data, and short ways to ask what a text's expressions mean.
// The reference date of the tests is 2020-10-22, a Thursday.

#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "graph/base/date.h"
#include "ingest/time/time_tagger.h"

namespace kg::ingest::testing {

inline const TimeTagger& Tagger() {
  static const TimeTagger* tagger = [] {
    auto t = TimeTagger::Load(KG_TEST_SOURCE_DIR "/ingest/data");
    if (!t.ok()) {
      ADD_FAILURE() << t.status().ToString();
      std::abort();
    }
    return std::move(t).value().release();
  }();
  return *tagger;
}

inline const Date kRef = Date::Day(2020, 10, 22);  // a Thursday

// The expressions found, as their written text.
inline std::vector<std::string> Spans(std::string_view text, std::string_view lang) {
  std::vector<std::string> out;
  for (const TimeExpression& t : Tagger().Tag(text, lang)) out.push_back(t.text);
  return out;
}

// The single expression in `text` (a test failure when there is not exactly one).
inline TimeExpression Only(std::string_view text, std::string_view lang) {
  std::vector<TimeExpression> found = Tagger().Tag(text, lang);
  if (found.size() != 1) {
    std::string list;
    for (const auto& t : found) list += " '" + t.text + "'";
    ADD_FAILURE() << "expected one expression in '" << text << "', found " << found.size() << ":" << list;
    return TimeExpression{};
  }
  return found[0];
}

// The date of the single expression in `text`, as ISO text ("" if None).
inline std::string DateOf(std::string_view text, std::string_view lang, Tense tense = Tense::kPast,
                          const Date& ref = kRef) {
  return Tagger().Resolve(Only(text, lang), ref, tense).ToIso();
}

// The TIMEX3 value of the single expression in `text`.
inline std::string ValueOf(std::string_view text, std::string_view lang, Tense tense = Tense::kPast,
                           const Date& ref = kRef) {
  return Tagger().TimexValue(Only(text, lang), ref, tense);
}

}  // namespace kg::ingest::testing
