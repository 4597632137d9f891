#include "tests/ingest/actor_test_util.h"

#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <sstream>

#include "ingest/actors/alias_index.h"
#include "ingest/actors/dictionary.h"
#include "ingest/actors/name_lexicon.h"
#include "ingest/text/analyzer.h"

namespace kg::ingest::testing {

namespace {

struct Models {
  std::unique_ptr<Analyzer> analyzer;
  std::unique_ptr<Dictionary> dict;
  std::unique_ptr<AliasIndex> index;
  NameLexicon names;
  std::unique_ptr<ActorResolver> resolver;
};

const Models& TheModels() {
  static Models* m = [] {
    auto* x = new Models();
    x->analyzer = std::move(Analyzer::Create().value());
    std::ifstream in(KG_TEST_SOURCE_DIR "/tests/testdata/actors/tiny.jsonl");
    std::stringstream buf;
    buf << in.rdbuf();
    x->dict = std::move(Dictionary::FromJsonl(buf.str(), /*with_cldr=*/true).value());
    x->index = AliasIndex::Build(*x->dict, *x->analyzer, {"ar", "en", "ja", "pl"});
    x->names = NameLexicon::Load(KG_TEST_SOURCE_DIR "/tests/testdata/names").value();
    x->resolver = std::make_unique<ActorResolver>(*x->dict, *x->index, x->names, *x->analyzer);
    return x;
  }();
  return *m;
}

}  // namespace

std::string Resolved::IdOf(const std::string& surface) const {
  for (const Found& f : mentions) {
    if (f.text == surface) return f.actor_id;
  }
  return "";
}

const Actor* Resolved::ActorOf(const std::string& surface) const {
  auto it = analysis.actors.find(IdOf(surface));
  return it == analysis.actors.end() ? nullptr : &it->second;
}

Resolved ResolveActors(const std::string& text, const std::string& lang) {
  const Models& m = TheModels();
  const Document doc = m.analyzer->Analyze(text, lang);
  Resolved r;
  r.analysis = m.resolver->Resolve(doc);
  for (const ResolvedMention& rm : r.analysis.mentions) {
    r.mentions.push_back({text.substr(rm.begin, rm.end - rm.begin), rm.actor_id, rm.link});
  }
  return r;
}

}  // namespace kg::ingest::testing
