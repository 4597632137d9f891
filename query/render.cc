#include "query/render.h"

#include <cmath>
#include <cstdio>

#include <unicode/utf8.h>

#include "query/eval.h"
#include "query/properties.h"

namespace kg::query {

namespace {

const ValueList* ListPtr(const Value& v) {
  const auto* p = std::get_if<std::shared_ptr<ValueList>>(&v.v);
  return p && *p ? p->get() : nullptr;
}

std::string Number(double d) {
  if (!std::isfinite(d)) return "null";  // JSON has no NaN or infinity
  char buf[40];
  std::snprintf(buf, sizeof(buf), "%.15g", d);
  std::string s = buf;
  if (s.find_first_of(".eE") == std::string::npos) s += ".0";
  return s;
}

}  // namespace

std::string JsonQuote(std::string_view s) {
  std::string out = "\"";
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(s.size());
  while (i < n) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c < 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD for an invalid byte
      continue;
    }
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof(buf), "\\u%04x", static_cast<unsigned>(c));
          out += buf;
        } else {
          out.append(s.substr(start, i - start));
        }
    }
  }
  return out + "\"";
}

Status ValueRenderer::AppendJson(const Value& v, std::string* out) {
  switch (v.v.index()) {
    case 0:
      *out += "null";
      return Status::OK();
    case 1:
      *out += std::get<bool>(v.v) ? "true" : "false";
      return Status::OK();
    case 2:
      *out += std::to_string(std::get<int64_t>(v.v));
      return Status::OK();
    case 3:
      *out += Number(std::get<double>(v.v));
      return Status::OK();
    case 4:
      *out += JsonQuote(std::get<std::string>(v.v));
      return Status::OK();
    case 5:
      *out += JsonQuote(std::get<Date>(v.v).ToIso());
      return Status::OK();
    case 6: {
      const NodeRef& n = std::get<NodeRef>(v.v);
      KG_ASSIGN_OR_RETURN(auto props, PropertiesOf(ctx_, n));
      *out += "{\"_label\":" + JsonQuote(LabelOf(n));
      if (props.empty()) *out += ",\"id\":" + JsonQuote(n.id);  // gone from the store
      for (const auto& [key, value] : props) {
        *out += "," + JsonQuote(key) + ":";
        KG_RETURN_IF_ERROR(AppendJson(value, out));
      }
      *out += "}";
      return Status::OK();
    }
    case 7: {
      const RelRef& r = std::get<RelRef>(v.v);
      *out +=
          "{\"_type\":" + JsonQuote(r.type) + ",\"_start\":" + JsonQuote(r.from.id) + ",\"_end\":" + JsonQuote(r.to.id);
      if (!r.event_id.empty()) {
        KG_ASSIGN_OR_RETURN(auto props, PropertiesOf(ctx_, NodeRef{NodeRef::Label::kEvent, r.event_id}));
        if (props.empty()) *out += ",\"id\":" + JsonQuote(r.event_id);
        for (const auto& [key, value] : props) {
          *out += "," + JsonQuote(key) + ":";
          KG_RETURN_IF_ERROR(AppendJson(value, out));
        }
      }
      *out += "}";
      return Status::OK();
    }
    case 8: {
      const PathValue& p = std::get<PathValue>(v.v);
      *out += "{\"nodes\":[";
      for (size_t i = 0; i < p.nodes.size(); ++i) {
        if (i) *out += ",";
        KG_RETURN_IF_ERROR(AppendJson(p.nodes[i], out));
      }
      *out += "],\"relationships\":[";
      for (size_t i = 0; i < p.rels.size(); ++i) {
        if (i) *out += ",";
        KG_RETURN_IF_ERROR(AppendJson(p.rels[i], out));
      }
      *out += "]}";
      return Status::OK();
    }
    case 9: {
      *out += "[";
      const ValueList* l = ListPtr(v);
      for (size_t i = 0; l && i < l->size(); ++i) {
        if (i) *out += ",";
        KG_RETURN_IF_ERROR(AppendJson((*l)[i], out));
      }
      *out += "]";
      return Status::OK();
    }
    default: {
      *out += "{";
      const auto& m = std::get<std::shared_ptr<ValueMap>>(v.v);
      bool first = true;
      if (m) {
        for (const auto& [key, value] : *m) {
          *out += (first ? "" : ",") + JsonQuote(key) + ":";
          first = false;
          KG_RETURN_IF_ERROR(AppendJson(value, out));
        }
      }
      *out += "}";
      return Status::OK();
    }
  }
}

