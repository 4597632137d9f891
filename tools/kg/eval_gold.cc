#include "tools/kg/eval_gold.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>

#include "graph/model/actor_ids.h"
#include "graph/store/event_merge.h"
#include "graph/store/reader.h"
#include "graph/store/store.h"
#include "graph/text/fold.h"
#include "ingest/pipeline.h"
#include "ingest/source/input_reader.h"
#include "tools/kg/cli_common.h"

namespace kg::cli {

namespace {

using nlohmann::json;

struct GoldArticle {
  std::string lang;
  json events = json::array();
  json actors = json::array();
};

struct Counts {
  int gold = 0, predicted = 0, matched = 0;
  int type_ok = 0, target_scored = 0, target_ok = 0, date_scored = 0, date_ok = 0, attr_scored = 0, attr_ok = 0;
  int strict = 0;  // family, source, target and date all right
  int stated_scored = 0, stated_ok = 0;  // dates the gold says the text states
  int stated_fell_back = 0;              // ... that kg dated by the publication date instead
  int surfaces = 0, surfaces_ok = 0;
};

double Ratio(int a, int b) { return b ? static_cast<double>(a) / b : 0.0; }
double F1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; }

std::vector<std::string> Specs(const json& j) {
  std::vector<std::string> out;
  if (j.is_string()) out.push_back(j.get<std::string>());
  if (j.is_array()) {
    for (const auto& x : j) {
      if (x.is_string()) out.push_back(x.get<std::string>());
    }
  }
  return out;
}

class Scorer {
 public:
  explicit Scorer(const ingest::Pipeline& p) : pipeline_(p) {}

  // True when predicted actor `id` is one of the gold specs (names or ids);
  // `exact` refuses a country standing for its group ("Russia" for
  // "Russian diplomats"), which events accept.
  bool ActorMatches(const std::string& id, const json& spec, bool exact = false) {
    if (id.empty()) return false;
    for (const std::string& s : Specs(spec)) {
      const std::vector<std::string>& ids = IdsFor(s);
      for (const std::string& g : ids) {
        if (exact ? id == g : CompatibleActors(id, g)) return true;
      }
    }
    return false;
  }

 private:
  const std::vector<std::string>& IdsFor(const std::string& spec) {
    auto it = cache_.find(spec);
    if (it != cache_.end()) return it->second;
    std::vector<std::string> ids;
    if (spec.find(':') != std::string::npos) ids.push_back(spec);
    else ids = pipeline_.ActorIdsForName(spec);
    return cache_[spec] = ids;
  }
  const ingest::Pipeline& pipeline_;
  std::map<std::string, std::vector<std::string>> cache_;
};

}  // namespace

