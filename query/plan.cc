#include "query/plan.h"

#include <algorithm>
#include <climits>

namespace kg::query {

namespace {

// The longest period a date can denote (a leap year) minus one: a date's
// last day is at most this many days after its first day.
constexpr int32_t kMaxPeriodTail = 365;

void Print(const Operator& op, int depth, std::string* out) {
  out->append(static_cast<size_t>(depth) * 2, ' ');
  *out += op.Describe();
  *out += '\n';
  for (const Operator* c : op.Children()) Print(*c, depth + 1, out);
}

}  // namespace

std::string PrintPlan(const Operator& root) {
  std::string out;
  Print(root, 0, &out);
  return out;
}

DayRange DateBounds::Range() const {
  DayRange r;
  r.include_undated = empty();
  // Events are indexed under the first day of their period; each bound
  // (value_ops.h) limits that first day as follows.
  for (const auto& [op, d] : bounds) {
    switch (op) {
      case ast::Op::kGe:
        r.first = std::max(r.first, d.FirstDay());
        break;
      case ast::Op::kGt:
        r.first = std::max(r.first, d.LastDay() + 1);
        break;
      case ast::Op::kLe:
        r.last = std::min(r.last, d.LastDay());
        break;
      case ast::Op::kLt:
        r.last = std::min(r.last, d.FirstDay() - 1);
        break;
      case ast::Op::kEq:
        r.first = std::max(r.first, d.FirstDay() - kMaxPeriodTail);
        r.last = std::min(r.last, d.LastDay());
        break;
      default:
        break;
    }
  }
  return r;
}

std::string DateBounds::Describe() const {
  if (empty()) return "";
  const DayRange r = Range();
  if (r.first > r.last) return "no days";
  const bool low = r.first != DayRange().first;
  const bool high = r.last != DayRange().last;
  if (!low && !high) return "dated events";
  std::string out = "days ";
  if (low) out += Date::FromDays(r.first).ToIso();
  out += "..";
  if (high) out += Date::FromDays(r.last).ToIso();
  return out;
}

}  // namespace kg::query
