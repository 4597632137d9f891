// GuessTense and GuessTenseAround: surface cues per language.

#include <gtest/gtest.h>

#include <string>

#include "ingest/time/tense.h"

namespace kg::ingest {
namespace {

// The tense for the first occurrence of `what` in `sentence`.
Tense Around(const std::string& sentence, const std::string& what, const char* lang) {
  const size_t at = sentence.find(what);
  EXPECT_NE(at, std::string::npos) << what;
  return GuessTenseAround(sentence, at, at + what.size(), lang);
}

TEST(TimeTenseTest, English) {
  EXPECT_EQ(GuessTense("The ministers will meet", "en"), Tense::kFuture);
  EXPECT_EQ(GuessTense("He'll meet them", "en"), Tense::kFuture);
  EXPECT_EQ(GuessTense("They are going to vote", "en"), Tense::kFuture);
  EXPECT_EQ(GuessTense("The ministers met", "en"), Tense::kPast);
  EXPECT_EQ(GuessTense("Officials warned voters", "en"), Tense::kPast);
  EXPECT_EQ(GuessTense("The minister is here", "en"), Tense::kPresent);
  EXPECT_EQ(GuessTense("Indeed, a hundred red beds", "en"), Tense::kUnknown);
  EXPECT_EQ(GuessTense("He said it will close", "en"), Tense::kFuture);
  // The cue nearest to the expression decides.
  EXPECT_EQ(Around("The FAA on Friday announced it will close towers", "Friday", "en"), Tense::kPast);
  EXPECT_EQ(Around("He said the towers will close on Friday", "Friday", "en"), Tense::kFuture);
  // A wish is past, what is wished for is ahead; agreeing is dated itself.
  EXPECT_EQ(Around("He said he still wanted to meet Putin in June", "June", "en"), Tense::kFuture);
  EXPECT_EQ(Around("The firm on Thursday agreed to pay the fine", "Thursday", "en"), Tense::kPast);
  EXPECT_EQ(Around("On Feb. 28, the bank released a note saying output would grow", "Feb. 28", "en"),
            Tense::kPast);
  EXPECT_EQ(Around("The book is due to be published in May", "May", "en"), Tense::kFuture);
}

TEST(TimeTenseTest, Arabic) {
  EXPECT_EQ(GuessTense("سوف يجتمع الوزراء", "ar"), Tense::kFuture);
  EXPECT_EQ(GuessTense("سيجتمع الوزراء", "ar"), Tense::kFuture);
  EXPECT_EQ(GuessTense("لن يجتمع الوزراء", "ar"), Tense::kFuture);
  EXPECT_EQ(GuessTense("قال الوزير", "ar"), Tense::kPast);
  EXPECT_EQ(GuessTense("وقالت الوزيرة", "ar"), Tense::kPast);
  EXPECT_EQ(GuessTense("اجتمعوا في القاهرة", "ar"), Tense::kPast);
  EXPECT_EQ(GuessTense("السياسة الخارجية والسيارات", "ar"), Tense::kUnknown);
  EXPECT_EQ(Around("أعلنت غوغل يوم الخميس أنها ستعقد اجتماعا", "يوم الخميس", "ar"), Tense::kPast);
}

TEST(TimeTenseTest, Japanese) {
  EXPECT_EQ(GuessTense("政府は発表した。", "ja"), Tense::kPast);
  EXPECT_EQ(GuessTense("会談は行われた", "ja"), Tense::kPast);
  EXPECT_EQ(GuessTense("来週、会談を行う予定だ。", "ja"), Tense::kFuture);
  EXPECT_EQ(GuessTense("首相は訪問する方針だ", "ja"), Tense::kFuture);
  EXPECT_EQ(GuessTense("首相は訪問する。", "ja"), Tense::kFuture);
  EXPECT_EQ(GuessTense("政府は調査している。", "ja"), Tense::kPresent);
  // The predicate after the time word, not the reporting verb around it.
  EXPECT_EQ(Around("首相は水曜日に訪問すると発表した。", "水曜日", "ja"), Tense::kFuture);
  EXPECT_EQ(Around("首相は水曜日に訪問したと発表した。", "水曜日", "ja"), Tense::kPast);
  // Before the quoted clause's own subject, the time is the reporting verb's.
  EXPECT_EQ(Around("首相は水曜日、政府は大使を召還すると発表した。", "水曜日", "ja"), Tense::kPast);
  // A time set off by a comma dates the sentence's final predicate.
  EXPECT_EQ(Around("両国は5日、国交を断絶すると発表した。", "5日", "ja"), Tense::kPast);
}

TEST(TimeTenseTest, Polish) {
  EXPECT_EQ(GuessTense("Minister będzie rozmawiał", "pl"), Tense::kFuture);
  EXPECT_EQ(GuessTense("Umowa zostanie podpisana", "pl"), Tense::kFuture);
  EXPECT_EQ(GuessTense("Rzecznik powiedział", "pl"), Tense::kPast);
  EXPECT_EQ(GuessTense("Rzeczniczka powiedziała", "pl"), Tense::kPast);
  EXPECT_EQ(GuessTense("Politycy zaprzeczyli", "pl"), Tense::kPast);
  EXPECT_EQ(GuessTense("Szkoła i cała rodzina", "pl"), Tense::kUnknown);
  EXPECT_EQ(GuessTense("Rzecznik jest w Warszawie", "pl"), Tense::kPresent);
  EXPECT_EQ(Around("Rzecznik powiedział w środę, że minister będzie rozmawiał", "środę", "pl"), Tense::kPast);
}

}  // namespace
}  // namespace kg::ingest
