// SliceFromQuery lives apart from graph_slice.cc so that programs which only
// build slices from filters or result sets do not link the query engine.

#include "query/export/graph_slice.h"

namespace kg::query {

Result<GraphSlice> SliceFromQuery(const Reader& reader, std::string_view text, const Params& params) {
  KG_ASSIGN_OR_RETURN(ResultSet rs, RunQuery(reader, text, params));
  return SliceFromResultSet(reader, rs);
}

}  // namespace kg::query
