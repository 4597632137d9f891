#include "ingest/events/sentence_view.h"

#include <algorithm>

namespace kg::ingest {

SentenceView::SentenceView(const Document& doc, uint32_t sentence, const ActorAnalysis& actors)
    : doc_(doc), index_(sentence), actors_(actors) {
  const Sentence& s = doc.sentences[sentence];
  mention_at_.assign(s.token_end - s.token_begin, -1);
  for (size_t i = 0; i < actors.mentions.size(); ++i) {
    const ResolvedMention& m = actors.mentions[i];
    if (m.token_end <= s.token_begin || m.token_begin >= s.token_end) continue;
    mentions_.push_back(static_cast<int>(i));
    for (uint32_t t = std::max(m.token_begin, s.token_begin); t < std::min(m.token_end, s.token_end); ++t) {
      mention_at_[t - s.token_begin] = static_cast<int>(i);
    }
  }
}

int SentenceView::MentionAt(uint32_t t) const {
  if (t < begin() || t >= end()) return -1;
  return mention_at_[t - begin()];
}

ActorKind SentenceView::KindOf(int m) const {
  auto it = actors_.actors.find(actors_.mentions[m].actor_id);
  return it == actors_.actors.end() ? ActorKind::kUnknown : it->second.kind;
}

const Actor* SentenceView::ActorOf(int m) const {
  auto it = actors_.actors.find(actors_.mentions[m].actor_id);
  return it == actors_.actors.end() ? nullptr : &it->second;
}

namespace roles {

std::string Span(const SentenceView& v, uint32_t b, uint32_t e) {
  if (b >= e) return "";
  const uint32_t from = v.tok(b).begin, to = v.tok(e - 1).end;
  return std::string(v.doc().text.substr(from, to - from));
}

std::string Theme(const SentenceView& v, uint32_t b, uint32_t limit, const std::vector<std::string>& stops,
                  size_t max_words) {
  uint32_t e = b;
  size_t words = 0;
  while (e < limit && words < max_words) {
    const Token& t = v.tok(e);
    if (!t.is_word && v.surface(e) != "-" && v.surface(e) != "\"") break;
    if (v.MentionAt(e) >= 0 && words > 0) break;
    if (std::find(stops.begin(), stops.end(), t.norm) != stops.end() && words > 0) break;
    words += t.is_word;
    ++e;
  }
  std::string s = Span(v, b, e);
  while (!s.empty() && (s.back() == '"' || s.back() == ' ' || s.back() == '-')) s.pop_back();
  while (!s.empty() && (s.front() == '"' || s.front() == ' ')) s.erase(0, 1);
  return s;
}

void AddCoordinated(const SentenceView& v, int m, const std::vector<std::string>& conjunctions, std::vector<int>* out) {
  out->push_back(m);
  int cur = m;
  bool first = true;
  while (true) {
    uint32_t t = v.mention(cur).token_begin;
    if (t <= v.begin()) return;
    --t;
    bool joined = false, by_conjunction = false;
    // A comma, a conjunction, or a comma followed by a conjunction.
    for (int step = 0; step < 2 && t >= v.begin(); ++step) {
      const std::string_view sf = v.surface(t);
      const bool comma = sf == "," || sf == "\u060C" || sf == "\u3001";
      const bool conj = std::find(conjunctions.begin(), conjunctions.end(), v.norm(t)) != conjunctions.end();
      if (!comma && !conj) break;
      joined = true;
      by_conjunction = by_conjunction || conj || (comma && v.lang() == "ja");
      if (t == v.begin()) return;
      --t;
    }
    // The last two of a list are joined by "and" ("China, Russia and Iran");
    // "the president, Peskov said" is no list.
    if (!joined || (first && !by_conjunction)) return;
    first = false;
    const int prev = v.MentionAt(t);
    if (prev < 0 || prev == cur) return;
    // Coordinated actors are of one kind ("China, Russia and Iran"); "AFP,
    // US intelligence ..." is an attribution next to a subject.
    if (v.KindOf(prev) != v.KindOf(cur)) return;
    if (std::find(out->begin(), out->end(), prev) != out->end()) return;
    if (v.mention(prev).actor_id == v.mention(cur).actor_id) return;
    out->insert(out->begin(), prev);
    cur = prev;
    if (out->size() >= 5) return;
  }
}

}  // namespace roles
}  // namespace kg::ingest
