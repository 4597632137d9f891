#include "graph/store/store.h"

#include <gtest/gtest.h>

#include <memory>

#include "graph/base/hash.h"
#include "graph/store/reader.h"
#include "tests/test_util.h"

namespace kg {
namespace {

using testing::TempDir;

std::shared_ptr<const Ontology> TestOntology() {
  static auto o = std::make_shared<const Ontology>(
      Ontology::LoadFile(KG_TEST_SOURCE_DIR "/graph/data/ontology.tsv").value());
  return o;
}

Actor MakeActor(const std::string& id, const std::string& name, ActorKind kind, bool dict = true) {
  Actor a;
  a.id = id;
  a.name = name;
  a.kind = kind;
  a.from_dictionary = dict;
  return a;
}

EventMention MakeMention(const std::string& type, const std::string& src, const std::string& tgt, Date date,
                         uint32_t start, DateBasis basis = DateBasis::kStated) {
  EventMention m;
  m.type = type;
  m.source_id = src;
  m.target_id = tgt;
  m.date = date;
  m.date_basis = basis;
  m.start = start;
  m.end = start + 3;
  m.trigger = "xyz";
  m.confidence = 0.7;
  return m;
}

// An article in which Iran is accused by the United States.
ArticleRecord Accusation(const std::string& id, const std::string& lang, Date date, const std::string& text) {
  ArticleRecord r;
  r.article.id = id;
  r.article.lang = lang;
  r.article.published = "2020-10-22";
  r.article.published_date = Date::Day(2020, 10, 22);
  r.article.text_hash = Hash64(text);
  r.text = text;
  r.actors = {MakeActor("country:IR", "Iran", ActorKind::kCountry),
              MakeActor("country:US", "United States", ActorKind::kCountry)};
  r.actor_mentions = {{"country:IR", id, 0, 4, lang == "ja" ? "イラン" : "Iran", lang, "dictionary", 1.0},
                      {"country:US", id, 5, 7, "US", lang, "dictionary", 1.0}};
  auto m = MakeMention("ACCUSE", "country:US", "country:IR", date, 8);
  m.lang = lang;
  r.event_mentions = {m};
  return r;
}

class StoreTest : public ::testing::Test {
 protected:
  std::unique_ptr<Store> Open(OpenOptions::Mode mode = OpenOptions::Mode::kReadWrite) {
    OpenOptions o;
    o.mode = mode;
    o.ontology = TestOntology();
    auto s = Store::Open(dir_.Sub("db"), o);
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.ok() ? std::move(s).value() : nullptr;
  }
  std::vector<Event> AllEvents(Store& s) {
    std::vector<Event> out;
    EXPECT_OK(s.NewReader()->ForEachEvent([&](const Event& e) {
      out.push_back(e);
      return true;
    }));
    return out;
  }
  TempDir dir_;
};

TEST_F(StoreTest, PutAndReadBack) {
  auto store = Open();
  auto r = store->PutArticle(Accusation("a1", "en", Date::Day(2020, 10, 21), "Iran US accused it."));
  ASSERT_OK(r);
  EXPECT_EQ(r->outcome, PutOutcome::kInserted);
  EXPECT_EQ(r->events_created, 1u);
  auto reader = store->NewReader();
  auto article = reader->GetArticle("a1");
  ASSERT_OK(article);
  ASSERT_TRUE(article->has_value());
  EXPECT_EQ((*article)->lang, "en");
  auto events = AllEvents(*store);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].type, "ACCUSE");
  EXPECT_EQ(events[0].date.ToIso(), "2020-10-21");
  std::vector<std::string> by_target;
  ASSERT_OK(reader->EventsByActor("country:IR", EventRole::kTarget, DayRange::All(), [&](const std::string& id) {
    by_target.push_back(id);
    return true;
  }));
  EXPECT_EQ(by_target, std::vector<std::string>{events[0].id});
  auto ids = reader->FindActorsByName("IRAN");
  ASSERT_OK(ids);
  EXPECT_EQ(*ids, std::vector<std::string>{"country:IR"});
  EXPECT_OK(store->CheckConsistency());
}

