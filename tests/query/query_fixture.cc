#include "tests/query/query_fixture.h"

#include <cstdlib>
#include <filesystem>
#include <map>
#include <stdexcept>

#include "graph/base/hash.h"

#include "tests/test_util.h"

namespace kg::testing {

namespace {

uint32_t CodePoints(std::string_view s) {
  uint32_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

Actor DictActor(const std::string& id, const std::string& name, ActorKind kind, const std::string& country,
                std::vector<Alias> aliases) {
  Actor a;
  a.id = id;
  a.name = name;
  a.kind = kind;
  a.country = country;
  a.from_dictionary = true;
  a.aliases = std::move(aliases);
  return a;
}

const std::map<std::string, Actor>& Actors() {
  static const std::map<std::string, Actor> m = [] {
    std::map<std::string, Actor> out;
    auto add = [&](Actor a) { out[a.id] = std::move(a); };
    add(DictActor("country:IR", "Iran", ActorKind::kCountry, "IR",
                  {{"ar", "إيران"}, {"ja", "イラン"}, {"pl", "Iran"}, {"en", "Iran"}}));
    add(DictActor("country:RU", "Russia", ActorKind::kCountry, "RU",
                  {{"ar", "روسيا"}, {"ja", "ロシア"}, {"pl", "Rosja"}, {"en", "Russia"}}));
    add(DictActor("country:US", "United States", ActorKind::kCountry, "US",
                  {{"ar", "الولايات المتحدة"},
                   {"ja", "アメリカ"},
                   {"ja", "米国"},
                   {"pl", "Stany Zjednoczone"},
                   {"en", "U.S."},
                   {"en", "United States"}}));
    add(DictActor("country:CN", "China", ActorKind::kCountry, "CN",
                  {{"ar", "الصين"}, {"ja", "中国"}, {"pl", "Chiny"}}));
    add(DictActor("person:mike_pompeo", "Mike Pompeo", ActorKind::kPerson, "US",
                  {{"ar", "بومبيو"}, {"ja", "ポンペオ"}, {"en", "Pompeo"}}));
    add(DictActor("person:john_ratcliffe", "John Ratcliffe", ActorKind::kPerson, "US",
                  {{"ar", "راتكليف"}, {"ja", "ラトクリフ"}, {"en", "Ratcliffe"}}));
    add(DictActor("org:fbi", "FBI", ActorKind::kOrganization, "US", {{"ja", "連邦捜査局"}}));
    add(DictActor("group:proud_boys", "Proud Boys", ActorKind::kGroup, "US", {{"ja", "プラウド・ボーイズ"}}));
    Actor wray;
    wray.id = "name:person:christopher_wray";
    wray.name = "Christopher Wray";
    wray.kind = ActorKind::kPerson;
    add(wray);
    return out;
  }();
  return m;
}

class ArticleBuilder {
 public:
  ArticleBuilder(const std::string& id, const std::string& lang, const std::string& published, const std::string& title,
                 const std::string& text) {
    r_.article.id = id;
    r_.article.lang = lang;
    r_.article.lang_basis = "envelope";
    r_.article.published = published;
    r_.article.published_date = Date::ParseIso(published).value();
    r_.article.title = title;
    r_.article.source = lang == "ja" ? "NHK" : lang == "ar" ? "Al Jazeera" : lang == "pl" ? "PAP" : "Reuters";
    r_.article.url = "https://news.example/" + id;
    r_.article.text_hash = Hash64(text);
    r_.text = text;
  }

  // Mentions `actor_id` where `surface` first occurs in the text.
  ArticleBuilder& Mention(const std::string& actor_id, const std::string& surface) {
    AddActor(actor_id);
    const size_t at = r_.text.find(surface);
    if (at == std::string::npos) throw std::logic_error("fixture: '" + surface + "' not in " + r_.article.id);
    ActorMention m;
    m.actor_id = actor_id;
    m.article_id = r_.article.id;
    m.start = CodePoints(std::string_view(r_.text).substr(0, at));
    m.end = m.start + CodePoints(surface);
    m.text = surface;
    m.lang = r_.article.lang;
    m.link = Actors().at(actor_id).from_dictionary ? "dictionary" : "name";
    m.confidence = 0.9;
    r_.actor_mentions.push_back(m);
    return *this;
  }

  // An event mention triggered by `trigger` (first occurrence in the text).
  ArticleBuilder& Event(const std::string& type, const std::string& trigger, const std::string& source,
                        const std::string& target, Date date, DateBasis basis = DateBasis::kStated,
                        const std::string& attributed_to = "", bool negated = false, const std::string& theme = "") {
    for (const auto* id : {&source, &target, &attributed_to}) {
      if (!id->empty()) AddActor(*id);
    }
    const size_t at = r_.text.find(trigger);
    if (at == std::string::npos) throw std::logic_error("fixture: '" + trigger + "' not in " + r_.article.id);
    EventMention m;
    m.article_id = r_.article.id;
    m.lang = r_.article.lang;
    m.sentence = r_.text;
    m.sentence_start = 0;
    m.sentence_end = CodePoints(r_.text);
    m.trigger = trigger;
    m.start = CodePoints(std::string_view(r_.text).substr(0, at));
    m.end = m.start + CodePoints(trigger);
    m.type = type;
    m.source_id = source;
    m.target_id = target;
    m.attributed_to_id = attributed_to;
    m.theme = theme;
    m.date = date;
    m.date_basis = basis;
    m.negated = negated;
    m.confidence = 0.8;
    r_.event_mentions.push_back(m);
    return *this;
  }

  const ArticleRecord& record() {
    r_.article.event_count = static_cast<uint32_t>(r_.event_mentions.size());
    return r_;
  }

 private:
  void AddActor(const std::string& id) {
    for (const auto& a : r_.actors) {
      if (a.id == id) return;
    }
    r_.actors.push_back(Actors().at(id));
  }
  ArticleRecord r_;
};

}  // namespace

std::shared_ptr<const Ontology> QueryTestOntology() {
  static auto o =
      std::make_shared<const Ontology>(Ontology::LoadFile(KG_TEST_SOURCE_DIR "/graph/data/ontology.tsv").value());
  return o;
}

Status BuildQueryTestGraph(Store* store) {
  std::vector<ArticleRecord> records;
  {
    ArticleBuilder b("en-1", "en", "2020-10-22", "US says Iran sent threatening e-mails to voters",
                     "Director of National Intelligence John Ratcliffe said Iran sent threatening e-mails to "
                     "U.S. voters on Wednesday. Ratcliffe accused Iran and Russia of obtaining voter data; "
                     "Iran obtained registration records in October.");
    b.Mention("person:john_ratcliffe", "John Ratcliffe")
        .Mention("country:IR", "Iran")
        .Mention("country:US", "U.S.")
        .Mention("country:RU", "Russia")
        .Event("SEND", "sent", "country:IR", "country:US", Date::Day(2020, 10, 21), DateBasis::kStated, "", false,
               "threatening e-mails")
        .Event("ACCUSE", "accused", "person:john_ratcliffe", "country:IR", Date::Day(2020, 10, 21))
        .Event("ACCUSE", "accused Iran and Russia", "person:john_ratcliffe", "country:RU", Date::Day(2020, 10, 21))
        .Event("OBTAIN", "obtained", "country:IR", "", Date::Month(2020, 10), DateBasis::kStated, "", false,
               "registration records");
    records.push_back(b.record());
  }
  {
    ArticleBuilder b(
        "ar-1", "ar", "2020-10-22", "راتكليف يتهم إيران بإرسال رسائل تهديد",
        "اتهم جون راتكليف إيران بإرسال رسائل تهديد إلى الناخبين. ونفت إيران ذلك في بيان للولايات المتحدة.");
    b.Mention("person:john_ratcliffe", "راتكليف")
        .Mention("country:IR", "إيران")
        .Mention("country:US", "للولايات المتحدة")
        .Event("ACCUSE", "اتهم", "person:john_ratcliffe", "country:IR", Date::Day(2020, 10, 21))
        .Event("DENY", "ونفت", "country:IR", "country:US", Date::Day(2020, 10, 22));
    records.push_back(b.record());
  }
  {
    ArticleBuilder b(
        "ja-1", "ja", "2020-10-23", "ラトクリフ長官、ロシアを非難",
        "ラトクリフ長官はロシアを非難した。プラウド・ボーイズを名乗るメールはアメリカの有権者を脅迫した。");
    b.Mention("person:john_ratcliffe", "ラトクリフ")
        .Mention("country:RU", "ロシア")
        .Mention("group:proud_boys", "プラウド・ボーイズ")
        .Mention("country:US", "アメリカ")
        .Event("ACCUSE", "非難", "person:john_ratcliffe", "country:RU", Date::Day(2020, 10, 21))
        .Event("THREATEN", "脅迫", "group:proud_boys", "country:US", Date::Month(2020, 10));
    records.push_back(b.record());
  }
  {
    ArticleBuilder b("pl-1", "pl", "2020-10-24", "Pompeo o sankcjach wobec Iranu",
                     "Pompeo wypowiedział się o Iranu. Według Pompeo Stany Zjednoczone nałożyły sankcje na Iran. "
                     "W 2020 roku Stany Zjednoczone oskarżyły Rosję i Rosji dyplomatów.");
    b.Mention("person:mike_pompeo", "Pompeo")
        .Mention("country:IR", "Iranu")
        .Mention("country:US", "Stany Zjednoczone")
        .Mention("country:RU", "Rosję")
        .Mention("country:RU", "Rosji")
        .Event("STATEMENT", "wypowiedział", "person:mike_pompeo", "country:IR", Date::Day(2020, 10, 24),
               DateBasis::kPublication)
        .Event("SANCTION", "sankcje", "country:US", "country:IR", Date::Day(2020, 10, 22), DateBasis::kStated,
               "person:mike_pompeo")
        .Event("ACCUSE", "oskarżyły", "country:US", "country:RU", Date::Year(2020));
    records.push_back(b.record());
  }
  {
    ArticleBuilder b("en-2", "en", "2020-03-02", "Russia and China deepen ties",
                     "Russia agreed to cooperate with China on Sunday. China did not accuse the U.S. of anything. "
                     "The FBI is investigating Russia.");
    b.Mention("country:RU", "Russia")
        .Mention("country:CN", "China")
        .Mention("country:US", "U.S.")
        .Mention("org:fbi", "FBI")
        .Event("COOPERATE", "cooperate", "country:RU", "country:CN", Date::Day(2020, 3, 1))
        .Event("ACCUSE", "accuse", "country:CN", "country:US", Date::Day(2020, 3, 2), DateBasis::kStated, "", true)
        .Event("INVESTIGATE", "investigating", "org:fbi", "country:RU", Date::None(), DateBasis::kNone);
    records.push_back(b.record());
  }
  {
    ArticleBuilder b("en-3", "en", "2020-10-21", "FBI director speaks",
                     "Christopher Wray announced new measures for the United States. كريستوفر راي");
    b.Mention("name:person:christopher_wray", "Christopher Wray")
        .Mention("name:person:christopher_wray", "كريستوفر راي")
        .Mention("country:US", "United States")
        .Event("ANNOUNCE", "announced", "name:person:christopher_wray", "country:US", Date::Day(2020, 10, 21));
    records.push_back(b.record());
  }
  for (const auto& r : records) {
    auto put = store->PutArticle(r);
    if (!put.ok()) return put.status();
  }
  return Status::OK();
}

QueryTestGraph& QueryTestGraph::Get() {
  // Destroyed at exit before the TempDir in the constructor (constructed
  // later, destroyed earlier), so the store closes before its files go.
  static QueryTestGraph graph;
  return graph;
}

QueryTestGraph::QueryTestGraph() {
  // A directory of our own, removed by the TempDir below at exit.
  static TempDir dir;
  path_ = dir.Sub("graph.db");
  OpenOptions o;
  o.ontology = QueryTestOntology();
  auto store = Store::Open(path_, o);
  if (!store.ok()) throw std::runtime_error(store.status().ToString());
  store_ = std::move(store).value();
  const Status s = BuildQueryTestGraph(store_.get());
  if (!s.ok()) throw std::runtime_error(s.ToString());
  reader_ = store_->NewReader();
}

}  // namespace kg::testing
