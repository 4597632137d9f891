#pragma once

// Conventions of actor ids that the store relies on (see entities.h):
//   country:IR              a country
//   agent:hackers@IR        a group of a country ("Iranian hackers")
//   title:spokesperson@RU   a role of a country held by someone unnamed
// Events of a country's group or role are also indexed under the country, so
// "everything Iran did" finds what "Iranian hackers" did, and such events can
// merge with the same event told about the country itself.

#include <string>
#include <string_view>

namespace kg {

// "country:IR" for "agent:hackers@IR" or "title:x@IR"; "" otherwise.
inline std::string ParentCountryId(std::string_view actor_id) {
  const size_t at = actor_id.rfind('@');
  if (at == std::string_view::npos || at + 3 != actor_id.size()) return "";
  if (actor_id.substr(0, 6) != "agent:" && actor_id.substr(0, 6) != "title:") return "";
  return "country:" + std::string(actor_id.substr(at + 1));
}

// True when two actor ids can be the same participant of one event: equal,
// or a country and one of its groups or roles.
inline bool CompatibleActors(std::string_view a, std::string_view b) {
  if (a == b) return true;
  const std::string pa = ParentCountryId(a), pb = ParentCountryId(b);
  return (!pa.empty() && pa == b) || (!pb.empty() && pb == a);
}

}  // namespace kg
