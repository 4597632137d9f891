// Operators over rows that do not touch the graph: filtering, OPTIONAL
// MATCH, projection, grouping, DISTINCT, ORDER BY, SKIP and LIMIT.

#include <algorithm>
#include <map>

#include "query/operators/operators.h"
#include "query/value_ops.h"

namespace kg::query {

namespace {

std::string Join(const std::vector<std::string>& parts, const char* sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) out += (i ? sep : "") + parts[i];
  return out;
}

// One aggregate's running state for one group.
struct AggState {
  int64_t count = 0;
  ValueList items;
  Value best;
  int64_t int_sum = 0;
  double float_sum = 0;
  bool float_mode = false;
  std::unordered_set<std::string> seen;  // DISTINCT
};

void Accumulate(const AggSpec& spec, const Value& v, AggState* s) {
  if (spec.fn == Func::kCount && !spec.arg) {
    ++s->count;
    return;
  }
  if (v.is_null()) return;
  if (spec.distinct && !s->seen.insert(IdentityKey(v)).second) return;
  switch (spec.fn) {
    case Func::kCount:
      ++s->count;
      break;
    case Func::kCollect:
      s->items.push_back(v);
      break;
    case Func::kMin:
      if (s->best.is_null() || OrderCompare(v, s->best) < 0) s->best = v;
      break;
    case Func::kMax:
      if (s->best.is_null() || OrderCompare(v, s->best) > 0) s->best = v;
      break;
    case Func::kSum:
    case Func::kAvg:
      if (const int64_t* i = std::get_if<int64_t>(&v.v)) {
        s->float_sum += static_cast<double>(*i);
        if (!s->float_mode && __builtin_add_overflow(s->int_sum, *i, &s->int_sum)) s->float_mode = true;
      } else if (const double* d = std::get_if<double>(&v.v)) {
        s->float_sum += *d;
        s->float_mode = true;
      } else {
        return;
      }
      ++s->count;
      break;
    default:
      break;
  }
}

Value Finish(const AggSpec& spec, AggState& s) {
  switch (spec.fn) {
    case Func::kCount:
      return s.count;
    case Func::kCollect:
      return std::make_shared<ValueList>(std::move(s.items));
    case Func::kMin:
    case Func::kMax:
      return s.best;
    case Func::kSum:
      return s.float_mode ? Value(s.float_sum) : Value(s.int_sum);
    case Func::kAvg:
      return s.count ? Value(s.float_sum / static_cast<double>(s.count)) : Value();
    default:
      return Value();
  }
}

}  // namespace

// ---- FilterOp ----

Result<bool> FilterOp::Next(Row* row) {
  for (;;) {
    KG_ASSIGN_OR_RETURN(bool got, child_->Next(row));
    if (!got) return false;
    KG_ASSIGN_OR_RETURN(bool keep, EvalPredicate(*predicate_, *row, *ctx_));
    if (keep) return true;
  }
}

// ---- OptionalOp ----

std::vector<const Operator*> OptionalOp::Children() const { return {child(), inner_.get()}; }

Status OptionalOp::Start(const Row& in) {
  argument_->Set(in);
  produced_ = false;
  finished_ = false;
  return inner_->Open(ctx_);
}

Result<bool> OptionalOp::Produce(const Row& in, Row* out) {
  if (finished_) return false;
  KG_ASSIGN_OR_RETURN(bool got, inner_->Next(out));
  if (got) {
    produced_ = true;
    return true;
  }
  finished_ = true;
  if (produced_) return false;
  *out = in;
  for (int s : new_slots_) (*out)[s] = Value();
  return true;
}

// ---- ProjectOp ----

Result<bool> ProjectOp::Next(Row* row) {
  KG_ASSIGN_OR_RETURN(bool got, child_->Next(row));
  if (!got) return false;
  for (const auto& [slot, expr] : items_) {
    KG_ASSIGN_OR_RETURN((*row)[slot], Eval(*expr, *row, *ctx_));
  }
  return true;
}

std::string ProjectOp::Describe() const { return "Project " + Join(texts_, ", "); }

// ---- AggregateOp ----

std::string AggregateOp::Describe() const {
  std::vector<std::string> aggs;
  for (const auto& a : aggs_) aggs.push_back(a.text);
  std::string out = "Aggregate " + Join(aggs, ", ");
  if (!key_texts_.empty()) out += " grouped by " + Join(key_texts_, ", ");
  return out;
}

