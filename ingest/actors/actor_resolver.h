#pragma once

// ActorResolver: turns dictionary matches and unknown names into actor
// mentions with stable actor ids, inside one article:
//  - compounds: "Iranian hackers", "قراصنة إيرانيين", "イランの工作員" become one
//    group actor "agent:hackers@IR"; "US Secretary of State" is a title with
//    a country;
//  - a title next to a name ("Secretary of State Mike Pompeo", "ポンペオ国務長官",
//    "جون راتكليف، مدير ...") is a mention of that person and gives it its kind
//    and country; a title alone later ("the spokeswoman") refers back to the
//    last person with that title, or stands for the role itself;
//  - names no dictionary knows get ids from their cross-script key
//    (phonetic_key.h), so Gharib / غريب / ガリブ meet in one node; a shorter
//    later mention ("Gharib") joins the full name met in the same article;
//    an unknown name whose key equals a dictionary person's is that person.
// Thread-safe after construction.

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/model/entities.h"
#include "ingest/actors/alias_index.h"
#include "ingest/actors/dictionary.h"
#include "ingest/actors/name_finder.h"
#include "ingest/actors/name_lexicon.h"

namespace kg::ingest {

enum class MentionRole : uint8_t {
  kName,     // a name of the actor
  kTitle,    // a role noun referring to it ("the spokeswoman", "国務長官")
  kAgent,    // a group noun ("voters", "Iranian hackers")
  kDemonym,  // an adjective of a country ("Russian", "روسية")
};

struct ResolvedMention {
  uint32_t token_begin = 0;
  uint32_t token_end = 0;
  uint32_t begin = 0;  // bytes into the article text
  uint32_t end = 0;
  std::string actor_id;
  MentionRole role = MentionRole::kName;
  std::string link;  // dictionary, name, phonetic, coref, title, demonym, prefix, agent
  double confidence = 1.0;
  // Plural anaphors ("both countries", "2人") stand for several actors;
  // actor_id is the first of them.
  std::vector<std::string> group_ids;
};

struct ActorAnalysis {
  std::vector<ResolvedMention> mentions;  // in text order
  std::map<std::string, Actor> actors;    // every actor a mention refers to
};

class ActorResolver {
 public:
  ActorResolver(const Dictionary& dict, const AliasIndex& index, const NameLexicon& lexicon, const Analyzer& analyzer);

  ActorAnalysis Resolve(const Document& doc) const;

 private:
  struct Item;
  std::vector<Item> ItemsFromMatches(const std::vector<DictMatch>& matches) const;
  void DropSurnameClashes(const Document& doc, std::vector<DictMatch>* matches) const;
  void DefaultToHomeCountry(const Document& doc, std::vector<Item>* items) const;
  void AttachModifiers(const Document& doc, std::vector<Item>* items) const;
  void LinkTitlesToNames(const Document& doc, std::vector<Item>* items) const;
  std::string KeySurface(const Document& doc, const Item& it) const;
  std::string JapaneseKeySurface(const Document& doc, const Item& it) const;
  void AddAnaphors(const Document& doc, ActorAnalysis* out) const;
  void ResolveUnknownNames(const Document& doc, std::vector<Item>* items, ActorAnalysis* out) const;
  void ResolveTitlesAndAgents(std::vector<Item>* items, ActorAnalysis* out) const;
  std::string AgentActor(const DictionaryEntry& agent, const DictionaryEntry* country, ActorAnalysis* out) const;
  std::string TitleActor(const DictionaryEntry& title, const DictionaryEntry* country, ActorAnalysis* out) const;

  const Dictionary& dict_;
  const AliasIndex& index_;
  const NameLexicon& lexicon_;
  const Analyzer& analyzer_;
  // Cross-script keys of dictionary people: full name and surname.
  std::unordered_map<std::string, uint32_t> person_full_keys_;
  std::unordered_map<std::string, std::vector<uint32_t>> person_last_keys_;
};

}  // namespace kg::ingest
