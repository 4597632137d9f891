#include "query/lexer.h"

#include <array>
#include <cctype>
#include <utility>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace kg::query {

namespace {

constexpr std::array<std::pair<std::string_view, Keyword>, 37> kKeywords = {{
    {"MATCH", Keyword::kMatch},
    {"OPTIONAL", Keyword::kOptional},
    {"WHERE", Keyword::kWhere},
    {"RETURN", Keyword::kReturn},
    {"DISTINCT", Keyword::kDistinct},
    {"AS", Keyword::kAs},
    {"ORDER", Keyword::kOrder},
    {"BY", Keyword::kBy},
    {"ASC", Keyword::kAsc},
    {"ASCENDING", Keyword::kAsc},
    {"DESC", Keyword::kDesc},
    {"DESCENDING", Keyword::kDesc},
    {"SKIP", Keyword::kSkip},
    {"LIMIT", Keyword::kLimit},
    {"AND", Keyword::kAnd},
    {"OR", Keyword::kOr},
    {"XOR", Keyword::kXor},
    {"NOT", Keyword::kNot},
    {"IN", Keyword::kIn},
    {"IS", Keyword::kIs},
    {"NULL", Keyword::kNull},
    {"TRUE", Keyword::kTrue},
    {"FALSE", Keyword::kFalse},
    {"STARTS", Keyword::kStarts},
    {"ENDS", Keyword::kEnds},
    {"WITH", Keyword::kWith},
    {"CONTAINS", Keyword::kContains},
    {"EXPLAIN", Keyword::kExplain},
    {"CREATE", Keyword::kCreate},
    {"MERGE", Keyword::kMerge},
    {"DELETE", Keyword::kDelete},
    {"DETACH", Keyword::kDetach},
    {"SET", Keyword::kSet},
    {"REMOVE", Keyword::kRemove},
    {"UNWIND", Keyword::kUnwind},
    {"CALL", Keyword::kCall},
    {"UNION", Keyword::kUnion},
}};

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::toupper(static_cast<unsigned char>(a[i])) != std::toupper(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

void AppendUtf8(std::string* out, UChar32 c) {
  char buf[4];
  int32_t n = 0;
  UBool error = false;
  U8_APPEND(buf, n, 4, c, error);
  if (!error) out->append(buf, n);
}

class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text) {}

  Result<std::vector<Token>> Run() {
    std::vector<Token> out;
    for (;;) {
      KG_RETURN_IF_ERROR(SkipSpaceAndComments());
      if (pos_ >= text_.size()) break;
      Token t;
      KG_RETURN_IF_ERROR(Next(&t));
      out.push_back(std::move(t));
    }
    Token end;
    end.span = {static_cast<uint32_t>(text_.size()), 0};
    out.push_back(end);
    return out;
  }

 private:
  Status Error(size_t start, size_t end, const std::string& msg) const {
    return Status::SyntaxError(msg, {static_cast<uint32_t>(start), static_cast<uint32_t>(end - start)});
  }

  // Decodes the code point at `at`; sets *next past it. Negative on bad UTF-8.
  UChar32 PeekCodePoint(size_t at, size_t* next) const {
    int32_t i = static_cast<int32_t>(at);
    UChar32 c;
    U8_NEXT(text_.data(), i, static_cast<int32_t>(text_.size()), c);
    *next = static_cast<size_t>(i);
    return c;
  }