Status AggregateOp::Open(ExecContext* ctx) {
  out_.clear();
  next_ = 0;
  KG_RETURN_IF_ERROR(child_->Open(ctx));
  std::map<std::string, size_t> index;
  std::vector<std::vector<Value>> group_keys;
  std::vector<std::vector<AggState>> states;
  Row row;
  for (;;) {
    KG_ASSIGN_OR_RETURN(bool got, child_->Next(&row));
    if (!got) break;
    std::vector<Value> key;
    std::string id;
    for (const auto& [slot, expr] : keys_) {
      KG_ASSIGN_OR_RETURN(Value v, Eval(*expr, row, *ctx));
      const std::string k = IdentityKey(v);
      id += std::to_string(k.size()) + ":" + k;
      key.push_back(std::move(v));
    }
    auto [it, inserted] = index.emplace(id, group_keys.size());
    if (inserted) {
      group_keys.push_back(std::move(key));
      states.emplace_back(aggs_.size());
    }
    std::vector<AggState>& st = states[it->second];
    for (size_t i = 0; i < aggs_.size(); ++i) {
      Value v;
      if (aggs_[i].arg) {
        KG_ASSIGN_OR_RETURN(v, Eval(*aggs_[i].arg, row, *ctx));
      }
      Accumulate(aggs_[i], v, &st[i]);
    }
  }
  if (keys_.empty() && group_keys.empty()) {
    // Aggregates over no rows: count 0, collect [], the others null.
    group_keys.emplace_back();
    states.emplace_back(aggs_.size());
  }
  for (size_t g = 0; g < group_keys.size(); ++g) {
    Row out(num_slots_);
    for (size_t k = 0; k < keys_.size(); ++k) out[keys_[k].first] = std::move(group_keys[g][k]);
    for (size_t i = 0; i < aggs_.size(); ++i) out[aggs_[i].slot] = Finish(aggs_[i], states[g][i]);
    out_.push_back(std::move(out));
  }
  return Status::OK();
}

Result<bool> AggregateOp::Next(Row* row) {
  if (next_ >= out_.size()) return false;
  *row = std::move(out_[next_++]);
  return true;
}

// ---- DistinctOp ----

Status DistinctOp::Open(ExecContext* ctx) {
  seen_.clear();
  return child_->Open(ctx);
}

Result<bool> DistinctOp::Next(Row* row) {
  for (;;) {
    KG_ASSIGN_OR_RETURN(bool got, child_->Next(row));
    if (!got) return false;
    std::string id;
    for (int s : slots_) {
      const std::string k = IdentityKey((*row)[s]);
      id += std::to_string(k.size()) + ":" + k;
    }
    if (seen_.insert(std::move(id)).second) return true;
  }
}

// ---- SortOp ----

std::string SortOp::Describe() const {
  std::vector<std::string> parts;
  for (const auto& k : keys_) parts.push_back(k.text + (k.descending ? " DESC" : ""));
  return "Sort " + Join(parts, ", ");
}

Status SortOp::Open(ExecContext* ctx) {
  rows_.clear();
  next_ = 0;
  KG_RETURN_IF_ERROR(child_->Open(ctx));
  Row row;
  for (;;) {
    KG_ASSIGN_OR_RETURN(bool got, child_->Next(&row));
    if (!got) break;
    rows_.push_back(row);
  }
  std::stable_sort(rows_.begin(), rows_.end(), [&](const Row& a, const Row& b) {
    for (const auto& k : keys_) {
      int c = OrderCompare(a[k.slot], b[k.slot]);
      if (k.descending) c = -c;
      if (c != 0) return c < 0;
    }
    return false;
  });
  return Status::OK();
}

Result<bool> SortOp::Next(Row* row) {
  if (next_ >= rows_.size()) return false;
  *row = std::move(rows_[next_++]);
  return true;
}

// ---- SkipLimitOp ----

std::string SkipLimitOp::Describe() const {
  std::string out;
  if (skip_ > 0) out += "Skip " + std::to_string(skip_);
  if (limit_ >= 0) out += std::string(out.empty() ? "" : " ") + "Limit " + std::to_string(limit_);
  return out;
}

Result<bool> SkipLimitOp::Next(Row* row) {
  while (seen_ < skip_) {
    KG_ASSIGN_OR_RETURN(bool got, child_->Next(row));
    if (!got) return false;
    ++seen_;
  }
  if (limit_ >= 0 && given_ >= limit_) return false;
  KG_ASSIGN_OR_RETURN(bool got, child_->Next(row));
  if (got) ++given_;
  return got;
}

}  // namespace kg::query
