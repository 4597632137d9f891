// Planning of one MATCH clause (see planner.h for the strategy).

#include <algorithm>
#include <optional>

#include "query/operators/operators.h"
#include "query/planner.h"
#include "query/schema.h"

namespace kg::query::internal {

namespace {

// Relative costs; only their order matters.
constexpr int kCostFromEvent = 1;
constexpr int kCostFromArticle = 2;
constexpr int kCostFromActor = 3;
constexpr int kCostShortest = 4;
constexpr int kCostVarLength = 6;
constexpr int kScoreById = 1;
constexpr int kScoreByName = 1;
constexpr int kScoreByType = 5;
constexpr int kScoreByDate = 8;
constexpr int kScoreAllArticles = 15;
constexpr int kScoreAllActors = 20;
constexpr int kScoreAllEvents = 30;
constexpr int kScoreAllNodes = 40;

// The strings of a constant: a String, or a List of them.
std::optional<std::vector<std::string>> ConstStrings(const BExpr& e) {
  std::vector<std::string> out;
  auto add = [&](const Value& v) {
    if (const std::string* s = std::get_if<std::string>(&v.v)) {
      out.push_back(*s);
      return true;
    }
    return false;
  };
  if (e.kind == BKind::kConst) {
    if (add(e.value)) return out;
    if (const auto* l = std::get_if<std::shared_ptr<ValueList>>(&e.value.v)) {
      for (const Value& v : **l) {
        if (!add(v)) return std::nullopt;
      }
      return out;
    }
    return std::nullopt;
  }
  if (e.kind == BKind::kList) {
    for (const auto& a : e.args) {
      if (a->kind != BKind::kConst || !add(a->value)) return std::nullopt;
    }
    return out;
  }
  return std::nullopt;
}

bool IsPropOf(const BExpr& e, Prop p, int slot) {
  return e.kind == BKind::kProperty && e.prop == p && e.args[0]->kind == BKind::kSlot && e.args[0]->slot == slot;
}

struct Seed {
  ScanSpec::Mode mode;
  std::vector<std::string> keys;
  int conjunct;
  int score;
};

class MatchPlanner {
 public:
  MatchPlanner(BoundQuery& q, BoundMatch& m, std::vector<bool>* bound)
      : q_(q), m_(m), bound_(*bound), placed_(m.conjuncts.size(), false) {}

  Result<OperatorPtr> Run(OperatorPtr input) {
    root_ = std::move(input);
    PlaceFilters();
    std::vector<bool> done(m_.edges.size(), false);
    for (;;) {
      int best = -1, best_cost = 0;
      for (size_t i = 0; i < m_.edges.size(); ++i) {
        if (done[i]) continue;
        const int c = ExpandCost(static_cast<int>(i));
        if (c > 0 && (best < 0 || c < best_cost)) {
          best = static_cast<int>(i);
          best_cost = c;
        }
      }
      if (best >= 0) {
        Expand(best);
        done[best] = true;
        PlaceFilters();
        continue;
      }
      // Nothing to expand: scan the most selective unbound variable.
      int var = -1, score = 0;
      auto consider = [&](int v) {
        if (v < 0 || bound_[v]) return;
        const int s = ScanScore(v);
        if (var < 0 || s < score) {
          var = v;
          score = s;
        }
      };
      for (size_t i = 0; i < m_.edges.size(); ++i) {
        if (done[i]) continue;
        consider(m_.edges[i].left);
        consider(m_.edges[i].right);
        if (m_.edges[i].kind == BoundEdge::Kind::kEvent) consider(m_.edges[i].event_var);
      }
      if (var < 0) {
        for (int v : m_.nodes) consider(v);
      }
      if (var < 0) break;
      Scan(var);
      PlaceFilters();
    }
    BuildPaths();
    PlaceFilters();
    for (size_t i = 0; i < placed_.size(); ++i) {
      if (!placed_[i]) AddFilter(static_cast<int>(i));
    }
    return std::move(root_);
  }

 private:
  const Variable& Var(int v) const { return q_.vars[v]; }
  int Slot(int v) const { return q_.vars[v].slot; }
  bool Bound(int v) const { return v >= 0 && bound_[v]; }
  void Bind(int v) {
    if (v >= 0) bound_[v] = true;
  }

