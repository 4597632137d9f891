#include "ingest/actors/actor_resolver.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "graph/text/fold.h"
#include "ingest/actors/actor_item.h"
#include "ingest/actors/alias_index.h"
#include "ingest/actors/matcher.h"
#include "ingest/actors/phonetic_key.h"
#include "ingest/text/arabic_clitics.h"

namespace kg::ingest {

ActorResolver::ActorResolver(const Dictionary& dict, const AliasIndex& index, const NameLexicon& lexicon,
                             const Analyzer& analyzer)
    : dict_(dict), index_(index), lexicon_(lexicon), analyzer_(analyzer) {
  const auto& entries = dict_.entries();
  for (uint32_t i = 0; i < entries.size(); ++i) {
    const DictionaryEntry& e = entries[i];
    if (e.entry_class != EntryClass::kActor || e.kind != ActorKind::kPerson) continue;
    for (const auto& [lang, list] : e.aliases) {
      for (const std::string& alias : list) {
        const NameKey k = MakeNameKey(alias, lang);
        if (k.skeletons.empty()) continue;
        if (k.skeletons.size() >= 2 && !k.weak) person_full_keys_.emplace(JoinKey(k.skeletons), i);
        auto& v = person_last_keys_[k.skeletons.back()];
        if (std::find(v.begin(), v.end(), i) == v.end()) v.push_back(i);
      }
    }
  }
}

std::vector<ActorResolver::Item> ActorResolver::ItemsFromMatches(const std::vector<DictMatch>& matches) const {
  const auto& entries = dict_.entries();
  // Entries named unambiguously somewhere in the article settle ambiguous
  // short names elsewhere ("Trump" after "Donald Trump").
  std::set<uint32_t> settled;
  for (const DictMatch& m : matches) {
    if (m.hits.size() == 1) settled.insert(m.hits[0].entry);
  }
  std::vector<Item> items;
  for (const DictMatch& m : matches) {
    Item it;
    it.token_begin = m.token_begin;
    it.token_end = m.token_end;
    it.begin = m.begin;
    it.end = m.end;
    it.form = m.form;
    for (const AliasHit& h : m.hits) it.entries.push_back(h.entry);
    std::stable_partition(it.entries.begin(), it.entries.end(), [&](uint32_t e) { return settled.count(e) > 0; });
    const DictionaryEntry& e = entries[it.entries[0]];
    if (m.form != AliasForm::kName) {
      it.kind = ItemKind::kModifier;
      it.link = m.form == AliasForm::kDemonym ? "demonym" : "prefix";
      it.confidence = 0.7;
    } else if (e.entry_class == EntryClass::kTitle) {
      it.kind = ItemKind::kTitle;
    } else if (e.entry_class == EntryClass::kAgent) {
      it.kind = ItemKind::kAgent;
    } else if (e.entry_class == EntryClass::kPlace) {
      it.kind = ItemKind::kActor;
      it.absorbed = true;  // a region: no actor, but not an unknown name either
    } else {
      it.kind = ItemKind::kActor;
      it.link = "dictionary";
      it.confidence = it.entries.size() > 1 && !settled.count(it.entries[0]) ? 0.6 : 1.0;
    }
    items.push_back(std::move(it));
  }
  return items;
}

namespace {

// True when only connecting material lies between token a_end and b_begin:
// nothing, Japanese の, or (for appositions) a comma or "the".
bool Adjacent(const Document& doc, uint32_t a_end, uint32_t b_begin, bool apposition) {
  if (a_end > b_begin || b_begin - a_end > 2) return false;
  for (uint32_t t = a_end; t < b_begin; ++t) {
    const std::string_view sf = doc.Surface(doc.tokens[t]);
    const bool ok = (doc.lang == "ja" && sf == "の") ||
                    (apposition && (sf == "," || sf == "\u060C" || sf == "\u3001" || doc.tokens[t].norm == "the"));
    if (!ok) return false;
  }
  return true;
}

}  // namespace

void ActorResolver::AttachModifiers(const Document& doc, std::vector<Item>* items) const {
  const auto& entries = dict_.entries();
  auto country_of = [&](const Item& it) -> const DictionaryEntry* {
    if (it.absorbed) return nullptr;
    if (it.kind == ItemKind::kModifier) return &entries[it.entries[0]];
    if (it.kind == ItemKind::kActor && entries[it.entries[0]].kind == ActorKind::kCountry) return &entries[it.entries[0]];
    return nullptr;
  };
  auto& v = *items;
  // A person's country, for "the Trump administration" / "إدارة ترامب" /
  // "administracja Trumpa" / "トランプ政権": a group of the person's country.
  auto country_of_person = [&](const Item& it) -> const DictionaryEntry* {
    if (it.absorbed || it.kind != ItemKind::kActor || entries[it.entries[0]].kind != ActorKind::kPerson) return nullptr;
    const std::string& cc = entries[it.entries[0]].country;
    return cc.empty() ? nullptr : dict_.Find("country:" + cc);
  };
  // "citizens of Russia", "hackers from Iran", "مواطنين من روسيا".
  auto of_country = [&](size_t i) -> const DictionaryEntry* {
    if (i + 1 >= v.size() || !country_of(v[i + 1])) return nullptr;
    const uint32_t gap_b = v[i].token_end, gap_e = v[i + 1].token_begin;
    if (gap_e != gap_b + 1) return nullptr;
    const std::string& w = doc.tokens[gap_b].norm;
    const bool linking = (doc.lang == "en" && (w == "of" || w == "from")) ||
                         (doc.lang == "ar" && w == FoldForMatch("من")) || (doc.lang == "pl" && w == "z");
    return linking ? country_of(v[i + 1]) : nullptr;
  };
  for (size_t i = 0; i < v.size(); ++i) {
    if (v[i].kind != ItemKind::kAgent || v[i].absorbed) continue;
    if (const DictionaryEntry* c = of_country(i)) {
      v[i].country = c;
      v[i].end = v[i + 1].end;
      v[i].token_end = v[i + 1].token_end;
      v[i + 1].absorbed = true;
      continue;
    }
    const bool after = doc.lang == "ar" || doc.lang == "pl";
    const size_t j = after ? i + 1 : i - 1;
    if ((after ? i + 1 < v.size() : i > 0) && country_of_person(v[j]) &&
        (after ? Adjacent(doc, v[i].token_end, v[j].token_begin, false)
               : Adjacent(doc, v[j].token_end, v[i].token_begin, false))) {
      v[i].country = country_of_person(v[j]);  // the person stays a mention of its own
    }
  }
  // Before the noun in en, pl and ja ("US voters", "米国の有権者", "米国務長官");
  // after it in ar and pl ("الناخبين الأمريكيين", "wywiadu USA").
  for (size_t i = 0; i < v.size(); ++i) {
    if (v[i].kind != ItemKind::kTitle && v[i].kind != ItemKind::kAgent) continue;
    if (v[i].country) continue;
    if (i > 0 && doc.lang != "ar" && country_of(v[i - 1]) && Adjacent(doc, v[i - 1].token_end, v[i].token_begin, false)) {
      v[i].country = country_of(v[i - 1]);
      v[i].begin = v[i - 1].begin;
      v[i].token_begin = v[i - 1].token_begin;
      v[i - 1].absorbed = true;
    } else if (i + 1 < v.size() && (doc.lang == "ar" || doc.lang == "pl") && country_of(v[i + 1]) &&
               Adjacent(doc, v[i].token_end, v[i + 1].token_begin, false)) {
      v[i].country = country_of(v[i + 1]);
      v[i].end = v[i + 1].end;
      v[i].token_end = v[i + 1].token_end;
      v[i + 1].absorbed = true;
    }
  }
  // A nationality adjective next to a person's name ("Chinese counterpart
  // Wang Yi", "نظيره الصيني وانغ يي") describes the person; it is not an actor
  // of the sentence.
  for (size_t i = 0; i < v.size(); ++i) {
    if (v[i].absorbed || v[i].kind != ItemKind::kModifier) continue;
    for (size_t j : {i + 1, i - 1}) {
      if (j >= v.size() || v[j].absorbed) continue;
      const bool person = v[j].kind == ItemKind::kUnknown ||
                          (v[j].kind == ItemKind::kActor && entries[v[j].entries[0]].kind == ActorKind::kPerson);
      const bool adjacent = j > i ? Adjacent(doc, v[i].token_end, v[j].token_begin, false)
                                  : Adjacent(doc, v[j].token_end, v[i].token_begin, false);
      if (person && adjacent) {
        v[i].absorbed = true;
        break;
      }
    }
  }
}

void ActorResolver::LinkTitlesToNames(const Document& doc, std::vector<Item>* items) const {
  const auto& entries = dict_.entries();
  auto& v = *items;
  auto is_person = [&](const Item& it) {
    if (it.absorbed) return false;
    if (it.kind == ItemKind::kUnknown) return true;
    return it.kind == ItemKind::kActor && entries[it.entries[0]].kind == ActorKind::kPerson;
  };
  // Neighbours, skipping items merged into others.
  auto next = [&](size_t i) -> int {
    for (size_t k = i + 1; k < v.size(); ++k) {
      if (!v[k].absorbed) return static_cast<int>(k);
    }
    return -1;
  };
  auto prev = [&](size_t i) -> int {
    for (size_t k = i; k-- > 0;) {
      if (!v[k].absorbed) return static_cast<int>(k);
    }
    return -1;
  };
  for (size_t i = 0; i < v.size(); ++i) {
    Item& it = v[i];
    if (it.absorbed || it.kind != ItemKind::kTitle) continue;
    // Name before title: ポンペオ国務長官, ラトクリフ氏, "John Ratcliffe, director of ...".
    // Title before name: "Secretary of State Mike Pompeo", "وزير الخارجية مايك بومبيو",
    // "国家情報長官ジョン・ラトクリフ氏" (Japanese prefers the suffix reading).
    const int p = prev(i);
    int n = next(i);
    // "spokesperson for the ministry Ahmed X", "المتحدث باسم الوزارة أحمد ...",
    // "رئيسة المفوضية الأوروبية أورسولا فون دير لاين": the title's affiliation
    // sits between title and name.
    if (doc.lang != "ja" && n >= 0 && !is_person(v[n]) && v[n].kind != ItemKind::kTitle &&
        Adjacent(doc, it.token_end, v[n].token_begin, false)) {
      const int n2 = next(n);
      if (n2 >= 0 && is_person(v[n2]) && Adjacent(doc, v[n].token_end, v[n2].token_begin, false)) n = n2;
    }
    const bool before = p >= 0 && is_person(v[p]) && Adjacent(doc, v[p].token_end, it.token_begin, true);
    const bool after = n >= 0 && is_person(v[n]) &&
                       (Adjacent(doc, it.token_end, v[n].token_begin, false) || next(i) != n);
    if (doc.lang == "ja" ? before : after) {
      it.person = doc.lang == "ja" ? p : n;
    } else if (before || after) {
      it.person = before ? p : n;
    } else if (doc.lang == "ar") {
      // "الخبير العسكري العميد المتقاعد نبيل ملحم", "أستاذ العلوم السياسية
      // يوسف المري": qualifiers, other titles and the field of the title
      // stand between it and the name.
      int k = next(i);
      for (int hops = 0; k >= 0 && hops < 3; ++hops, k = next(k)) {
        bool words_only = v[k].token_begin - it.token_end <= 6;
        for (uint32_t t = it.token_end; words_only && t < v[k].token_begin; ++t) words_only = doc.tokens[t].is_word;
        if (!words_only) break;
        if (is_person(v[k])) {
          it.person = k;
          break;
        }
        if (v[k].kind != ItemKind::kTitle && v[k].kind != ItemKind::kModifier) break;
      }
    }
    if (it.person >= 0 && v[it.person].kind == ItemKind::kUnknown) {
      v[it.person].name.kind = ActorKind::kPerson;
      v[it.person].confidence = std::max(v[it.person].confidence, 0.7);
    }
  }
}

std::string ActorResolver::AgentActor(const DictionaryEntry& agent, const DictionaryEntry* country,
                                      ActorAnalysis* out) const {
  Actor a;
  a.kind = ActorKind::kGroup;
  a.id = agent.id;
  a.name = agent.name;
  if (country) {
    a.id += "@" + country->country;
    auto dem = country->demonyms.find("en");
    a.name = (dem != country->demonyms.end() && !dem->second.empty() ? dem->second[0] : country->name) + " " + agent.name;
    a.country = country->country;
  }
  a.from_dictionary = true;
  out->actors.emplace(a.id, a);
  return a.id;
}

std::string ActorResolver::TitleActor(const DictionaryEntry& title, const DictionaryEntry* country,
                                      ActorAnalysis* out) const {
  Actor a;
  a.kind = title.kind == ActorKind::kUnknown ? ActorKind::kPerson : title.kind;
  a.id = title.id + (country ? "@" + country->country : "");
  a.name = country ? country->name + " " + title.name : title.name;
  a.country = country ? country->country : title.country;
  a.from_dictionary = true;
  out->actors.emplace(a.id, a);
  return a.id;
}

void ActorResolver::ResolveTitlesAndAgents(std::vector<Item>* items, ActorAnalysis* out) const {
  const auto& entries = dict_.entries();
  auto& v = *items;
  std::map<std::string, std::string> last_holder;  // title id -> the last person named with it
  for (Item& it : v) {
    if (it.absorbed) continue;
    if (it.kind == ItemKind::kAgent) {
      it.actor_id = AgentActor(entries[it.entries[0]], it.country, out);
      it.link = "agent";
      it.confidence = 0.8;
    } else if (it.kind == ItemKind::kTitle) {
      const DictionaryEntry& title = entries[it.entries[0]];
      if (it.person >= 0 && !v[it.person].actor_id.empty()) {
        it.actor_id = v[it.person].actor_id;
        it.link = "title";
        it.confidence = 0.9;
        last_holder[title.id] = it.actor_id;
        auto a = out->actors.find(it.actor_id);
        if (a != out->actors.end()) {
          if (a->second.kind == ActorKind::kUnknown) a->second.kind = ActorKind::kPerson;
          if (a->second.country.empty() && it.country) a->second.country = it.country->country;
        }
      } else if (auto held = last_holder.find(title.id); held != last_holder.end()) {
        it.actor_id = held->second;
        it.link = "coref";
        it.confidence = 0.7;
      } else {
        it.actor_id = TitleActor(title, it.country, out);
        it.link = "title";
        it.confidence = 0.6;
      }
    } else if (it.kind == ItemKind::kActor || it.kind == ItemKind::kModifier) {
      const DictionaryEntry& e = entries[it.entries[0]];
      it.actor_id = e.id;
      out->actors.emplace(e.id, dict_.ToActor(e));
    }
  }
}

// A press writes its own country's institutions bare: 政府 and 首相 in
// Japanese news are Japan's, rząd and premier in Polish news Poland's
// (names lexicon: home_country, domestic). A bare one with no country and no
// holder in the text takes the home country.
void ActorResolver::DefaultToHomeCountry(const Document& doc, std::vector<Item>* items) const {
  const auto& home = lexicon_.Words(doc.lang, "home_country");
  if (home.size() != 1) return;
  std::string code = *home.begin();
  for (char& c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  const DictionaryEntry* country = dict_.Find("country:" + code);
  if (!country) return;
  for (Item& it : *items) {
    if (it.absorbed || it.country || (it.kind != ItemKind::kAgent && it.kind != ItemKind::kTitle)) continue;
    if (it.kind == ItemKind::kTitle && it.person >= 0) continue;
    const std::string written = FoldForMatch(doc.text.substr(it.begin, it.end - it.begin));
    if (lexicon_.Has(doc.lang, "domestic", written)) it.country = country;
  }
}

// "John Sullivan" is not Jake Sullivan: a surname alias right after a given
// name that is not the dictionary person's own is someone else, whom the
// unknown-name finder then reads whole.
void ActorResolver::DropSurnameClashes(const Document& doc, std::vector<DictMatch>* matches) const {
  const auto& entries = dict_.entries();
  std::vector<bool> covered(doc.tokens.size(), false);
  for (const DictMatch& m : *matches) {
    for (uint32_t t = m.token_begin; t < m.token_end; ++t) covered[t] = true;
  }
  std::set<std::string> clashed;  // surnames taken by someone else in this article
  std::erase_if(*matches, [&](const DictMatch& m) {
    if (m.token_end - m.token_begin != 1 || m.token_begin == 0 || m.hits.empty()) return false;
    // Later, the surname alone is still that other person ("Sullivan left").
    if (clashed.count(doc.tokens[m.token_begin].norm)) return true;
    uint32_t p = m.token_begin - 1;
    if (doc.lang == "ja" && p > 0 && (doc.Surface(doc.tokens[p]) == "・" || doc.Surface(doc.tokens[p]) == "･")) --p;
    const Token& prev = doc.tokens[p];
    if (covered[p] || !prev.is_word || doc.tokens[p].sentence != doc.tokens[m.token_begin].sentence) return false;
    // The given name as written, or (Polish) its nominative: "Johnowi".
    std::string given;
    for (const std::string& form : doc.lang == "pl" ? PolishNameBases(prev.norm) : std::vector<std::string>{prev.norm}) {
      if (given.empty() && lexicon_.Has(doc.lang, "given_name", form)) given = form;
    }
    if (given.empty()) return false;
    for (const AliasHit& h : m.hits) {
      const DictionaryEntry& e = entries[h.entry];
      if (e.kind != ActorKind::kPerson || e.entry_class != EntryClass::kActor) return false;
      auto al = e.aliases.find(doc.lang);
      if (al == e.aliases.end()) continue;
      for (const std::string& a : al->second) {
        if (FoldForMatch(a).rfind(given, 0) == 0) return false;  // the person's own given name
      }
    }
    clashed.insert(doc.tokens[m.token_begin].norm);
    return true;
  });
}

ActorAnalysis ActorResolver::Resolve(const Document& doc) const {
  ActorAnalysis out;
  std::vector<DictMatch> matches = FindDictionaryMatches(doc, index_, lexicon_, analyzer_);
  DropSurnameClashes(doc, &matches);
  std::vector<Item> items = ItemsFromMatches(matches);
  for (const NameSpan& n : FindUnknownNames(doc, matches, lexicon_, analyzer_)) {
    Item it;
    it.token_begin = n.token_begin;
    it.token_end = n.token_end;
    it.begin = n.begin;
    it.end = n.end;
    it.kind = ItemKind::kUnknown;
    it.name = n;
    it.confidence = n.confidence;
    it.link = "name";
    items.push_back(std::move(it));
  }
  std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.token_begin < b.token_begin; });
  AttachModifiers(doc, &items);
  LinkTitlesToNames(doc, &items);
  ResolveUnknownNames(doc, &items, &out);
  // Dictionary people first get their ids, so titles can point at them.
  for (Item& it : items) {
    if (!it.absorbed && it.kind == ItemKind::kActor) {
      it.actor_id = dict_.entries()[it.entries[0]].id;
      out.actors.emplace(it.actor_id, dict_.ToActor(dict_.entries()[it.entries[0]]));
    }
  }
  DefaultToHomeCountry(doc, &items);
  ResolveTitlesAndAgents(&items, &out);
  for (const Item& it : items) {
    if (it.absorbed || it.actor_id.empty()) continue;
    ResolvedMention m;
    m.token_begin = it.token_begin;
    m.token_end = it.token_end;
    m.begin = it.begin;
    m.end = it.end;
    m.actor_id = it.actor_id;
    m.link = it.link;
    m.confidence = it.confidence;
    switch (it.kind) {
      case ItemKind::kModifier: m.role = MentionRole::kDemonym; break;
      case ItemKind::kAgent: m.role = MentionRole::kAgent; break;
      case ItemKind::kTitle: m.role = MentionRole::kTitle; break;
      default: m.role = MentionRole::kName;
    }
    out.mentions.push_back(std::move(m));
  }
  std::sort(out.mentions.begin(), out.mentions.end(),
            [](const ResolvedMention& a, const ResolvedMention& b) { return a.begin < b.begin; });
  AddAnaphors(doc, &out);
  return out;
}

}  // namespace kg::ingest
