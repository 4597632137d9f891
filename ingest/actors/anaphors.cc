// Pronouns, "the country", "both leaders": mentions that point back to an
// actor named earlier in the article.
#include "ingest/actors/actor_resolver.h"

#include <algorithm>
#include <set>

#include "graph/text/fold.h"
#include "ingest/actors/actor_item.h"
#include "ingest/actors/phonetic_key.h"
#include "ingest/text/arabic_clitics.h"

namespace kg::ingest {

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


}  // namespace kg::ingest
