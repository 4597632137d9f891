#include "query/executor.h"

namespace kg::query {

Result<ResultSet> Execute(const Plan& plan, ExecContext* ctx) {
  ResultSet rs;
  rs.columns = plan.columns;
  KG_RETURN_IF_ERROR(plan.root->Open(ctx));
  Row row(plan.num_slots);
  for (;;) {
    KG_ASSIGN_OR_RETURN(bool got, plan.root->Next(&row));
    if (!got) break;
    std::vector<Value> out;
    out.reserve(plan.column_slots.size());
    for (int s : plan.column_slots) out.push_back(row[s]);
    rs.rows.push_back(std::move(out));
  }
  return rs;
}

}  // namespace kg::query
