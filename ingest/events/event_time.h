#pragma once

// The dates of an article's events. ArticleClock walks the sentences in
// order: it tags each sentence's time expressions, resolves them against
// the publication date, and resolves anaphoric ones ("the same day",
// "następnego dnia", "同日", "في اليوم التالي") against the last date the
// article stated before them. Then, for each event, it picks the expression
// that dates it:
//   1. the nearest one in the trigger's own clause, except one that lies
//      inside another event's trigger ("przeprowadzony w 2020 roku
//      cyberatak") or right after a nominal trigger that stands between
//      ("accused Russia of the attack in 2020": the year dates the attack);
//      in Japanese a time modifies the first verb after it;
//   2. else the nearest in the sentence outside the trigger's reported
//      clause ("Lavrov said on Friday that Moscow would ...").
// Not thread-safe: one clock per article.

#include <climits>
#include <optional>
#include <cstdint>
#include <string_view>
#include <vector>

#include "graph/base/date.h"
#include "ingest/text/document.h"
#include "ingest/time/time_tagger.h"

namespace kg::ingest {

// A trigger of the sentence, as the clock sees it.
struct TriggerSpan {
  uint32_t token = 0, token_end = 0;  // the trigger's tokens
  bool nominal = false;               // a noun or participle ("the attack", "przeprowadzony")
};

// What dates one event: the clause it is in and, for verbs of saying, the
// reported clause whose times are not its own.
struct TimeQuery {
  TriggerSpan trigger;
  uint32_t clause_begin = 0, clause_end = 0;          // tokens
  uint32_t complement_begin = 0, complement_end = 0;  // tokens; empty when none
  bool own_clause_only = false;                       // nominal triggers, "according to"
};

struct TimeChoice {
  const TimeExpression* time = nullptr;  // null: nothing in the text dates it
  Date date;
};

// The last day the article stated (on or before publication): later
// sentences without a time of their own may tell more of that day.
struct Scene {
  const TimeExpression* time = nullptr;  // offsets relative to its own sentence
  Date date;
  uint32_t sentence = 0;
};

class ArticleClock {
 public:
  ArticleClock(const TimeTagger& tagger, const Document& doc, const Date& published)
      : tagger_(tagger), doc_(doc), published_(published) {}

  // Tags and resolves the times of sentence `si`; call for each sentence in
  // order before Pick.
  void StartSentence(uint32_t si);

  // The time expression and date for one event of the current sentence;
  // `triggers` are all event triggers of the sentence.
  TimeChoice Pick(const TimeQuery& q, const std::vector<TriggerSpan>& triggers) const;

  // The scene set at most `max_sentences_back` sentences before the current one.
  std::optional<Scene> SceneFor(uint32_t max_sentences_back) const;
  // Byte offset in the article of the scene's time expression.
  uint32_t scene_begin() const { return scene_begin_; }

 private:
  // Word tokens of the current sentence within the bytes [from, to).
  int WordsBetween(uint32_t from, uint32_t to) const;

  const TimeTagger& tagger_;
  const Document& doc_;
  const Date published_;
  uint32_t sentence_ = 0;
  std::vector<TimeExpression> times_;  // of the current sentence; offsets relative to it
  std::vector<Date> dates_;            // times_[i] resolved; unknown when it cannot be
  std::vector<bool> attributive_;      // times_[i] modifies a noun: "the 2020 elections"
  Date anchor_;                        // the last date stated so far
  Scene scene_;
  TimeExpression scene_time_;          // a copy: times_ is replaced sentence by sentence
  uint32_t scene_begin_ = 0;
};

}  // namespace kg::ingest
