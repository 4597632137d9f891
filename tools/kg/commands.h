#pragma once

// The `kg` subcommands. Each has an options struct filled by the command
// line (main.cc, the only translation unit that includes CLI11, which is
// slow to compile) and a Run function in its own cmd_<name>.cc that returns
// the exit status. Run functions call only module facades.

#include <string>
#include <vector>

namespace kg::cli {

struct IngestOptions {
  std::vector<std::string> inputs;
  std::string published;  // for .txt files
  std::string lang;       // for .txt files
  double max_article_mb = 8;
  std::vector<std::string> dictionaries;
  bool progress = true;  // when stderr is a terminal
};
int RunIngest(const IngestOptions& o);

struct ListOptions {
  std::string what;  // events | actors | articles
  std::string type;
  std::string actor;
  std::string from, to;
  std::string article;
  std::string lang;
  long limit = -1;
  std::string format = "jsonl";  // jsonl | json
};
int RunList(const ListOptions& o);

struct StatsOptions {
  std::string format;  // "" = table on a terminal, json otherwise
};
int RunStats(const StatsOptions& o);

struct InspectOptions {
  std::string column_family;
  long limit = 50;
};
int RunInspect(const InspectOptions& o);
int RunCheck();

struct QueryOptions {
  std::string text;                 // the query, or "-" for stdin
  std::vector<std::string> params;  // name=value
  std::string format;               // "" = table on a terminal, else jsonl
  bool explain = false;
};
int RunQueryCommand(const QueryOptions& o);

// What `kg timeline` and `kg export dot` render: the events of a query
// (--query, with --param name=value), or of an actor's neighbourhood and/or
// a type and date filter (tools/kg/slice_loader.h).
struct SliceArgs {
  std::string query;
  std::vector<std::string> params;  // name=value
  std::string actor;
  std::vector<std::string> types;
  std::string from, to;
  int depth = 1;
};

struct TimelineOptions {
  SliceArgs slice;
  std::string format = "timelinejs";  // timelinejs | vis | kg
  std::string output;                 // "" or "-" = stdout
  std::string title;
  std::string group_by = "type";  // type | quad
};
int RunTimeline(const TimelineOptions& o);

struct ExportDotOptions {
  SliceArgs slice;
  bool events_as_nodes = false;
  bool cluster_by_country = false;
  std::string output;  // DOT file; "" = stdout unless --svg is given
  std::string svg;     // render through GraphViz `dot` into this file
  std::string title;
};
int RunExportDot(const ExportDotOptions& o);

struct AnalyzeOptions {
  std::string algorithm;            // pagerank | betweenness | components | neighbours | path
  std::vector<std::string> actors;  // neighbours: NAME; path: FROM TO
  std::vector<std::string> types;
  std::string from, to;
  int depth = 1;  // neighbours: hops
  long limit = 20;
  bool directed = false;
  bool no_attribution = false;
  std::string format;  // table | json | jsonl; "" = table on a terminal, else jsonl
};
int RunAnalyze(const AnalyzeOptions& o);

// kg eval tempeval DIR: scores TimeTagger (English) on TimeML .tml files with
// data_dir's time/ vocabulary; prints strict/relaxed span and value P/R/F1.
int RunEvalTempEval(const std::string& dir, const std::string& data_dir, bool verbose);

}  // namespace kg::cli
