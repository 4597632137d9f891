#pragma once

// The entities of kg's event graph. Plain data; the store persists them
// (graph/store/value_codec.h) and derives the indexes.
//
// Identity:
//  - Article.id is the caller's id (file stem or envelope "id").
//  - Actor.id is a readable key derived from content: a dictionary id such as
//    "country:IR" or "person:mike_pompeo", or, for names no dictionary knows,
//    "name:<kind>:<cross-script key>". The same name in any script gives the
//    same id on any machine.
//  - Event.id is "ev_" + 16 hex digits, derived from the first mention that
//    created it (article id, offset, type), and kept while any mention remains.
// Offsets are Unicode code point offsets into the article's original text.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "graph/base/date.h"

namespace kg {

enum class ActorKind : uint8_t {  // DO NOT CHANGE: persisted
  kUnknown = 0,
  kPerson = 1,
  kOrganization = 2,
  kCountry = 3,
  kGroup = 4,
};
std::string_view ActorKindName(ActorKind kind);  // "person", ...
bool ParseActorKind(std::string_view name, ActorKind* kind);

// How an event's date was found.
enum class DateBasis : uint8_t {  // DO NOT CHANGE: persisted
  kNone = 0,         // no date at all (no publication date either)
  kStated = 1,       // a time expression in the event's clause or sentence
  kPublication = 2,  // taken from the article's publication date
};
std::string_view DateBasisName(DateBasis basis);  // "stated", "publication", "none"

// Whether the text asserts the event happened, or plans/expects it.
enum class Modality : uint8_t {  // DO NOT CHANGE: persisted
  kAsserted = 0,
  kFuture = 1,    // "will send", "zostanie poddana pod głosowanie"
  kPlanned = 2,   // "planned to take further steps", "خططت"
  kPossible = 3,  // "may", "could", conditional
};
std::string_view ModalityName(Modality m);
bool ParseModality(std::string_view name, Modality* m);

struct Article {
  std::string id;
  std::string title;
  std::string published;  // as given (ISO 8601 date or date-time), "" if none
  Date published_date;    // its calendar day
  std::string lang;       // ISO 639-1, "" when undetermined
  std::string lang_basis; // "envelope", "detected", "unreliable"
  std::string url;
  std::string source;
  uint64_t text_hash = 0;
  uint32_t text_length = 0;  // in code points
  uint32_t event_count = 0;
  uint32_t actor_mention_count = 0;
  uint64_t record_hash = 0;  // set by the store: hash of everything extracted
};

struct Alias {
  std::string lang;  // "" when not language-specific
  std::string text;
  friend bool operator==(const Alias& a, const Alias& b) {
    return a.lang == b.lang && a.text == b.text;
  }
};

struct Actor {
  std::string id;
  std::string name;  // canonical name
  ActorKind kind = ActorKind::kUnknown;
  std::string country;  // ISO 3166-1 alpha-2, "" if unknown
  bool from_dictionary = false;
  std::vector<Alias> aliases;  // dictionary aliases plus observed surface forms
};

// One occurrence of an actor in an article.
struct ActorMention {
  std::string actor_id;
  std::string article_id;
  uint32_t start = 0;  // code points
  uint32_t end = 0;
  std::string text;    // surface text as written
  std::string lang;
  // How it was linked. dictionary, name and phonetic mean the text is a name
  // of the actor (the store keeps it as an alias); title, coref, demonym,
  // prefix and agent mean it refers to the actor otherwise.
  std::string link;
  double confidence = 1.0;
};

// One occurrence of an event in an article, with what that occurrence says.
struct EventMention {
  std::string article_id;
  std::string lang;
  std::string sentence;  // the sentence text as written
  uint32_t sentence_start = 0;
  uint32_t sentence_end = 0;
  std::string trigger;   // trigger text as written
  uint32_t start = 0;    // trigger offsets
  uint32_t end = 0;
  std::string time_text;  // the time expression used, "" if none
  uint32_t time_start = 0;
  uint32_t time_end = 0;

  std::string type;  // ontology type name
  std::string source_id;         // "" = unknown
  std::string target_id;         // "" = none
  std::string attributed_to_id;  // reported speech: who said it
  std::string theme;
  Date date;
  DateBasis date_basis = DateBasis::kNone;
  bool negated = false;
  Modality modality = Modality::kAsserted;
  double confidence = 0.5;  // of this mention's extraction
};

// An event: the merge of all mentions judged to describe one real event.
struct Event {
  std::string id;
  std::string type;
  std::string source_id;
  std::string target_id;
  std::string attributed_to_id;
  std::string theme;
  Date date;
  DateBasis date_basis = DateBasis::kNone;
  bool negated = false;
  Modality modality = Modality::kAsserted;
  double confidence = 0.0;
  uint32_t mention_count = 0;
  uint32_t article_count = 0;
};

}  // namespace kg
