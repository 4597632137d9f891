#pragma once

// Conventions of actor ids that the store relies on (see entities.h):
//   country:IR              a country
//   agent:hackers@IR        a group of a country ("Iranian hackers")
//   title:spokesperson@RU   a role of a country held by someone unnamed
// Events of a country's group or role are also indexed under the country (and
// under the group without its country), so "everything Iran did" finds what
// "Iranian hackers" did, and such events can merge with the same event told
// about the country itself.

#include <string>
#include <string_view>
#include <vector>

namespace kg {

// "country:IR" for "agent:hackers@IR" or "title:x@IR"; "" otherwise.
inline std::string ParentCountryId(std::string_view actor_id) {
  const size_t at = actor_id.rfind('@');
  if (at == std::string_view::npos || at + 3 != actor_id.size()) return "";
  if (actor_id.substr(0, 6) != "agent:" && actor_id.substr(0, 6) != "title:") return "";
  return "country:" + std::string(actor_id.substr(at + 1));
}

// The ids an actor's events are also indexed under: for "agent:hackers@IR"
// the country "country:IR" and the country-less group "agent:hackers"
// ("intelligence officials" can be the same as "US intelligence").
inline std::vector<std::string> ParentIds(std::string_view actor_id) {
  std::vector<std::string> out;
  const std::string country = ParentCountryId(actor_id);
  if (country.empty()) return out;
  out.push_back(country);
  out.emplace_back(actor_id.substr(0, actor_id.rfind('@')));
  return out;
}

// True when two actor ids can be the same participant of one event: equal,
// a country and one of its groups or roles, or a group with and without its
// country.
inline bool CompatibleActors(std::string_view a, std::string_view b) {
  if (a == b) return true;
  for (const std::string& p : ParentIds(a)) {
    if (p == b) return true;
  }
  for (const std::string& p : ParentIds(b)) {
    if (p == a) return true;
  }
  return false;
}

}  // namespace kg
