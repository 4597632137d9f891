#pragma once

// A small multilingual event graph for query tests, written through
// Store::PutArticle from hand-made ArticleRecords (no ingest involved).
//
// Actors (dictionary actors with aliases in ar/en/ja/pl, and one that no
// dictionary knows):
//   country:IR Iran (إيران, イラン, Iranu), country:RU Russia (روسيا, ロシア,
//   Rosja; Rosji and Rosję seen in Polish text), country:US United States
//   (الولايات المتحدة, アメリカ, 米国, Stany Zjednoczone, U.S.), country:CN
//   China (الصين, 中国, Chiny), person:mike_pompeo Mike Pompeo (بومبيو,
//   ポンペオ), person:john_ratcliffe John Ratcliffe (راتكليف, ラトクリフ),
//   org:fbi FBI (連邦捜査局), group:proud_boys Proud Boys (プラウド・ボーイズ),
//   name:person:christopher_wray (seen as "Christopher Wray" and "كريستوفر راي").
//
// Articles and their events (dates are stated unless noted):
//   en-1   2020-10-22 en  SEND Iran->United States 2020-10-21 (theme threatening e-mails)
//                         ACCUSE Ratcliffe->Iran 2020-10-21, ACCUSE Ratcliffe->Russia 2020-10-21
//                         OBTAIN Iran (no target) 2020-10 (month)
//   ar-1   2020-10-22 ar  ACCUSE Ratcliffe->Iran 2020-10-21 (merges with en-1's)
//                         DENY Iran->United States 2020-10-22
//   ja-1   2020-10-23 ja  ACCUSE Ratcliffe->Russia 2020-10-21 (merges with en-1's)
//                         THREATEN Proud Boys->United States 2020-10 (month)
//   pl-1   2020-10-24 pl  STATEMENT Pompeo->Iran 2020-10-24 (publication date)
//                         SANCTION United States->Iran 2020-10-22, attributed to Pompeo
//                         ACCUSE United States->Russia 2020 (year)
//   en-2   2020-03-02 en  COOPERATE Russia->China 2020-03-01
//                         ACCUSE China->United States 2020-03-02, negated
//                         INVESTIGATE FBI->Russia, undated
//   en-3   2020-10-21 en  ANNOUNCE Christopher Wray->United States 2020-10-21

#include <memory>
#include <string>

#include "graph/base/result.h"
#include "graph/model/ontology.h"
#include "graph/store/reader.h"
#include "graph/store/store.h"

namespace kg::testing {

std::shared_ptr<const Ontology> QueryTestOntology();

// Writes the graph above into `store` (opened read-write).
Status BuildQueryTestGraph(Store* store);

// The graph above, built once per test binary in a temporary directory.
class QueryTestGraph {
 public:
  static QueryTestGraph& Get();
  const Reader& reader() const { return *reader_; }
  const std::string& path() const { return path_; }

 private:
  QueryTestGraph();
  std::string path_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<Reader> reader_;
};

}  // namespace kg::testing