int RunEvalGold(const EvalGoldOptions& o) {
  std::map<std::string, GoldArticle> gold;
  {
    std::ifstream in(o.gold);
    if (!in) return ReportError(Status::IOError("cannot open gold file " + o.gold));
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
      ++n;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      try {
        json j = json::parse(line);
        GoldArticle g;
        g.lang = j.value("lang", "");
        if (j.contains("events")) g.events = j["events"];
        if (j.contains("actors")) g.actors = j["actors"];
        gold[j.at("id").get<std::string>()] = std::move(g);
      } catch (const std::exception& e) {
        return ReportError(Status::InvalidArgument(o.gold + ":" + std::to_string(n) + ": " + e.what()));
      }
    }
  }
  auto data = DataDir();
  if (!data.ok()) return ReportError(data.status());
  ingest::PipelineOptions po;
  po.data_dir = *data;
  auto pipeline = ingest::Pipeline::Create(po);
  if (!pipeline.ok()) return ReportError(pipeline.status());
  const Ontology& onto = *(*pipeline)->ontology();
  Scorer scorer(**pipeline);

  // A scratch store: cross-article merging is scored on what kg really stores.
  char tmpl[] = "/tmp/kg-eval-XXXXXX";
  if (!mkdtemp(tmpl)) return ReportError(Status::IOError("cannot create a temporary directory"));
  const std::string store_dir = tmpl;
  OpenOptions so;
  so.ontology = (*pipeline)->ontology();
  auto store = Store::Open(store_dir + "/db", so);
  if (!store.ok()) return ReportError(store.status());

  std::map<std::string, Counts> by_lang;
  std::vector<std::string> misses;
  // key -> (article, mention start, type) of the prediction matched to it
  std::map<std::string, std::vector<std::tuple<std::string, uint32_t, std::string>>> keyed;
  // canonical actor -> predicted ids of its surfaces, per article
  std::map<std::string, std::map<std::string, std::string>> actor_ids;
  std::map<std::string, std::set<std::string>> canon_of_pred;

  ingest::InputReader reader({});
  reader.ForEach(o.inputs, [&](const std::string& origin, Result<ingest::RawArticle> a) {
    if (!a.ok()) {
      std::cerr << "kg: error: " << origin << ": " << a.status().message() << "\n";
      return true;
    }
    auto g = gold.find(a->id);
    if (g == gold.end()) return true;
    auto rec = (*pipeline)->Analyze(*a);
    if (!rec.ok()) {
      std::cerr << "kg: error: " << origin << ": " << rec.status().message() << "\n";
      return true;
    }
    (void)(*store)->PutArticle(*rec);  // merging is scored below; a failure shows as unmerged
    const std::string lang = g->second.lang.empty() ? rec->article.lang : g->second.lang;
    Counts& c = by_lang[lang];

    // Predicted events of the article: mentions merged as the store would.
    struct Cluster {
      Event agg;
      std::vector<EventMention> mentions;
    };
    std::vector<Cluster> clusters;
    for (const EventMention& m : rec->event_mentions) {
      bool merged = false;
      for (Cluster& cl : clusters) {
        if (store::CanMerge(cl.agg, m, onto)) {
          cl.mentions.push_back(m);
          cl.agg = store::AggregateEvent("x", cl.mentions, onto);
          merged = true;
          break;
        }
      }
      if (!merged) clusters.push_back({store::AggregateEvent("x", {m}, onto), {m}});
    }
    std::vector<bool> used(clusters.size(), false);
    c.predicted += static_cast<int>(clusters.size());
    for (const json& ge : g->second.events) {
      ++c.gold;
      const std::string type = ge.value("type", "");
      int best = -1, best_score = -1;
      for (size_t i = 0; i < clusters.size(); ++i) {
        const Event& e = clusters[i].agg;
        if (used[i] || !onto.SameFamily(e.type, type)) continue;
        const json& src = ge.contains("source") ? ge["source"] : json(nullptr);
        if (!src.is_null() && !scorer.ActorMatches(e.source_id, src)) continue;
        int score = 1 + (e.type == type);
        if (ge.contains("target") && !ge["target"].is_null() && scorer.ActorMatches(e.target_id, ge["target"])) score += 2;
        if (ge.contains("date") && ge["date"].is_string() && e.date.ToIso() == ge["date"].get<std::string>()) score += 2;
        if (score > best_score) {
          best = static_cast<int>(i);
          best_score = score;
        }
      }
      if (best < 0) {
        misses.push_back(a->id + ": missed " + ge.dump());
        continue;
      }
      used[best] = true;
      ++c.matched;
      const Event& e = clusters[best].agg;
      c.type_ok += e.type == type;
      bool strict = true;
      if (ge.contains("target") && !ge["target"].is_null()) {
        ++c.target_scored;
        const bool ok = scorer.ActorMatches(e.target_id, ge["target"]);
        c.target_ok += ok;
        strict = strict && ok;
        if (!ok && o.verbose) misses.push_back(a->id + ": target '" + e.target_id + "' for " + ge.dump());
      }
      if (ge.contains("date") && ge["date"].is_string()) {
        ++c.date_scored;
        const bool ok = e.date.ToIso() == ge["date"].get<std::string>();
        c.date_ok += ok;
        if (ge.value("date_basis", "") == "stated") {
          ++c.stated_scored;
          c.stated_ok += ok;
          c.stated_fell_back += !ok && e.date_basis != DateBasis::kStated;
        }
        strict = strict && ok;
        if (!ok && o.verbose) misses.push_back(a->id + ": date " + e.date.ToIso() + " for " + ge.dump());
      }
      if (ge.contains("attributed_to") && !ge["attributed_to"].is_null()) {
        ++c.attr_scored;
        c.attr_ok += scorer.ActorMatches(e.attributed_to_id, ge["attributed_to"]);
      }
      c.strict += strict;
      if (ge.contains("key") && ge["key"].is_string()) {
        for (const EventMention& m : clusters[best].mentions) {
          keyed[ge["key"].get<std::string>()].emplace_back(a->id, m.start, m.type);
        }
      } else if (ge.contains("story") && ge["story"].is_string()) {
        for (const EventMention& m : clusters[best].mentions) {
          keyed[ge["story"].get<std::string>()].emplace_back(a->id, m.start, m.type);
        }
      }
    }
    if (o.verbose) {
      for (size_t i = 0; i < clusters.size(); ++i) {
        if (used[i]) continue;
        const Event& e = clusters[i].agg;
        misses.push_back(a->id + ": extra " + e.type + " " + e.source_id + " -> " + e.target_id + " " + e.date.ToIso() +
                         " [" + clusters[i].mentions[0].trigger + "]");
      }
    }

    // Actors: each gold surface should be a mention of the gold actor.
    for (const json& ga : g->second.actors) {
      const std::string canon = ga.value("canonical", "");
      for (const std::string& surface : Specs(ga.contains("surfaces") ? ga["surfaces"] : json())) {
        // Pronouns and role nouns are coreference, scored with events.
        if (surface.size() < 2 || FoldForMatch(surface) == FoldForMatch("he") || FoldForMatch(surface) == FoldForMatch("she")) continue;
        ++c.surfaces;
        const std::string want = FoldForMatch(surface);
        std::string found;
        for (const ActorMention& m : rec->actor_mentions) {
          const std::string got = FoldForMatch(m.text);
          if (got == want || (!got.empty() && (want.find(got) != std::string::npos || got.find(want) != std::string::npos))) {
            if (scorer.ActorMatches(m.actor_id, json(canon), /*exact=*/true)) {
              found = m.actor_id;
              break;
            }
            if (found.empty()) found = "!" + m.actor_id;
          }
        }
        if (!found.empty() && found[0] != '!') {
          ++c.surfaces_ok;
          actor_ids[canon][a->id] = found;
          canon_of_pred[found].insert(canon);
        } else if (o.verbose) {
          misses.push_back(a->id + ": actor surface '" + surface + "' of " + canon +
                           (found.empty() ? " not found" : " linked to " + found.substr(1)));
        }
      }
    }
    return true;
  });

  // Cross-article merging, as stored.
  int merge_groups = 0, merged_groups = 0;
  {
    auto rd = (*store)->NewReader();
    std::map<std::tuple<std::string, uint32_t, std::string>, std::string> event_of;
    (void)rd->ForEachEvent([&](const Event& e) {
      auto ms = rd->MentionsOfEvent(e.id);
      if (ms.ok()) {
        for (const EventMention& m : *ms) event_of[{m.article_id, m.start, m.type}] = e.id;
      }
      return true;
    });
    for (const auto& [key, preds] : keyed) {
      std::set<std::string> articles;
      for (const auto& p : preds) articles.insert(std::get<0>(p));
      if (articles.size() < 2) continue;
      ++merge_groups;
      // Merged when one stored event holds a mention from every article.
      std::map<std::string, std::set<std::string>> articles_of_event;
      for (const auto& p : preds) articles_of_event[event_of[p]].insert(std::get<0>(p));
      bool ok = false;
      for (const auto& [ev, arts] : articles_of_event) ok = ok || arts.size() == articles.size();
      merged_groups += ok;
      if (!ok && o.verbose) misses.push_back("not merged across articles: " + key);
    }
  }
  int linked_actors = 0, multi_article_actors = 0, false_merges = 0;
  for (const auto& [canon, per_article] : actor_ids) {
    if (per_article.size() < 2) continue;
    ++multi_article_actors;
    std::set<std::string> ids;
    for (const auto& [art, id] : per_article) ids.insert(id);
    if (ids.size() == 1) ++linked_actors;
    else if (o.verbose) misses.push_back("actor split across articles: " + canon);
  }
  for (const auto& [id, canons] : canon_of_pred) {
    if (canons.size() > 1) {
      ++false_merges;
      if (o.verbose) misses.push_back("different gold actors in one node " + id);
    }
  }
  std::error_code ec;
  store->reset();
  std::filesystem::remove_all(store_dir, ec);

  Counts all;
  for (const auto& [lang, c] : by_lang) {
    all.gold += c.gold; all.predicted += c.predicted; all.matched += c.matched; all.type_ok += c.type_ok;
    all.target_scored += c.target_scored; all.target_ok += c.target_ok; all.date_scored += c.date_scored;
    all.date_ok += c.date_ok; all.attr_scored += c.attr_scored; all.attr_ok += c.attr_ok; all.strict += c.strict;
    all.stated_scored += c.stated_scored; all.stated_ok += c.stated_ok; all.stated_fell_back += c.stated_fell_back;
    all.surfaces += c.surfaces; all.surfaces_ok += c.surfaces_ok;
  }
  auto row = [](const Counts& c) {
    const double p = Ratio(c.matched, c.predicted), r = Ratio(c.matched, c.gold);
    json j = {{"gold_events", c.gold}, {"predicted_events", c.predicted}, {"matched", c.matched},
              {"precision", p}, {"recall", r}, {"f1", F1(p, r)},
              {"strict_precision", Ratio(c.strict, c.predicted)}, {"strict_recall", Ratio(c.strict, c.gold)},
              {"type_accuracy", Ratio(c.type_ok, c.matched)}, {"target_accuracy", Ratio(c.target_ok, c.target_scored)},
              {"date_accuracy", Ratio(c.date_ok, c.date_scored)},
              {"stated_date_accuracy", Ratio(c.stated_ok, c.stated_scored)},
              {"stated_dates_missed_for_publication", Ratio(c.stated_fell_back, c.stated_scored - c.stated_ok)},
              {"publication_date_accuracy", Ratio(c.date_ok - c.stated_ok, c.date_scored - c.stated_scored)},
              {"attribution_accuracy", Ratio(c.attr_ok, c.attr_scored)}};
    if (c.surfaces) j["actor_surface_recall"] = Ratio(c.surfaces_ok, c.surfaces);
    return j;
  };
  json report = {{"all", row(all)}, {"by_language", json::object()},
                 {"cross_article_events", {{"groups", merge_groups}, {"merged", merged_groups}}},
                 {"cross_article_actors", {{"actors", multi_article_actors}, {"one_node", linked_actors}, {"false_merges", false_merges}}}};
  for (const auto& [lang, c] : by_lang) report["by_language"][lang] = row(c);
  if (o.format == "json") {
    std::cout << report.dump(2) << "\n";
  } else {
    auto print = [](const std::string& name, const json& r) {
      char buf[400];
      std::snprintf(buf, sizeof buf,
                    "%-5s gold %3d  predicted %3d  matched %3d   P %.2f R %.2f F1 %.2f   strict P %.2f R %.2f   "
                    "type %.2f target %.2f date %.2f (stated %.2f) attribution %.2f",
                    name.c_str(), r["gold_events"].get<int>(), r["predicted_events"].get<int>(), r["matched"].get<int>(),
                    r["precision"].get<double>(), r["recall"].get<double>(), r["f1"].get<double>(),
                    r["strict_precision"].get<double>(), r["strict_recall"].get<double>(),
                    r["type_accuracy"].get<double>(), r["target_accuracy"].get<double>(), r["date_accuracy"].get<double>(),
                    r["stated_date_accuracy"].get<double>(), r["attribution_accuracy"].get<double>());
      std::cout << buf;
      if (r.contains("actor_surface_recall")) std::printf("   actor surfaces %.2f", r["actor_surface_recall"].get<double>());
      std::cout << "\n";
    };
    for (const auto& [lang, r] : report["by_language"].items()) print(lang, r);
    print("all", report["all"]);
    std::cout << "cross-article events merged: " << merged_groups << "/" << merge_groups
              << "   actors in one node across articles: " << linked_actors << "/" << multi_article_actors
              << "   nodes holding two gold actors: " << false_merges << "\n";
    for (const std::string& m : misses) std::cout << "  " << m << "\n";
  }
  return kExitOk;
}

}  // namespace kg::cli