TEST_F(StoreTest, SameEventInTwoLanguagesMergesAndGainsConfidence) {
  auto store = Open();
  ASSERT_OK(store->PutArticle(Accusation("en1", "en", Date::Day(2020, 10, 21), "Iran US accused it.")));
  const double before = AllEvents(*store)[0].confidence;
  // Told a day later from another time zone: still the same event.
  auto r = store->PutArticle(Accusation("ja1", "ja", Date::Day(2020, 10, 22), "イラン US 非難した"));
  ASSERT_OK(r);
  EXPECT_EQ(r->events_merged, 1u);
  auto events = AllEvents(*store);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].article_count, 2u);
  EXPECT_GT(events[0].confidence, before);
  auto mentions = store->NewReader()->MentionsOfEvent(events[0].id);
  ASSERT_OK(mentions);
  EXPECT_EQ(mentions->size(), 2u);
  // Iran is one actor with forms in both languages.
  auto iran = store->NewReader()->GetActor("country:IR");
  ASSERT_OK(iran);
  ASSERT_TRUE(iran->has_value());
  EXPECT_GE((*iran)->aliases.size(), 2u);
  EXPECT_OK(store->CheckConsistency());
}

TEST_F(StoreTest, DistinctDatesStayApart) {
  auto store = Open();
  ASSERT_OK(store->PutArticle(Accusation("a", "en", Date::Day(2020, 10, 21), "Iran US accused it.")));
  ASSERT_OK(store->PutArticle(Accusation("b", "en", Date::Day(2020, 3, 2), "Iran US accused it again.")));
  EXPECT_EQ(AllEvents(*store).size(), 2u);
}

TEST_F(StoreTest, ReingestSameArticleChangesNothing) {
  auto store = Open();
  auto rec = Accusation("a1", "en", Date::Day(2020, 10, 21), "Iran US accused it.");
  ASSERT_OK(store->PutArticle(rec));
  std::string before;
  ASSERT_OK(store->ForEachRaw("events", [&](auto k, auto v) {
    before += std::string(k) + std::string(v);
    return true;
  }));
  auto r = store->PutArticle(rec);
  ASSERT_OK(r);
  EXPECT_EQ(r->outcome, PutOutcome::kUnchanged);
  std::string after;
  ASSERT_OK(store->ForEachRaw("events", [&](auto k, auto v) {
    after += std::string(k) + std::string(v);
    return true;
  }));
  EXPECT_EQ(before, after);
}

TEST_F(StoreTest, ChangedTextReplacesCleanly) {
  auto store = Open();
  ASSERT_OK(store->PutArticle(Accusation("a1", "en", Date::Day(2020, 10, 21), "Iran US accused it.")));
  // New version: Russia instead of Iran, another date.
  ArticleRecord v2 = Accusation("a1", "en", Date::Day(2020, 11, 2), "Russia US accused it.");
  v2.actors[0] = MakeActor("country:RU", "Russia", ActorKind::kCountry);
  v2.actor_mentions[0] = {"country:RU", "a1", 0, 6, "Russia", "en", "dictionary", 1.0};
  v2.event_mentions[0].target_id = "country:RU";
  auto r = store->PutArticle(v2);
  ASSERT_OK(r);
  EXPECT_EQ(r->outcome, PutOutcome::kReplaced);
  auto events = AllEvents(*store);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].target_id, "country:RU");
  auto reader = store->NewReader();
  auto iran = reader->GetActor("country:IR");
  ASSERT_OK(iran);
  EXPECT_FALSE(iran->has_value()) << "Iran is no longer mentioned anywhere";
  EXPECT_TRUE(reader->FindActorsByName("Iran")->empty());
  EXPECT_OK(store->CheckConsistency());
}

TEST_F(StoreTest, ReplacementKeepsEventsOtherArticlesStillTell) {
  auto store = Open();
  ASSERT_OK(store->PutArticle(Accusation("en1", "en", Date::Day(2020, 10, 21), "Iran US accused it.")));
  ASSERT_OK(store->PutArticle(Accusation("ja1", "ja", Date::Day(2020, 10, 21), "イラン US 非難した")));
  ASSERT_OK(store->DeleteArticle("en1"));
  auto events = AllEvents(*store);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].article_count, 1u);
  EXPECT_OK(store->CheckConsistency());
  ASSERT_OK(store->DeleteArticle("ja1"));
  EXPECT_TRUE(AllEvents(*store).empty());
  EXPECT_OK(store->CheckConsistency());
  bool any = false;
  for (const char* cf : {"actors", "alias_index", "actor_events", "date_events", "type_events", "actor_aliases"}) {
    ASSERT_OK(store->ForEachRaw(cf, [&](auto, auto) {
      any = true;
      return false;
    }));
    EXPECT_FALSE(any) << cf << " still has entries";
  }
}

