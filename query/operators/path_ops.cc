// Walks over the actor graph: variable-length patterns (depth-first, every
// walk), shortest paths (breadth-first), and assembly of named paths.
//
// An event is an edge from its source actor to its target actor; events
// without a target (or source) are not edges. Undirected walks also pass
// through attribution: an event reported by X links X with its source and
// target ("who connects Pompeo and Ratcliffe"). Each hop reads the actor
// index of the actor it leaves, so a walk loads only the events it passes.

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "query/operators/operators.h"

namespace kg::query {

namespace {

// Guards against walks that would run away on a dense graph.
constexpr size_t kMaxWalks = 100000;
constexpr size_t kMaxSteps = 2000000;

struct Step {
  std::string other;  // the actor reached
  RelRef rel;
};

// The roles an actor has in the events that lead away from it, walking in
// the written direction (from_left) or against it.
std::vector<EventRole> WalkRoles(ast::Direction d, bool from_left) {
  if (d == ast::Direction::kBoth) return {EventRole::kSource, EventRole::kTarget, EventRole::kAttributedTo};
  const bool source = (d == ast::Direction::kRight) == from_left;
  return {source ? EventRole::kSource : EventRole::kTarget};
}

class Neighbours {
 public:
  Neighbours(ExecContext* ctx, std::vector<std::string> types, std::vector<EventRole> roles)
      : ctx_(ctx), types_(std::move(types)), roles_(std::move(roles)) {}

  Result<const std::vector<Step>*> Of(const std::string& actor) {
    auto it = cache_.find(actor);
    if (it != cache_.end()) return &it->second;
    std::vector<Step> steps;
    for (EventRole role : roles_) {
      std::vector<std::string> ids;
      KG_RETURN_IF_ERROR(ctx_->reader().EventsByActor(actor, role, DayRange::All(), [&](const std::string& id) {
        ids.push_back(id);
        return true;
      }));
      ctx_->stats().index_entries += ids.size();
      for (const auto& id : ids) {
        KG_ASSIGN_OR_RETURN(auto ev, ctx_->GetEvent(id));
        if (!ev) continue;
        if (!types_.empty() && std::find(types_.begin(), types_.end(), ev->type) == types_.end()) continue;
        auto rel = [&](const std::string& from, const std::string& to) {
          return RelRef{ev->type, {NodeRef::Label::kActor, from}, {NodeRef::Label::kActor, to}, id};
        };
        const std::string& src = ev->source_id;
        const std::string& tgt = ev->target_id;
        const std::string& said = ev->attributed_to_id;
        if (role == EventRole::kAttributedTo) {
          // The one who reported an event is linked with those it is about.
          for (const std::string* other : {&src, &tgt}) {
            if (!other->empty() && *other != actor) steps.push_back({*other, rel(actor, *other)});
          }
          continue;
        }
        const bool undirected = roles_.size() > 1;
        if (undirected && !said.empty() && said != actor) steps.push_back({said, rel(said, actor)});
        if (src.empty() || tgt.empty()) continue;
        if (role == EventRole::kTarget && undirected && src == tgt) continue;
        steps.push_back({role == EventRole::kSource ? tgt : src, rel(src, tgt)});
      }
    }
    return &cache_.emplace(actor, std::move(steps)).first->second;
  }

