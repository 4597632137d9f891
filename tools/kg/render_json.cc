#include "tools/kg/render_json.h"

#include <map>
#include <set>

namespace kg::cli {

using nlohmann::json;

std::string DumpLine(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

json ActorRef(const Reader& reader, const std::string& actor_id) {
  if (actor_id.empty()) return nullptr;
  auto a = reader.GetActor(actor_id);
  json j = {{"id", actor_id}, {"name", actor_id}, {"kind", "unknown"}};
  if (a.ok() && a->has_value()) {
    j["name"] = (*a)->name;
    j["kind"] = std::string(ActorKindName((*a)->kind));
  }
  return j;
}

Result<json> EventJson(const Reader& reader, const Event& e) {
  json j;
  j["id"] = e.id;
  j["type"] = e.type;
  j["source"] = ActorRef(reader, e.source_id);
  j["target"] = ActorRef(reader, e.target_id);
  j["theme"] = e.theme;
  j["date"] = e.date.known() ? json(e.date.ToIso()) : json(nullptr);
  j["date_basis"] = std::string(DateBasisName(e.date_basis));
  j["attributed_to"] = ActorRef(reader, e.attributed_to_id);
  j["negated"] = e.negated;
  j["modality"] = std::string(ModalityName(e.modality));
  j["confidence"] = std::round(e.confidence * 1000) / 1000;
  if (const EventTypeInfo* t = reader.ontology().Find(e.type)) {
    j["cameo"] = t->cameo;
    j["plover"] = t->plover.empty() ? json(nullptr) : json(t->plover);
    j["quad_class"] = t->quad_class;
  }
  j["article_count"] = e.article_count;
  KG_ASSIGN_OR_RETURN(auto mentions, reader.MentionsOfEvent(e.id));
  json ms = json::array();
  for (const auto& m : mentions) {
    json mj = {{"article", m.article_id}, {"lang", m.lang},   {"sentence", m.sentence},
               {"start", m.start},        {"end", m.end},     {"trigger", m.trigger},
               {"type", m.type},          {"date", m.date.known() ? json(m.date.ToIso()) : json(nullptr)}};
    mj["time"] = m.time_text.empty()
                     ? json(nullptr)
                     : json({{"text", m.time_text}, {"start", m.time_start}, {"end", m.time_end}});
    ms.push_back(std::move(mj));
  }
  j["mentions"] = std::move(ms);
  return j;
}

Result<json> ActorJson(const Reader& reader, const Actor& a) {
  json j;
  j["id"] = a.id;
  j["name"] = a.name;
  j["kind"] = std::string(ActorKindName(a.kind));
  j["country"] = a.country.empty() ? json(nullptr) : json(a.country);
  j["from_dictionary"] = a.from_dictionary;
  KG_ASSIGN_OR_RETURN(auto mentions, reader.MentionsOfActor(a.id));
  // Surface forms per language: the observed ones, then dictionary ones.
  std::map<std::string, std::set<std::string>> aliases;
  for (const auto& m : mentions) aliases[m.lang.empty() ? "und" : m.lang].insert(m.text);
  for (const auto& al : a.aliases) aliases[al.lang.empty() ? "und" : al.lang].insert(al.text);
  json aj = json::object();
  for (const auto& [lang, forms] : aliases) aj[lang] = json(std::vector<std::string>(forms.begin(), forms.end()));
  j["aliases"] = std::move(aj);
  json ms = json::array();
  for (const auto& m : mentions) {
    ms.push_back({{"article", m.article_id}, {"lang", m.lang}, {"text", m.text}, {"start", m.start},
                  {"end", m.end}, {"link", m.link}});
  }
  j["mentions"] = std::move(ms);
  return j;
}

json ArticleJson(const Article& a) {
  return {{"id", a.id},
          {"title", a.title},
          {"published", a.published.empty() ? json(nullptr) : json(a.published)},
          {"lang", a.lang.empty() ? json(nullptr) : json(a.lang)},
          {"lang_basis", a.lang_basis},
          {"url", a.url.empty() ? json(nullptr) : json(a.url)},
          {"source", a.source.empty() ? json(nullptr) : json(a.source)},
          {"length", a.text_length},
          {"event_mentions", a.event_count},
          {"actor_mentions", a.actor_mention_count}};
}

}  // namespace kg::cli
