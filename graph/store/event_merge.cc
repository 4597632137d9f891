#include "graph/store/event_merge.h"

#include <algorithm>
#include <cstdlib>
#include <map>

#include "graph/base/hash.h"
#include "graph/model/actor_ids.h"
#include "graph/store/key_codec.h"

namespace kg::store {

namespace {

constexpr int32_t kPublicationLookbackDays = 7;
constexpr int32_t kStatedDaySlack = 1;

bool IsPlanLike(Modality m) { return m == Modality::kFuture || m == Modality::kPlanned; }

// The value seen most often; ties go to the smallest, so the result does not
// depend on the order of mentions.
std::string MostCommon(const std::vector<std::string>& values) {
  std::map<std::string, int> counts;
  for (const auto& v : values) {
    if (!v.empty()) ++counts[v];
  }
  std::string best;
  int best_n = 0;
  for (const auto& [v, n] : counts) {
    if (n > best_n) {
      best = v;
      best_n = n;
    }
  }
  return best;
}

}  // namespace

DayWindow MergeWindow(const Date& date, DateBasis basis) {
  DayWindow w;
  if (!date.known()) return w;
  w.undated = false;
  if (basis == DateBasis::kPublication) {
    w.last = date.LastDay();
    w.first = date.FirstDay() - kPublicationLookbackDays;
  } else if (date.precision == DatePrecision::kDay) {
    w.first = date.FirstDay() - kStatedDaySlack;
    w.last = date.LastDay() + kStatedDaySlack;
  } else {
    w.first = date.FirstDay();
    w.last = date.LastDay();
  }
  return w;
}

bool CanMerge(const Event& existing, const EventMention& m, const Ontology& ontology) {
  if (m.source_id.empty() || !CompatibleActors(existing.source_id, m.source_id)) return false;
  if (!ontology.SameFamily(existing.type, m.type)) return false;
  if (existing.negated != m.negated) return false;
  if (IsPlanLike(existing.modality) != IsPlanLike(m.modality)) return false;
  if (!existing.target_id.empty() && !m.target_id.empty() && !CompatibleActors(existing.target_id, m.target_id)) {
    return false;
  }
  const DayWindow a = MergeWindow(existing.date, existing.date_basis);
  const DayWindow b = MergeWindow(m.date, m.date_basis);
  if (a.undated || b.undated) return a.undated && b.undated;
  return a.first <= b.last && b.first <= a.last;
}

int64_t MergeDistance(const Event& existing, const EventMention& m) {
  int64_t d = existing.type == m.type ? 0 : 1000000;
  if (existing.target_id != m.target_id) d += 100000;
  if (existing.date.known() && m.date.known()) {
    d += std::abs(static_cast<int64_t>(existing.date.FirstDay()) - m.date.FirstDay());
  }
  return d;
}

Event AggregateEvent(const std::string& id, const std::vector<EventMention>& mentions,
                     const Ontology& ontology) {
  Event e;
  e.id = id;
  e.mention_count = static_cast<uint32_t>(mentions.size());

  // Type: the most frequent; ties go to the higher ontology priority.
  std::map<std::string, int> type_counts;
  for (const auto& m : mentions) ++type_counts[m.type];
  int best_n = -1, best_priority = -1;
  for (const auto& [type, n] : type_counts) {
    const EventTypeInfo* info = ontology.Find(type);
    const int priority = info ? info->priority : 0;
    if (n > best_n || (n == best_n && priority > best_priority)) {
      e.type = type;
      best_n = n;
      best_priority = priority;
    }
  }

  std::vector<std::string> sources, targets, attributions;
  for (const auto& m : mentions) {
    sources.push_back(m.source_id);
    targets.push_back(m.target_id);
    attributions.push_back(m.attributed_to_id);
  }
  e.source_id = MostCommon(sources);
  e.target_id = MostCommon(targets);
  e.attributed_to_id = MostCommon(attributions);

  // Date: the most precise stated date (ties: most frequent, then earliest);
  // else the earliest publication date.
  const EventMention* best_date = nullptr;
  std::map<std::string, int> date_counts;
  for (const auto& m : mentions) {
    if (m.date_basis == DateBasis::kStated) ++date_counts[m.date.ToIso()];
  }
  for (const auto& m : mentions) {
    if (!m.date.known()) continue;
    if (!best_date) {
      best_date = &m;
      continue;
    }
    const bool m_stated = m.date_basis == DateBasis::kStated;
    const bool b_stated = best_date->date_basis == DateBasis::kStated;
    if (m_stated != b_stated) {
      if (m_stated) best_date = &m;
      continue;
    }
    if (m.date.precision != best_date->date.precision) {
      if (m.date.precision > best_date->date.precision) best_date = &m;
      continue;
    }
    const int mc = date_counts[m.date.ToIso()], bc = date_counts[best_date->date.ToIso()];
    if (mc > bc || (mc == bc && m.date.FirstDay() < best_date->date.FirstDay())) best_date = &m;
  }
  if (best_date) {
    e.date = best_date->date;
    e.date_basis = best_date->date_basis;
  }

  // Theme: the longest one offered, bounded; ties lexicographically.
  for (const auto& m : mentions) {
    if (m.theme.size() > e.theme.size() || (m.theme.size() == e.theme.size() && m.theme < e.theme)) {
      e.theme = m.theme;
    }
  }

  int negated = 0, plan = 0;
  std::map<Modality, int> modality_counts;
  for (const auto& m : mentions) {
    negated += m.negated ? 1 : 0;
    plan += IsPlanLike(m.modality) ? 1 : 0;
    ++modality_counts[m.modality];
  }
  e.negated = 2 * negated > static_cast<int>(mentions.size());
  int best_modality_n = -1;
  for (const auto& [mod, n] : modality_counts) {
    if (n > best_modality_n) {
      e.modality = mod;
      best_modality_n = n;
    }
  }

  // Confidence: independent evidence per article (see header).
  std::map<std::string, double> per_article;
  for (const auto& m : mentions) {
    double c = std::clamp(m.confidence, 0.0, 1.0);
    if (m.source_id.empty()) c *= 0.6;
    if (m.date_basis != DateBasis::kStated) c *= 0.85;
    double& slot = per_article[m.article_id];
    slot = std::max(slot, c);
  }
  double disbelief = 1.0;
  for (const auto& [article, c] : per_article) disbelief *= (1.0 - c);
  e.confidence = std::min(0.99, 1.0 - disbelief);
  e.article_count = static_cast<uint32_t>(per_article.size());
  return e;
}

int32_t IndexDay(const Event& e) { return e.date.known() ? e.date.FirstDay() : kUndatedDay; }

std::vector<std::string> EventIndexKeys(const Event& e, uint64_t event_key, uint16_t type_id) {
  const int32_t day = IndexDay(e);
  std::vector<std::string> keys = {DateEventKey(day, event_key), TypeEventKey(type_id, day, event_key)};
  auto role = [&](const std::string& id, ActorRole r) {
    if (id.empty()) return;
    keys.push_back(ActorEventKey(Hash64(id), r, day, event_key));
    for (const std::string& parent : ParentIds(id)) keys.push_back(ActorEventKey(Hash64(parent), r, day, event_key));
  };
  role(e.source_id, ActorRole::kSource);
  role(e.target_id, ActorRole::kTarget);
  role(e.attributed_to_id, ActorRole::kAttributedTo);
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

}  // namespace kg::store