 private:
  ExecContext* ctx_;
  std::vector<std::string> types_;
  std::vector<EventRole> roles_;
  std::map<std::string, std::vector<Step>> cache_;
};

Value EventList(const PathValue& p) {
  auto list = std::make_shared<ValueList>();
  for (const auto& r : p.rels) list->push_back(NodeRef{NodeRef::Label::kEvent, r.event_id});
  return list;
}

}  // namespace

// ---- VarLengthOp ----

std::string VarLengthOp::Describe() const {
  return "VarLengthExpand " + spec_.text + " from " + spec_.from_name + " by actor index";
}

Status VarLengthOp::Start(const Row& in) {
  found_.clear();
  next_ = 0;
  const NodeRef* start = std::get_if<NodeRef>(&in[spec_.from_left ? spec_.left_slot : spec_.right_slot].v);
  if (!start || start->label != NodeRef::Label::kActor) return Status::OK();
  const NodeRef* end = nullptr;
  if (spec_.to_bound) {
    end = std::get_if<NodeRef>(&in[spec_.from_left ? spec_.right_slot : spec_.left_slot].v);
    if (!end) return Status::OK();
  }
  Neighbours next(ctx_, spec_.types, WalkRoles(spec_.direction, spec_.from_left));
  PathValue walk;
  walk.nodes.push_back(*start);
  std::set<std::string> used;  // events on the current walk
  size_t steps = 0;
  // Depth-first, recursively; depth is at most kMaxHops (binder).
  std::function<Status()> visit = [&]() -> Status {
    const int64_t depth = static_cast<int64_t>(walk.rels.size());
    if (depth >= spec_.min_hops && (!end || end->id == walk.nodes.back().id)) {
      if (found_.size() >= kMaxWalks) {
        return Status::InvalidArgument("more than " + std::to_string(kMaxWalks) + " walks match " + spec_.text +
                                       "; lower the upper bound or restrict the event types");
      }
      found_.push_back(walk);
    }
    if (depth >= spec_.max_hops) return Status::OK();
    KG_ASSIGN_OR_RETURN(const std::vector<Step>* out, next.Of(walk.nodes.back().id));
    for (const Step& s : *out) {
      if (used.count(s.rel.event_id)) continue;
      if (++steps > kMaxSteps) {
        return Status::InvalidArgument("the walk " + spec_.text + " visits too many events; lower the upper bound");
      }
      used.insert(s.rel.event_id);
      walk.nodes.push_back({NodeRef::Label::kActor, s.other});
      walk.rels.push_back(s.rel);
      KG_RETURN_IF_ERROR(visit());
      walk.nodes.pop_back();
      walk.rels.pop_back();
      used.erase(s.rel.event_id);
    }
    return Status::OK();
  };
  return visit();
}

Result<bool> VarLengthOp::Produce(const Row& in, Row* out) {
  if (next_ >= found_.size()) return false;
  PathValue seg = found_[next_++];
  if (!spec_.from_left) {
    std::reverse(seg.nodes.begin(), seg.nodes.end());
    std::reverse(seg.rels.begin(), seg.rels.end());
  }
  *out = in;
  (*out)[spec_.left_slot] = seg.nodes.front();
  (*out)[spec_.right_slot] = seg.nodes.back();
  if (spec_.list_slot >= 0) (*out)[spec_.list_slot] = EventList(seg);
  (*out)[spec_.segment_slot] = std::move(seg);
  return true;
}

// ---- ShortestPathOp ----

std::string ShortestPathOp::Describe() const {
  return std::string(spec_.all ? "AllShortestPaths " : "ShortestPath ") + spec_.text + " breadth-first by actor index";
}

Status ShortestPathOp::Start(const Row& in) {
  found_.clear();
  next_ = 0;
  const NodeRef* a = std::get_if<NodeRef>(&in[spec_.left_slot].v);
  const NodeRef* b = std::get_if<NodeRef>(&in[spec_.right_slot].v);
  if (!a || !b || a->label != NodeRef::Label::kActor || b->label != NodeRef::Label::kActor) return Status::OK();
  if (a->id == b->id) {
    if (spec_.min_hops == 0) found_.push_back(PathValue{{*a}, {}});
    return Status::OK();
  }
  Neighbours next(ctx_, spec_.types, WalkRoles(spec_.direction, true));
  std::map<std::string, int64_t> dist{{a->id, 0}};
  std::map<std::string, std::vector<std::pair<std::string, RelRef>>> parents;
  std::vector<std::string> frontier{a->id};
  for (int64_t depth = 0; depth < spec_.max_hops && !frontier.empty() && !dist.count(b->id); ++depth) {
    std::vector<std::string> following;
    for (const auto& u : frontier) {
      KG_ASSIGN_OR_RETURN(const std::vector<Step>* steps, next.Of(u));
      for (const Step& s : *steps) {
        auto it = dist.find(s.other);
        if (it == dist.end()) {
          dist[s.other] = depth + 1;
          parents[s.other].emplace_back(u, s.rel);
          following.push_back(s.other);
        } else if (spec_.all && it->second == depth + 1) {
          parents[s.other].emplace_back(u, s.rel);
        }
      }
      if (dist.size() > kMaxSteps) {
        return Status::InvalidArgument("the search " + spec_.text + " reaches too many actors; lower the upper bound");
      }
    }
    frontier = std::move(following);
  }
  if (!dist.count(b->id)) return Status::OK();
  // Walk back from b over the parents; every choice gives one shortest path.
  PathValue back;  // b first
  back.nodes.push_back(*b);
  std::function<Status(const std::string&)> unwind = [&](const std::string& at) -> Status {
    if (at == a->id) {
      if (found_.size() >= kMaxWalks) {
        return Status::InvalidArgument("more than " + std::to_string(kMaxWalks) + " shortest paths");
      }
      PathValue p = back;
      std::reverse(p.nodes.begin(), p.nodes.end());
      std::reverse(p.rels.begin(), p.rels.end());
      found_.push_back(std::move(p));
      return Status::OK();
    }
    for (const auto& [prev, rel] : parents[at]) {
      back.nodes.push_back({NodeRef::Label::kActor, prev});
      back.rels.push_back(rel);
      KG_RETURN_IF_ERROR(unwind(prev));
      back.nodes.pop_back();
      back.rels.pop_back();
      if (!spec_.all) break;
    }
    return Status::OK();
  };
  return unwind(b->id);
}

Result<bool> ShortestPathOp::Produce(const Row& in, Row* out) {
  if (next_ >= found_.size()) return false;
  *out = in;
  const PathValue& p = found_[next_++];
  if (spec_.list_slot >= 0) (*out)[spec_.list_slot] = EventList(p);
  (*out)[spec_.segment_slot] = p;
  return true;
}

// ---- BuildPathOp ----

Result<bool> BuildPathOp::Produce(const Row& in, Row* out) {
  if (done_) return false;
  done_ = true;
  *out = in;
  const NodeRef* first = std::get_if<NodeRef>(&in[first_node_slot_].v);
  if (!first) {
    (*out)[path_slot_] = Value();  // part of an OPTIONAL MATCH that did not match
    return true;
  }
  PathValue path;
  path.nodes.push_back(*first);
  for (const PathPiece& piece : pieces_) {
    if (piece.segment_slot >= 0) {
      const PathValue* seg = std::get_if<PathValue>(&in[piece.segment_slot].v);
      if (!seg) {
        (*out)[path_slot_] = Value();
        return true;
      }
      path.rels.insert(path.rels.end(), seg->rels.begin(), seg->rels.end());
      path.nodes.insert(path.nodes.end(), seg->nodes.begin() + 1, seg->nodes.end());
    } else {
      const RelRef* rel = std::get_if<RelRef>(&in[piece.rel_slot].v);
      const NodeRef* node = std::get_if<NodeRef>(&in[piece.node_slot].v);
      if (!rel || !node) {
        (*out)[path_slot_] = Value();
        return true;
      }
      path.rels.push_back(*rel);
      path.nodes.push_back(*node);
    }
  }
  (*out)[path_slot_] = std::move(path);
  return true;
}

}  // namespace kg::query