  Status SkipSpaceAndComments() {
    while (pos_ < text_.size()) {
      const char c = text_[pos_];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
        ++pos_;
      } else if (text_.substr(pos_, 2) == "//") {
        while (pos_ < text_.size() && text_[pos_] != '\n') ++pos_;
      } else if (text_.substr(pos_, 2) == "/*") {
        const size_t end = text_.find("*/", pos_ + 2);
        if (end == std::string_view::npos) return Error(pos_, pos_ + 2, "unterminated comment");
        pos_ = end + 2;
      } else if (static_cast<unsigned char>(c) >= 0x80) {
        // Unicode white space (no-break space, ideographic space) separates too.
        size_t next;
        const UChar32 cp = PeekCodePoint(pos_, &next);
        if (cp < 0 || !u_isUWhiteSpace(cp)) return Status::OK();
        pos_ = next;
      } else {
        return Status::OK();
      }
    }
    return Status::OK();
  }

  void Finish(Token* t, TokenKind kind, size_t start) {
    t->kind = kind;
    t->span = {static_cast<uint32_t>(start), static_cast<uint32_t>(pos_ - start)};
    t->text = text_.substr(start, pos_ - start);
  }

  Status Next(Token* t) {
    const size_t start = pos_;
    const char c = text_[pos_];
    const char n = pos_ + 1 < text_.size() ? text_[pos_ + 1] : '\0';
    auto single = [&](TokenKind k, size_t len = 1) {
      pos_ += len;
      Finish(t, k, start);
      return Status::OK();
    };
    switch (c) {
      case '(':
        return single(TokenKind::kLParen);
      case ')':
        return single(TokenKind::kRParen);
      case '[':
        return single(TokenKind::kLBracket);
      case ']':
        return single(TokenKind::kRBracket);
      case '{':
        return single(TokenKind::kLBrace);
      case '}':
        return single(TokenKind::kRBrace);
      case ',':
        return single(TokenKind::kComma);
      case ':':
        return single(TokenKind::kColon);
      case ';':
        return single(TokenKind::kSemicolon);
      case '|':
        return single(TokenKind::kPipe);
      case '+':
        return single(TokenKind::kPlus);
      case '-':
        return single(TokenKind::kMinus);
      case '*':
        return single(TokenKind::kStar);
      case '/':
        return single(TokenKind::kSlash);
      case '%':
        return single(TokenKind::kPercent);
      case '=':
        return single(TokenKind::kEq);
      case '<':
        if (n == '=') return single(TokenKind::kLe, 2);
        if (n == '>') return single(TokenKind::kNe, 2);
        return single(TokenKind::kLt);
      case '>':
        if (n == '=') return single(TokenKind::kGe, 2);
        return single(TokenKind::kGt);
      case '!':
        if (n == '=') return single(TokenKind::kNe, 2);
        return Error(start, start + 1, "unexpected character '!' (use NOT, or <> for 'not equal')");
      case '.':
        if (n == '.') return single(TokenKind::kDotDot, 2);
        if (n >= '0' && n <= '9') return Number(t);
        return single(TokenKind::kDot);
      case '\'':
      case '"':
        return String(t);
      case '`':
        return QuotedName(t);
      case '$':
        return Parameter(t);
      default:
        break;
    }
    if (c >= '0' && c <= '9') return Number(t);
    size_t next;
    const UChar32 cp = PeekCodePoint(pos_, &next);
    if (cp < 0) return Error(start, start + 1, "invalid UTF-8 in the query");
    if (cp == '_' || u_isIDStart(cp)) return Word(t);
    std::string shown(text_.substr(start, next - start));
    return Error(start, next, "unexpected character '" + shown + "'");
  }

  // Consumes identifier characters starting at pos_; returns false when
  // the first one is not an identifier start.
  bool ScanName() {
    bool first = true;
    while (pos_ < text_.size()) {
      size_t next;
      const UChar32 cp = PeekCodePoint(pos_, &next);
      if (cp < 0) break;
      const bool ok = cp == '_' || (first ? u_isIDStart(cp) : u_isIDPart(cp) && !u_isIDIgnorable(cp)) ||
                      (!first && cp == 0x200C) || (!first && cp == 0x200D);  // ZWNJ/ZWJ (Persian, Arabic)
      if (!ok) break;
      pos_ = next;
      first = false;
    }
    return !first;
  }

  Status Word(Token* t) {
    const size_t start = pos_;
    ScanName();
    Finish(t, TokenKind::kIdentifier, start);
    t->value = std::string(t->text);
    const Keyword k = LookupKeyword(t->text);
    if (k != Keyword::kNone) {
      t->kind = TokenKind::kKeyword;
      t->keyword = k;
    }
    return Status::OK();
  }

  Status Parameter(Token* t) {
    const size_t start = pos_++;
    const size_t name_start = pos_;
    if (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') {
      while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') ++pos_;
    } else if (!ScanName()) {
      return Error(start, start + 1, "expected a parameter name after '$'");
    }
    Finish(t, TokenKind::kParameter, start);
    t->value = std::string(text_.substr(name_start, pos_ - name_start));
    return Status::OK();
  }

  Status QuotedName(Token* t) {
    const size_t start = pos_++;
    std::string value;
    for (;;) {
      if (pos_ >= text_.size()) return Error(start, start + 1, "unterminated `quoted name`");
      if (text_[pos_] == '`') {
        if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '`') {  // `` is a literal back quote
          value += '`';
          pos_ += 2;
          continue;
        }
        ++pos_;
        break;
      }
      value += text_[pos_++];
    }
    if (value.empty()) return Error(start, pos_, "empty `quoted name`");
    Finish(t, TokenKind::kIdentifier, start);
    t->value = std::move(value);
    return Status::OK();
  }

  Status Number(Token* t) {
    const size_t start = pos_;
    bool is_float = false;
    while (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) ++pos_;
    // "1..3" is a range, not the float "1." followed by ".3".
    if (pos_ + 1 < text_.size() && text_[pos_] == '.' && std::isdigit(static_cast<unsigned char>(text_[pos_ + 1]))) {
      is_float = true;
      ++pos_;
      while (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) ++pos_;
    }
    if (pos_ < text_.size() && (text_[pos_] == 'e' || text_[pos_] == 'E')) {
      size_t p = pos_ + 1;
      if (p < text_.size() && (text_[p] == '+' || text_[p] == '-')) ++p;
      if (p < text_.size() && std::isdigit(static_cast<unsigned char>(text_[p]))) {
        is_float = true;
        pos_ = p;
        while (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) ++pos_;
      }
    }
    if (pos_ < text_.size()) {
      size_t next;
      const UChar32 cp = PeekCodePoint(pos_, &next);
      if (cp == '_' || (cp > 0 && u_isIDPart(cp) && !u_isIDIgnorable(cp))) {
        ScanName();
        return Error(start, pos_, "invalid number '" + std::string(text_.substr(start, pos_ - start)) + "'");
      }
    }
    Finish(t, is_float ? TokenKind::kFloat : TokenKind::kInteger, start);
    t->value = std::string(t->text);
    return Status::OK();
  }

  Status String(Token* t) {
    const size_t start = pos_;
    const char quote = text_[pos_++];
    std::string value;
    for (;;) {
      if (pos_ >= text_.size())
        return Error(start, start + 1, "unterminated string (missing closing " + std::string(1, quote) + ")");
      const char c = text_[pos_];
      if (c == quote) {
        ++pos_;
        break;
      }
      if (c == '\\') {
        KG_RETURN_IF_ERROR(Escape(&value));
        continue;
      }
      size_t next;
      if (PeekCodePoint(pos_, &next) < 0) return Error(pos_, pos_ + 1, "invalid UTF-8 in a string");
      value.append(text_.substr(pos_, next - pos_));
      pos_ = next;
    }
    Finish(t, TokenKind::kString, start);
    t->value = std::move(value);
    return Status::OK();
  }

  Status Escape(std::string* value) {
    const size_t start = pos_;
    if (pos_ + 1 >= text_.size()) return Error(start, start + 1, "unterminated escape");
    const char e = text_[pos_ + 1];
    pos_ += 2;
    switch (e) {
      case '\\':
        *value += '\\';
        return Status::OK();
      case '\'':
        *value += '\'';
        return Status::OK();
      case '"':
        *value += '"';
        return Status::OK();
      case 'n':
        *value += '\n';
        return Status::OK();
      case 't':
        *value += '\t';
        return Status::OK();
      case 'r':
        *value += '\r';
        return Status::OK();
      case 'u': {
        if (pos_ + 4 > text_.size()) return Error(start, pos_, "\\u needs four hex digits");
        UChar32 cp = 0;
        for (int i = 0; i < 4; ++i) {
          const char h = text_[pos_ + i];
          if (!std::isxdigit(static_cast<unsigned char>(h)))
            return Error(start, pos_ + i + 1, "\\u needs four hex digits");
          cp = cp * 16 + (std::isdigit(static_cast<unsigned char>(h)) ? h - '0' : (std::tolower(h) - 'a' + 10));
        }
        pos_ += 4;
        if (U_IS_SURROGATE(cp)) return Error(start, pos_, "\\u escape of a lone surrogate");
        AppendUtf8(value, cp);
        return Status::OK();
      }
      default:
        return Error(start, pos_, "unknown escape '\\" + std::string(1, e) + "'");
    }
  }

  std::string_view text_;
  size_t pos_ = 0;
};

}  // namespace

std::string_view KeywordName(Keyword k) {
  for (const auto& [name, kw] : kKeywords) {
    if (kw == k) return name;
  }
  return "";
}

Keyword LookupKeyword(std::string_view word) {
  if (word.size() > 10) return Keyword::kNone;
  for (const auto& [name, kw] : kKeywords) {
    if (EqualsIgnoreCase(name, word)) return kw;
  }
  return Keyword::kNone;
}

std::string DescribeToken(const Token& t) {
  switch (t.kind) {
    case TokenKind::kEnd:
      return "end of input";
    case TokenKind::kKeyword:
      return "keyword " + std::string(KeywordName(t.keyword));
    case TokenKind::kIdentifier:
      return "name '" + t.value + "'";
    case TokenKind::kString:
      return "string " + std::string(t.text);
    case TokenKind::kParameter:
      return "parameter " + std::string(t.text);
    case TokenKind::kInteger:
    case TokenKind::kFloat:
      return "number " + std::string(t.text);
    default:
      return "'" + std::string(t.text) + "'";
  }
}

Result<std::vector<Token>> Lex(std::string_view text) { return Lexer(text).Run(); }

}  // namespace kg::query
