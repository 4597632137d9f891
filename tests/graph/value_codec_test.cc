#include "graph/store/value_codec.h"

#include <gtest/gtest.h>

namespace kg::store {
namespace {

TEST(ValueCodecTest, EventMentionRoundTrip) {
  EventMention m;
  m.article_id = "a1";
  m.lang = "ar";
  m.sentence = "قال راتكليف إن إيران أرسلت رسائل";
  m.sentence_start = 10;
  m.sentence_end = 44;
  m.trigger = "أرسلت";
  m.start = 30;
  m.end = 35;
  m.type = "SEND";
  m.source_id = "country:IR";
  m.target_id = "";
  m.attributed_to_id = "person:ratcliffe";
  m.theme = "رسائل";
  m.date = Date::Day(2020, 10, 21);
  m.date_basis = DateBasis::kStated;
  m.negated = true;
  m.modality = Modality::kPlanned;
  m.confidence = 0.625;
  auto back = DecodeEventMention(EncodeEventMention(m));
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->sentence, m.sentence);
  EXPECT_EQ(back->date, m.date);
  EXPECT_EQ(back->attributed_to_id, m.attributed_to_id);
  EXPECT_TRUE(back->negated);
  EXPECT_EQ(back->modality, Modality::kPlanned);
  EXPECT_DOUBLE_EQ(back->confidence, 0.625);
}

TEST(ValueCodecTest, ArticleAndEventRoundTrip) {
  Article a;
  a.id = "x";
  a.published_date = Date::Month(1999, 12);
  a.text_hash = ~0ULL;
  a.record_hash = 42;
  auto ab = DecodeArticle(EncodeArticle(a));
  ASSERT_TRUE(ab.ok());
  EXPECT_EQ(ab->text_hash, ~0ULL);
  EXPECT_EQ(ab->published_date, a.published_date);
  Event e;
  e.id = "ev_0000000000000001";
  e.date = Date::Year(-44);
  e.mention_count = 300;
  auto eb = DecodeEvent(EncodeEvent(e));
  ASSERT_TRUE(eb.ok());
  EXPECT_EQ(eb->date.year, -44);
  EXPECT_EQ(eb->mention_count, 300u);
}

TEST(ValueCodecTest, RejectsWrongVersionTruncationAndTrailingBytes) {
  Actor a;
  a.id = "country:IR";
  a.name = "Iran";
  std::string v = EncodeActor(a);
  ASSERT_TRUE(DecodeActor(v).ok());
  std::string wrong_version = v;
  wrong_version[0] = 9;
  EXPECT_TRUE(DecodeActor(wrong_version).status().IsCorruption());
  EXPECT_TRUE(DecodeActor(v.substr(0, v.size() - 2)).status().IsCorruption());
  EXPECT_TRUE(DecodeActor(v + "x").status().IsCorruption());
  EXPECT_TRUE(DecodeActor("").status().IsCorruption());
}

}  // namespace
}  // namespace kg::store
