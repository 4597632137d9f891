#pragma once

// Tokens of kg's query language (grammar in query/grammar.md). A token is a
// view into the query text plus its byte span, so every later stage can
// point at the exact place of an error.

#include <cstdint>
#include <string>
#include <string_view>

#include "graph/base/status.h"

namespace kg::query {

enum class TokenKind : uint8_t {
  kEnd,         // end of input
  kIdentifier,  // a name in any script, or `quoted`
  kKeyword,     // a reserved word; see Keyword
  kInteger,
  kFloat,
  kString,     // text is the literal as written; Token::value has it unescaped
  kParameter,  // $name; value holds the name
  kLParen,
  kRParen,
  kLBracket,
  kRBracket,
  kLBrace,
  kRBrace,
  kComma,
  kDot,
  kDotDot,
  kColon,
  kSemicolon,
  kPipe,
  kPlus,
  kMinus,
  kStar,
  kSlash,
  kPercent,
  kEq,
  kNe,  // <> or !=
  kLt,
  kLe,
  kGt,
  kGe,
};

// Reserved words, matched case-insensitively. Words kg does not support
// (CREATE, WITH, ...) are reserved too, so the parser can say so.
enum class Keyword : uint8_t {
  kNone,
  kMatch,
  kOptional,
  kWhere,
  kReturn,
  kDistinct,
  kAs,
  kOrder,
  kBy,
  kAsc,
  kDesc,
  kSkip,
  kLimit,
  kAnd,
  kOr,
  kXor,
  kNot,
  kIn,
  kIs,
  kNull,
  kTrue,
  kFalse,
  kStarts,
  kEnds,
  kWith,
  kContains,
  kExplain,
  // Not supported; reserved for clear messages.
  kCreate,
  kMerge,
  kDelete,
  kDetach,
  kSet,
  kRemove,
  kUnwind,
  kCall,
  kUnion,
};

struct Token {
  TokenKind kind = TokenKind::kEnd;
  Keyword keyword = Keyword::kNone;  // for kKeyword
  SourceSpan span;                   // bytes in the query text
  std::string_view text;             // the token as written
  std::string value;                 // unescaped string / identifier / parameter name
};

// The canonical upper-case spelling of a keyword ("MATCH").
std::string_view KeywordName(Keyword k);
// kNone when `word` is not reserved. Case-insensitive (ASCII).
Keyword LookupKeyword(std::string_view word);
// A short description for messages: "'('", "keyword RETURN", "end of input".
std::string DescribeToken(const Token& t);

}  // namespace kg::query
