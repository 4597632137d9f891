#pragma once

// Values flowing through query execution and out in a ResultSet.
// Nodes and relationships are references (ids); callers load the entities
// through a graph::Reader when they need more than the id.

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "graph/base/date.h"

namespace kg::query {

struct NodeRef {
  enum class Label : uint8_t { kActor, kEvent, kArticle };
  Label label = Label::kActor;
  std::string id;
  friend bool operator==(const NodeRef& a, const NodeRef& b) { return a.label == b.label && a.id == b.id; }
};

// A relationship. For the stored relationships (SOURCE, TARGET,
// ATTRIBUTED_TO, MENTIONED_IN) `from`/`to` are the two nodes. For the actor
// shorthand `(a)-[e:ACCUSE]->(b)`, type is the event type, from/to are the
// actors and `event_id` the event it stands for.
struct RelRef {
  std::string type;
  NodeRef from;
  NodeRef to;
  std::string event_id;  // "" for stored relationships
};

struct PathValue {
  std::vector<NodeRef> nodes;
  std::vector<RelRef> rels;  // rels[i] joins nodes[i] and nodes[i+1]
};

struct Value;
using ValueList = std::vector<Value>;
using ValueMap = std::map<std::string, Value>;

struct Value {
  using Storage = std::variant<std::monostate, bool, int64_t, double, std::string, Date, NodeRef, RelRef, PathValue,
                               std::shared_ptr<ValueList>, std::shared_ptr<ValueMap>>;
  Storage v;

  Value() = default;
  template <class T>
  Value(T x) : v(std::move(x)) {}  // NOLINT: implicit by design

  bool is_null() const { return std::holds_alternative<std::monostate>(v); }
};

}  // namespace kg::query
