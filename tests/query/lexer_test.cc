#include "query/lexer.h"

#include <gtest/gtest.h>

namespace kg::query {
namespace {

std::vector<Token> MustLex(std::string_view text) {
  auto r = Lex(text);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? *r : std::vector<Token>{};
}

Status LexError(std::string_view text) {
  auto r = Lex(text);
  EXPECT_FALSE(r.ok()) << "lexed without error: " << text;
  return r.status();
}

TEST(LexerTest, IdentifiersInAnyScript) {
  const auto t = MustLex("إيران イラン Ławrow Россия 中国 _x1 a٣");
  ASSERT_EQ(t.size(), 8u);
  const std::vector<std::string> want = {"إيران", "イラン", "Ławrow", "Россия", "中国", "_x1", "a٣"};
  for (size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(t[i].kind, TokenKind::kIdentifier) << i;
    EXPECT_EQ(t[i].value, want[i]);
  }
  EXPECT_EQ(t.back().kind, TokenKind::kEnd);
}

TEST(LexerTest, PersianZeroWidthNonJoinerStaysInsideAName) {
  // "می‌خواهد" is one word with a ZWNJ (U+200C) in the middle.
  const auto t = MustLex("می\u200Cخواهد");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].value, "می\u200Cخواهد");
}

TEST(LexerTest, SpansAreByteOffsets) {
  const auto t = MustLex("'イラン' x");
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].span.offset, 0u);
  EXPECT_EQ(t[0].span.length, 11u);  // two quotes and three 3-byte characters
  EXPECT_EQ(t[1].span.offset, 12u);
}

TEST(LexerTest, StringsAndEscapes) {
  const auto t = MustLex(R"('it\'s' "say \"hi\"" 'a\\b\nc' '\u0625\u064A' 'مرحبا')");
  ASSERT_EQ(t.size(), 6u);
  EXPECT_EQ(t[0].value, "it's");
  EXPECT_EQ(t[1].value, "say \"hi\"");
  EXPECT_EQ(t[2].value, "a\\b\nc");
  EXPECT_EQ(t[3].value, "إي");
  EXPECT_EQ(t[4].value, "مرحبا");
  for (int i = 0; i < 5; ++i) EXPECT_EQ(t[i].kind, TokenKind::kString);
}

TEST(LexerTest, NumbersAndRanges) {
  const auto t = MustLex("1..3 1.5 .5 2e3 42 *..2");
  std::vector<TokenKind> kinds;
  for (const auto& x : t) kinds.push_back(x.kind);
  const std::vector<TokenKind> want = {TokenKind::kInteger, TokenKind::kDotDot,  TokenKind::kInteger, TokenKind::kFloat,
                                       TokenKind::kFloat,   TokenKind::kFloat,   TokenKind::kInteger, TokenKind::kStar,
                                       TokenKind::kDotDot,  TokenKind::kInteger, TokenKind::kEnd};
  EXPECT_EQ(kinds, want);
  EXPECT_EQ(t[3].value, "1.5");
}

TEST(LexerTest, KeywordsAreCaseInsensitive) {
  const auto t = MustLex("match Match MATCH optional `match` starts WITH");
  EXPECT_EQ(t[0].keyword, Keyword::kMatch);
  EXPECT_EQ(t[1].keyword, Keyword::kMatch);
  EXPECT_EQ(t[2].keyword, Keyword::kMatch);
  EXPECT_EQ(t[3].keyword, Keyword::kOptional);
  // Back quotes make any word a name.
  EXPECT_EQ(t[4].kind, TokenKind::kIdentifier);
  EXPECT_EQ(t[4].value, "match");
  EXPECT_EQ(t[5].keyword, Keyword::kStarts);
  EXPECT_EQ(t[6].keyword, Keyword::kWith);
}

TEST(LexerTest, OperatorsAndParameters) {
  const auto t = MustLex("<> != <= >= <-->$name $1 $إيران");
  std::vector<TokenKind> kinds;
  for (const auto& x : t) kinds.push_back(x.kind);
  const std::vector<TokenKind> want = {TokenKind::kNe,        TokenKind::kNe,        TokenKind::kLe,
                                       TokenKind::kGe,        TokenKind::kLt,        TokenKind::kMinus,
                                       TokenKind::kMinus,     TokenKind::kGt,        TokenKind::kParameter,
                                       TokenKind::kParameter, TokenKind::kParameter, TokenKind::kEnd};
  EXPECT_EQ(kinds, want);
  EXPECT_EQ(t[8].value, "name");
  EXPECT_EQ(t[9].value, "1");
  EXPECT_EQ(t[10].value, "إيران");
}

TEST(LexerTest, CommentsAndUnicodeSpacesSeparate) {
  const auto t = MustLex("a // comment\n/* block\n comment */b\u3000c\u00A0d");
  ASSERT_EQ(t.size(), 5u);
  EXPECT_EQ(t[1].value, "b");
  EXPECT_EQ(t[2].value, "c");
  EXPECT_EQ(t[3].value, "d");
}

TEST(LexerTest, ErrorsPointAtTheOffendingCharacters) {
  Status s = LexError("a → b");
  EXPECT_TRUE(s.IsSyntaxError());
  EXPECT_EQ(s.message(), "unexpected character '→'");
  EXPECT_EQ(s.span().offset, 2u);
  EXPECT_EQ(s.span().length, 3u);

  s = LexError("x 'abc");
  EXPECT_EQ(s.message(), "unterminated string (missing closing ')");
  EXPECT_EQ(s.span().offset, 2u);

  s = LexError("'a\\qb'");
  EXPECT_EQ(s.message(), "unknown escape '\\q'");
  EXPECT_EQ(s.span().offset, 2u);

  s = LexError("ab \xff");
  EXPECT_EQ(s.message(), "invalid UTF-8 in the query");
  EXPECT_EQ(s.span().offset, 3u);

  s = LexError("'\xe3\x82'");
  EXPECT_EQ(s.message(), "invalid UTF-8 in a string");

  EXPECT_EQ(LexError("12abc").message(), "invalid number '12abc'");
  EXPECT_EQ(LexError("/* open").message(), "unterminated comment");
  EXPECT_EQ(LexError("$").message(), "expected a parameter name after '$'");
  EXPECT_EQ(LexError("a ! b").message(), "unexpected character '!' (use NOT, or <> for 'not equal')");
}

}  // namespace
}  // namespace kg::query
