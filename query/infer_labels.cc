// Label inference for unlabelled nodes (grammar.md "Patterns and labels"):
// an event type as relationship type, and a variable-length relationship,
// join two Actors; SOURCE goes Actor -> Event, TARGET and ATTRIBUTED_TO
// Event -> Actor, MENTIONED_IN Event -> Article. A relationship without a
// type is decided by the labels around it: between two actors it is an
// event, between an actor and an event a stored relationship, next to an
// article MENTIONED_IN; when nothing decides, it is an event between two
// actors.

#include <algorithm>

#include "query/binder.h"
#include "query/schema.h"

namespace kg::query::internal {

namespace {

Status Error(SourceSpan span, const std::string& msg) { return Status::SemanticError(msg, span); }

enum class Decision : uint8_t { kDecided, kUndecided };

}  // namespace

Status Binder::SetLabel(int var, NodeLabel label, SourceSpan span, const std::string& why) {
  Variable& v = vars_[var];
  if (v.label == label || label == NodeLabel::kAny) return Status::OK();
  if (v.label == NodeLabel::kAny) {
    v.label = label;
    return Status::OK();
  }
  const std::string who = v.hidden ? "this node" : "'" + v.name + "'";
  return Error(span, who + " is an " + LabelName(v.label) + ", but " + why);
}

Status Binder::ResolveStoredHops(BoundEdge& e, const std::vector<StoredRel>& types, const ast::RelPattern& rel) {
  e.hops.clear();
  for (StoredRel t : types) {
    for (bool left_is_start : {true, false}) {
      if (e.direction == ast::Direction::kRight && !left_is_start) continue;
      if (e.direction == ast::Direction::kLeft && left_is_start) continue;
      e.hops.push_back({t, left_is_start});
    }
  }
  (void)rel;  // spans for errors are taken from the edge
  return Status::OK();
}

namespace {

// Keeps the hops whose end labels fit the nodes; returns false if none does.
bool FilterHops(BoundEdge& e, NodeLabel left, NodeLabel right) {
  std::vector<BoundEdge::Hop> kept;
  for (const auto& h : e.hops) {
    const auto& info = InfoOf(h.type);
    const NodeLabel want_left = h.left_is_start ? info.start : info.end;
    const NodeLabel want_right = h.left_is_start ? info.end : info.start;
    if ((left == NodeLabel::kAny || left == want_left) && (right == NodeLabel::kAny || right == want_right)) {
      kept.push_back(h);
    }
  }
  if (kept.empty()) return false;
  e.hops = std::move(kept);
  return true;
}

// The label every remaining hop gives the left (or right) node; kAny if they differ.
NodeLabel AgreedLabel(const BoundEdge& e, bool left) {
  NodeLabel agreed = NodeLabel::kAny;
  for (size_t i = 0; i < e.hops.size(); ++i) {
    const auto& info = InfoOf(e.hops[i].type);
    const NodeLabel l = (e.hops[i].left_is_start == left) ? info.start : info.end;
    if (i == 0)
      agreed = l;
    else if (agreed != l)
      return NodeLabel::kAny;
  }
  return agreed;
}

}  // namespace

std::string StoredTypesText(const BoundEdge& e) {
  std::string out;
  std::vector<StoredRel> seen;
  for (const auto& h : e.hops) {
    if (std::find(seen.begin(), seen.end(), h.type) != seen.end()) continue;
    seen.push_back(h.type);
    out += (out.empty() ? "" : "|") + std::string(StoredRelName(h.type));
  }
  return out;
}

Status Binder::InferLabels(std::vector<BoundEdge>& edges, const std::vector<int>& undecided_in,
                           const std::vector<const ast::RelPattern*>& rels) {
  std::vector<Decision> state(edges.size(), Decision::kDecided);
  for (int i : undecided_in) state[i] = Decision::kUndecided;
  auto label = [&](int var) { return vars_[var].label; };

  // One pass of the rules that follow from what is known; true if a label or
  // a decision changed.
  auto pass = [&]() -> Result<bool> {
    bool changed = false;
    for (size_t i = 0; i < edges.size(); ++i) {
      BoundEdge& e = edges[i];
      const NodeLabel before_l = label(e.left), before_r = label(e.right);
      if (state[i] == Decision::kUndecided) {
        const NodeLabel l = before_l, r = before_r;
        if (l == NodeLabel::kActor && r == NodeLabel::kActor) {
          e.kind = BoundEdge::Kind::kEvent;
          state[i] = Decision::kDecided;
          changed = true;
        } else if (l != NodeLabel::kAny && r != NodeLabel::kAny) {
          std::vector<StoredRel> all;
          for (const auto& s : StoredRels()) all.push_back(s.rel);
          KG_RETURN_IF_ERROR(ResolveStoredHops(e, all, *rels[i]));
          if (!FilterHops(e, l, r)) {
            return Error(e.span, std::string("no relationship joins ") + LabelName(l) + " to " + LabelName(r) +
                                     " in this direction (see `kg query --help` for the graph model)");
          }
          e.kind = BoundEdge::Kind::kStored;
          state[i] = Decision::kDecided;
          changed = true;
        } else if (l == NodeLabel::kArticle || r == NodeLabel::kArticle) {
          KG_RETURN_IF_ERROR(SetLabel(l == NodeLabel::kArticle ? e.right : e.left, NodeLabel::kEvent, e.span,
                                      "only events are MENTIONED_IN articles"));
          changed = true;
        }
        continue;
      }
      switch (e.kind) {
        case BoundEdge::Kind::kEvent:
        case BoundEdge::Kind::kVarLength: {
          const std::string why = e.kind == BoundEdge::Kind::kEvent
                                      ? "an event relationship joins two actors (use -[:SOURCE]-> or -[:TARGET]-> "
                                        "to reach events)"
                                      : "a variable-length relationship walks from actor to actor";
          KG_RETURN_IF_ERROR(SetLabel(e.left, NodeLabel::kActor, e.span, why));
          KG_RETURN_IF_ERROR(SetLabel(e.right, NodeLabel::kActor, e.span, why));
          break;
        }
        case BoundEdge::Kind::kStored: {
          const std::string types = StoredTypesText(e);
          if (!FilterHops(e, label(e.left), label(e.right))) {
            const auto& info = InfoOf(e.hops[0].type);
            return Error(e.span, std::string(info.name) + " goes from " + LabelName(info.start) + " to " +
                                     LabelName(info.end) + "; it cannot join " +
                                     (label(e.left) == NodeLabel::kAny ? "this node" : LabelName(label(e.left))) +
                                     " and " +
                                     (label(e.right) == NodeLabel::kAny ? "this node" : LabelName(label(e.right))) +
                                     " this way");
          }
          KG_RETURN_IF_ERROR(SetLabel(e.left, AgreedLabel(e, true), e.span, types + " does not lead to it"));
          KG_RETURN_IF_ERROR(SetLabel(e.right, AgreedLabel(e, false), e.span, types + " does not lead to it"));
          break;
        }
      }
      changed = changed || label(e.left) != before_l || label(e.right) != before_r;
    }
    return changed;
  };
  auto settle = [&]() -> Status {
    for (;;) {
      KG_ASSIGN_OR_RETURN(bool changed, pass());
      if (!changed) return Status::OK();
    }
  };
  KG_RETURN_IF_ERROR(settle());
  // Defaults, one at a time so that each can inform the next: an untyped
  // relationship from an actor leads to an actor (an event between them);
  // between two unlabelled nodes it is an event between two actors.
  for (int round = 0; round < 2; ++round) {
    for (;;) {
      bool applied = false;
      for (size_t i = 0; i < edges.size() && !applied; ++i) {
        if (state[i] != Decision::kUndecided) continue;
        const NodeLabel l = label(edges[i].left), r = label(edges[i].right);
        const bool one_actor =
            (l == NodeLabel::kActor && r == NodeLabel::kAny) || (r == NodeLabel::kActor && l == NodeLabel::kAny);
        const bool none = l == NodeLabel::kAny && r == NodeLabel::kAny;
        if ((round == 0 && one_actor) || (round == 1 && none)) {
          KG_RETURN_IF_ERROR(SetLabel(edges[i].left, NodeLabel::kActor, edges[i].span, ""));
          KG_RETURN_IF_ERROR(SetLabel(edges[i].right, NodeLabel::kActor, edges[i].span, ""));
          applied = true;
        }
      }
      if (!applied) break;
      KG_RETURN_IF_ERROR(settle());
    }
  }
  for (size_t i = 0; i < edges.size(); ++i) {
    if (state[i] != Decision::kUndecided) continue;
    const int unknown = label(edges[i].left) == NodeLabel::kAny ? edges[i].left : edges[i].right;
    return Error(vars_[unknown].span, "cannot tell what '" + vars_[unknown].name +
                                          "' is: an event is joined to actors (SOURCE, TARGET, ATTRIBUTED_TO) and "
                                          "to articles (MENTIONED_IN); add a label, e.g. (" +
                                          vars_[unknown].name + ":Actor)");
  }
  return Status::OK();
}

}  // namespace kg::query::internal
