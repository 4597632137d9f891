#pragma once

// The graph model as queries see it (grammar.md "Graph model"): node labels
// with their properties, and the stored relationship types with the labels
// they join. Event types used as relationship types come from the store's
// ontology, not from here.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "query/bound.h"

namespace kg::query {

struct PropInfo {
  const char* name;
  Prop prop;
  Type type;
};

// The properties of nodes with label `l`, in display order. For kAny, the
// union over all labels (a name shared by labels appears once).
const std::vector<PropInfo>& PropsOf(NodeLabel l);
std::optional<PropInfo> FindProp(NodeLabel l, std::string_view name);
// True when nodes of label `l` have the property.
bool HasProp(NodeLabel l, Prop p);

// Case-insensitive; false when `name` is not a label.
bool ParseLabel(std::string_view name, NodeLabel* label);
std::vector<std::string> LabelNames();

struct StoredRelInfo {
  StoredRel rel;
  const char* name;
  NodeLabel start;
  NodeLabel end;
};
const std::vector<StoredRelInfo>& StoredRels();
const StoredRelInfo& InfoOf(StoredRel r);
// Case-insensitive; nullptr when `name` is not a stored relationship type.
const StoredRelInfo* FindStoredRel(std::string_view name);

}  // namespace kg::query
