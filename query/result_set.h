#pragma once

// The outcome of a query: named columns (RETURN aliases, else the
// expression text) and rows of values.

#include <string>
#include <vector>

#include "query/value.h"

namespace kg::query {

struct ResultSet {
  std::vector<std::string> columns;
  std::vector<std::vector<Value>> rows;
};

}  // namespace kg::query
