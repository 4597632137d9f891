#include "query/schema.h"

#include <strings.h>

namespace kg::query {

namespace {

const std::vector<PropInfo>& ActorProps() {
  static const std::vector<PropInfo> v = {
      {"id", Prop::kId, Type::kString},         {"name", Prop::kName, Type::kString},
      {"kind", Prop::kKind, Type::kString},     {"country", Prop::kCountry, Type::kString},
      {"aliases", Prop::kAliases, Type::kList},
  };
  return v;
}

const std::vector<PropInfo>& EventProps() {
  static const std::vector<PropInfo> v = {
      {"id", Prop::kId, Type::kString},
      {"type", Prop::kType, Type::kString},
      {"date", Prop::kDate, Type::kDate},
      {"date_basis", Prop::kDateBasis, Type::kString},
      {"theme", Prop::kTheme, Type::kString},
      {"confidence", Prop::kConfidence, Type::kFloat},
      {"negated", Prop::kNegated, Type::kBool},
      {"modality", Prop::kModality, Type::kString},
      {"article_count", Prop::kArticleCount, Type::kInt},
      {"mention_count", Prop::kMentionCount, Type::kInt},
      {"cameo", Prop::kCameo, Type::kString},
      {"quad_class", Prop::kQuadClass, Type::kInt},
  };
  return v;
}

const std::vector<PropInfo>& ArticleProps() {
  static const std::vector<PropInfo> v = {
      {"id", Prop::kId, Type::kString},
      {"title", Prop::kTitle, Type::kString},
      {"published", Prop::kPublished, Type::kDate},
      {"lang", Prop::kLang, Type::kString},
      {"url", Prop::kUrl, Type::kString},
      {"source", Prop::kSource, Type::kString},
  };
  return v;
}

const std::vector<PropInfo>& AnyProps() {
  static const std::vector<PropInfo> v = [] {
    std::vector<PropInfo> all;
    for (const auto* list : {&ActorProps(), &EventProps(), &ArticleProps()}) {
      for (const auto& p : *list) {
        bool seen = false;
        for (const auto& q : all) seen = seen || q.prop == p.prop;
        if (!seen) all.push_back(p);
      }
    }
    return all;
  }();
  return v;
}

}  // namespace

const char* LabelName(NodeLabel l) {
  switch (l) {
    case NodeLabel::kActor:
      return "Actor";
    case NodeLabel::kEvent:
      return "Event";
    case NodeLabel::kArticle:
      return "Article";
    case NodeLabel::kAny:
      break;
  }
  return "";
}

NodeRef::Label ToRefLabel(NodeLabel l) {
  switch (l) {
    case NodeLabel::kEvent:
      return NodeRef::Label::kEvent;
    case NodeLabel::kArticle:
      return NodeRef::Label::kArticle;
    default:
      return NodeRef::Label::kActor;
  }
}

const char* TypeName(Type t) {
  switch (t) {
    case Type::kAny:
      return "Any";
    case Type::kNull:
      return "Null";
    case Type::kBool:
      return "Boolean";
    case Type::kInt:
      return "Integer";
    case Type::kFloat:
      return "Float";
    case Type::kString:
      return "String";
    case Type::kDate:
      return "Date";
    case Type::kNode:
      return "Node";
    case Type::kRel:
      return "Relationship";
    case Type::kPath:
      return "Path";
    case Type::kList:
      return "List";
  }
  return "?";
}

const char* StoredRelName(StoredRel r) { return InfoOf(r).name; }

const std::vector<PropInfo>& PropsOf(NodeLabel l) {
  switch (l) {
    case NodeLabel::kActor:
      return ActorProps();
    case NodeLabel::kEvent:
      return EventProps();
    case NodeLabel::kArticle:
      return ArticleProps();
    case NodeLabel::kAny:
      break;
  }
  return AnyProps();
}

std::optional<PropInfo> FindProp(NodeLabel l, std::string_view name) {
  for (const auto& p : PropsOf(l)) {
    if (name == p.name) return p;
  }
  return std::nullopt;
}

bool HasProp(NodeLabel l, Prop prop) {
  for (const auto& p : PropsOf(l)) {
    if (p.prop == prop) return true;
  }
  return false;
}

bool ParseLabel(std::string_view name, NodeLabel* label) {
  for (NodeLabel l : {NodeLabel::kActor, NodeLabel::kEvent, NodeLabel::kArticle}) {
    const std::string_view n = LabelName(l);
    if (n.size() == name.size() && strncasecmp(n.data(), name.data(), n.size()) == 0) {
      *label = l;
      return true;
    }
  }
  return false;
}

std::vector<std::string> LabelNames() { return {"Actor", "Event", "Article"}; }

const std::vector<StoredRelInfo>& StoredRels() {
  static const std::vector<StoredRelInfo> v = {
      {StoredRel::kSource, "SOURCE", NodeLabel::kActor, NodeLabel::kEvent},
      {StoredRel::kTarget, "TARGET", NodeLabel::kEvent, NodeLabel::kActor},
      {StoredRel::kAttributedTo, "ATTRIBUTED_TO", NodeLabel::kEvent, NodeLabel::kActor},
      {StoredRel::kMentionedIn, "MENTIONED_IN", NodeLabel::kEvent, NodeLabel::kArticle},
  };
  return v;
}

const StoredRelInfo& InfoOf(StoredRel r) { return StoredRels()[static_cast<size_t>(r)]; }

const StoredRelInfo* FindStoredRel(std::string_view name) {
  for (const auto& r : StoredRels()) {
    const std::string_view n = r.name;
    if (n.size() == name.size() && strncasecmp(n.data(), name.data(), n.size()) == 0) return &r;
  }
  return nullptr;
}

}  // namespace kg::query
