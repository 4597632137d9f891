#pragma once

// The article envelope (schemas/article.v1.schema.json): a JSON object with
// "text" (required), "id", "title", "published" (ISO 8601 date or date-time),
// "lang" (ISO 639-1), "url", "source". Other fields are ignored.

#include <string_view>

#include "graph/base/result.h"
#include "ingest/source/raw_article.h"

namespace kg::ingest {

// Parses one envelope. Errors say what is wrong ("malformed JSON at byte 17:
// ...", "missing required field \"text\"", "unparsable date ...").
// `origin` is recorded in the article; it is not part of messages.
Result<RawArticle> ParseEnvelope(std::string_view json, std::string_view origin);

// Checks a RawArticle built from any input: text present, valid UTF-8, no
// NUL bytes, a parsable publication date and a plausible language code.
Status ValidateArticle(const RawArticle& a);

// An id derived from the text, for envelopes without one ("t" + 16 hex).
std::string DerivedId(std::string_view text);

}  // namespace kg::ingest
