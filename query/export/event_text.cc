#include "query/export/event_text.h"

#include <algorithm>
#include <set>

namespace kg::query {

std::string ActorLabel(const GraphSlice& slice, std::string_view actor_id) {
  if (actor_id.empty()) return "?";
  if (const Actor* a = slice.FindActor(actor_id)) return a->name.empty() ? a->id : a->name;
  return std::string(actor_id);
}

std::string EventHeadline(const GraphSlice& slice, const Event& e) {
  std::string h = ActorLabel(slice, e.source_id);
  h += e.negated ? " NOT " : " ";
  h += e.type;
  if (!e.theme.empty()) h += " " + e.theme;
  if (!e.target_id.empty()) h += " \xE2\x86\x92 " + ActorLabel(slice, e.target_id);  // →
  if (e.modality != Modality::kAsserted) h += " (" + std::string(ModalityName(e.modality)) + ")";
  if (!e.attributed_to_id.empty()) h += " (according to " + ActorLabel(slice, e.attributed_to_id) + ")";
  return h;
}

std::string QuadClassName(int quad_class) {
  switch (quad_class) {
    case 1:
      return "verbal cooperation";
    case 2:
      return "material cooperation";
    case 3:
      return "verbal conflict";
    case 4:
      return "material conflict";
    default:
      return "";
  }
}

std::string EventGroup(const Event& e, const Ontology* ontology, bool by_quad_class) {
  if (by_quad_class && ontology) {
    if (const EventTypeInfo* t = ontology->Find(e.type)) {
      std::string name = QuadClassName(t->quad_class);
      if (!name.empty()) return name;
    }
  }
  return e.type;
}

TimelineOrder OrderForTimeline(const GraphSlice& slice) {
  TimelineOrder out;
  for (const auto& [id, se] : slice.events) {
    (se.event.date.known() ? out.dated : out.undated).push_back(&se);
  }
  std::sort(out.dated.begin(), out.dated.end(), [](const SliceEvent* a, const SliceEvent* b) {
    const Date& da = a->event.date;
    const Date& db = b->event.date;
    if (da.FirstDay() != db.FirstDay()) return da.FirstDay() < db.FirstDay();
    if (da.precision != db.precision) return da.precision < db.precision;
    return a->event.id < b->event.id;
  });
  // slice.events is a map keyed by id, so `undated` is already in id order.
  return out;
}

std::vector<std::string> MentionLanguages(const SliceEvent& e) {
  std::set<std::string> langs;
  for (const EventMention& m : e.mentions) {
    if (!m.lang.empty()) langs.insert(m.lang);
  }
  return {langs.begin(), langs.end()};
}

}  // namespace kg::query