  bool SlotBound(int slot) const {
    for (size_t v = 0; v < q_.vars.size(); ++v) {
      if (q_.vars[v].slot == slot) return bound_[v];
    }
    return false;
  }

  void AddFilter(int c) {
    placed_[c] = true;
    root_ = std::make_unique<FilterOp>(std::move(root_), std::move(m_.conjuncts[c].expr), m_.conjuncts[c].text);
  }

  void PlaceFilters() {
    for (size_t c = 0; c < m_.conjuncts.size(); ++c) {
      if (placed_[c]) continue;
      const auto& slots = m_.conjuncts[c].slots;
      if (std::all_of(slots.begin(), slots.end(), [&](int s) { return SlotBound(s); })) AddFilter(static_cast<int>(c));
    }
  }

  // Conjuncts not yet applied that read only `var`.
  template <class Fn>
  void ForOwnConjuncts(int var, Fn fn) {
    for (size_t c = 0; c < m_.conjuncts.size(); ++c) {
      if (placed_[c]) continue;
      const auto& slots = m_.conjuncts[c].slots;
      if (slots.empty() || !std::all_of(slots.begin(), slots.end(), [&](int s) { return s == Slot(var); })) continue;
      fn(static_cast<int>(c), *m_.conjuncts[c].expr);
    }
  }

  // Date bounds on an event variable. With `consume`, the conjuncts that the
  // day range answers exactly (>=, > and IS NOT NULL: the index holds each
  // event under its first day) are marked applied.
  DateBounds DatesOf(int var, bool consume = false) {
    DateBounds d;
    if (Var(var).label != NodeLabel::kEvent) return d;
    const int slot = Slot(var);
    std::vector<int> exact;
    ForOwnConjuncts(var, [&](int c, const BExpr& e) {
      if (e.kind == BKind::kCompare && IsPropOf(*e.args[0], Prop::kDate, slot) && e.args[1]->kind == BKind::kConst) {
        if (const Date* date = std::get_if<Date>(&e.args[1]->value.v)) {
          if (e.op != ast::Op::kNe) d.bounds.emplace_back(e.op, *date);
          if (e.op == ast::Op::kGe || e.op == ast::Op::kGt) exact.push_back(c);
        }
      }
      if (e.kind == BKind::kIsNull && e.negated && IsPropOf(*e.args[0], Prop::kDate, slot)) {
        d.not_null = true;
        exact.push_back(c);
      }
    });
    if (consume) {
      for (int c : exact) placed_[c] = true;
    }
    return d;
  }

  std::optional<Seed> SeedOf(int var) {
    std::optional<Seed> best;
    const NodeLabel label = Var(var).label;
    const int slot = Slot(var);
    ForOwnConjuncts(var, [&](int c, const BExpr& e) {
      std::optional<Seed> s;
      if ((e.kind == BKind::kCompare && e.op == ast::Op::kEq) || e.kind == BKind::kIn) {
        if (label != NodeLabel::kAny && IsPropOf(*e.args[0], Prop::kId, slot)) {
          if (auto keys = ConstStrings(*e.args[1])) s = Seed{ScanSpec::Mode::kById, *keys, c, kScoreById};
        } else if (label == NodeLabel::kEvent && IsPropOf(*e.args[0], Prop::kType, slot)) {
          if (auto keys = ConstStrings(*e.args[1])) s = Seed{ScanSpec::Mode::kByType, *keys, c, kScoreByType};
        }
      }
      if ((e.kind == BKind::kActorNameEq || e.kind == BKind::kActorNameIn) && e.args[0]->kind == BKind::kSlot &&
          e.args[0]->slot == slot) {
        if (auto keys = ConstStrings(*e.args[1])) s = Seed{ScanSpec::Mode::kByName, *keys, c, kScoreByName};
      }
      if (s && (!best || s->score < best->score)) best = std::move(s);
    });
    return best;
  }

  // Event types an event variable must have, from the relationship it stands for.
  const std::vector<std::string>* EdgeTypes(int var) const {
    for (const auto& e : m_.edges) {
      if (e.kind == BoundEdge::Kind::kEvent && e.event_var == var && !e.event_types.empty()) return &e.event_types;
    }
    return nullptr;
  }

