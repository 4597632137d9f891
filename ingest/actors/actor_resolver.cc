#include "ingest/actors/actor_resolver.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "graph/text/fold.h"
#include "ingest/actors/matcher.h"
#include "ingest/actors/phonetic_key.h"
#include "ingest/text/arabic_clitics.h"

namespace kg::ingest {

namespace {

enum class ItemKind { kActor, kTitle, kAgent, kModifier, kUnknown };

std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> out;
  std::string w;
  for (char c : s) {
    if (c == ' ' || c == '-') {
      if (!w.empty()) out.push_back(w);
      w.clear();
    } else {
      w.push_back(c);
    }
  }
  if (!w.empty()) out.push_back(w);
  return out;
}

std::string JoinKey(const std::vector<std::string>& parts) {
  std::string s;
  for (size_t i = 0; i < parts.size(); ++i) s += (i ? "-" : "") + parts[i];
  return s;
}

}  // namespace

// One candidate mention while the resolver works on an article.
struct ActorResolver::Item {
  uint32_t token_begin = 0, token_end = 0, begin = 0, end = 0;
  ItemKind kind = ItemKind::kActor;
  std::vector<uint32_t> entries;             // dictionary entries, the chosen one first
  const DictionaryEntry* country = nullptr;  // a country modifier attached to a title or agent
  AliasForm form = AliasForm::kName;
  NameSpan name;                              // for kUnknown
  int person = -1;                            // for a title: the item of the person it names
  std::string actor_id;
  std::string link;
  double confidence = 1.0;
  bool absorbed = false;  // merged into a neighbour
};

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
    }
    if (it.person >= 0 && v[it.person].kind == ItemKind::kUnknown) {
      v[it.person].name.kind = ActorKind::kPerson;
      v[it.person].confidence = std::max(v[it.person].confidence, 0.7);
    }
  }
}

// The form of a name its key is made from: as written, except that Polish
// inflected words go back to the nominative Hunspell knows ("Donalda Trumpa"
// -> "Donald Trump"), so every case of a name gets one key.
std::string ActorResolver::KeySurface(const Document& doc, const Item& it) const {
  if (doc.lang != "pl") return std::string(doc.text.substr(it.begin, it.end - it.begin));
  std::string out;
  for (uint32_t t = it.token_begin; t < it.token_end; ++t) {
    const Token& tok = doc.tokens[t];
    if (!tok.is_word) continue;
    std::string word(doc.Surface(tok));
    if (auto apo = word.find('\''); apo != std::string::npos) word.resize(apo);  // Ratcliffe'a
    const std::string* best = nullptr;
    const auto stems = analyzer_.polish()->Stems(word);
    for (const std::string& st : stems) {
      if (!st.empty() && st[0] != FoldForMatch(st)[0] && (!best || st.size() < best->size())) best = &st;
    }
    if (!best) {
      // Unknown to Hunspell: drop a consonantal case ending of a foreign
      // name (Hamdanowi, Hamdanem, Hamdanie -> Hamdan); vowel endings
      // vanish in the consonant skeleton anyway.
      for (std::string_view ending : {"owi", "iem", "em", "ie"}) {
        if (word.size() > ending.size() + 3 && word.compare(word.size() - ending.size(), ending.size(), ending) == 0) {
          word.resize(word.size() - ending.size());
          break;
        }
      }
    }
    out += (out.empty() ? "" : " ") + (best ? *best : word);
  }
  return out;
}

