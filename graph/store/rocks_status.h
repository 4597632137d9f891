#pragma once

// The one place a rocksdb::Status becomes a kg::Status.

#include <rocksdb/status.h>

#include <string_view>

#include "graph/base/status.h"

namespace kg::store {

Status FromRocks(const rocksdb::Status& s, std::string_view context);

}  // namespace kg::store
