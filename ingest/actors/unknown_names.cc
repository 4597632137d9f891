// Names the dictionary does not know: clustering their mentions within an
// article and keying them so that other articles find the same actor.
#include "ingest/actors/actor_resolver.h"

#include <algorithm>
#include <set>

#include "graph/text/fold.h"
#include "ingest/actors/actor_item.h"
#include "ingest/actors/phonetic_key.h"
#include "ingest/text/arabic_clitics.h"

namespace kg::ingest {

// The form of a name its key is made from: as written, except that Polish
// inflected words go back to the nominative Hunspell knows ("Donalda Trumpa"
// -> "Donald Trump"), so every case of a name gets one key.
std::string ActorResolver::KeySurface(const Document& doc, const Item& it) const {
  if (doc.lang == "ja") return JapaneseKeySurface(doc, it);
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
      // Adjectival surnames go back to -ski/-cki (-ska/-cka): Krajewskiego,
      // Zielińskiej.
      static constexpr std::pair<std::string_view, std::string_view> kEndings[] = {
          {"skiego", "ski"}, {"ckiego", "cki"}, {"skiemu", "ski"}, {"ckiemu", "cki"}, {"skim", "ski"},
          {"ckim", "cki"},   {"skiej", "ska"},  {"ckiej", "cka"},  {"owi", ""},       {"iem", ""},
          {"em", ""},        {"ie", ""}};
      for (const auto& [ending, base] : kEndings) {
        if (word.size() > ending.size() + 3 && std::string_view(word).ends_with(ending)) {
          word = word.substr(0, word.size() - ending.size()) + std::string(base);
          break;
        }
      }
    }
    out += (out.empty() ? "" : " ") + (best ? *best : word);
  }
  return out;
}

// A Japanese person's name in kanji keys by its reading, given name first
// as Latin-script news writes it: 佐伯亮介 -> "リョウスケ サエキ", which
// meets "Ryosuke Saeki" and, by its last word, "Saeki" and "佐伯氏".
// Anything MeCab cannot read keys as written (katakana names already sound
// as they are written).
std::string ActorResolver::JapaneseKeySurface(const Document& doc, const Item& it) const {
  const std::string written(doc.text.substr(it.begin, it.end - it.begin));
  std::string family, given;
  for (uint32_t t = it.token_begin; t < it.token_end; ++t) {
    const Token& tok = doc.tokens[t];
    if (tok.begin < it.begin || tok.end > it.end || !tok.is_word) continue;
    if (tok.pos2 != "人名" || tok.reading.empty()) return written;
    (tok.pos3 == "名" ? given : family) += tok.reading;
  }
  if (family.empty() && given.empty()) return written;
  return given.empty() ? family : family.empty() ? given : given + " " + family;
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
    const std::string key_surface = KeySurface(doc, v[i]);
    NameKey key = MakeNameKey(key_surface, doc.lang);
    // Shown as written, except Polish names, shown in the nominative.
    const std::string surface =
        doc.lang == "ja" ? std::string(doc.text.substr(v[i].begin, v[i].end - v[i].begin)) : key_surface;
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
        const std::string folded = FoldForMatch(alias);
        const std::vector<std::string> words = Words(folded);
        // Japanese writes names unspaced, the family name first: 汪氏 for 汪文斌.
        const bool ja_family = doc.lang == "ja" && words.size() == 1 && folded.size() > part.size() &&
                               folded.rfind(part, 0) == 0;
        if ((words.size() >= 2 && (words.back() == part || words.front() == part)) || ja_family) {
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
    a.id = UnknownNameId(c.key, c.surface, doc.lang);
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


}  // namespace kg::ingest
