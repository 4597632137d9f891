#include "graph/model/entities.h"

namespace kg {

std::string_view ActorKindName(ActorKind kind) {
  switch (kind) {
    case ActorKind::kPerson: return "person";
    case ActorKind::kOrganization: return "organization";
    case ActorKind::kCountry: return "country";
    case ActorKind::kGroup: return "group";
    case ActorKind::kUnknown: break;
  }
  return "unknown";
}

bool ParseActorKind(std::string_view name, ActorKind* kind) {
  static constexpr std::pair<std::string_view, ActorKind> kNames[] = {
      {"unknown", ActorKind::kUnknown},   {"person", ActorKind::kPerson},
      {"organization", ActorKind::kOrganization}, {"country", ActorKind::kCountry},
      {"group", ActorKind::kGroup},
  };
  for (const auto& [n, k] : kNames) {
    if (n == name) {
      *kind = k;
      return true;
    }
  }
  return false;
}

std::string_view DateBasisName(DateBasis basis) {
  switch (basis) {
    case DateBasis::kStated: return "stated";
    case DateBasis::kPublication: return "publication";
    case DateBasis::kNone: break;
  }
  return "none";
}

std::string_view ModalityName(Modality m) {
  switch (m) {
    case Modality::kFuture: return "future";
    case Modality::kPlanned: return "planned";
    case Modality::kPossible: return "possible";
    case Modality::kAsserted: break;
  }
  return "asserted";
}

bool ParseModality(std::string_view name, Modality* m) {
  for (Modality v : {Modality::kAsserted, Modality::kFuture, Modality::kPlanned,
                     Modality::kPossible}) {
    if (ModalityName(v) == name) {
      *m = v;
      return true;
    }
  }
  return false;
}

}  // namespace kg