Result<std::string> ValueRenderer::ToJson(const Value& v) {
  std::string out;
  KG_RETURN_IF_ERROR(AppendJson(v, &out));
  return out;
}

Result<std::string> ValueRenderer::RowToJson(const std::vector<std::string>& columns, const std::vector<Value>& row) {
  std::string out = "{";
  for (size_t i = 0; i < columns.size() && i < row.size(); ++i) {
    out += (i ? "," : "") + JsonQuote(columns[i]) + ":";
    KG_RETURN_IF_ERROR(AppendJson(row[i], &out));
  }
  return out + "}";
}

Result<std::string> ValueRenderer::NodeText(const NodeRef& n) {
  switch (n.label) {
    case NodeRef::Label::kActor: {
      KG_ASSIGN_OR_RETURN(auto a, ctx_.GetActor(n.id));
      return a ? a->name + " (" + n.id + ")" : n.id;
    }
    case NodeRef::Label::kEvent: {
      KG_ASSIGN_OR_RETURN(auto e, ctx_.GetEvent(n.id));
      if (!e) return n.id;
      return e->type + (e->date.known() ? " " + e->date.ToIso() : "") + " (" + n.id + ")";
    }
    case NodeRef::Label::kArticle: {
      KG_ASSIGN_OR_RETURN(auto a, ctx_.GetArticle(n.id));
      return a && !a->title.empty() ? a->title + " (" + n.id + ")" : n.id;
    }
  }
  return n.id;
}

Result<std::string> ValueRenderer::ToText(const Value& v, std::string_view null_text) {
  switch (v.v.index()) {
    case 0:
      return std::string(null_text);
    case 6:
      return NodeText(std::get<NodeRef>(v.v));
    case 7: {
      const RelRef& r = std::get<RelRef>(v.v);
      KG_ASSIGN_OR_RETURN(std::string from, NodeText(r.from));
      KG_ASSIGN_OR_RETURN(std::string to, NodeText(r.to));
      std::string label = r.type;
      if (!r.event_id.empty()) {
        KG_ASSIGN_OR_RETURN(auto e, ctx_.GetEvent(r.event_id));
        if (e && e->date.known()) label += " " + e->date.ToIso();
      }
      return from + " -[" + label + "]-> " + to;
    }
    case 8: {
      const PathValue& p = std::get<PathValue>(v.v);
      std::string out;
      for (size_t i = 0; i < p.nodes.size(); ++i) {
        if (p.nodes[i].label == NodeRef::Label::kActor) {
          KG_ASSIGN_OR_RETURN(auto a, ctx_.GetActor(p.nodes[i].id));
          out += a ? a->name : p.nodes[i].id;
        } else {
          KG_ASSIGN_OR_RETURN(std::string t, NodeText(p.nodes[i]));
          out += t;
        }
        if (i < p.rels.size()) {
          const RelRef& r = p.rels[i];
          // Arrows follow the relationship, which may point against the path.
          const bool forward = r.from == p.nodes[i];
          out += forward ? " -[" + r.type + "]-> " : " <-[" + r.type + "]- ";
        }
      }
      return out;
    }
    case 9: {
      std::string out = "[";
      const ValueList* l = ListPtr(v);
      for (size_t i = 0; l && i < l->size(); ++i) {
        KG_ASSIGN_OR_RETURN(std::string t, ToText((*l)[i], "null"));
        out += (i ? ", " : "") + t;
      }
      return out + "]";
    }
    default:
      return ValueToPlainString(v);
  }
}

}  // namespace kg::query