void ActorResolver::ResolveUnknownNames(const Document& doc, std::vector<Item>* items, ActorAnalysis* out) const {
  const auto& entries = dict_.entries();
  auto& v = *items;
  struct Cluster {
    NameKey key;
    std::string surface;
    ActorKind kind = ActorKind::kUnknown;
    std::string country;
    std::string id;
    bool merged = false;  // an acronym folded into the name it abbreviates
  };
  std::vector<Cluster> clusters;
  std::vector<int> cluster_of(v.size(), -1);
  std::vector<size_t> order;
  for (size_t i = 0; i < v.size(); ++i) {
    if (v[i].kind == ItemKind::kUnknown && !v[i].absorbed) order.push_back(i);
  }
  // Longer names first, so that later short mentions can join them.
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return v[a].token_end - v[a].token_begin > v[b].token_end - v[b].token_begin;
  });
  for (size_t i : order) {
    const std::string surface = KeySurface(doc, v[i]);
    NameKey key = MakeNameKey(surface, doc.lang);
    if (key.skeletons.empty() || key.skeletons.back().empty()) continue;
    // Weak keys (short skeletons) compare by spelling, strong ones by skeleton.
    int found = -1;
    for (size_t c = 0; c < clusters.size() && found < 0; ++c) {
      const bool weak = key.weak || clusters[c].key.weak;
      const auto& mine = weak ? key.latin : key.skeletons;
      const auto& theirs = weak ? clusters[c].key.latin : clusters[c].key.skeletons;
      if (mine.size() <= theirs.size() && std::equal(mine.rbegin(), mine.rend(), theirs.rbegin())) {
        found = static_cast<int>(c);
      }
    }
    if (found < 0) {
      clusters.push_back({key, surface, ActorKind::kUnknown, "", ""});
      found = static_cast<int>(clusters.size() - 1);
    }
    cluster_of[i] = found;
    if (v[i].name.kind != ActorKind::kUnknown && clusters[found].kind == ActorKind::kUnknown) {
      clusters[found].kind = v[i].name.kind;
    }
  }
  // An acronym joins the name it abbreviates ("RFJ" -> "Rewards for Justice"):
  // the initials of the name's words, with or without its small words.
  for (size_t c = 0; c < clusters.size(); ++c) {
    const std::string& acr = clusters[c].surface;
    if (acr.size() < 2 || acr.size() > 6 || acr.find(' ') != std::string::npos) continue;
    if (!std::all_of(acr.begin(), acr.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; })) continue;
    for (size_t d = 0; d < clusters.size(); ++d) {
      if (d == c || clusters[d].key.latin.size() < 2) continue;
      std::string all, capitals;
      for (const std::string& w : clusters[d].key.latin) all.push_back(static_cast<char>(std::toupper(w[0])));
      for (const std::string& w : Words(clusters[d].surface)) {
        if (!w.empty() && std::isupper(static_cast<unsigned char>(w[0]))) capitals.push_back(w[0]);
      }
      if (acr == all || acr == capitals) {
        for (int& co : cluster_of) {
          if (co == static_cast<int>(c)) co = static_cast<int>(d);
        }
        clusters[c].merged = true;
        break;
      }
    }
  }
  // A title naming a person gives the person its country.
  for (const Item& it : v) {
    if (it.kind == ItemKind::kTitle && it.person >= 0 && it.country && cluster_of[it.person] >= 0) {
      Cluster& c = clusters[cluster_of[it.person]];
      if (c.country.empty()) c.country = it.country->country;
    }
  }
  std::set<uint32_t> in_article;
  for (const Item& it : v) {
    if (it.kind == ItemKind::kActor) in_article.insert(it.entries[0]);
  }
  // A surname alone ("Wang", "Blinken") after the full name of a dictionary
  // person in this article is that person, even when too short to link by
  // sound: its spelling ends (or, for Chinese and Korean names, starts) the
  // full name.
  std::vector<uint32_t> people_here;
  for (const Item& it : v) {
    if (it.kind == ItemKind::kActor && !it.absorbed && entries[it.entries[0]].kind == ActorKind::kPerson) {
      people_here.push_back(it.entries[0]);
    }
  }
  for (Cluster& c : clusters) {
    if (c.merged || c.key.latin.size() != 1) continue;
    const std::string part = FoldForMatch(c.surface);
    int owner = -1;
    for (uint32_t e : people_here) {
      auto al = entries[e].aliases.find(doc.lang);
      if (al == entries[e].aliases.end()) continue;
      for (const std::string& alias : al->second) {
        const std::vector<std::string> words = Words(FoldForMatch(alias));
        if (words.size() >= 2 && (words.back() == part || words.front() == part)) {
          owner = owner < 0 || owner == static_cast<int>(e) ? static_cast<int>(e) : -2;  // -2: two candidates
        }
      }
    }
    if (owner >= 0) {
      c.id = entries[owner].id;
      c.merged = true;  // resolved: no actor of its own
      for (size_t i = 0; i < v.size(); ++i) {
        if (cluster_of[i] >= 0 && &clusters[cluster_of[i]] == &c) {
          v[i].actor_id = c.id;
          v[i].link = "coref";
        }
      }
    }
  }
  for (Cluster& c : clusters) {
    if (c.merged) continue;
    // A dictionary person met under a spelling the dictionary lacks.
    auto f = person_full_keys_.find(JoinKey(c.key.skeletons));
    if (c.key.skeletons.size() >= 2 && f != person_full_keys_.end()) {
      c.id = entries[f->second].id;
      out->actors.emplace(c.id, dict_.ToActor(entries[f->second]));
      continue;
    }
    auto l = person_last_keys_.find(c.key.skeletons.back());
    if (c.kind != ActorKind::kOrganization && l != person_last_keys_.end() && l->second.size() == 1) {
      const uint32_t e = l->second[0];
      const size_t strength = c.key.skeletons.back().size();
      if (strength >= 4 || (strength >= 3 && in_article.count(e))) {
        c.id = entries[e].id;
        out->actors.emplace(c.id, dict_.ToActor(entries[e]));
        continue;
      }
    }
    Actor a;
    a.id = c.key.weak ? "name:" + doc.lang + ":" + FoldForMatch(c.surface) : "name:" + JoinKey(c.key.skeletons);
    a.name = c.surface;
    a.kind = c.kind;
    a.country = c.country;
    c.id = a.id;
    out->actors.emplace(a.id, a);
  }
  for (size_t i = 0; i < v.size(); ++i) {
    if (cluster_of[i] < 0 || v[i].link == "coref") continue;
    v[i].actor_id = clusters[cluster_of[i]].id;
    v[i].link = v[i].actor_id.rfind("name:", 0) == 0 ? "name" : "phonetic";
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

void ActorResolver::AddAnaphors(const Document& doc, ActorAnalysis* out) const {
  const std::string& lang = doc.lang;
  auto kind_of = [&](const std::string& id) {
    auto it = out->actors.find(id);
    return it == out->actors.end() ? ActorKind::kUnknown : it->second.kind;
  };
  auto country_of = [&](const std::string& id) -> std::string {
    auto it = out->actors.find(id);
    return it == out->actors.end() ? "" : it->second.country;
  };
  std::vector<bool> covered(doc.tokens.size(), false);
  for (const ResolvedMention& m : out->mentions) {
    for (uint32_t t = m.token_begin; t < m.token_end; ++t) covered[t] = true;
  }
  static const char* kKinds[] = {"pair_country", "pair_person", "own_country", "pronoun_org", "pronoun_country",
                                 "pronoun_person", "pronoun_group"};
  std::vector<ResolvedMention> added;
  for (const Sentence& s : doc.sentences) {
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      if (covered[t] || !doc.tokens[t].is_word) continue;
      // The longest anaphor starting here, up to three words.
      std::string kind;
      uint32_t end = t;
      uint32_t prefix_letters = 0;
      std::string key;
      for (uint32_t e = t; e < s.token_end && e < t + 3; ++e) {
        if (covered[e] || !doc.tokens[e].is_word) break;
        key += (key.empty() || lang == "ja" ? "" : " ") + doc.tokens[e].norm;
        std::vector<std::pair<std::string, uint32_t>> forms = {{key, 0}};
        if (lang == "ar" && e == t) {
          for (const ArabicCandidate& c : ArabicClitics(key, false)) forms.emplace_back(c.core, c.prefix_letters);
        }
        for (const auto& [form, pre] : forms) {
          for (const char* k : kKinds) {
            if (lexicon_.Has(lang, k, form)) {
              kind = k;
              end = e + 1;
              prefix_letters = pre;
              break;
            }
          }
        }
      }
      if (kind.empty()) continue;
      // Antecedents: mentions before it in this or the two previous sentences.
      const uint32_t sent = doc.tokens[t].sentence;
      std::vector<std::string> found;
      auto want = [&](const std::string& id) {
        const ActorKind k = kind_of(id);
        if (kind == "pair_person" || kind == "pronoun_person") return k == ActorKind::kPerson;
        if (kind == "pair_country" || kind == "pronoun_country") return k == ActorKind::kCountry;
        if (kind == "pronoun_org") return k == ActorKind::kOrganization;
        if (kind == "own_country") return k == ActorKind::kPerson && !country_of(id).empty();
        return k != ActorKind::kPerson && k != ActorKind::kUnknown;  // pronoun_group
      };
      const size_t needed = kind.rfind("pair_", 0) == 0 ? 2 : 1;
      for (auto it = out->mentions.rbegin(); it != out->mentions.rend() && found.size() < needed; ++it) {
        if (it->begin >= doc.tokens[t].begin) continue;
        if (sent - doc.tokens[it->token_begin].sentence > 2) break;
        if (!want(it->actor_id)) continue;
        if (std::find(found.begin(), found.end(), it->actor_id) == found.end()) found.push_back(it->actor_id);
      }
      if (found.size() < needed) continue;
      ResolvedMention m;
      m.token_begin = t;
      m.token_end = end;
      m.begin = doc.tokens[t].begin + (prefix_letters ? ArabicPrefixBytes(doc.Surface(doc.tokens[t]), prefix_letters) : 0);
      m.end = doc.tokens[end - 1].end;
      m.link = "coref";
      m.confidence = 0.6;
      if (kind == "own_country") {
        const std::string c = "country:" + country_of(found[0]);
        const DictionaryEntry* e = dict_.Find(c);
        if (!e) continue;
        out->actors.emplace(c, dict_.ToActor(*e));
        found = {c};
      } else {
        std::reverse(found.begin(), found.end());  // text order
      }
      m.actor_id = found[0];
      if (found.size() > 1) m.group_ids = found;
      for (uint32_t k = t; k < end; ++k) covered[k] = true;
      added.push_back(std::move(m));
      t = end - 1;
    }
  }
  for (ResolvedMention& m : added) out->mentions.push_back(std::move(m));
  std::sort(out->mentions.begin(), out->mentions.end(),
            [](const ResolvedMention& a, const ResolvedMention& b) { return a.begin < b.begin; });
}

ActorAnalysis ActorResolver::Resolve(const Document& doc) const {
  ActorAnalysis out;
  const std::vector<DictMatch> matches = FindDictionaryMatches(doc, index_, lexicon_, analyzer_);
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
