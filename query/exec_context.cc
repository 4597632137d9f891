#include "query/exec_context.h"

#include <set>

namespace kg::query {

namespace {

// Looks `id` up in `cache`, else loads it with `load` (an optional<T>
// result) and remembers the outcome, absent entities included.
template <class T, class Load>
Result<std::shared_ptr<const T>> Cached(std::unordered_map<std::string, std::shared_ptr<const T>>* cache,
                                        size_t max_size, const std::string& id, uint64_t* counter, Load load) {
  auto it = cache->find(id);
  if (it != cache->end()) return it->second;
  auto loaded = load();
  if (!loaded.ok()) return loaded.status();
  ++*counter;
  std::shared_ptr<const T> value;
  if (*loaded) value = std::make_shared<const T>(std::move(**loaded));
  if (cache->size() >= max_size) cache->clear();
  cache->emplace(id, value);
  return value;
}

}  // namespace

Result<std::shared_ptr<const Actor>> ExecContext::GetActor(const std::string& id) {
  return Cached<Actor>(&actors_, kMaxCached, id, &stats_.actors_loaded, [&] { return reader_.GetActor(id); });
}

Result<std::shared_ptr<const Event>> ExecContext::GetEvent(const std::string& id) {
  return Cached<Event>(&events_, kMaxCached, id, &stats_.events_loaded, [&] { return reader_.GetEvent(id); });
}

Result<std::shared_ptr<const Article>> ExecContext::GetArticle(const std::string& id) {
  return Cached<Article>(&articles_, kMaxCached, id, &stats_.articles_loaded, [&] { return reader_.GetArticle(id); });
}

Result<std::shared_ptr<const std::vector<std::string>>> ExecContext::ActorsNamed(const std::string& name) {
  auto it = names_.find(name);
  if (it != names_.end()) return it->second;
  KG_ASSIGN_OR_RETURN(std::vector<std::string> ids, reader_.FindActorsByName(name));
  stats_.index_entries += ids.size();
  auto value = std::make_shared<const std::vector<std::string>>(std::move(ids));
  if (names_.size() >= kMaxCached) names_.clear();
  names_.emplace(name, value);
  return value;
}

Result<std::shared_ptr<const std::vector<std::string>>> ExecContext::ArticlesOfEvent(const std::string& event_id) {
  auto it = event_articles_.find(event_id);
  if (it != event_articles_.end()) return it->second;
  KG_ASSIGN_OR_RETURN(std::vector<EventMention> mentions, reader_.MentionsOfEvent(event_id));
  std::vector<std::string> ids;
  std::set<std::string> seen;
  for (const auto& m : mentions) {
    if (seen.insert(m.article_id).second) ids.push_back(m.article_id);
  }
  stats_.index_entries += mentions.size();
  auto value = std::make_shared<const std::vector<std::string>>(std::move(ids));
  if (event_articles_.size() >= kMaxCached) event_articles_.clear();
  event_articles_.emplace(event_id, value);
  return value;
}

}  // namespace kg::query
