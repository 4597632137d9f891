// Dictionary matching: inflection, clitics, case guards, prefixes, compounds.

#include <gtest/gtest.h>

#include "ingest/actors/dictionary.h"
#include "tests/ingest/actor_test_util.h"

namespace kg::ingest {
namespace {

using testing::ResolveActors;

TEST(ActorMatcherTest, PolishInflectionReachesTheDictionaryName) {
  auto r = ResolveActors("Departament Stanu oskarżył Rosję, a rzecznik Departamentu Stanu mówił o Rosji i Rosją.", "pl");
  EXPECT_EQ(r.IdOf("Departament Stanu"), "org:state_department");
  EXPECT_EQ(r.IdOf("Departamentu Stanu"), "org:state_department");
  EXPECT_EQ(r.IdOf("Rosję"), "country:RU");  // from CLDR, nominative only
  EXPECT_EQ(r.IdOf("Rosji"), "country:RU");
  EXPECT_EQ(r.IdOf("Rosją"), "country:RU");
  auto us = ResolveActors("Przedstawiciele Stanów Zjednoczonych spotkali się w środę.", "pl");
  EXPECT_EQ(us.IdOf("Stanów Zjednoczonych"), "country:US");
}

TEST(ActorMatcherTest, ArabicCliticsAreStrippedAndOffsetsSkipThem) {
  auto r = ResolveActors("اتصل الوزير بواشنطن ولإيران وبالصين قبل أن يسافر.", "ar");
  EXPECT_EQ(r.IdOf("واشنطن"), "country:US") << "the mention starts after the proclitic ب";
  EXPECT_EQ(r.IdOf("إيران"), "country:IR");
  EXPECT_EQ(r.IdOf("الصين"), "country:CN");
}

TEST(ActorMatcherTest, AcronymsNeedCapitalsAndNamesNeedCapitalLetters) {
  auto r = ResolveActors("The US told us that the plan was new. Kostrenko agreed; kostrenko is a nickname.", "en");
  EXPECT_EQ(r.IdOf("US"), "country:US");
  EXPECT_EQ(r.IdOf("us"), "");
  EXPECT_EQ(r.IdOf("Kostrenko"), "person:dmitri_kostrenko");
  EXPECT_EQ(r.IdOf("kostrenko"), "");
}

TEST(ActorMatcherTest, PossessivesAndDottedAbbreviations) {
  auto r = ResolveActors("Iran's envoy met U.S. officials in Tehran.", "en");
  EXPECT_EQ(r.IdOf("Iran's"), "country:IR");
  EXPECT_EQ(r.IdOf("U.S"), "country:US");
  EXPECT_EQ(r.IdOf("Tehran"), "country:IR");
}

TEST(ActorMatcherTest, JapanesePrefixOnlyBeforeANounThatTakesIt) {
  auto r = ResolveActors("米政府は声明を出した。農家は米を売った。", "ja");
  EXPECT_EQ(r.IdOf("米"), "country:US");
  int us = 0;
  for (const auto& m : r.mentions) us += m.actor_id == "country:US";
  EXPECT_EQ(us, 1) << "米 as rice is not the United States";
}

TEST(ActorMatcherTest, DemonymAndAgentMakeOneGroupActorInEveryLanguage) {
  EXPECT_EQ(ResolveActors("Iranian hackers attacked the site.", "en").IdOf("Iranian hackers"), "agent:hackers@IR");
  EXPECT_EQ(ResolveActors("هاجم قراصنة إيرانيون الموقع.", "ar").IdOf("قراصنة إيرانيون"), "agent:hackers@IR");
  EXPECT_EQ(ResolveActors("イランのハッカーがサイトを攻撃した。", "ja").IdOf("イランのハッカー"), "agent:hackers@IR");
  EXPECT_EQ(ResolveActors("Irańscy hakerzy zaatakowali stronę.", "pl").IdOf("Irańscy hakerzy"), "agent:hackers@IR");
  auto generic = ResolveActors("Voters were warned; the voters stayed calm.", "en");
  EXPECT_EQ(generic.IdOf("voters"), "agent:voters");
}

TEST(ActorMatcherTest, DictionaryErrorsNameTheLine) {
  auto bad = Dictionary::FromJsonl("{\"id\":\"person:a\",\"aliases\":{\"en\":[\"A\"]}}\n{\"id\":\"oops\"}\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("<test>:2"), std::string::npos) << bad.status().ToString();
  auto bad_kind = Dictionary::FromJsonl("{\"id\":\"person:a\",\"kind\":\"alien\"}\n");
  EXPECT_FALSE(bad_kind.ok());
}

TEST(ActorMatcherTest, UserEntriesExtendExistingOnes) {
  auto d = Dictionary::FromJsonl(
      "{\"id\":\"person:a\",\"name\":\"A B\",\"aliases\":{\"en\":[\"A B\"]}}\n"
      "{\"id\":\"person:a\",\"aliases\":{\"pl\":[\"A Be\"]},\"country\":\"PL\"}\n");
  ASSERT_TRUE(d.ok());
  const DictionaryEntry* e = (*d)->Find("person:a");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->country, "PL");
  EXPECT_EQ(e->aliases.at("pl").size(), 1u);
  EXPECT_EQ(e->aliases.at("en").size(), 1u);
}

}  // namespace
}  // namespace kg::ingest