TEST_F(StoreTest, FailedBatchLeavesNothing) {
  auto store = Open();
  auto v1 = Accusation("a1", "en", Date::Day(2020, 10, 21), "Iran US accused it.");
  ASSERT_OK(store->PutArticle(v1));
  store->SetBeforeCommitHookForTesting([] { return Status::IOError("injected failure"); });
  auto v2 = Accusation("a1", "en", Date::Day(2021, 1, 1), "A different text.");
  EXPECT_FALSE(store->PutArticle(v2).ok());
  EXPECT_FALSE(store->PutArticle(Accusation("a2", "en", Date::Day(2021, 1, 1), "Other.")).ok());
  store->SetBeforeCommitHookForTesting(nullptr);
  auto reader = store->NewReader();
  EXPECT_FALSE(reader->GetArticle("a2")->has_value());
  auto events = AllEvents(*store);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].date.ToIso(), "2020-10-21") << "the old version must be intact";
  EXPECT_OK(store->CheckConsistency());
}

TEST_F(StoreTest, InvalidRecordIsRejectedBeforeWriting) {
  auto store = Open();
  auto rec = Accusation("a1", "en", Date::Day(2020, 10, 21), "Iran US accused it.");
  rec.event_mentions.push_back(MakeMention("NOT_A_TYPE", "country:US", "", Date(), 1));
  auto r = store->PutArticle(rec);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("NOT_A_TYPE"), std::string::npos);
  EXPECT_FALSE(store->NewReader()->GetArticle("a1")->has_value());
  rec.event_mentions.pop_back();
  rec.event_mentions[0].source_id = "person:nobody";
  EXPECT_FALSE(store->PutArticle(rec).ok());
}

TEST_F(StoreTest, FormatVersionAndLockAreChecked) {
  { auto store = Open(); }
  auto second = Open();
  ASSERT_NE(second, nullptr);
  OpenOptions o;
  o.ontology = TestOntology();
  auto third = Store::Open(dir_.Sub("db"), o);
  ASSERT_FALSE(third.ok());
  EXPECT_NE(third.status().message().find("in use"), std::string::npos) << third.status().ToString();
  auto missing = Store::Open(dir_.Sub("nope"), OpenOptions{OpenOptions::Mode::kReadOnly, false, nullptr});
  ASSERT_FALSE(missing.ok());
  EXPECT_TRUE(missing.status().IsNotFound());
}

TEST_F(StoreTest, ReaderInAnotherInstanceSeesASnapshotWhileWriting) {
  auto writer = Open();
  ASSERT_OK(writer->PutArticle(Accusation("a1", "en", Date::Day(2020, 10, 21), "Iran US accused it.")));
  auto reader_store = Open(OpenOptions::Mode::kReadOnly);
  ASSERT_NE(reader_store, nullptr);
  ASSERT_OK(writer->PutArticle(Accusation("a2", "en", Date::Day(2020, 3, 1), "Iran US accused it again.")));
  auto reader = reader_store->NewReader();
  EXPECT_TRUE(reader->GetArticle("a1")->has_value());
  EXPECT_FALSE(reader->GetArticle("a2")->has_value()) << "the reader's view is fixed at open";
  auto fresh = Open(OpenOptions::Mode::kReadOnly);
  EXPECT_TRUE(fresh->NewReader()->GetArticle("a2")->has_value());
}

TEST_F(StoreTest, IdenticalInputGivesIdenticalStores) {
  TempDir other;
  auto dump = [](Store& s) {
    std::string out;
    for (const char* cf : {"articles", "actors", "events", "event_mentions", "actor_events", "alias_index"}) {
      EXPECT_OK(s.ForEachRaw(cf, [&](auto k, auto v) {
        out += std::string(k) + "=" + std::string(v) + ";";
        return true;
      }));
    }
    return out;
  };
  OpenOptions o;
  o.ontology = TestOntology();
  auto a = Store::Open(dir_.Sub("a"), o).value();
  auto b = Store::Open(other.Sub("b"), o).value();
  for (Store* s : {a.get(), b.get()}) {
    ASSERT_OK(s->PutArticle(Accusation("en1", "en", Date::Day(2020, 10, 21), "Iran US accused it.")));
    ASSERT_OK(s->PutArticle(Accusation("ja1", "ja", Date::Day(2020, 10, 21), "イラン US 非難した")));
  }
  EXPECT_EQ(dump(*a), dump(*b));
}

}  // namespace
}  // namespace kg
