// kg: builds an event knowledge graph from multilingual news and queries it.
// This file declares the command line (CLI11) and holds the only catch.

#include <CLI/CLI.hpp>

#include <iostream>

#include "tools/kg/cli_common.h"
#include "tools/kg/commands.h"
#include "tools/kg/eval_gold.h"

namespace kg::cli {
namespace {

void AddListCommand(CLI::App& app, const std::string& name, const std::string& help, ListOptions& o, int& rc) {
  CLI::App* c = app.add_subcommand(name, help);
  if (name == "events") {
    c->add_option("--type", o.type, "only events of this type (e.g. ACCUSE)");
    c->add_option("--actor", o.actor, "only events involving the actor with this name (any script) or id");
    c->add_option("--from", o.from, "only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)");
    c->add_option("--to", o.to, "only events on or before this date");
  } else if (name == "actors") {
    c->add_option("--actor", o.actor, "only the actor with this name (any script) or id");
  }
  c->add_option("--article", o.article, "only what this article contributed");
  c->add_option("--lang", o.lang, "only what articles in this language contributed");
  c->add_option("--limit", o.limit, "print at most this many");
  c->add_option("--format", o.format, "jsonl (one object per line) or json (one array)")
      ->check(CLI::IsMember({"jsonl", "json"}));
  c->callback([&o, &rc, name] {
    o.what = name;
    rc = RunList(o);
  });
}

// --query or --actor/--type/--from/--to/--depth: what `timeline` and
// `export dot` render.
void AddSliceOptions(CLI::App* c, SliceArgs& a) {
  CLI::Option* q = c->add_option("--query", a.query, "a query whose events, actors and paths to render");
  c->add_option("--param", a.params, "query parameter name=value (repeatable)")->needs(q);
  c->add_option("--actor", a.actor, "an actor (name in any script, or id) and its neighbourhood")->excludes(q);
  c->add_option("--type", a.types, "only events of these types (repeatable or comma-separated)")
      ->delimiter(',')
      ->excludes(q);
  c->add_option("--from", a.from, "only events within [from, to]: YYYY, YYYY-MM or YYYY-MM-DD")->excludes(q);
  c->add_option("--to", a.to, "see --from")->excludes(q);
  c->add_option("--depth", a.depth, "with --actor: events up to this many hops away (default 1)")
      ->check(CLI::Range(1, 10))
      ->excludes(q);
}

int Main(int argc, char** argv) {
  CLI::App app{"kg: an event knowledge graph from news in Arabic, English, Japanese and Polish"};
  app.require_subcommand(1);
  app.fallthrough();  // global options are accepted after the subcommand too
  GlobalOptions& g = Globals();
  app.add_option("--db", g.db, "store directory (default: $KG_DB, else ./kg.db)");
  app.add_option("--data-dir", g.data_dir, "kg's data directory (default: $KG_DATA_DIR, else <kg>/../share/kg)");
  app.add_flag("-q,--quiet", g.quiet, "no progress or summary on stderr");
  int rc = kExitOk;

  IngestOptions ingest;
  CLI::App* ci = app.add_subcommand("ingest", "read articles into the store (.txt, .json, .jsonl, directories, - for stdin)");
  ci->add_option("inputs", ingest.inputs, "files, directories, or - for JSONL on stdin")->required();
  ci->add_option("--published", ingest.published, "publication date (YYYY-MM-DD) for .txt files");
  ci->add_option("--lang", ingest.lang, "language of .txt files (default: detected)");
  ci->add_option("--max-article-mb", ingest.max_article_mb, "largest accepted article or JSONL line, in MB")
      ->check(CLI::PositiveNumber);
  ci->add_option("--dict", ingest.dictionaries, "extra actor dictionary file or directory (repeatable)");
  ci->add_flag("!--no-progress", ingest.progress, "no progress line even on a terminal");
  ci->callback([&] { rc = RunIngest(ingest); });

  ListOptions events, actors, articles;
  AddListCommand(app, "events", "print events as JSON lines, ordered by date", events, rc);
  AddListCommand(app, "actors", "print actors with their names per language and mentions", actors, rc);
  AddListCommand(app, "articles", "print the articles in the store", articles, rc);

  StatsOptions stats;
  CLI::App* cs = app.add_subcommand("stats", "counts of articles, actors and events");
  cs->add_option("--format", stats.format, "table or json (default: table on a terminal, else json)")
      ->check(CLI::IsMember({"table", "json"}));
  cs->callback([&] { rc = RunStats(stats); });

  InspectOptions inspect;
  CLI::App* cn = app.add_subcommand("inspect", "dump decoded keys and values of one column family");
  cn->add_option("column_family", inspect.column_family, "e.g. events, actor_events, alias_index")->required();
  cn->add_option("--limit", inspect.limit, "at most this many entries (default 50, -1 for all)");
  cn->callback([&] { rc = RunInspect(inspect); });

  TimelineOptions timeline;
  CLI::App* ct = app.add_subcommand("timeline", "events in date order as TimelineJS3, vis-timeline or kg JSON");
  AddSliceOptions(ct, timeline.slice);
  ct->add_option("--format", timeline.format, "timelinejs (default), vis or kg (schemas/timeline.v1.schema.json)")
      ->check(CLI::IsMember({"timelinejs", "vis", "kg"}));
  ct->add_option("-o,--output", timeline.output, "write to this file (default: stdout)");
  ct->add_option("--title", timeline.title, "the timeline's title");
  ct->add_option("--group-by", timeline.group_by, "type (default) or quad (CAMEO quad class)")
      ->check(CLI::IsMember({"type", "quad"}));
  ct->callback([&] { rc = RunTimeline(timeline); });

  ExportDotOptions export_dot;
  CLI::App* ce = app.add_subcommand("export", "write the graph for other tools");
  ce->require_subcommand(1);
  CLI::App* ced = ce->add_subcommand("dot", "GraphViz DOT of a query result or of an actor's neighbourhood");
  AddSliceOptions(ced, export_dot.slice);
  ced->add_flag("--events-as-nodes", export_dot.events_as_nodes, "draw events as nodes instead of edges");
  ced->add_flag("--cluster-by-country", export_dot.cluster_by_country, "group actors in one box per country");
  ced->add_option("-o,--output", export_dot.output, "write DOT to this file (default: stdout unless --svg)");
  ced->add_option("--svg", export_dot.svg, "also render SVG to this file with GraphViz's dot program");
  ced->add_option("--title", export_dot.title, "a label for the graph");
  ced->callback([&] { rc = RunExportDot(export_dot); });

  AnalyzeOptions analyze;
  CLI::App* ca = app.add_subcommand("analyze", "graph algorithms over the actor graph built from events");
  ca->require_subcommand(1);
  auto add_analysis = [&](const std::string& name, const std::string& help) {
    CLI::App* c = ca->add_subcommand(name, help);
    c->add_option("--type", analyze.types, "only events of these types (repeatable or comma-separated)")
        ->delimiter(',');
    c->add_option("--from", analyze.from, "only events within [from, to]: YYYY, YYYY-MM or YYYY-MM-DD");
    c->add_option("--to", analyze.to, "see --from");
    c->add_option("--limit", analyze.limit, "print at most this many rows (default 20, -1 for all)");
    c->add_option("--format", analyze.format, "table, json or jsonl (default: table on a terminal, else jsonl)")
        ->check(CLI::IsMember({"table", "json", "jsonl"}));
    c->add_flag("--no-attribution", analyze.no_attribution,
                "ignore the link from a speaker to whom they talk about (reported speech)");
    c->callback([&, name] {
      analyze.algorithm = name;
      rc = RunAnalyze(analyze);
    });
    return c;
  };
  add_analysis("pagerank", "rank actors by PageRank: who the events point at");
  add_analysis("betweenness", "rank actors by betweenness centrality: who links the others")
      ->add_flag("--directed", analyze.directed, "follow events from source to target only");
  add_analysis("components", "groups of actors connected through events, largest first");
  CLI::App* cnb = add_analysis("neighbours", "actors within --depth hops of an actor");
  cnb->add_option("actor", analyze.actors, "an actor name (any script) or id")->required()->expected(1);
  cnb->add_option("--depth", analyze.depth, "hops (default 1)")->check(CLI::Range(0, 20));
  cnb->add_flag("--directed", analyze.directed, "follow events from source to target only");
  CLI::App* cpa = add_analysis("path", "a shortest path between two actors, with the events that link them");
  cpa->add_option("actors", analyze.actors, "FROM TO: actor names (any script) or ids")->required()->expected(2);
  cpa->add_flag("--directed", analyze.directed, "follow events from source to target only");

  // kg eval tempeval DIR: scores the time tagger on TimeML (TempEval-3).
  CLI::App* cev = nullptr;  // "eval" may already hold other evaluations
  for (CLI::App* sub : app.get_subcommands([](CLI::App* a) { return a->get_name() == "eval"; })) cev = sub;
  if (cev == nullptr) {
    cev = app.add_subcommand("eval", "measure kg's analysers on outside evaluation sets");
    cev->require_subcommand(1);
  }
  EvalGoldOptions eval_gold;
  CLI::App* cgo = cev->add_subcommand("gold", "events and actors: precision and recall against hand-made gold (JSONL)");
  cgo->add_option("gold", eval_gold.gold, "gold file (format: tests/heldout/README.md)")->required();
  cgo->add_option("inputs", eval_gold.inputs, "the articles the gold describes (any kg input)")->required();
  cgo->add_option("--format", eval_gold.format, "text (default) or json")->check(CLI::IsMember({"text", "json"}));
  cgo->add_flag("--verbose", eval_gold.verbose, "list every missed and extra event and every actor miss");
  cgo->callback([&] { rc = RunEvalGold(eval_gold); });

  std::string tempeval_dir;
  bool tempeval_verbose = false;
  CLI::App* cte = cev->add_subcommand("tempeval", "time expressions: span and value scores on TempEval-3 .tml files");
  cte->add_option("dir", tempeval_dir, "directory of .tml files (e.g. tempeval3-platinum)")->required();
  cte->add_flag("--verbose", tempeval_verbose, "list every miss, spurious expression and wrong value");
  cte->callback([&] {
    Result<std::string> data = Globals().data_dir.empty() ? DataDir() : Result<std::string>(Globals().data_dir);
    rc = data.ok() ? RunEvalTempEval(tempeval_dir, *data, tempeval_verbose) : ReportError(data.status());
  });

  app.add_subcommand("check", "verify that every index agrees with the stored records")->callback([&] {
    rc = RunCheck();
  });

  QueryOptions query;
  CLI::App* cq = app.add_subcommand("query", "run a Cypher query on the store (see query/grammar.md)");
  cq->add_option("text", query.text, "the query, or - to read it from stdin")->required();
  cq->add_option("--param", query.params, "a query parameter $name: name=value (JSON, else a string); repeatable");
  cq->add_option("--format", query.format, "table, json, jsonl or csv (default: table on a terminal, else jsonl)")
      ->check(CLI::IsMember({"table", "json", "jsonl", "csv"}));
  cq->add_flag("--explain", query.explain, "print the query plan instead of running it");
  cq->callback([&] { rc = RunQueryCommand(query); });

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  } catch (const std::exception& e) {
    std::cerr << "kg: error: " << e.what() << "\n";
    return kExitFailure;
  }
  return rc;
}

}  // namespace
}  // namespace kg::cli

int main(int argc, char** argv) { return kg::cli::Main(argc, argv); }
