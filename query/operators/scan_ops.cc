// ScanOp: the leaves of pattern matching. Each input row gets every node
// the scan finds; index scans (name, type, date) read only matching ids.

#include <set>

#include "query/operators/operators.h"
#include "query/schema.h"

namespace kg::query {

namespace {

NodeRef::Label RefLabel(NodeLabel l) { return ToRefLabel(l); }

}  // namespace

std::string ScanOp::Describe() const {
  const char* what = spec_.label == NodeLabel::kActor     ? "ScanActors"
                     : spec_.label == NodeLabel::kEvent   ? "ScanEvents"
                     : spec_.label == NodeLabel::kArticle ? "ScanArticles"
                                                          : "ScanNodes";
  std::string out = std::string(what) + " " + spec_.var_text;
  const std::string days = spec_.dates.Describe();
  switch (spec_.mode) {
    case ScanSpec::Mode::kAll:
      out += spec_.label == NodeLabel::kEvent && !days.empty() ? " by date index: " + days : " all (full scan)";
      break;
    case ScanSpec::Mode::kByName:
      out += " by name index: " + spec_.keys_text;
      break;
    case ScanSpec::Mode::kById:
      out += " by id: " + spec_.keys_text;
      break;
    case ScanSpec::Mode::kByType: {
      out += " by type index: ";
      for (size_t i = 0; i < spec_.types.size(); ++i) out += (i ? "|" : "") + spec_.types[i];
      if (!days.empty()) out += ", " + days;
      break;
    }
    case ScanSpec::Mode::kByDate:
      out += " by date index: " + days;
      break;
  }
  return out;
}

Status ScanOp::Start(const Row&) {
  found_.clear();
  next_ = 0;
  const Reader& reader = ctx_->reader();
  ExecStats& stats = ctx_->stats();
  auto add_event = [&](const std::string& id) {
    ++stats.index_entries;
    found_.push_back({NodeRef::Label::kEvent, id});
    return true;
  };
  const DayRange range = spec_.dates.Range();
  const bool no_days = range.first > range.last && !range.include_undated;
  switch (spec_.mode) {
    case ScanSpec::Mode::kByName: {
      std::set<std::string> seen;
      for (const auto& name : spec_.keys) {
        KG_ASSIGN_OR_RETURN(auto ids, ctx_->ActorsNamed(name));
        for (const auto& id : *ids) {
          if (seen.insert(id).second) found_.push_back({NodeRef::Label::kActor, id});
        }
      }
      return Status::OK();
    }
    case ScanSpec::Mode::kById: {
      std::set<std::string> seen;
      for (const auto& id : spec_.keys) {
        if (!seen.insert(id).second) continue;
        bool present = false;
        switch (spec_.label) {
          case NodeLabel::kActor: {
            KG_ASSIGN_OR_RETURN(auto a, ctx_->GetActor(id));
            present = a != nullptr;
            break;
          }
          case NodeLabel::kEvent: {
            KG_ASSIGN_OR_RETURN(auto e, ctx_->GetEvent(id));
            present = e != nullptr;
            break;
          }
          default: {
            KG_ASSIGN_OR_RETURN(auto a, ctx_->GetArticle(id));
            present = a != nullptr;
            break;
          }
        }
        if (present) found_.push_back({RefLabel(spec_.label), id});
      }
      return Status::OK();
    }
    case ScanSpec::Mode::kByType:
      if (no_days) return Status::OK();
      for (const auto& t : spec_.types) KG_RETURN_IF_ERROR(reader.EventsByType(t, range, add_event));
      return Status::OK();
    case ScanSpec::Mode::kByDate:
      if (no_days) return Status::OK();
      return reader.EventsByDate(range, add_event);
    case ScanSpec::Mode::kAll:
      break;
  }
  const bool any = spec_.label == NodeLabel::kAny;
  ++stats.full_scans;
  if (any || spec_.label == NodeLabel::kActor) {
    // Ids only: the actors are loaded again through the cache when read.
    KG_RETURN_IF_ERROR(reader.ForEachActor([&](const Actor& a) {
      found_.push_back({NodeRef::Label::kActor, a.id});
      return true;
    }));
  }
  if (any || spec_.label == NodeLabel::kEvent) {
    if (!no_days) KG_RETURN_IF_ERROR(reader.EventsByDate(range, add_event));
  }
  if (any || spec_.label == NodeLabel::kArticle) {
    KG_RETURN_IF_ERROR(reader.ForEachArticle([&](const Article& a) {
      found_.push_back({NodeRef::Label::kArticle, a.id});
      return true;
    }));
  }
  return Status::OK();
}

Result<bool> ScanOp::Produce(const Row& in, Row* out) {
  if (next_ >= found_.size()) return false;
  *out = in;
  (*out)[spec_.slot] = found_[next_++];
  return true;
}

}  // namespace kg::query
