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

}  // namespace kg::cli
