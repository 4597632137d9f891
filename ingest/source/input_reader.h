#pragma once

// InputReader: turns the paths given to `kg ingest` into a stream of
// articles, one at a time, in a stable order.
//  - `.txt`: one article; id = file stem, published = options.txt_published.
//  - `.json`: one article object (or an array of them).
//  - `.jsonl` / `.ndjson`: one article per line; blank lines are skipped.
//  - a directory: all such files below it, recursively, sorted by path.
//  - `-`: JSONL on standard input.
// Bad input never stops the stream: each problem is delivered as an error
// naming the file and line, and reading goes on with the next record.

#include <functional>
#include <string>
#include <vector>

#include "graph/base/result.h"
#include "ingest/source/raw_article.h"

namespace kg::ingest {

struct InputOptions {
  size_t max_article_bytes = 8u << 20;  // per line, per .json/.txt file
  std::string txt_published;            // publication date for .txt files
  std::string txt_lang;                 // language for .txt files ("" = detect)
};

class InputReader {
 public:
  explicit InputReader(InputOptions options) : options_(std::move(options)) {}

  // fn(origin, article-or-error) for every record; fn returns false to stop.
  // `origin` is "path", "path:line" or "<stdin>:line". Errors about a whole
  // path (missing, unreadable, unsupported extension) are delivered the same way.
  void ForEach(const std::vector<std::string>& inputs,
               const std::function<bool(const std::string& origin, Result<RawArticle> article)>& fn) const;

  // The files a path expands to, sorted; errors for paths that do not exist.
  static Result<std::vector<std::string>> Expand(const std::string& path);

 private:
  bool ReadJsonLines(std::istream& in, const std::string& name,
                     const std::function<bool(const std::string&, Result<RawArticle>)>& fn) const;
  bool ReadJsonFile(const std::string& path,
                    const std::function<bool(const std::string&, Result<RawArticle>)>& fn) const;
  bool ReadTextFile(const std::string& path,
                    const std::function<bool(const std::string&, Result<RawArticle>)>& fn) const;
  InputOptions options_;
};

}  // namespace kg::ingest
