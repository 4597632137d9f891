#include "ingest/pipeline.h"

#include "graph/base/hash.h"
#include "ingest/text/language_detector.h"
#include "ingest/text/utf8.h"

namespace kg::ingest {

struct Pipeline::Impl {
  PipelineOptions options;
  std::shared_ptr<const Ontology> ontology;
};

Pipeline::Pipeline(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Pipeline::~Pipeline() = default;

Result<std::unique_ptr<Pipeline>> Pipeline::Create(const PipelineOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  KG_ASSIGN_OR_RETURN(Ontology onto, Ontology::LoadFile(options.data_dir + "/ontology.tsv"));
  impl->ontology = std::make_shared<const Ontology>(std::move(onto));
  return std::unique_ptr<Pipeline>(new Pipeline(std::move(impl)));
}

std::shared_ptr<const Ontology> Pipeline::ontology() const { return impl_->ontology; }

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
  return rec;
}

}  // namespace kg::ingest
