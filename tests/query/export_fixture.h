#pragma once

// Hand-made stores for the export, timeline, DOT and analysis tests, written
// through Store::PutArticle from ArticleRecords built here (no ingest).
//
// News fixture (BuildNewsStore): multilingual articles about the 2020 US
// election with events of every date precision, an undated one, a negated
// one, reported speech, and names that need escaping:
//   a_en_1 (en): Iran SEND threatening e-mails -> voters 2020-10-21
//                (according to John Ratcliffe); United States ACCUSE Iran
//                2020-10-22; Russia OBTAIN voter data 2020-10-21;
//                Russia NOT ATTACK United States 2020-10-20
//   a_ar_1 (ar): United States ACCUSE Iran 2020-10-22 (merges with a_en_1's);
//                محمد جواد ظريف STATEMENT, undated
//   a_pl_1 (pl): Mike Pompeo ACCUSE Russia 2020-10 (month precision)
//   a_ja_1 (ja): 菅義偉 CONSULT Mike Pompeo 2020-10-06
//   a_en_2 (en, title with quotes/markup, javascript: URL): Proud Boys
//                THREATEN voters 2020 (year precision); FBI INVESTIGATE Iran
//                2020-01-10; Dr. "Q" \ {B} <x> ACCUSE محمد جواد ظريف 2019-05-01
//
// Analysis fixture (BuildAnalysisStore): persons A..I with
//   B->A, C->A, D->A, E->A (ACCUSE, 2020-10-0x), A->B (THREATEN 2020-10-05),
//   E->F (SEND 2020-10-06), G->H (CONSULT 2021-01-01), I alone (STATEMENT).
// Known results: PageRank A 0.4004 > B 0.3683 > H > F > the rest;
// undirected betweenness A 9/28, E 4/28, others 0; components of 6, 2, 1;
// shortest path C-A-E-F.

#include <memory>
#include <string>

#include "graph/model/ontology.h"
#include "graph/store/store.h"

namespace kg::testing {

std::shared_ptr<const Ontology> FixtureOntology();

// A new store at `path` holding the news fixture; aborts the test on error
// (returns nullptr after a failed assertion).
std::unique_ptr<Store> BuildNewsStore(const std::string& path);
std::unique_ptr<Store> BuildAnalysisStore(const std::string& path);

}  // namespace kg::testing
