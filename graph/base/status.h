#pragma once

// Status: the outcome of an operation that can fail, in the style of leveldb.
// An OK status carries nothing; an error carries a code, a message and,
// for errors about a caller's input (a query, a JSON line), the byte span in
// that input where the problem is.

#include <cstdint>
#include <string>
#include <string_view>

namespace kg {

// A byte range in some caller-provided input text.
struct SourceSpan {
  uint32_t offset = 0;
  uint32_t length = 0;
};

class [[nodiscard]] Status {
 public:
  enum class Code : uint8_t {
    kOk = 0,
    kNotFound,
    kInvalidArgument,
    kCorruption,
    kIOError,
    kNotSupported,
    kSyntaxError,
    kSemanticError,
  };

  Status() = default;

  static Status OK() { return Status(); }
  static Status NotFound(std::string_view msg) { return {Code::kNotFound, msg}; }
  static Status InvalidArgument(std::string_view msg) {
    return {Code::kInvalidArgument, msg};
  }
  static Status Corruption(std::string_view msg) { return {Code::kCorruption, msg}; }
  static Status IOError(std::string_view msg) { return {Code::kIOError, msg}; }
  static Status NotSupported(std::string_view msg) { return {Code::kNotSupported, msg}; }
  static Status SyntaxError(std::string_view msg, SourceSpan span) {
    Status s(Code::kSyntaxError, msg);
    s.span_ = span;
    s.has_span_ = true;
    return s;
  }
  static Status SemanticError(std::string_view msg, SourceSpan span) {
    Status s(Code::kSemanticError, msg);
    s.span_ = span;
    s.has_span_ = true;
    return s;
  }

  bool ok() const { return code_ == Code::kOk; }
  bool IsNotFound() const { return code_ == Code::kNotFound; }
  bool IsInvalidArgument() const { return code_ == Code::kInvalidArgument; }
  bool IsCorruption() const { return code_ == Code::kCorruption; }
  bool IsIOError() const { return code_ == Code::kIOError; }
  bool IsNotSupported() const { return code_ == Code::kNotSupported; }
  bool IsSyntaxError() const { return code_ == Code::kSyntaxError; }
  bool IsSemanticError() const { return code_ == Code::kSemanticError; }

  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  bool has_span() const { return has_span_; }
  SourceSpan span() const { return span_; }

  // Returns a copy of this status with `context` prepended to the message,
  // e.g. WithContext("articles.jsonl:12") -> "articles.jsonl:12: bad date".
  Status WithContext(std::string_view context) const;

  // "OK" or "<code name>: <message>".
  std::string ToString() const;

 private:
  Status(Code code, std::string_view msg) : code_(code), message_(msg) {}

  Code code_ = Code::kOk;
  std::string message_;
  SourceSpan span_;
  bool has_span_ = false;
};

}  // namespace kg

#define KG_RETURN_IF_ERROR(expr)        \
  do {                                  \
    ::kg::Status _kg_status = (expr);   \
    if (!_kg_status.ok()) return _kg_status; \
  } while (0)

#define KG_CONCAT_INNER_(a, b) a##b
#define KG_CONCAT_(a, b) KG_CONCAT_INNER_(a, b)
#define KG_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                              \
  if (!tmp.ok()) return tmp.status();             \
  lhs = std::move(tmp).value()

// KG_ASSIGN_OR_RETURN(auto x, MaybeX()); returns the error status if any.
#define KG_ASSIGN_OR_RETURN(lhs, expr) \
  KG_ASSIGN_OR_RETURN_IMPL_(KG_CONCAT_(_kg_result_, __LINE__), lhs, expr)
