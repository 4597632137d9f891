#include "query/properties.h"

#include <set>

#include "query/schema.h"

namespace kg::query {

namespace {

Value StringOrNull(const std::string& s) { return s.empty() ? Value() : Value(s); }

Value DateOrNull(const Date& d) { return d.known() ? Value(d) : Value(); }

Value ActorProperty(const Actor& a, Prop p) {
  switch (p) {
    case Prop::kId:
      return a.id;
    case Prop::kName:
      return StringOrNull(a.name);
    case Prop::kKind:
      return std::string(ActorKindName(a.kind));
    case Prop::kCountry:
      return StringOrNull(a.country);
    case Prop::kAliases: {
      auto list = std::make_shared<ValueList>();
      std::set<std::string> seen;
      for (const auto& alias : a.aliases) {
        if (seen.insert(alias.text).second) list->push_back(alias.text);
      }
      return list;
    }
    default:
      return Value();
  }
}

Value EventProperty(const Ontology& ontology, const Event& e, Prop p) {
  switch (p) {
    case Prop::kId:
      return e.id;
    case Prop::kType:
      return e.type;
    case Prop::kDate:
      return DateOrNull(e.date);
    case Prop::kDateBasis:
      return std::string(DateBasisName(e.date_basis));
    case Prop::kTheme:
      return StringOrNull(e.theme);
    case Prop::kConfidence:
      return e.confidence;
    case Prop::kNegated:
      return e.negated;
    case Prop::kModality:
      return std::string(ModalityName(e.modality));
    case Prop::kArticleCount:
      return static_cast<int64_t>(e.article_count);
    case Prop::kMentionCount:
      return static_cast<int64_t>(e.mention_count);
    case Prop::kCameo:
    case Prop::kQuadClass: {
      const EventTypeInfo* info = ontology.Find(e.type);
      if (!info) return Value();
      if (p == Prop::kCameo) return StringOrNull(info->cameo);
      return info->quad_class > 0 ? Value(static_cast<int64_t>(info->quad_class)) : Value();
    }
    default:
      return Value();
  }
}

Value ArticleProperty(const Article& a, Prop p) {
  switch (p) {
    case Prop::kId:
      return a.id;
    case Prop::kTitle:
      return StringOrNull(a.title);
    case Prop::kPublished:
      return DateOrNull(a.published_date);
    case Prop::kLang:
      return StringOrNull(a.lang);
    case Prop::kUrl:
      return StringOrNull(a.url);
    case Prop::kSource:
      return StringOrNull(a.source);
    default:
      return Value();
  }
}

NodeLabel LabelFromRef(NodeRef::Label l) {
  switch (l) {
    case NodeRef::Label::kActor:
      return NodeLabel::kActor;
    case NodeRef::Label::kEvent:
      return NodeLabel::kEvent;
    case NodeRef::Label::kArticle:
      return NodeLabel::kArticle;
  }
  return NodeLabel::kAny;
}

}  // namespace

const char* LabelOf(const NodeRef& node) { return LabelName(LabelFromRef(node.label)); }

Result<Value> PropertyOf(ExecContext& ctx, const NodeRef& node, Prop p) {
  switch (node.label) {
    case NodeRef::Label::kActor: {
      if (p == Prop::kId) return Value(node.id);
      KG_ASSIGN_OR_RETURN(auto a, ctx.GetActor(node.id));
      return a ? ActorProperty(*a, p) : Value();
    }
    case NodeRef::Label::kEvent: {
      if (p == Prop::kId) return Value(node.id);
      KG_ASSIGN_OR_RETURN(auto e, ctx.GetEvent(node.id));
      return e ? EventProperty(ctx.reader().ontology(), *e, p) : Value();
    }
    case NodeRef::Label::kArticle: {
      if (p == Prop::kId) return Value(node.id);
      KG_ASSIGN_OR_RETURN(auto a, ctx.GetArticle(node.id));
      return a ? ArticleProperty(*a, p) : Value();
    }
  }
  return Value();
}

Result<std::vector<std::pair<std::string, Value>>> PropertiesOf(ExecContext& ctx, const NodeRef& node) {
  std::vector<std::pair<std::string, Value>> out;
  // Load once to tell an absent node from one with null properties.
  bool present = false;
  switch (node.label) {
    case NodeRef::Label::kActor: {
      KG_ASSIGN_OR_RETURN(auto a, ctx.GetActor(node.id));
      present = a != nullptr;
      break;
    }
    case NodeRef::Label::kEvent: {
      KG_ASSIGN_OR_RETURN(auto e, ctx.GetEvent(node.id));
      present = e != nullptr;
      break;
    }
    case NodeRef::Label::kArticle: {
      KG_ASSIGN_OR_RETURN(auto a, ctx.GetArticle(node.id));
      present = a != nullptr;
      break;
    }
  }
  if (!present) return out;
  for (const PropInfo& info : PropsOf(LabelFromRef(node.label))) {
    KG_ASSIGN_OR_RETURN(Value v, PropertyOf(ctx, node, info.prop));
    if (!v.is_null()) out.emplace_back(info.name, std::move(v));
  }
  return out;
}

}  // namespace kg::query
