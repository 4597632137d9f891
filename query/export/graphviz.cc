#include "query/export/graphviz.h"

#include <map>
#include <sstream>
#include <vector>

#include "query/export/escape.h"
#include "query/export/event_text.h"

namespace kg::query {

namespace {

// A DOT double-quoted string.
std::string Q(std::string_view text) {
  std::string q = "\"";
  q += EscapeDotString(text);
  q += '"';
  return q;
}

const char* ShapeOf(ActorKind kind) {
  switch (kind) {
    case ActorKind::kPerson:
      return "ellipse";
    case ActorKind::kOrganization:
      return "box";
    case ActorKind::kCountry:
      return "doubleoctagon";
    case ActorKind::kGroup:
      return "hexagon";
    case ActorKind::kUnknown:
      break;
  }
  return "plaintext";
}

// Conflict in warm colours, cooperation in cool ones (CAMEO quad classes).
const char* ColourOf(const Event& e, const Ontology* ontology) {
  const EventTypeInfo* t = ontology ? ontology->Find(e.type) : nullptr;
  switch (t ? t->quad_class : 0) {
    case 1:
      return "#2b8cbe";  // verbal cooperation
    case 2:
      return "#238b45";  // material cooperation
    case 3:
      return "#e6550d";  // verbal conflict
    case 4:
      return "#cb181d";  // material conflict
    default:
      return "#555555";
  }
}

std::string EventLabel(const GraphSlice& slice, const Event& e, bool with_attribution) {
  std::string label = (e.negated ? "NOT " : "") + e.type;
  label += '\n';
  label += e.date.known() ? e.date.ToIso() : std::string("undated");
  if (with_attribution && !e.attributed_to_id.empty()) {
    label.append("\naccording to ").append(ActorLabel(slice, e.attributed_to_id));
  }
  return label;
}

class DotWriter {
 public:
  DotWriter(const GraphSlice& slice, const DotOptions& o) : slice_(slice), o_(o) {
    int n = 0;
    for (const auto& [id, actor] : slice.actors) actor_ids_[id] = std::string("a").append(std::to_string(n++));
  }

  std::string Render() {
    out_ << "digraph kg {\n";
    out_ << "  graph [charset=\"UTF-8\", rankdir=LR, fontname=\"sans-serif\", overlap=false";
    if (!o_.title.empty()) out_ << ", label=" << Q(o_.title) << ", labelloc=t";
    out_ << "];\n";
    out_ << "  node [fontname=\"sans-serif\", fontsize=12];\n";
    out_ << "  edge [fontname=\"sans-serif\", fontsize=10];\n";
    WriteActors();
    int n = 0;
    for (const auto& [id, se] : slice_.events) WriteEvent(se.event, std::string("e").append(std::to_string(n++)));
    out_ << "}\n";
    return out_.str();
  }

 private:
  void WriteActor(const Actor& a, const std::string& indent) {
    std::string tip = a.name + " (" + std::string(ActorKindName(a.kind));
    if (!a.country.empty()) tip += ", " + a.country;
    tip += ")\n" + a.id;
    out_ << indent << actor_ids_.at(a.id) << " [label=" << Q(a.name.empty() ? a.id : a.name)
         << ", shape=" << ShapeOf(a.kind) << ", tooltip=" << Q(tip);
    if (slice_.focus.count(a.id)) out_ << ", style=filled, fillcolor=\"#ffe9a8\", penwidth=2";
    out_ << "];\n";
  }

  void WriteActors() {
    if (!o_.cluster_by_country) {
      for (const auto& [id, a] : slice_.actors) WriteActor(a, "  ");
      return;
    }
    std::map<std::string, std::vector<const Actor*>> by_country;
    for (const auto& [id, a] : slice_.actors) by_country[a.country].push_back(&a);
    int n = 0;
    for (const auto& [country, actors] : by_country) {
      if (country.empty()) continue;
      std::string label = country;
      // The country actor itself, when present, names the cluster.
      for (const Actor* a : actors) {
        if (a->kind == ActorKind::kCountry && !a->name.empty()) label = country + " \xE2\x80\x94 " + a->name;
      }
      out_ << "  subgraph cluster_" << n++ << " {\n    label=" << Q(label) << ";\n    style=rounded;\n";
      for (const Actor* a : actors) WriteActor(*a, "    ");
      out_ << "  }\n";
    }
    auto it = by_country.find("");
    if (it != by_country.end()) {
      for (const Actor* a : it->second) WriteActor(*a, "  ");
    }
  }

  // The node id of an actor, creating a plaintext node for an id the slice
  // lacks (a store with a dangling reference) so the edge still renders.
  std::string ActorNode(const std::string& id) {
    auto it = actor_ids_.find(id);
    if (it != actor_ids_.end()) return it->second;
    std::string node = std::string("a").append(std::to_string(actor_ids_.size()));
    actor_ids_[id] = node;
    out_ << "  " << node << " [label=" << Q(id) << ", shape=plaintext];\n";
    return node;
  }

  void WriteEvent(const Event& e, const std::string& node) {
    const char* colour = ColourOf(e, o_.ontology);
    const std::string tip = EventHeadline(slice_, e);
    const bool as_edge = !o_.events_as_nodes && !e.source_id.empty() && !e.target_id.empty();
    if (as_edge) {
      out_ << "  " << ActorNode(e.source_id) << " -> " << ActorNode(e.target_id)
           << " [label=" << Q(EventLabel(slice_, e, true)) << ", tooltip=" << Q(tip) << ", color=\"" << colour
           << "\", fontcolor=\"" << colour << "\"" << (e.negated ? ", style=dashed" : "") << "];\n";
      return;
    }
    std::string label = EventLabel(slice_, e, false);
    if (!e.theme.empty()) label.append("\n").append(TruncateChars(SanitizeUtf8(e.theme), 40));
    out_ << "  " << node << " [label=" << Q(label) << ", tooltip=" << Q(tip)
         << ", shape=note, style=filled, fillcolor=\"#f0f0f0\", color=\"" << colour << "\"];\n";
    if (!e.source_id.empty()) {
      out_ << "  " << ActorNode(e.source_id) << " -> " << node << " [color=\"" << colour << "\"];\n";
    }
    if (!e.target_id.empty()) {
      out_ << "  " << node << " -> " << ActorNode(e.target_id) << " [color=\"" << colour << "\"];\n";
    }
    if (!e.attributed_to_id.empty()) {
      out_ << "  " << ActorNode(e.attributed_to_id) << " -> " << node
           << " [style=dashed, label=\"according to\", color=\"#888888\", fontcolor=\"#888888\"];\n";
    }
  }

  const GraphSlice& slice_;
  const DotOptions& o_;
  std::map<std::string, std::string> actor_ids_;
  std::ostringstream out_;
};

}  // namespace

std::string RenderDot(const GraphSlice& slice, const DotOptions& options) {
  return DotWriter(slice, options).Render();
}

}  // namespace kg::query
