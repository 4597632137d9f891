// kg: builds an event knowledge graph from multilingual news and queries it.
// This file declares the command line (CLI11) and holds the only catch.

#include <CLI/CLI.hpp>

#include <iostream>

#include "tools/kg/cli_common.h"
#include "tools/kg/commands.h"

namespace kg::cli {
namespace {

void AddListCommand(CLI::App& app, const std::string& name, const std::string& help, ListOptions& o, int& rc) {
  CLI::App* c = app.add_subcommand(name, help);
  c->add_option("--type", o.type, "only events of this type (e.g. ACCUSE)");
  c->add_option("--actor", o.actor, "only events involving / the actor with this name or id");
  c->add_option("--from", o.from, "only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)");
  c->add_option("--to", o.to, "only events on or before this date");
  c->add_option("--article", o.article, "only what this article contributed");
  c->add_option("--lang", o.lang, "only articles in this language");
  c->add_option("--limit", o.limit, "print at most this many");
  c->add_option("--format", o.format, "jsonl (one object per line) or json (one array)")
      ->check(CLI::IsMember({"jsonl", "json"}));
  c->callback([&o, &rc, name] {
    o.what = name;
    rc = RunList(o);
  });
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

  app.add_subcommand("check", "verify that every index agrees with the stored records")->callback([&] {
    rc = RunCheck();
  });

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
