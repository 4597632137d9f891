#include "ingest/pipeline.h"

#include <algorithm>

#include "graph/base/hash.h"
#include "graph/text/fold.h"
#include "ingest/actors/phonetic_key.h"
#include "ingest/actors/actor_resolver.h"
#include "ingest/actors/alias_index.h"
#include "ingest/actors/dictionary.h"
#include "ingest/actors/name_lexicon.h"
#include "ingest/events/event_extractor.h"
#include "ingest/events/trigger_lexicon.h"
#include "ingest/time/time_tagger.h"
#include "ingest/text/analyzer.h"
#include "ingest/text/language_detector.h"
#include "ingest/text/utf8.h"

namespace kg::ingest {

namespace {
// The languages kg analyzes natively; others get language detection only.
const std::vector<std::string> kLanguages = {"ar", "en", "ja", "pl"};

bool Supported(const std::string& lang) {
  return std::find(kLanguages.begin(), kLanguages.end(), lang) != kLanguages.end();
}
}  // namespace

struct Pipeline::Impl {
  PipelineOptions options;
  std::shared_ptr<const Ontology> ontology;
  std::unique_ptr<Analyzer> analyzer;
  std::unique_ptr<Dictionary> dictionary;
  std::unique_ptr<AliasIndex> alias_index;
  NameLexicon names;
  std::unique_ptr<ActorResolver> actors;
  std::unique_ptr<TimeTagger> times;
  std::unique_ptr<TriggerLexicon> triggers;
  std::unique_ptr<EventExtractor> events;
};

Pipeline::Pipeline(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Pipeline::~Pipeline() = default;

Result<std::unique_ptr<Pipeline>> Pipeline::Create(const PipelineOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  KG_ASSIGN_OR_RETURN(Ontology onto, Ontology::LoadFile(options.data_dir + "/ontology.tsv"));
  impl->ontology = std::make_shared<const Ontology>(std::move(onto));
  KG_ASSIGN_OR_RETURN(impl->analyzer, Analyzer::Create());
  KG_ASSIGN_OR_RETURN(impl->dictionary,
                      Dictionary::Load(options.data_dir + "/actors", options.extra_dictionaries, kLanguages));
  impl->alias_index = AliasIndex::Build(*impl->dictionary, *impl->analyzer, kLanguages);
  KG_ASSIGN_OR_RETURN(impl->names, NameLexicon::Load(options.data_dir + "/names"));
  impl->actors = std::make_unique<ActorResolver>(*impl->dictionary, *impl->alias_index, impl->names, *impl->analyzer);
  KG_ASSIGN_OR_RETURN(impl->times, TimeTagger::Load(options.data_dir));
  KG_ASSIGN_OR_RETURN(impl->triggers, TriggerLexicon::Load(options.data_dir + "/events", *impl->ontology, *impl->analyzer));
  impl->events = std::make_unique<EventExtractor>(*impl->triggers, *impl->times, *impl->ontology, *impl->analyzer);
  return std::unique_ptr<Pipeline>(new Pipeline(std::move(impl)));
}

std::shared_ptr<const Ontology> Pipeline::ontology() const { return impl_->ontology; }

std::vector<std::string> Pipeline::ActorIdsForName(std::string_view name) const {
  std::vector<std::string> ids;
  const std::string folded = FoldForMatch(name);
  for (const DictionaryEntry& e : impl_->dictionary->entries()) {
    bool hit = FoldForMatch(e.name) == folded;
    for (const auto& [lang, list] : e.aliases) {
      for (const std::string& a : list) hit = hit || FoldForMatch(a) == folded;
    }
    if (hit) ids.push_back(e.id);
  }
  // A country's group or role ("Russian diplomats", "US intelligence"): a
  // country name or demonym, then an agent or title.
  const size_t space = folded.find(' ');
  if (space != std::string::npos) {
    const std::string head = folded.substr(0, space), rest = folded.substr(space + 1);
    std::string country;
    for (const DictionaryEntry& e : impl_->dictionary->entries()) {
      if (e.kind != ActorKind::kCountry || e.entry_class != EntryClass::kActor) continue;
      bool hit = FoldForMatch(e.name) == head;
      for (const auto* m : {&e.aliases, &e.demonyms}) {
        for (const auto& [lang, list] : *m) {
          for (const std::string& a : list) hit = hit || FoldForMatch(a) == head;
        }
      }
      if (hit) country = e.country;
    }
    if (!country.empty()) {
      for (const DictionaryEntry& e : impl_->dictionary->entries()) {
        if (e.entry_class == EntryClass::kActor || e.entry_class == EntryClass::kPlace) continue;
        bool hit = FoldForMatch(e.name) == rest;
        for (const auto& [lang, list] : e.aliases) {
          for (const std::string& a : list) hit = hit || FoldForMatch(a) == rest;
        }
        if (hit) ids.push_back(e.id + "@" + country);
      }
    }
  }
  for (const std::string& lang : kLanguages) {
    const NameKey key = MakeNameKey(name, lang);
    if (key.skeletons.empty()) continue;
    const std::string id = UnknownNameId(key, name, lang);
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  }
  return ids;
}

Result<ArticleRecord> Pipeline::Analyze(const RawArticle& raw) const {
  ArticleRecord rec;
  Article& a = rec.article;
  a.id = raw.id;
  a.title = raw.title;
  a.published = raw.published;
  if (!raw.published.empty()) {
    KG_ASSIGN_OR_RETURN(a.published_date, Date::ParseIso(raw.published));
  }
  a.url = raw.url;
  a.source = raw.source;
  a.text_hash = Hash64(raw.text);
  a.text_length = CodePointMap(raw.text).size();
  if (!raw.lang.empty()) {
    a.lang = raw.lang;
    a.lang_basis = "envelope";
  } else {
    const LanguageGuess g = DetectLanguage(raw.title.empty() ? raw.text : raw.title + "\n" + raw.text);
    a.lang = g.code;
    a.lang_basis = g.reliable ? "detected" : "unreliable";
  }
  rec.text = raw.text;
  if (!Supported(a.lang)) return rec;

  const Document doc = impl_->analyzer->Analyze(rec.text, a.lang);
  const CodePointMap cp(rec.text);
  ActorAnalysis actors = impl_->actors->Resolve(doc);
  for (auto& [id, actor] : actors.actors) rec.actors.push_back(actor);
  for (const ResolvedMention& m : actors.mentions) {
    // A plural anaphor ("both countries") is a mention of each actor.
    std::vector<std::string> ids = m.group_ids;
    if (ids.empty()) ids.push_back(m.actor_id);
    for (const std::string& id : ids) {
    ActorMention am;
    am.actor_id = id;
    am.article_id = a.id;
    am.start = cp.ToCodePoint(m.begin);
    am.end = cp.ToCodePoint(m.end);
    am.text = rec.text.substr(m.begin, m.end - m.begin);
    am.lang = a.lang;
    am.link = m.link;
    am.confidence = m.confidence;
    rec.actor_mentions.push_back(std::move(am));
    }
  }
  for (EventMention& m : impl_->events->Extract(doc, actors, a.published_date, cp)) {
    m.article_id = a.id;
    rec.event_mentions.push_back(std::move(m));
  }
  return rec;
}

}  // namespace kg::ingest
