#include "tests/query/export_fixture.h"

#include <gtest/gtest.h>

#include <map>
#include <vector>

#include "graph/base/hash.h"
#include "graph/model/article_record.h"

namespace kg::testing {

namespace {

uint32_t CodePoints(std::string_view s) {
  uint32_t n = 0;
  for (char c : s) n += (static_cast<uint8_t>(c) & 0xC0) != 0x80;
  return n;
}

struct Ev {
  std::string type, source, target;
  Date date;
  std::string sentence, trigger;
  std::string theme = "";
  std::string attributed_to = "";
  std::string time_text = "";
  DateBasis basis = DateBasis::kStated;
  bool negated = false;
};

struct Art {
  std::string id, lang, title, url, published;
  std::vector<Ev> events;
};

Actor MakeActor(const std::string& id, const std::string& name, ActorKind kind, const std::string& country,
                std::vector<Alias> aliases = {}) {
  Actor a;
  a.id = id;
  a.name = name;
  a.kind = kind;
  a.country = country;
  a.from_dictionary = true;
  a.aliases = std::move(aliases);
  return a;
}

// Text is the sentences joined by spaces; offsets are code points, found by
// locating the trigger and time text inside each sentence.
ArticleRecord MakeRecord(const Art& art, const std::map<std::string, Actor>& actors) {
  ArticleRecord r;
  r.article.id = art.id;
  r.article.lang = art.lang;
  r.article.lang_basis = "envelope";
  r.article.title = art.title;
  r.article.url = art.url;
  r.article.source = "Fixture News";
  r.article.published = art.published;
  r.article.published_date = Date::ParseIso(art.published).value();
  std::map<std::string, bool> used;
  for (const Ev& ev : art.events) {
    if (!r.text.empty()) r.text += ' ';
    EventMention m;
    m.article_id = art.id;
    m.lang = art.lang;
    m.sentence = ev.sentence;
    m.sentence_start = CodePoints(r.text);
    m.sentence_end = m.sentence_start + CodePoints(ev.sentence);
    const size_t t = ev.sentence.find(ev.trigger);
    EXPECT_NE(t, std::string::npos) << ev.trigger;
    m.trigger = ev.trigger;
    m.start = m.sentence_start + CodePoints(ev.sentence.substr(0, t));
    m.end = m.start + CodePoints(ev.trigger);
    if (!ev.time_text.empty()) {
      const size_t tt = ev.sentence.find(ev.time_text);
      m.time_text = ev.time_text;
      m.time_start = m.sentence_start + CodePoints(ev.sentence.substr(0, tt));
      m.time_end = m.time_start + CodePoints(ev.time_text);
    }
    m.type = ev.type;
    m.source_id = ev.source;
    m.target_id = ev.target;
    m.attributed_to_id = ev.attributed_to;
    m.theme = ev.theme;
    m.date = ev.date;
    m.date_basis = ev.date.known() ? ev.basis : DateBasis::kNone;
    m.negated = ev.negated;
    m.confidence = 0.8;
    r.text += ev.sentence;
    r.event_mentions.push_back(m);
    for (const std::string* a : {&ev.source, &ev.target, &ev.attributed_to}) {
      if (!a->empty()) used[*a] = true;
    }
  }
  for (const auto& [id, _] : used) {
    const Actor& a = actors.at(id);
    r.actors.push_back(a);
    r.actor_mentions.push_back({id, art.id, 0, 0, a.name, art.lang, "dictionary", 1.0});
  }
  r.article.text_hash = Hash64(r.text);
  r.article.text_length = CodePoints(r.text);
  return r;
}

std::unique_ptr<Store> BuildStore(const std::string& path, const std::vector<Art>& arts,
                                  const std::map<std::string, Actor>& actors) {
  OpenOptions o;
  o.ontology = FixtureOntology();
  auto store = Store::Open(path, o);
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  if (!store.ok()) return nullptr;
  for (const Art& art : arts) {
    auto put = (*store)->PutArticle(MakeRecord(art, actors));
    EXPECT_TRUE(put.ok()) << art.id << ": " << put.status().ToString();
    if (!put.ok()) return nullptr;
  }
  return std::move(store).value();
}

}  // namespace

std::shared_ptr<const Ontology> FixtureOntology() {
  static auto o = std::make_shared<const Ontology>(
      Ontology::LoadFile(KG_TEST_SOURCE_DIR "/graph/data/ontology.tsv").value());
  return o;
}

std::unique_ptr<Store> BuildNewsStore(const std::string& path) {
  std::map<std::string, Actor> actors;
  for (Actor a : {
           MakeActor("country:IR", "Iran", ActorKind::kCountry, "IR",
                     {{"ar", "إيران"}, {"ja", "イラン"}, {"pl", "Iran"}}),
           MakeActor("country:US", "United States", ActorKind::kCountry, "US", {{"en", "US"}}),
           MakeActor("country:RU", "Russia", ActorKind::kCountry, "RU", {{"pl", "Rosja"}, {"ar", "روسيا"}}),
           MakeActor("person:mike_pompeo", "Mike Pompeo", ActorKind::kPerson, "US",
                     {{"ar", "بومبيو"}, {"en", "Pompeo"}, {"ja", "ポンペオ"}}),
           MakeActor("person:john_ratcliffe", "John Ratcliffe", ActorKind::kPerson, "US", {{"en", "Ratcliffe"}}),
           MakeActor("org:fbi", "FBI", ActorKind::kOrganization, "US"),
           MakeActor("group:proud_boys", "Proud Boys", ActorKind::kGroup, "US"),
           MakeActor("name:unknown:voters", "voters", ActorKind::kUnknown, ""),
           MakeActor("person:zarif", "محمد جواد ظريف", ActorKind::kPerson, "IR"),
           MakeActor("person:suga", "菅義偉", ActorKind::kPerson, "JP"),
           MakeActor("person:quote", "Dr. \"Q\" \\ {B} <x>", ActorKind::kPerson, ""),
       }) {
    actors[a.id] = a;
  }
  const std::vector<Art> arts = {
      {"a_en_1", "en", "US officials say Iran sent threatening e-mails", "https://example.com/en/1", "2020-10-22",
       {{.type = "SEND", .source = "country:IR", .target = "name:unknown:voters", .date = Date::Day(2020, 10, 21),
         .sentence = "Ratcliffe said Iran sent threatening e-mails to voters on Wednesday.", .trigger = "sent",
         .theme = "threatening e-mails", .attributed_to = "person:john_ratcliffe", .time_text = "on Wednesday"},
        {.type = "ACCUSE", .source = "country:US", .target = "country:IR", .date = Date::Day(2020, 10, 22),
         .sentence = "The United States accused Iran of interfering.", .trigger = "accused"},
        {.type = "OBTAIN", .source = "country:RU", .target = "", .date = Date::Day(2020, 10, 21),
         .sentence = "Russia obtained voter data.", .trigger = "obtained", .theme = "voter data"},
        {.type = "ATTACK", .source = "country:RU", .target = "country:US", .date = Date::Day(2020, 10, 20),
         .sentence = "Russia did not attack US systems.", .trigger = "attack", .negated = true}}},
      {"a_ar_1", "ar", "اتهامات أمريكية لإيران", "https://example.com/ar/1", "2020-10-22",
       {{.type = "ACCUSE", .source = "country:US", .target = "country:IR", .date = Date::Day(2020, 10, 22),
         .sentence = "اتهمت الولايات المتحدة إيران بالتدخل في الانتخابات.", .trigger = "اتهمت"},
        {.type = "STATEMENT", .source = "person:zarif", .target = "", .date = Date::None(),
         .sentence = "قال محمد جواد ظريف إن الاتهامات كاذبة.", .trigger = "قال"}}},
      {"a_pl_1", "pl", "Pompeo oskarża Rosję", "https://example.com/pl/1", "2020-10-30",
       {{.type = "ACCUSE", .source = "person:mike_pompeo", .target = "country:RU", .date = Date::Month(2020, 10),
         .sentence = "W październiku Pompeo oskarżył Rosję o ingerencję.", .trigger = "oskarżył",
         .time_text = "W październiku"}}},
      {"a_ja_1", "ja", "菅首相、ポンペオ長官と会談", "https://example.com/ja/1", "2020-10-07",
       {{.type = "CONSULT", .source = "person:suga", .target = "person:mike_pompeo", .date = Date::Day(2020, 10, 6),
         .sentence = "菅義偉首相はポンペオ国務長官と会談した。", .trigger = "会談"}}},
      {"a_en_2", "en", "He said \"no\" <b>& {more}", "javascript:alert(1)", "2020-01-15",
       {{.type = "THREATEN", .source = "group:proud_boys", .target = "name:unknown:voters", .date = Date::Year(2020),
         .sentence = "The Proud Boys threatened voters in 2020.", .trigger = "threatened", .time_text = "in 2020"},
        {.type = "INVESTIGATE", .source = "org:fbi", .target = "country:IR", .date = Date::Day(2020, 1, 10),
         .sentence = "The FBI investigated Iran.", .trigger = "investigated"},
        {.type = "ACCUSE", .source = "person:quote", .target = "person:zarif", .date = Date::Day(2019, 5, 1),
         .sentence = "Dr. \"Q\" accused Zarif.", .trigger = "accused"}}},
  };
  return BuildStore(path, arts, actors);
}

std::unique_ptr<Store> BuildAnalysisStore(const std::string& path) {
  std::map<std::string, Actor> actors;
  for (char c = 'A'; c <= 'I'; ++c) {
    const std::string name(1, c);
    actors["person:" + name] = MakeActor("person:" + name, name, ActorKind::kPerson, "");
  }
  auto ev = [](const char* type, char s, char t, Date d) {
    Ev e;
    e.type = type;
    e.source = std::string("person:") + s;
    if (t) e.target = std::string("person:") + t;
    e.date = d;
    e.sentence = std::string(1, s) + " did it.";
    e.trigger = "did";
    return e;
  };
  const std::vector<Art> arts = {
      {"g1", "en", "Graph one", "https://example.com/g1", "2020-10-10",
       {ev("ACCUSE", 'B', 'A', Date::Day(2020, 10, 1)), ev("ACCUSE", 'C', 'A', Date::Day(2020, 10, 2)),
        ev("ACCUSE", 'D', 'A', Date::Day(2020, 10, 3)), ev("ACCUSE", 'E', 'A', Date::Day(2020, 10, 4)),
        ev("THREATEN", 'A', 'B', Date::Day(2020, 10, 5)), ev("SEND", 'E', 'F', Date::Day(2020, 10, 6))}},
      {"g2", "en", "Graph two", "https://example.com/g2", "2021-01-02",
       {ev("CONSULT", 'G', 'H', Date::Day(2021, 1, 1)), ev("STATEMENT", 'I', 0, Date::Day(2021, 1, 1))}},
  };
  return BuildStore(path, arts, actors);
}

}  // namespace kg::testing
