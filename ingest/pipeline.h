#pragma once

// The ingest facade. A Pipeline loads every model once (ontology, lexicons,
// dictionaries, MeCab, Hunspell) and then turns raw articles into
// ArticleRecords: language, sentences and tokens, actors, events and times.
//
// Thread safety: Analyze is const and may be called from several threads.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/base/result.h"
#include "graph/model/article_record.h"
#include "graph/model/ontology.h"
#include "ingest/source/raw_article.h"

namespace kg::ingest {

struct PipelineOptions {
  std::string data_dir;  // share/kg: ontology.tsv, lexicons/, actors/
  std::vector<std::string> extra_dictionaries;  // user actor dictionary files or directories
};

class Pipeline {
 public:
  static Result<std::unique_ptr<Pipeline>> Create(const PipelineOptions& options);
  ~Pipeline();

  // REQUIRES: article passed ValidateArticle. Errors only on internal
  // failures; an article in which nothing is found is a valid empty record.
  Result<ArticleRecord> Analyze(const RawArticle& article) const;

  std::shared_ptr<const Ontology> ontology() const;

  // Actor ids a name (in any language) can denote: dictionary entries with
  // that name or alias, else the id an unknown name of that spelling gets.
  // For evaluation against gold written with names.
  std::vector<std::string> ActorIdsForName(std::string_view name) const;

  struct Impl;

 private:
  explicit Pipeline(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg::ingest
