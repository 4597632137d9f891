#include "ingest/events/event_time.h"

#include "ingest/time/tense.h"

namespace kg::ingest {

namespace {

// True when a Japanese verb of sentence `s` lies between two byte offsets of the text.
bool VerbBetweenBytes(const Document& doc, const Sentence& s, uint32_t from, uint32_t to) {
  for (uint32_t k = s.token_begin; k < s.token_end; ++k) {
    const Token& t = doc.tokens[k];
    if (t.begin < from || t.end > to) continue;
    if (t.pos == "動詞" && t.pos1 == "自立" && t.lemma != "する" && t.lemma != "ある" && t.lemma != "いる") return true;
  }
  return false;
}

// "the 2020 elections": a year right after "the" modifies a noun.
bool AttributiveYear(const TimeExpression& t, std::string_view sentence) {
  if (!(t.kind == TimeKind::kCalendar && t.has_year && !t.month)) return false;
  const std::string_view before = sentence.substr(0, t.begin);
  return before.size() >= 4 && (before.substr(before.size() - 4) == "the " || before.substr(before.size() - 4) == "The ");
}

// Times that say when something happened, as opposed to durations and sets;
// a bare number read as a year only in a plausible range ("1500 رسالة" is a
// count).
bool Dating(const TimeExpression& t) {
  if (t.kind == TimeKind::kDuration || t.kind == TimeKind::kSet) return false;
  if (t.kind == TimeKind::kCalendar && t.has_year && !t.month && (t.year < 1900 || t.year > 2100)) return false;
  if (t.kind == TimeKind::kCalendar && t.has_year && !t.month && t.text.rfind("the ", 0) == 0) return false;
  return true;
}

}  // namespace

void ArticleClock::StartSentence(uint32_t si) {
  sentence_ = si;
  const std::string_view text = doc_.SentenceText(doc_.sentences[si]);
  times_ = tagger_.Tag(text, doc_.lang);
  dates_.assign(times_.size(), Date());
  attributive_.assign(times_.size(), false);
  for (size_t i = 0; i < times_.size(); ++i) {
    if (!Dating(times_[i])) continue;
    attributive_[i] = AttributiveYear(times_[i], text);
    const TimeExpression& t = times_[i];
    // A day and month without a year is the nearest such day either way
    // ("the elections on 3 November" in October); tense decides weekdays.
    const bool day_month = t.kind == TimeKind::kCalendar && t.day && t.month && !t.has_year && !t.year_relative &&
                           t.direction == Direction::kBare;
    const Tense tense = day_month ? Tense::kUnknown : GuessTenseAround(text, t.begin, t.end, doc_.lang);
    dates_[i] = tagger_.Resolve(t, t.anaphoric ? anchor_ : published_, tense);
    const bool dated = t.kind == TimeKind::kCalendar || t.kind == TimeKind::kWeekday || t.kind == TimeKind::kRelative;
    if (dates_[i].known() && dated && !attributive_[i]) {
      anchor_ = dates_[i];
      // A day on or before publication sets the scene for what follows.
      if (anchor_.precision == DatePrecision::kDay && (!published_.known() || anchor_.LastDay() <= published_.LastDay())) {
        scene_ = {&times_[i], anchor_, si};
        scene_time_ = times_[i];
        scene_.time = &scene_time_;
        scene_begin_ = doc_.sentences[si].begin + times_[i].begin;
      }
    }
  }
}

int ArticleClock::WordsBetween(uint32_t from, uint32_t to) const {
  if (to < from) return INT32_MAX;
  int n = 0;
  for (uint32_t k = doc_.sentences[sentence_].token_begin; k < doc_.sentences[sentence_].token_end; ++k) {
    const Token& tok = doc_.tokens[k];
    n += tok.is_word && tok.begin >= from && tok.end <= to;
  }
  return n;
}

std::optional<Scene> ArticleClock::SceneFor(uint32_t max_sentences_back) const {
  if (!scene_.time || sentence_ <= scene_.sentence || sentence_ - scene_.sentence > max_sentences_back) return std::nullopt;
  return scene_;
}

TimeChoice ArticleClock::Pick(const TimeQuery& q, const std::vector<TriggerSpan>& triggers) const {
  const Sentence& sentence = doc_.sentences[sentence_];
  const uint32_t sb = sentence.begin;
  auto byte_begin = [&](uint32_t tok) { return doc_.tokens[tok].begin - sb; };
  auto byte_end = [&](uint32_t tok) { return doc_.tokens[tok].end - sb; };
  const uint32_t trig = byte_begin(q.trigger.token);
  const uint32_t cb = byte_begin(q.clause_begin);
  const uint32_t ce = byte_end(std::max(q.clause_end, q.clause_begin + 1) - 1);
  uint32_t rb = 0, re = 0;
  if (q.complement_end > q.complement_begin) {
    rb = byte_begin(q.complement_begin);
    re = byte_end(q.complement_end - 1);
  }
  // Whether another event's trigger claims the time: it lies inside that
  // trigger, or that trigger is a noun between this one and the time, with
  // the time right after it.
  auto claimed = [&](const TimeExpression& t) {
    for (const TriggerSpan& o : triggers) {
      if (o.token == q.trigger.token) continue;
      const uint32_t ob = byte_begin(o.token), oe = byte_end(o.token_end - 1);
      if (t.begin >= ob && t.end <= oe) return true;
      const bool between = trig < ob && oe <= t.begin;
      if (o.nominal && between && t.begin - oe <= 4) return true;
    }
    return false;
  };
  TimeChoice best;
  uint64_t best_distance = UINT64_MAX;
  for (int pass = 0; pass < (q.own_clause_only ? 1 : 2) && !best.time; ++pass) {
    for (size_t i = 0; i < times_.size(); ++i) {
      const TimeExpression& t = times_[i];
      if (!dates_[i].known()) continue;
      // "the 2020 elections": a year before a noun dates only that noun.
      if (attributive_[i] && !(q.trigger.nominal && WordsBetween(sb + t.end, doc_.tokens[q.trigger.token].begin) <= 1)) {
        continue;
      }
      const bool in_clause = t.begin >= cb && t.end <= ce;
      const bool in_reported = re > rb && t.begin >= rb && t.end <= re;
      if (pass == 0 ? !in_clause : in_reported) continue;
      if (pass == 0 && claimed(t)) continue;
      if (doc_.lang == "ja" && pass == 0 && VerbBetweenBytes(doc_, sentence, sb + t.end, doc_.tokens[q.trigger.token].begin)) {
        continue;  // a Japanese time modifies the first verb after it (今月4日、…襲撃された)
      }
      if (doc_.lang == "ja" && pass == 1 && best.time) continue;  // the sentence's own time comes first
      const uint64_t d = t.begin > trig ? t.begin - trig : trig - t.begin;
      if (d < best_distance) {
        best = {&t, dates_[i]};
        best_distance = d;
      }
    }
  }
  return best;
}

}  // namespace kg::ingest