  int ScanScore(int var) {
    if (auto seed = SeedOf(var)) return seed->score;
    switch (Var(var).label) {
      case NodeLabel::kActor:
        return kScoreAllActors;
      case NodeLabel::kArticle:
        return kScoreAllArticles;
      case NodeLabel::kEvent:
        if (EdgeTypes(var)) return kScoreByType;
        return DatesOf(var).empty() ? kScoreAllEvents : kScoreByDate;
      case NodeLabel::kAny:
        break;
    }
    return kScoreAllNodes;
  }

  void Scan(int var) {
    ScanSpec spec;
    spec.label = Var(var).label;
    spec.slot = Slot(var);
    spec.var_text =
        "(" + Var(var).name + (spec.label == NodeLabel::kAny ? "" : std::string(":") + LabelName(spec.label)) + ")";
    auto seed = SeedOf(var);
    // An id or a name finds few nodes; dates are then checked by filters.
    const bool by_key = seed && seed->mode != ScanSpec::Mode::kByType;
    if (spec.label == NodeLabel::kEvent && !by_key) spec.dates = DatesOf(var, /*consume=*/true);
    if (seed) {
      spec.mode = seed->mode;
      spec.keys = seed->keys;
      spec.keys_text = m_.conjuncts[seed->conjunct].text;
      if (seed->mode == ScanSpec::Mode::kByType) spec.types = seed->keys;
      placed_[seed->conjunct] = true;  // the index answers it exactly
    } else if (const auto* types = spec.label == NodeLabel::kEvent ? EdgeTypes(var) : nullptr) {
      spec.mode = ScanSpec::Mode::kByType;
      spec.types = *types;
    } else if (spec.label == NodeLabel::kEvent && !spec.dates.empty()) {
      spec.mode = ScanSpec::Mode::kByDate;
    }
    root_ = std::make_unique<ScanOp>(std::move(root_), std::move(spec));
    Bind(var);
  }

  int ExpandCost(int i) const {
    const BoundEdge& e = m_.edges[i];
    const bool l = Bound(e.left), r = Bound(e.right);
    const BoundPath* path = PathOf(i);
    if (path && path->function != ast::PathFunction::kNone) return l && r ? kCostShortest : 0;
    switch (e.kind) {
      case BoundEdge::Kind::kEvent:
        if (Bound(e.event_var)) return kCostFromEvent;
        return l || r ? kCostFromActor : 0;
      case BoundEdge::Kind::kVarLength:
        return l || r ? kCostVarLength : 0;
      case BoundEdge::Kind::kStored: {
        int best = 0;
        for (int side : {e.left, e.right}) {
          if (!Bound(side)) continue;
          const NodeLabel lab = Var(side).label;
          const int c = lab == NodeLabel::kEvent     ? kCostFromEvent
                        : lab == NodeLabel::kArticle ? kCostFromArticle
                                                     : kCostFromActor;
          if (best == 0 || c < best) best = c;
        }
        return best;
      }
    }
    return 0;
  }

  const BoundPath* PathOf(int edge) const {
    for (const auto& p : m_.paths) {
      if (std::find(p.edges.begin(), p.edges.end(), edge) != p.edges.end()) return &p;
    }
    return nullptr;
  }

