// Binding of MATCH clauses: node and relationship patterns, and the
// conjuncts of WHERE and {key: value} maps. Label inference is in
// infer_labels.cc.

#include <algorithm>
#include <cctype>

#include "query/ast_printer.h"
#include "query/binder.h"
#include "query/did_you_mean.h"
#include "query/schema.h"

namespace kg::query::internal {

namespace {

// kg refuses walks longer than this: the number of paths grows
// exponentially with the length, and news graphs are densely connected.
constexpr int64_t kMaxHops = 10;

Status Error(SourceSpan span, const std::string& msg) { return Status::SemanticError(msg, span); }

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

std::string Binder::DisplayName(int var) const { return vars_[var].name; }

Status Binder::AddPropertyConjuncts(int var, const std::vector<ast::PropertyEntry>& props, BoundMatch* out) {
  for (const auto& p : props) {
    const std::string canon = DisplayName(var) + "." + p.key + " = " + PrintExpr(*p.value);
    BExprPtr base = SlotRef(var);
    base->span = p.key_span;
    KG_ASSIGN_OR_RETURN(BExprPtr prop,
                        BindProperty(std::move(base), p.key, p.key_span, p.key_span, DisplayName(var) + "." + p.key));
    ExprScope scope;
    scope.aggregate_context = "in a pattern";
    KG_ASSIGN_OR_RETURN(BExprPtr value, BindExpr(*p.value, scope));
    const SourceSpan span{p.key_span.offset, p.value->span.offset + p.value->span.length - p.key_span.offset};
    KG_ASSIGN_OR_RETURN(BExprPtr cmp, BindComparison(ast::Op::kEq, std::move(prop), std::move(value), span, canon));
    Conjunct c;
    CollectSlots(*cmp, &c.slots);
    c.expr = std::move(cmp);
    c.text = canon;
    out->conjuncts.push_back(std::move(c));
  }
  return Status::OK();
}

Status Binder::FinishEdge(BoundEdge& e, const ast::RelPattern& r, BoundMatch* out) {
  auto new_var = [&](Variable::Kind kind, const std::string& name, SourceSpan span) -> Result<int> {
    if (!name.empty() && FindVariable(name) >= 0) {
      return Error(span, "variable '" + name + "' is already defined; relationship variables cannot be reused");
    }
    Variable v;
    v.name = name;
    v.kind = kind;
    v.span = span;
    return NewVariable(std::move(v));
  };
  switch (e.kind) {
    case BoundEdge::Kind::kStored: {
      KG_ASSIGN_OR_RETURN(e.rel_var, new_var(Variable::Kind::kRel, r.var, r.var_span));
      if (!r.properties.empty()) {
        return Error(r.properties[0].key_span, StoredTypesText(e) + " relationships have no properties");
      }
      break;
    }
    case BoundEdge::Kind::kEvent: {
      const int existing = r.var.empty() ? -1 : FindVariable(r.var);
      if (existing >= 0) {
        if (vars_[existing].kind != Variable::Kind::kNode) {
          return Error(r.var_span,
                       "variable '" + r.var + "' is already defined; relationship variables cannot be reused");
        }
        KG_RETURN_IF_ERROR(SetLabel(existing, NodeLabel::kEvent, r.var_span,
                                    "an actor-to-actor relationship binds its variable to an Event"));
        e.event_var = existing;
      } else {
        Variable v;
        v.name = r.var;
        v.kind = Variable::Kind::kNode;
        v.label = NodeLabel::kEvent;
        v.span = r.var.empty() ? r.span : r.var_span;
        e.event_var = NewVariable(std::move(v));
      }
      KG_ASSIGN_OR_RETURN(e.rel_var, new_var(Variable::Kind::kRel, "", r.span));
      KG_RETURN_IF_ERROR(AddPropertyConjuncts(e.event_var, r.properties, out));
      break;
    }
    case BoundEdge::Kind::kVarLength: {
      if (!r.var.empty()) {
        KG_ASSIGN_OR_RETURN(e.list_var, new_var(Variable::Kind::kEventList, r.var, r.var_span));
      }
      KG_ASSIGN_OR_RETURN(e.segment_var, new_var(Variable::Kind::kPath, "", r.span));
      if (!r.properties.empty()) {
        return Error(r.properties[0].key_span, "property maps on variable-length relationships are not supported");
      }
      break;
    }
  }
  // "(a)-[e:ACCUSE]->(b)" for EXPLAIN, with generated names for anonymous parts.
  std::string inner = e.kind == BoundEdge::Kind::kEvent                                ? DisplayName(e.event_var)
                      : e.kind == BoundEdge::Kind::kVarLength && e.list_var >= 0       ? DisplayName(e.list_var)
                      : e.kind == BoundEdge::Kind::kStored && !vars_[e.rel_var].hidden ? DisplayName(e.rel_var)
                                                                                       : "";
  std::string types;
  if (e.kind == BoundEdge::Kind::kStored) {
    types = StoredTypesText(e);
  } else {
    for (const auto& t : e.event_types) types += (types.empty() ? "" : "|") + t;
  }
  if (!types.empty()) inner += ":" + types;
  if (e.kind == BoundEdge::Kind::kVarLength) {
    inner += "*" + std::to_string(e.min_hops) + ".." + std::to_string(e.max_hops);
  }
  e.text = "(" + DisplayName(e.left) + ")" + (e.direction == ast::Direction::kLeft ? "<-[" : "-[") + inner +
           (e.direction == ast::Direction::kRight ? "]->" : "]-") + "(" + DisplayName(e.right) + ")";
  return Status::OK();
}

Status Binder::BindMatch(const ast::MatchClause& m, BoundMatch* out) {
  out->optional = m.optional;
  const size_t first_new = vars_.size();
  std::vector<std::vector<int>> pattern_nodes;
  std::vector<std::pair<int, const ast::NodePattern*>> node_props;
  std::vector<std::pair<int, NodeLabel>> relabelled;  // variables of earlier clauses given a label here

  // Nodes first, so that a relationship variable can refer to a node.
  for (const auto& p : m.patterns) {
    std::vector<int> nodes;
    for (const auto& n : p.nodes) {
      NodeLabel label = NodeLabel::kAny;
      if (!n.label.empty() && !ParseLabel(n.label, &label)) {
        std::string hint = DidYouMean(n.label, LabelNames());
        if (hint.empty()) hint = " (labels are Actor, Event and Article)";
        return Error(n.label_span, "unknown label '" + n.label + "'" + hint);
      }
      int var = n.var.empty() ? -1 : FindVariable(n.var);
      if (var >= 0) {
        if (vars_[var].kind != Variable::Kind::kNode) {
          return Error(n.var_span, "'" + n.var + "' is a " +
                                       (vars_[var].kind == Variable::Kind::kPath ? "path" : "relationship") +
                                       ", not a node");
        }
        if (static_cast<size_t>(var) < first_new && vars_[var].label == NodeLabel::kAny && label != NodeLabel::kAny) {
          relabelled.emplace_back(var, label);
        }
        KG_RETURN_IF_ERROR(SetLabel(var, label, n.label_span, "here it is labelled " + n.label));
      } else {
        Variable v;
        v.name = n.var;
        v.kind = Variable::Kind::kNode;
        v.label = label;
        v.span = n.var.empty() ? n.span : n.var_span;
        var = NewVariable(std::move(v));
      }
      nodes.push_back(var);
      if (std::find(out->nodes.begin(), out->nodes.end(), var) == out->nodes.end()) out->nodes.push_back(var);
      if (!n.properties.empty()) node_props.emplace_back(var, &n);
    }
    pattern_nodes.push_back(std::move(nodes));
  }

  // Relationships: resolve types, then infer labels.
  std::vector<const ast::RelPattern*> rel_asts;
  std::vector<int> undecided;
  std::vector<std::vector<int>> pattern_edges(m.patterns.size());
  for (size_t pi = 0; pi < m.patterns.size(); ++pi) {
    const auto& p = m.patterns[pi];
    for (size_t ri = 0; ri < p.rels.size(); ++ri) {
      const auto& r = p.rels[ri];
      BoundEdge e;
      e.span = r.span;
      e.left = pattern_nodes[pi][ri];
      e.right = pattern_nodes[pi][ri + 1];
      e.direction = r.direction;
      std::vector<StoredRel> stored;
      for (const auto& t : r.types) {
        if (const EventTypeInfo* info = ontology_.Find(Upper(t.name))) {
          e.event_types.push_back(info->name);
        } else if (const StoredRelInfo* s = FindStoredRel(t.name)) {
          stored.push_back(s->rel);
        } else {
          std::vector<std::string> names;
          for (const auto& s2 : StoredRels()) names.push_back(s2.name);
          for (const auto& et : ontology_.types()) names.push_back(et.name);
          return Error(t.span, "unknown relationship type '" + t.name + "'" + DidYouMean(Upper(t.name), names));
        }
      }
      if (!e.event_types.empty() && !stored.empty()) {
        return Error(r.span, "cannot mix event types (" + e.event_types[0] + ") and stored relationships (" +
                                 StoredRelName(stored[0]) + ") in one relationship pattern");
      }
      const int named = r.var.empty() ? -1 : FindVariable(r.var);
      const bool names_node = named >= 0 && vars_[named].kind == Variable::Kind::kNode;
      if (r.variable_length) {
        if (!stored.empty()) {
          return Error(r.types[0].span, std::string("variable-length relationships walk from actor to actor through "
                                                    "events; ") +
                                            StoredRelName(stored[0]) + " cannot be repeated");
        }
        if (!r.max_hops) {
          return Error(r.range_span,
                       "unbounded variable-length relationship; give an upper bound, e.g. [*1..3] or "
                       "[*.." +
                           std::to_string(kMaxHops) + "]");
        }
        e.kind = BoundEdge::Kind::kVarLength;
        e.min_hops = r.min_hops.value_or(1);
        e.max_hops = *r.max_hops;
        if (e.min_hops > e.max_hops) {
          return Error(r.range_span, "the shortest length " + std::to_string(e.min_hops) + " is above the longest " +
                                         std::to_string(e.max_hops));
        }
        if (e.max_hops > kMaxHops) {
          return Error(r.range_span, "at most " + std::to_string(kMaxHops) +
                                         " hops are allowed in a variable-length "
                                         "relationship");
        }
      } else if (!stored.empty()) {
        if (names_node) {
          return Error(r.var_span,
                       "'" + r.var + "' is a node; " + StoredRelName(stored[0]) + " relationships are not nodes");
        }
        e.kind = BoundEdge::Kind::kStored;
        KG_RETURN_IF_ERROR(ResolveStoredHops(e, stored, r));
      } else if (!e.event_types.empty() || names_node) {
        e.kind = BoundEdge::Kind::kEvent;
        if (names_node) {
          KG_RETURN_IF_ERROR(SetLabel(named, NodeLabel::kEvent, r.var_span,
                                      "an actor-to-actor relationship binds its variable to an Event"));
        }
      } else {
        undecided.push_back(static_cast<int>(out->edges.size()));
      }
      pattern_edges[pi].push_back(static_cast<int>(out->edges.size()));
      out->edges.push_back(std::move(e));
      rel_asts.push_back(&r);
    }
  }
  KG_RETURN_IF_ERROR(InferLabels(out->edges, undecided, rel_asts));
  for (size_t i = 0; i < out->edges.size(); ++i) KG_RETURN_IF_ERROR(FinishEdge(out->edges[i], *rel_asts[i], out));

  // Paths.
  for (size_t pi = 0; pi < m.patterns.size(); ++pi) {
    const auto& p = m.patterns[pi];
    BoundPath path;
    path.function = p.function;
    path.span = p.span;
    path.text = PrintPattern(p);
    path.nodes = pattern_nodes[pi];
    path.edges = pattern_edges[pi];
    if (p.function != ast::PathFunction::kNone) {
      const char* fn = p.function == ast::PathFunction::kShortest ? "shortestPath" : "allShortestPaths";
      if (p.rels.size() != 1) {
        return Error(p.function_span,
                     std::string(fn) + " takes one relationship between two nodes, e.g. " + fn + "((a)-[*..6]-(b))");
      }
      const BoundEdge& e = out->edges[path.edges[0]];
      if (e.kind != BoundEdge::Kind::kVarLength) {
        return Error(p.rels[0].span,
                     std::string(fn) + " needs a variable-length relationship, e.g. " + fn + "((a)-[*..6]-(b))");
      }
      if (e.min_hops > 1) {
        return Error(p.rels[0].range_span, std::string(fn) + " starts at length 0 or 1");
      }
      if (e.left == e.right) return Error(p.span, std::string(fn) + " needs two different nodes");
    }
    if (!p.var.empty()) {
      if (FindVariable(p.var) >= 0) return Error(p.var_span, "variable '" + p.var + "' is already defined");
      Variable v;
      v.name = p.var;
      v.kind = Variable::Kind::kPath;
      v.span = p.var_span;
      path.path_var = NewVariable(std::move(v));
    }
    out->paths.push_back(std::move(path));
  }

  // Conjuncts: label checks, {key: value} maps, then WHERE split on AND.
  for (const auto& [var, label] : relabelled) {
    auto check = std::make_unique<BExpr>();
    check->kind = BKind::kHasLabel;
    check->type = Type::kBool;
    check->value = std::string(LabelName(label));
    check->args.push_back(SlotRef(var));
    Conjunct c;
    c.text = DisplayName(var) + ":" + LabelName(label);
    check->canon = c.text;
    CollectSlots(*check, &c.slots);
    c.expr = std::move(check);
    out->conjuncts.push_back(std::move(c));
  }
  for (const auto& [var, node] : node_props) KG_RETURN_IF_ERROR(AddPropertyConjuncts(var, node->properties, out));
  if (m.where) {
    ExprScope scope;
    scope.aggregate_context = "in WHERE (aggregate in RETURN instead)";
    KG_ASSIGN_OR_RETURN(BExprPtr where, BindExpr(*m.where, scope));
    if (where->type != Type::kBool && where->type != Type::kAny && where->type != Type::kNull) {
      return Error(m.where->span, std::string("WHERE needs a condition (a Boolean), not a ") + TypeName(where->type));
    }
    std::vector<BExprPtr> stack;
    stack.push_back(std::move(where));
    std::vector<BExprPtr> parts;
    while (!stack.empty()) {
      BExprPtr x = std::move(stack.back());
      stack.pop_back();
      if (x->kind == BKind::kAnd) {
        stack.push_back(std::move(x->args[1]));
        stack.push_back(std::move(x->args[0]));
      } else {
        parts.push_back(std::move(x));
      }
    }
    for (auto& x : parts) {
      Conjunct c;
      CollectSlots(*x, &c.slots);
      c.text = x->canon;
      c.expr = std::move(x);
      out->conjuncts.push_back(std::move(c));
    }
  }
  AddUniquenessConjuncts(out);
  for (size_t v = first_new; v < vars_.size(); ++v) out->new_vars.push_back(static_cast<int>(v));
  return Status::OK();
}

void Binder::AddUniquenessConjuncts(BoundMatch* out) {
  // As in openCypher, the relationships of one MATCH are distinct: two
  // actor-to-actor relationships are different events, a walk does not
  // reuse an event matched elsewhere in the clause, two stored
  // relationships of a type are different.
  auto add = [&](BExprPtr test, const std::string& text) {
    Conjunct c;
    test->canon = text;
    CollectSlots(*test, &c.slots);
    c.text = text;
    c.expr = std::move(test);
    out->conjuncts.push_back(std::move(c));
  };
  auto make = [](BKind kind) {
    auto b = std::make_unique<BExpr>();
    b->kind = kind;
    b->type = Type::kBool;
    return b;
  };
  const auto& edges = out->edges;
  for (size_t i = 0; i < edges.size(); ++i) {
    for (size_t j = i + 1; j < edges.size(); ++j) {
      const BoundEdge& a = edges[i];
      const BoundEdge& b = edges[j];
      using K = BoundEdge::Kind;
      if (a.kind == K::kEvent && b.kind == K::kEvent && a.event_var != b.event_var) {
        auto ne = make(BKind::kCompare);
        ne->op = ast::Op::kNe;
        ne->args.push_back(SlotRef(a.event_var));
        ne->args.push_back(SlotRef(b.event_var));
        add(std::move(ne), DisplayName(a.event_var) + " <> " + DisplayName(b.event_var));
      } else if ((a.kind == K::kEvent && b.kind == K::kVarLength) || (a.kind == K::kVarLength && b.kind == K::kEvent)) {
        const BoundEdge& ev = a.kind == K::kEvent ? a : b;
        const BoundEdge& walk = a.kind == K::kEvent ? b : a;
        if (walk.list_var < 0) continue;  // only a named walk keeps its events
        auto in = make(BKind::kIn);
        in->args.push_back(SlotRef(ev.event_var));
        in->args.push_back(SlotRef(walk.list_var));
        auto no = make(BKind::kNot);
        no->args.push_back(std::move(in));
        add(std::move(no), "NOT " + DisplayName(ev.event_var) + " IN " + DisplayName(walk.list_var));
      } else if (a.kind == K::kStored && b.kind == K::kStored) {
        bool overlap = false;
        for (const auto& h : a.hops) {
          for (const auto& k : b.hops) overlap = overlap || h.type == k.type;
        }
        if (!overlap) continue;
        auto ne = make(BKind::kCompare);
        ne->op = ast::Op::kNe;
        ne->args.push_back(SlotRef(a.rel_var));
        ne->args.push_back(SlotRef(b.rel_var));
        add(std::move(ne), DisplayName(a.rel_var) + " <> " + DisplayName(b.rel_var));
      }
    }
  }
}

}  // namespace kg::query::internal
