// Unknown names, titles, in-article coreference and cross-script keys.

#include <gtest/gtest.h>

#include "ingest/actors/phonetic_key.h"
#include "tests/ingest/actor_test_util.h"

namespace kg::ingest {
namespace {

using testing::ResolveActors;

std::string Key(const std::string& name, const std::string& lang) {
  NameKey k = MakeNameKey(name, lang);
  std::string s;
  for (const auto& p : k.skeletons) s += (s.empty() ? "" : "-") + p;
  return s;
}

TEST(CrossScriptKeyTest, SameNameInFourScriptsGivesOneKey) {
  EXPECT_EQ(Key("Tarek Hamdan", "en"), Key("طارق حمدان", "ar"));
  EXPECT_EQ(Key("Tarek Hamdan", "en"), Key("タレク・ハムダン", "ja"));
  EXPECT_EQ(Key("Ratcliffe", "en"), Key("راتكليف", "ar"));
  EXPECT_EQ(Key("Ratcliffe", "en"), Key("ラトクリフ", "ja"));
  EXPECT_EQ(Key("Zakharova", "en"), Key("Zacharowa", "pl"));
  EXPECT_EQ(Key("Lavrov", "en"), Key("ラブロフ", "ja"));
}

TEST(CrossScriptKeyTest, DifferentPeopleWithSimilarNamesStayApart) {
  EXPECT_NE(Key("Ratcliffe", "en"), Key("Radcliffe", "en"));
  EXPECT_NE(Key("Tarek Hamdan", "en"), Key("Tarek Hamadi", "en"));
  EXPECT_NE(Key("Omar Hamdan", "en"), Key("Tarek Hamdan", "en"));
  // Short skeletons are too weak to link on their own: such names keep
  // per-language ids made from their spelling.
  EXPECT_TRUE(MakeNameKey("Rubio", "en").weak);
  EXPECT_TRUE(MakeNameKey("Wray", "en").weak);
  auto r = ResolveActors("Analyst Ben Rubio met Analyst Ben Robb.", "en");
  EXPECT_NE(r.IdOf("Ben Rubio"), r.IdOf("Ben Robb"));
}

TEST(UnknownNameTest, EnglishCapitalizedRunsButNotSentenceOpeners) {
  auto r = ResolveActors("Analysts doubted it. Analyst Tarek Hamdan of the Levant Policy Council said Hamdan's data held.", "en");
  EXPECT_EQ(r.IdOf("Analysts"), "");
  const std::string id = r.IdOf("Tarek Hamdan");
  EXPECT_EQ(id.rfind("name:", 0), 0u) << id;
  EXPECT_EQ(r.IdOf("Hamdan"), id) << "the short mention joins the full name";
  const Actor* council = r.ActorOf("Levant Policy Council");
  ASSERT_NE(council, nullptr);
  EXPECT_EQ(council->kind, ActorKind::kOrganization);
}

TEST(UnknownNameTest, ArabicNamesAfterVerbsOfSaying) {
  auto r = ResolveActors("وقال طارق حمدان من مركز الدراسات إن الخطة فشلت.", "ar");
  const std::string id = r.IdOf("طارق حمدان");
  EXPECT_EQ(id, ResolveActors("Analyst Tarek Hamdan said so.", "en").IdOf("Tarek Hamdan"));
  // Ordinary words after a verb of saying are not a name.
  auto plain = ResolveActors("قال المسؤول إن الخطة فشلت.", "ar");
  EXPECT_EQ(plain.IdOf("المسؤول"), "");
}

TEST(UnknownNameTest, JapaneseKatakanaNamesWithHonorifics) {
  auto r = ResolveActors("タレク・ハムダン氏は計画が失敗したと述べた。", "ja");
  EXPECT_EQ(r.IdOf("タレク・ハムダン"), ResolveActors("Analyst Tarek Hamdan said so.", "en").IdOf("Tarek Hamdan"));
  const Actor* a = r.ActorOf("タレク・ハムダン");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->kind, ActorKind::kPerson);
}

// A kanji name keys by its reading, given name first, so it meets the same
// person in Latin script, and its family name alone later in the article.
TEST(UnknownNameTest, JapaneseKanjiNamesLinkByTheirReading) {
  auto ja = ResolveActors("評論家の佐伯亮介氏は関与を指摘した。佐伯氏は制裁を求めた。", "ja");
  const std::string id = ja.IdOf("佐伯亮介");
  ASSERT_NE(id, "");
  EXPECT_EQ(ja.IdOf("佐伯"), id);
  EXPECT_EQ(ResolveActors("Analyst Ryosuke Saeki said so.", "en").IdOf("Ryosuke Saeki"), id);
  EXPECT_NE(ResolveActors("Analyst Ryota Saeki said so.", "en").IdOf("Ryota Saeki"), id);
  const Actor* a = ja.ActorOf("佐伯亮介");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->name, "佐伯亮介");  // shown as written
}

TEST(UnknownNameTest, LatinNamesInJapaneseTextLinkAcrossLanguages) {
  auto ja = ResolveActors("ハッカー集団「APT10」は日本企業を攻撃した。", "ja");
  const std::string id = ja.IdOf("APT10");
  ASSERT_NE(id, "") << "MeCab splits the digits off";
  EXPECT_EQ(ResolveActors("The group APT10 attacked Japanese firms.", "en").IdOf("APT10"), id);
}

TEST(UnknownNameTest, PolishCaseEndingsKeepOneKey) {
  auto r = ResolveActors("Tarek Hamdan skrytykował plan. Zdaniem Tarka Hamdana to błąd, a Hamdanowi nikt nie wierzy.", "pl");
  const std::string id = r.IdOf("Tarek Hamdan");
  EXPECT_FALSE(id.empty());
  EXPECT_EQ(r.IdOf("Tarka Hamdana"), id);
  EXPECT_EQ(r.IdOf("Hamdanowi"), id);
}

TEST(TitleTest, TitleNextToANameGivesKindCountryAndCoreference) {
  auto r = ResolveActors("US Secretary of State Tarek Hamdan spoke first. Later the Secretary of State left.", "en");
  const std::string id = r.IdOf("Tarek Hamdan");
  ASSERT_FALSE(id.empty());
  const Actor* a = r.ActorOf("Tarek Hamdan");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->kind, ActorKind::kPerson);
  EXPECT_EQ(a->country, "US");
  EXPECT_EQ(r.IdOf("Secretary of State"), id) << "the later bare title refers back";
}

TEST(TitleTest, JapaneseTitleSuffixLinksAnUnknownSpellingToTheDictionaryPerson) {
  // The dictionary lists only the full name; the surname with a title is
  // linked through its cross-script key.
  auto r = ResolveActors("コストレンコ外相は会談後に記者団に語った。", "ja");
  EXPECT_EQ(r.IdOf("コストレンコ"), "person:dmitri_kostrenko");
}

TEST(TitleTest, BareTitleWithoutHolderStandsForTheRole) {
  auto r = ResolveActors("A spokeswoman declined to comment.", "en");
  EXPECT_EQ(r.IdOf("spokeswoman"), "title:spokesperson");
}

}  // namespace
}  // namespace kg::ingest