  void Expand(int i) {
    const BoundEdge& e = m_.edges[i];
    const BoundPath* path = PathOf(i);
    if (path && path->function != ast::PathFunction::kNone) {
      ShortestPathSpec s;
      s.text = path->text;
      s.types = e.event_types;
      s.direction = e.direction;
      s.left_slot = Slot(e.left);
      s.right_slot = Slot(e.right);
      s.min_hops = e.min_hops;
      s.max_hops = e.max_hops;
      s.all = path->function == ast::PathFunction::kAllShortest;
      s.list_slot = e.list_var >= 0 ? Slot(e.list_var) : -1;
      s.segment_slot = Slot(e.segment_var);
      root_ = std::make_unique<ShortestPathOp>(std::move(root_), std::move(s));
      Bind(e.list_var);
      Bind(e.segment_var);
      return;
    }
    switch (e.kind) {
      case BoundEdge::Kind::kEvent: {
        EventExpandSpec s;
        s.text = e.text;
        s.types = e.event_types;
        s.direction = e.direction;
        s.left_slot = Slot(e.left);
        s.right_slot = Slot(e.right);
        s.event_slot = Slot(e.event_var);
        s.rel_slot = Slot(e.rel_var);
        s.left_bound = Bound(e.left);
        s.right_bound = Bound(e.right);
        if (Bound(e.event_var)) {
          s.from = EventExpandSpec::From::kEvent;
          s.from_name = Var(e.event_var).name;
        } else {
          s.from = Bound(e.left) ? EventExpandSpec::From::kLeft : EventExpandSpec::From::kRight;
          s.from_name = Var(Bound(e.left) ? e.left : e.right).name;
          s.dates = DatesOf(e.event_var, /*consume=*/true);
        }
        root_ = std::make_unique<ExpandEventOp>(std::move(root_), std::move(s));
        Bind(e.left);
        Bind(e.right);
        Bind(e.event_var);
        Bind(e.rel_var);
        return;
      }
      case BoundEdge::Kind::kVarLength: {
        VarLengthSpec s;
        s.text = e.text;
        s.types = e.event_types;
        s.direction = e.direction;
        s.left_slot = Slot(e.left);
        s.right_slot = Slot(e.right);
        s.from_left = Bound(e.left);
        s.to_bound = s.from_left ? Bound(e.right) : Bound(e.left);
        s.from_name = Var(s.from_left ? e.left : e.right).name;
        s.min_hops = e.min_hops;
        s.max_hops = e.max_hops;
        s.list_slot = e.list_var >= 0 ? Slot(e.list_var) : -1;
        s.segment_slot = Slot(e.segment_var);
        root_ = std::make_unique<VarLengthOp>(std::move(root_), std::move(s));
        Bind(e.left);
        Bind(e.right);
        Bind(e.list_var);
        Bind(e.segment_var);
        return;
      }
      case BoundEdge::Kind::kStored: {
        StoredExpandSpec s;
        s.text = e.text;
        s.hops = e.hops;
        s.left_slot = Slot(e.left);
        s.right_slot = Slot(e.right);
        s.rel_slot = Slot(e.rel_var);
        // From the bound side; from an event when both are bound (cheapest).
        s.from_left = Bound(e.left) && (!Bound(e.right) || Var(e.left).label == NodeLabel::kEvent ||
                                        Var(e.right).label != NodeLabel::kEvent);
        const int from = s.from_left ? e.left : e.right;
        const int to = s.from_left ? e.right : e.left;
        s.from_label = Var(from).label;
        s.from_name = Var(from).name;
        s.to_bound = Bound(to);
        if (s.from_label == NodeLabel::kActor && !s.to_bound) s.dates = DatesOf(to, /*consume=*/true);
        root_ = std::make_unique<ExpandStoredOp>(std::move(root_), std::move(s));
        Bind(e.left);
        Bind(e.right);
        Bind(e.rel_var);
        return;
      }
    }
  }

  void BuildPaths() {
    for (const auto& p : m_.paths) {
      if (p.path_var < 0) continue;
      std::vector<PathPiece> pieces;
      for (size_t k = 0; k < p.edges.size(); ++k) {
        const BoundEdge& e = m_.edges[p.edges[k]];
        PathPiece piece;
        piece.node_slot = Slot(p.nodes[k + 1]);
        if (e.kind == BoundEdge::Kind::kVarLength) {
          piece.segment_slot = Slot(e.segment_var);
        } else {
          piece.rel_slot = Slot(e.rel_var);
        }
        pieces.push_back(piece);
      }
      root_ = std::make_unique<BuildPathOp>(std::move(root_), Slot(p.path_var), Slot(p.nodes[0]), std::move(pieces),
                                            p.text);
      Bind(p.path_var);
    }
  }

  BoundQuery& q_;
  BoundMatch& m_;
  std::vector<bool>& bound_;
  std::vector<bool> placed_;
  OperatorPtr root_;
};

}  // namespace

Result<OperatorPtr> PlanMatch(BoundQuery& q, BoundMatch& m, std::vector<bool>* bound, OperatorPtr input) {
  MatchPlanner planner(q, m, bound);
  return planner.Run(std::move(input));
}

}  // namespace kg::query::internal
