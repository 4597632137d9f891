// Planning of a whole query: the MATCH clauses in order (OPTIONAL MATCH as
// an Optional operator around its own sub-plan), then RETURN.

#include "query/planner.h"

#include "query/operators/operators.h"

namespace kg::query {

Result<Plan> PlanQuery(BoundQuery& q) {
  Plan plan;
  plan.num_slots = static_cast<size_t>(q.num_slots);
  std::vector<bool> bound(q.vars.size(), false);
  OperatorPtr root = std::make_unique<ArgumentOp>(plan.num_slots);
  for (auto& m : q.matches) {
    if (!m.optional) {
      KG_ASSIGN_OR_RETURN(root, internal::PlanMatch(q, m, &bound, std::move(root)));
      continue;
    }
    auto argument = std::make_unique<ArgumentOp>(plan.num_slots);
    ArgumentOp* arg = argument.get();
    KG_ASSIGN_OR_RETURN(OperatorPtr inner, internal::PlanMatch(q, m, &bound, std::move(argument)));
    std::vector<int> new_slots;
    for (int v : m.new_vars) new_slots.push_back(q.vars[v].slot);
    root = std::make_unique<OptionalOp>(std::move(root), std::move(inner), arg, std::move(new_slots));
  }

  BoundReturn& r = q.ret;
  std::vector<std::pair<int, BExprPtr>> project;
  std::vector<std::string> texts;
  auto text_of = [&](size_t i) {
    return r.item_texts[i] == r.columns[i] ? r.columns[i] : r.item_texts[i] + " AS " + r.columns[i];
  };
  if (r.aggregate) {
    std::vector<std::pair<int, BExprPtr>> keys;
    std::vector<std::string> key_texts;
    std::vector<bool> is_key(r.items.size(), false);
    for (int i : r.key_items) {
      keys.emplace_back(r.column_slots[i], std::move(r.items[i]));
      key_texts.push_back(r.item_texts[i]);
      is_key[i] = true;
    }
    root = std::make_unique<AggregateOp>(std::move(root), plan.num_slots, std::move(keys), std::move(r.aggs),
                                         std::move(key_texts));
    for (size_t i = 0; i < r.items.size(); ++i) {
      if (is_key[i]) continue;  // the Aggregate wrote it
      project.emplace_back(r.column_slots[i], std::move(r.items[i]));
      texts.push_back(text_of(i));
    }
  } else {
    for (size_t i = 0; i < r.items.size(); ++i) {
      project.emplace_back(r.column_slots[i], std::move(r.items[i]));
      texts.push_back(text_of(i));
    }
  }
  std::vector<SortSpec> sort;
  for (auto& k : r.order_by) {
    if (k.expr) {
      project.emplace_back(k.slot, std::move(k.expr));
      texts.push_back(k.text + " (for ORDER BY)");
    }
    sort.push_back({k.slot, k.descending, k.text});
  }
  if (!project.empty()) root = std::make_unique<ProjectOp>(std::move(root), std::move(project), std::move(texts));
  if (r.distinct) root = std::make_unique<DistinctOp>(std::move(root), r.column_slots);
  if (!sort.empty()) root = std::make_unique<SortOp>(std::move(root), std::move(sort));
  if (r.skip > 0 || r.limit >= 0) root = std::make_unique<SkipLimitOp>(std::move(root), r.skip, r.limit);
  plan.root = std::move(root);
  plan.columns = r.columns;
  plan.column_slots = r.column_slots;
  return plan;
}

std::string ExplainPlan(const Plan& plan) {
  std::string cols;
  for (size_t i = 0; i < plan.columns.size(); ++i) cols += (i ? ", " : "") + plan.columns[i];
  std::string out = "Results " + cols + "\n";
  const std::string tree = PrintPlan(*plan.root);
  size_t start = 0;
  while (start < tree.size()) {
    const size_t end = tree.find('\n', start);
    out += "  " + tree.substr(start, end - start) + "\n";
    start = end + 1;
  }
  return out;
}

}  // namespace kg::query
