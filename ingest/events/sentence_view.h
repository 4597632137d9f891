#pragma once

// SentenceView: one sentence with its tokens and the actor mentions in it,
// as the role finders see it. Also the Frame a role finder fills for one
// trigger.

#include <string>
#include <string_view>
#include <vector>

#include "graph/model/entities.h"
#include "ingest/actors/actor_resolver.h"
#include "ingest/events/trigger_lexicon.h"
#include "ingest/text/document.h"

namespace kg::ingest {

class SentenceView {
 public:
  SentenceView(const Document& doc, uint32_t sentence, const ActorAnalysis& actors);

  const Document& doc() const { return doc_; }
  const Sentence& sentence() const { return doc_.sentences[index_]; }
  uint32_t begin() const { return sentence().token_begin; }
  uint32_t end() const { return sentence().token_end; }
  const std::string& lang() const { return doc_.lang; }

  const Token& tok(uint32_t t) const { return doc_.tokens[t]; }
  const std::string& norm(uint32_t t) const { return doc_.tokens[t].norm; }
  std::string_view surface(uint32_t t) const { return doc_.Surface(doc_.tokens[t]); }

  // The mention (index into ActorAnalysis::mentions) covering token t, or -1.
  int MentionAt(uint32_t t) const;
  // Mentions of this sentence, in order.
  const std::vector<int>& mentions() const { return mentions_; }
  const ResolvedMention& mention(int m) const { return actors_.mentions[m]; }
  // The kind of the actor a mention refers to.
  ActorKind KindOf(int m) const;
  // The actor a mention refers to (nullptr if unknown).
  const Actor* ActorOf(int m) const;

 private:
  const Document& doc_;
  uint32_t index_;
  const ActorAnalysis& actors_;
  std::vector<int> mention_at_;  // per token of the sentence
  std::vector<int> mentions_;
};

// What a role finder found for one trigger.
struct Frame {
  std::vector<int> sources;  // mentions; several when coordinated ("China, Russia and Iran")
  int target = -1;           // mention
  int attribution = -1;      // mention: "according to X", "Xによると", "بحسب X"
  bool source_is_pronoun = false;  // the subject is a pronoun or dropped: resolve from context
  bool plural_subject = false;     // the pronoun or verb agreement is plural
  bool passive = false;
  bool negated = false;
  Modality modality = Modality::kAsserted;
  std::string theme;
  uint32_t clause_begin = 0, clause_end = 0;          // tokens: where the trigger's own time is looked for
  uint32_t complement_begin = 0, complement_end = 0;  // tokens: the reported clause of a speech trigger
  double confidence = 0.6;
  bool drop = false;  // not an event after all (a noun trigger without any actor)
};

// One role finder per language.
Frame FindRolesEn(const SentenceView& v, const TriggerHit& hit, const TriggerLexicon& lex, const std::string& family);
Frame FindRolesAr(const SentenceView& v, const TriggerHit& hit, const TriggerLexicon& lex, const std::string& family);
Frame FindRolesJa(const SentenceView& v, const TriggerHit& hit, const TriggerLexicon& lex, const std::string& family);
Frame FindRolesPl(const SentenceView& v, const TriggerHit& hit, const TriggerLexicon& lex, const std::string& family);

// Shared helpers for the role finders.
namespace roles {

// Joins the surfaces of tokens [b, e) as written (with the text between them).
std::string Span(const SentenceView& v, uint32_t b, uint32_t e);
// A theme: up to `max_words` words from token b, stopping at a mention, a
// stop word of the language or punctuation.
std::string Theme(const SentenceView& v, uint32_t b, uint32_t limit, const std::vector<std::string>& stops,
                  size_t max_words = 8);
// Adds mentions coordinated with `m` on its left ("China, Russia and Iran").
void AddCoordinated(const SentenceView& v, int m, const std::vector<std::string>& conjunctions,
                    std::vector<int>* out);

}  // namespace roles

}  // namespace kg::ingest
