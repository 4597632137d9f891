// Expansions along one relationship pattern. From an actor they read the
// actor index (actor -> events by role and day), so only that actor's
// events are loaded; from an event they read the event itself.

#include <set>

#include "query/operators/operators.h"
#include "query/schema.h"

namespace kg::query {

namespace {

const NodeRef* NodeIn(const Row& row, int slot, NodeRef::Label label) {
  const NodeRef* n = std::get_if<NodeRef>(&row[slot].v);
  return n && n->label == label ? n : nullptr;
}

bool TypeOk(const std::vector<std::string>& types, const std::string& type) {
  if (types.empty()) return true;
  for (const auto& t : types) {
    if (t == type) return true;
  }
  return false;
}

// Ids of the events where `actor` has `role`, within `range`.
Result<std::vector<std::string>> ActorEvents(ExecContext* ctx, const std::string& actor, EventRole role,
                                             const DayRange& range) {
  std::vector<std::string> ids;
  if (range.first > range.last && !range.include_undated) return ids;
  KG_RETURN_IF_ERROR(ctx->reader().EventsByActor(actor, role, range, [&](const std::string& id) {
    ids.push_back(id);
    return true;
  }));
  ctx->stats().index_entries += ids.size();
  return ids;
}

const char* RoleName(EventRole r) {
  switch (r) {
    case EventRole::kSource:
      return "source";
    case EventRole::kTarget:
      return "target";
    case EventRole::kAttributedTo:
      return "attributed_to";
    case EventRole::kAny:
      break;
  }
  return "any role";
}

// The roles the expanding actor can have in an actor-to-actor event.
std::vector<EventRole> RolesOf(ast::Direction d, bool from_left) {
  if (d == ast::Direction::kBoth) return {EventRole::kSource, EventRole::kTarget};
  const bool source = (d == ast::Direction::kRight) == from_left;
  return {source ? EventRole::kSource : EventRole::kTarget};
}

}  // namespace

// ---- ExpandEventOp ----

std::string ExpandEventOp::Describe() const {
  std::string out = "ExpandEvent " + spec_.text + " from " + spec_.from_name;
  if (spec_.from == EventExpandSpec::From::kEvent) return out + " (its source and target)";
  const auto roles = RolesOf(spec_.direction, spec_.from == EventExpandSpec::From::kLeft);
  out += " by actor index (as ";
  for (size_t i = 0; i < roles.size(); ++i) out += std::string(i ? " or " : "") + RoleName(roles[i]);
  const std::string days = spec_.dates.Describe();
  if (!days.empty()) out += ", " + days;
  return out + ")";
}

bool ExpandEventOp::Accepts(const Row& in, const std::string& left, const std::string& right) const {
  if (spec_.left_bound) {
    const NodeRef* n = NodeIn(in, spec_.left_slot, NodeRef::Label::kActor);
    if (!n || n->id != left) return false;
  }
  if (spec_.right_bound) {
    const NodeRef* n = NodeIn(in, spec_.right_slot, NodeRef::Label::kActor);
    if (!n || n->id != right) return false;
  }
  return true;
}

Status ExpandEventOp::FromActor(const Row& in, bool from_left) {
  const NodeRef* actor = NodeIn(in, from_left ? spec_.left_slot : spec_.right_slot, NodeRef::Label::kActor);
  if (!actor) return Status::OK();
  const DayRange range = spec_.dates.Range();
  for (EventRole role : RolesOf(spec_.direction, from_left)) {
    KG_ASSIGN_OR_RETURN(auto ids, ActorEvents(ctx_, actor->id, role, range));
    for (const auto& id : ids) {
      KG_ASSIGN_OR_RETURN(auto ev, ctx_->GetEvent(id));
      if (!ev || !TypeOk(spec_.types, ev->type)) continue;
      if (ev->source_id.empty() || ev->target_id.empty()) continue;
      // An event from an actor to itself is found under both roles; keep one.
      if (role == EventRole::kTarget && spec_.direction == ast::Direction::kBoth && ev->source_id == ev->target_id) {
        continue;
      }
      const std::string& other = role == EventRole::kSource ? ev->target_id : ev->source_id;
      const std::string& left = from_left ? actor->id : other;
      const std::string& right = from_left ? other : actor->id;
      if (!Accepts(in, left, right)) continue;
      found_.push_back(
          {id, left, right,
           RelRef{ev->type, {NodeRef::Label::kActor, ev->source_id}, {NodeRef::Label::kActor, ev->target_id}, id}});
    }
  }
  return Status::OK();
}

Status ExpandEventOp::FromEvent(const Row& in) {
  const NodeRef* event = NodeIn(in, spec_.event_slot, NodeRef::Label::kEvent);
  if (!event) return Status::OK();
  KG_ASSIGN_OR_RETURN(auto ev, ctx_->GetEvent(event->id));
  if (!ev || !TypeOk(spec_.types, ev->type)) return Status::OK();
  if (ev->source_id.empty() || ev->target_id.empty()) return Status::OK();
  const RelRef rel{
      ev->type, {NodeRef::Label::kActor, ev->source_id}, {NodeRef::Label::kActor, ev->target_id}, event->id};
  // Orientations (left, right) the pattern's direction allows.
  std::vector<std::pair<std::string, std::string>> ends;
  if (spec_.direction == ast::Direction::kRight) {
    ends = {{ev->source_id, ev->target_id}};
  } else if (spec_.direction == ast::Direction::kLeft) {
    ends = {{ev->target_id, ev->source_id}};
  } else {
    ends = {{ev->source_id, ev->target_id}};
    if (ev->source_id != ev->target_id) ends.emplace_back(ev->target_id, ev->source_id);
  }
  for (const auto& [left, right] : ends) {
    if (Accepts(in, left, right)) found_.push_back({event->id, left, right, rel});
  }
  return Status::OK();
}

Status ExpandEventOp::Start(const Row& in) {
  found_.clear();
  next_ = 0;
  switch (spec_.from) {
    case EventExpandSpec::From::kLeft:
      return FromActor(in, true);
    case EventExpandSpec::From::kRight:
      return FromActor(in, false);
    case EventExpandSpec::From::kEvent:
      return FromEvent(in);
  }
  return Status::OK();
}

Result<bool> ExpandEventOp::Produce(const Row& in, Row* out) {
  if (next_ >= found_.size()) return false;
  const Match& m = found_[next_++];
  *out = in;
  (*out)[spec_.event_slot] = NodeValue(NodeRef::Label::kEvent, m.event_id);
  (*out)[spec_.left_slot] = NodeValue(NodeRef::Label::kActor, m.left_id);
  (*out)[spec_.right_slot] = NodeValue(NodeRef::Label::kActor, m.right_id);
  (*out)[spec_.rel_slot] = m.rel;
  return true;
}

// ---- ExpandStoredOp ----

std::string ExpandStoredOp::Describe() const {
  std::string out = "ExpandStored " + spec_.text + " from " + spec_.from_name;
  switch (spec_.from_label) {
    case NodeLabel::kActor: {
      out += " by actor index";
      const std::string days = spec_.dates.Describe();
      if (!days.empty()) out += " (" + days + ")";
      return out;
    }
    case NodeLabel::kArticle:
      return out + " by article index";
    default:
      return out;
  }
}

Status ExpandStoredOp::Start(const Row& in) {
  found_.clear();
  next_ = 0;
  const int from_slot = spec_.from_left ? spec_.left_slot : spec_.right_slot;
  const int to_slot = spec_.from_left ? spec_.right_slot : spec_.left_slot;
  const NodeRef* from = std::get_if<NodeRef>(&in[from_slot].v);
  if (!from) return Status::OK();
  const NodeRef* bound_to = spec_.to_bound ? std::get_if<NodeRef>(&in[to_slot].v) : nullptr;
  if (spec_.to_bound && !bound_to) return Status::OK();
  const DayRange range = spec_.dates.Range();
  std::set<std::string> seen;  // "type|other": each relationship once
  for (const auto& hop : spec_.hops) {
    const StoredRelInfo& info = InfoOf(hop.type);
    const bool from_is_start = hop.left_is_start == spec_.from_left;
    const NodeLabel from_label = from_is_start ? info.start : info.end;
    if (ToRefLabel(from_label) != from->label) continue;
    const NodeRef::Label other_label = ToRefLabel(from_is_start ? info.end : info.start);
    std::vector<std::string> others;
    if (from->label == NodeRef::Label::kActor) {
      const EventRole role = hop.type == StoredRel::kSource   ? EventRole::kSource
                             : hop.type == StoredRel::kTarget ? EventRole::kTarget
                                                              : EventRole::kAttributedTo;
      KG_ASSIGN_OR_RETURN(others, ActorEvents(ctx_, from->id, role, range));
    } else if (from->label == NodeRef::Label::kArticle) {
      KG_RETURN_IF_ERROR(ctx_->reader().EventsOfArticle(from->id, [&](const std::string& id) {
        others.push_back(id);
        return true;
      }));
      ctx_->stats().index_entries += others.size();
    } else if (hop.type == StoredRel::kMentionedIn) {
      KG_ASSIGN_OR_RETURN(auto articles, ctx_->ArticlesOfEvent(from->id));
      others = *articles;
    } else {
      KG_ASSIGN_OR_RETURN(auto ev, ctx_->GetEvent(from->id));
      if (!ev) continue;
      const std::string& id = hop.type == StoredRel::kSource   ? ev->source_id
                              : hop.type == StoredRel::kTarget ? ev->target_id
                                                               : ev->attributed_to_id;
      if (!id.empty()) others.push_back(id);
    }
    for (const auto& id : others) {
      if (bound_to && (bound_to->label != other_label || bound_to->id != id)) continue;
      if (!seen.insert(std::string(info.name) + "|" + id).second) continue;
      NodeRef other{other_label, id};
      RelRef rel{info.name, from_is_start ? *from : other, from_is_start ? other : *from, ""};
      found_.emplace_back(std::move(other), std::move(rel));
    }
  }
  return Status::OK();
}

Result<bool> ExpandStoredOp::Produce(const Row& in, Row* out) {
  if (next_ >= found_.size()) return false;
  const auto& [other, rel] = found_[next_++];
  *out = in;
  (*out)[spec_.from_left ? spec_.right_slot : spec_.left_slot] = other;
  (*out)[spec_.rel_slot] = rel;
  return true;
}

}  // namespace kg::query
