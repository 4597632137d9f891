#pragma once

// The lexer: query text (UTF-8) to tokens.
//
// Identifiers start with a letter or '_' in any script (ICU u_isIDStart) and
// continue with u_isIDPart characters, so `إيران`, `イラン` and `Ławrow` are
// names; `back quotes` allow anything else. Strings are quoted with ' or "
// and take the escapes \\ \' \" \n \t \r and \uXXXX. Numbers are decimal
// integers and floats (1.5, 2e3). `//` and `/* */` are comments.

#include <string_view>
#include <vector>

#include "graph/base/result.h"
#include "query/token.h"

namespace kg::query {

// All tokens of `text`, ending with one kEnd token. Errors are
// Status::SyntaxError with the span of the offending character(s): invalid
// UTF-8, an unterminated string or comment, a bad escape, an unexpected
// character.
Result<std::vector<Token>> Lex(std::string_view text);

}  // namespace kg::query
