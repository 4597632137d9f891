// The query facade: parse, bind, plan, execute (query.h).

#include "query/query.h"

#include "query/binder.h"
#include "query/executor.h"
#include "query/parser.h"
#include "query/planner.h"
#include "query/query_internal.h"

namespace kg::query {

namespace {

Result<Plan> Prepare(const Reader& reader, std::string_view text, const Params& params, bool* explain) {
  KG_ASSIGN_OR_RETURN(ast::Query q, Parse(text));
  KG_ASSIGN_OR_RETURN(BoundQuery bound, Bind(q, reader.ontology(), params));
  *explain = bound.explain;
  return PlanQuery(bound);
}

}  // namespace

namespace internal {

Result<ResultSet> RunQueryWithStats(const Reader& reader, std::string_view text, const Params& params,
                                    ExecStats* stats) {
  bool explain = false;
  KG_ASSIGN_OR_RETURN(Plan plan, Prepare(reader, text, params, &explain));
  if (explain) {
    // EXPLAIN as a result: one column "plan", one row per line.
    ResultSet rs;
    rs.columns = {"plan"};
    const std::string text_plan = ExplainPlan(plan);
    size_t start = 0;
    while (start < text_plan.size()) {
      const size_t end = text_plan.find('\n', start);
      rs.rows.push_back({Value(text_plan.substr(start, end - start))});
      start = end + 1;
    }
    return rs;
  }
  ExecContext ctx(reader);
  auto rs = Execute(plan, &ctx);
  if (stats) *stats = ctx.stats();
  return rs;
}

}  // namespace internal

Result<ResultSet> RunQuery(const Reader& reader, std::string_view text, const Params& params) {
  return internal::RunQueryWithStats(reader, text, params, nullptr);
}

Result<std::string> ExplainQuery(const Reader& reader, std::string_view text, const Params& params) {
  bool explain = false;
  KG_ASSIGN_OR_RETURN(Plan plan, Prepare(reader, text, params, &explain));
  return ExplainPlan(plan);
}

}  // namespace kg::query
