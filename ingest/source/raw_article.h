#pragma once

// RawArticle: one article as read from the input, before any analysis.

#include <string>

namespace kg::ingest {

struct RawArticle {
  std::string id;         // envelope id, file stem, or derived from the text
  std::string text;       // valid UTF-8 without NUL bytes
  std::string title;
  std::string published;  // ISO 8601 as given ("" if none); already validated
  std::string lang;       // envelope language ("" = detect)
  std::string url;
  std::string source;
  std::string origin;     // where it came from, for messages: "dir/a.jsonl:12"
};

}  // namespace kg::ingest
