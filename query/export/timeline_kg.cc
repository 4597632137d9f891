// kg's own timeline format (schemas/timeline.v1.schema.json). Unlike the
// TimelineJS and vis renderers it keeps plain text and every field a program
// may want (ids, precision, the period's first and last day, mentions).

#include <nlohmann/json.hpp>

#include <cmath>

#include "query/export/escape.h"
#include "query/export/event_text.h"
#include "query/export/timeline.h"

namespace kg::query {

using json = nlohmann::ordered_json;

namespace {

constexpr const char* kPrecisionName[] = {"none", "year", "month", "day"};

json ActorJson(const GraphSlice& slice, const std::string& id) {
  if (id.empty()) return nullptr;
  const Actor* a = slice.FindActor(id);
  json j = {{"id", id}, {"name", ActorLabel(slice, id)}};
  j["kind"] = std::string(ActorKindName(a ? a->kind : ActorKind::kUnknown));
  j["country"] = a && !a->country.empty() ? json(a->country) : json(nullptr);
  return j;
}

json MentionJson(const GraphSlice& slice, const EventMention& m) {
  json article = {{"id", m.article_id}};
  if (const Article* a = slice.FindArticle(m.article_id)) {
    article["title"] = a->title;
    article["url"] = a->url.empty() ? json(nullptr) : json(a->url);
    article["source"] = a->source.empty() ? json(nullptr) : json(a->source);
    article["lang"] = a->lang.empty() ? json(nullptr) : json(a->lang);
    article["published"] = a->published.empty() ? json(nullptr) : json(a->published);
  }
  return {{"article", article},
          {"lang", m.lang.empty() ? json(nullptr) : json(m.lang)},
          {"sentence", SanitizeUtf8(m.sentence)},
          {"trigger", SanitizeUtf8(m.trigger)},
          {"time_text", m.time_text.empty() ? json(nullptr) : json(SanitizeUtf8(m.time_text))},
          {"date", m.date.known() ? json(m.date.ToIso()) : json(nullptr)}};
}

json ItemJson(const GraphSlice& slice, const SliceEvent& se, const TimelineOptions& o) {
  const Event& e = se.event;
  json j;
  j["id"] = e.id;
  const bool dated = e.date.known();
  j["date"] = dated ? json(e.date.ToIso()) : json(nullptr);
  j["precision"] = kPrecisionName[static_cast<int>(e.date.precision)];
  j["first_day"] = dated ? json(Date::FromDays(e.date.FirstDay()).ToIso()) : json(nullptr);
  j["last_day"] = dated ? json(Date::FromDays(e.date.LastDay()).ToIso()) : json(nullptr);
  j["date_basis"] = std::string(DateBasisName(e.date_basis));
  j["type"] = e.type;
  const EventTypeInfo* info = o.ontology ? o.ontology->Find(e.type) : nullptr;
  j["quad_class"] = info && info->quad_class >= 1 && info->quad_class <= 4 ? json(info->quad_class) : json(nullptr);
  j["group"] = EventGroup(e, o.ontology, o.group_by_quad_class);
  j["headline"] = EventHeadline(slice, e);
  j["source"] = ActorJson(slice, e.source_id);
  j["target"] = ActorJson(slice, e.target_id);
  j["attributed_to"] = ActorJson(slice, e.attributed_to_id);
  j["theme"] = e.theme.empty() ? json(nullptr) : json(e.theme);
  j["negated"] = e.negated;
  j["modality"] = std::string(ModalityName(e.modality));
  j["confidence"] = std::round(e.confidence * 1000) / 1000;
  j["article_count"] = e.article_count;
  j["languages"] = MentionLanguages(se);
  json ms = json::array();
  for (const EventMention& m : se.mentions) ms.push_back(MentionJson(slice, m));
  j["mentions"] = std::move(ms);
  return j;
}

}  // namespace

std::string RenderKgTimeline(const GraphSlice& slice, const TimelineOptions& o) {
  const TimelineOrder order = OrderForTimeline(slice);
  json selection = json::object();
  for (const auto& [k, v] : o.selection) selection[k] = v;
  json events = json::array(), undated = json::array();
  for (const SliceEvent* se : order.dated) events.push_back(ItemJson(slice, *se, o));
  for (const SliceEvent* se : order.undated) undated.push_back(ItemJson(slice, *se, o));
  json out = {{"$schema", kTimelineSchemaId}, {"version", 1},      {"title", o.title},
              {"selection", selection},       {"events", events}, {"undated", undated}};
  return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace kg::query
