#include "ingest/source/envelope.h"

#include <nlohmann/json.hpp>

#include "graph/base/date.h"
#include "graph/base/hash.h"
#include "ingest/text/utf8.h"

namespace kg::ingest {

namespace {

using nlohmann::json;

Status OptionalString(const json& obj, const char* field, std::string* out) {
  auto it = obj.find(field);
  if (it == obj.end() || it->is_null()) return Status::OK();
  if (!it->is_string()) {
    return Status::InvalidArgument(std::string("field \"") + field + "\" must be a string, not " + it->type_name());
  }
  *out = it->get<std::string>();
  return Status::OK();
}

}  // namespace

std::string DerivedId(std::string_view text) { return "t" + Hex64(Hash64(text)); }

Result<RawArticle> ParseEnvelope(std::string_view text, std::string_view origin) {
  json obj;
  try {
    obj = json::parse(text.begin(), text.end());
  } catch (const json::parse_error& e) {
    std::string what = e.what();
    // nlohmann's message starts with "[json.exception.parse_error.101] parse error at ..."
    auto pos = what.find("] ");
    if (pos != std::string::npos) what = what.substr(pos + 2);
    return Status::InvalidArgument("malformed JSON: " + what);
  }
  if (!obj.is_object()) return Status::InvalidArgument(std::string("expected a JSON object, found ") + obj.type_name());
  RawArticle a;
  a.origin = std::string(origin);
  auto t = obj.find("text");
  if (t == obj.end() || t->is_null()) return Status::InvalidArgument("missing required field \"text\"");
  if (!t->is_string()) return Status::InvalidArgument(std::string("field \"text\" must be a string, not ") + t->type_name());
  a.text = t->get<std::string>();
  auto id = obj.find("id");
  if (id != obj.end() && id->is_number_integer()) {
    a.id = std::to_string(id->get<int64_t>());
  } else {
    KG_RETURN_IF_ERROR(OptionalString(obj, "id", &a.id));
  }
  KG_RETURN_IF_ERROR(OptionalString(obj, "title", &a.title));
  KG_RETURN_IF_ERROR(OptionalString(obj, "published", &a.published));
  KG_RETURN_IF_ERROR(OptionalString(obj, "lang", &a.lang));
  KG_RETURN_IF_ERROR(OptionalString(obj, "url", &a.url));
  KG_RETURN_IF_ERROR(OptionalString(obj, "source", &a.source));
  if (a.id.empty()) a.id = DerivedId(a.text);
  KG_RETURN_IF_ERROR(ValidateArticle(a));
  return a;
}

Status ValidateArticle(const RawArticle& a) {
  if (a.text.find('\0') != std::string::npos) return Status::InvalidArgument("text contains NUL bytes");
  size_t bad = 0;
  if (!IsValidUtf8(a.text, &bad)) {
    return Status::InvalidArgument("text is not valid UTF-8 (bad byte at offset " + std::to_string(bad) + ")");
  }
  bool blank = true;
  for (unsigned char c : a.text) {
    if (!(c == ' ' || c == '\n' || c == '\r' || c == '\t')) {
      blank = false;
      break;
    }
  }
  if (blank) return Status::InvalidArgument("text is empty");
  if (a.id.find('\0') != std::string::npos || !IsValidUtf8(a.id, &bad)) {
    return Status::InvalidArgument("id is not valid UTF-8 text");
  }
  if (!a.published.empty()) {
    auto d = Date::ParseIso(a.published);
    if (!d.ok()) return Status::InvalidArgument("field \"published\": " + d.status().message());
    if (d->precision != DatePrecision::kDay) {
      return Status::InvalidArgument("field \"published\" must give a day (YYYY-MM-DD), got '" + a.published + "'");
    }
  }
  if (!a.lang.empty()) {
    bool ok = a.lang.size() >= 2 && a.lang.size() <= 3;
    for (char c : a.lang) ok = ok && c >= 'a' && c <= 'z';
    if (!ok) return Status::InvalidArgument("field \"lang\" must be an ISO 639-1 code such as \"en\", got '" + a.lang + "'");
  }
  return Status::OK();
}

}  // namespace kg::ingest
