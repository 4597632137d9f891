#include "ingest/time/tense.h"

#include <algorithm>
#include <string>
#include <vector>

#include "ingest/time/time_tokens.h"

namespace kg::ingest {

namespace {

using time_internal::TimeToken;
using time_internal::TokenKind;

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}
bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

template <size_t N>
bool In(std::string_view w, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

size_t Letters(std::string_view utf8) {
  size_t n = 0;
  for (char c : utf8) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// A word (or two) that shows the tense of the verb it belongs to.
struct Cue {
  size_t token = 0;
  Tense tense = Tense::kUnknown;
};

// Future over past over present: "said it will meet Friday" is about the
// meeting when nothing tells which verb the time belongs to.
int Rank(Tense t) { return t == Tense::kFuture ? 3 : t == Tense::kPast ? 2 : t == Tense::kPresent ? 1 : 0; }

Tense Strongest(const std::vector<Cue>& cues) {
  Tense best = Tense::kUnknown;
  for (const Cue& c : cues) {
    if (Rank(c.tense) > Rank(best)) best = c.tense;
  }
  return best;
}

std::vector<Cue> EnglishCues(const std::vector<TimeToken>& t) {
  static constexpr std::string_view kFuture[] = {"will", "shall", "would", "gonna", "ll", "scheduled"};
  // "due to", "expected to", "plans to", "to be (published)".
  static constexpr std::string_view kBeforeTo[] = {"due", "expected", "plans", "plan", "planning", "intends",
                                                   "going"};
  // Wanting, promising or agreeing to do something: the wish has its own
  // tense, the infinitive after it ("wanted to meet Putin in June") is future.
  // (Agreeing and deciding are dated themselves: "agreed to sell in October".)
  static constexpr std::string_view kWishTo[] = {"want",  "wants",    "wanted",  "hopes",  "hoped",   "seeks",
                                                 "sought", "aims",    "vowed",   "promised", "pledged", "intend",
                                                 "intended"};
  static constexpr std::string_view kPast[] = {
      "did", "was", "were", "had", "said", "told", "met", "held", "sent", "spoke", "wrote", "found", "began",
      "came", "went", "took", "made", "gave", "left", "saw", "knew", "thought", "became", "brought", "won",
      "lost", "paid", "led", "fell", "rose", "struck", "ago", "yesterday", "got", "sought", "felt", "kept",
      "ran", "chose", "meant", "sold", "bought", "caught", "stood", "understood", "shot", "fought", "drew",
      "agreed", "freed", "decreed", "guaranteed"};
  static constexpr std::string_view kNotPast[] = {"need", "speed", "seed", "feed", "indeed", "red", "bed",
                                                  "shed", "hundred", "united", "limited", "based", "related"};
  static constexpr std::string_view kPresent[] = {"is", "are", "am", "says", "does", "has", "have", "do", "now"};
  static constexpr std::string_view kBe[] = {"be", "been", "being", "is", "are", "am"};
  std::vector<Cue> cues;
  for (size_t i = 0; i < t.size(); ++i) {
    const std::string& w = t[i].key;
    if (t[i].kind != TokenKind::kWord) continue;
    const bool to_next = i + 1 < t.size() && t[i + 1].key == "to";
    Tense tense = Tense::kUnknown;
    if (In(w, kFuture) || (In(w, kBeforeTo) && to_next) || (w == "to" && i + 1 < t.size() && t[i + 1].key == "be")) {
      tense = Tense::kFuture;
    } else if (w == "won" && i + 2 < t.size() && t[i + 1].key == "'" && t[i + 2].key == "t") {
      tense = Tense::kFuture;
    } else if (In(w, kPast) || (w.size() >= 5 && EndsWith(w, "ed") && !EndsWith(w, "eed") && !In(w, kNotPast))) {
      // After a form of "be" it is a passive participle ("is due to be
      // published"): the auxiliary carries the tense.
      if (!(i > 0 && In(t[i - 1].key, kBe))) tense = Tense::kPast;
    } else if (In(w, kPresent)) {
      tense = Tense::kPresent;
    }
    if (tense != Tense::kUnknown) cues.push_back({i, tense});
    if (In(w, kWishTo) && to_next) cues.push_back({i + 1, Tense::kFuture});
  }
  return cues;
}

std::vector<Cue> ArabicCues(const std::vector<TimeToken>& t) {
  // Keys are FoldForMatch forms: ة→ه, أ/إ→ا, ى→ي.
  static constexpr std::string_view kPast[] = {
      "قال", "قالت", "اعلن", "اعلنت", "اكد", "اكدت", "ذكر", "ذكرت", "اضاف", "اضافت", "اشار", "اشارت",
      "اوضح", "اوضحت", "صرح", "صرحت", "اتهم", "اتهمت", "نفي", "نفت", "افاد", "افادت", "كان", "كانت",
      "تم", "جري", "شهد", "شهدت", "اصدر", "اصدرت", "ارسل", "ارسلت", "حصل", "حصلت", "قام", "قامت", "اجري",
      "اجرت", "وقع", "وقعت", "عقد", "عقدت", "لم", "امس", "التقي", "التقت", "هدد", "هددت", "حذر", "حذرت"};
  static constexpr std::string_view kFuture[] = {"سوف",    "لن",      "المقبل",  "المقبله", "القادم",
                                                 "القادمه", "المقرر", "المقرره", "المرتقب", "المرتقبه",
                                                 "المزمع", "المزمعه"};
  static constexpr std::string_view kNotFuture[] = {"سياس", "سيار", "سيد", "سيطر", "سته", "ستين", "سنه",
                                                    "سنو", "سنين", "سيبر", "سينا", "سياد", "سيول", "ستو",
                                                    "سير", "سيف", "سين", "سيل", "ستار", "سنت"};
  std::vector<Cue> cues;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].kind != TokenKind::kWord) continue;
    std::vector<std::string_view> forms = {t[i].key};
    for (const auto& r : t[i].clitic_readings) forms.push_back(r.key);
    Tense tense = Tense::kUnknown;
    for (std::string_view w : forms) {
      if (In(w, kFuture)) {
        tense = Tense::kFuture;
      } else if (In(w, kPast) || (Letters(w) >= 4 && EndsWith(w, "وا") && !StartsWith(w, "ي") &&
                                  !StartsWith(w, "ت") && !StartsWith(w, "ن"))) {
        if (tense == Tense::kUnknown) tense = Tense::kPast;
      } else if (Letters(w) >= 4 && (StartsWith(w, "سي") || StartsWith(w, "ست") || StartsWith(w, "سن"))) {
        // سـ + imperfect: سيعقد, ستعلن, سنرسل.
        bool excluded = false;
        for (std::string_view x : kNotFuture) excluded = excluded || StartsWith(w, x);
        if (!excluded) tense = Tense::kFuture;
      }
    }
    if (tense != Tense::kUnknown) cues.push_back({i, tense});
  }
  return cues;
}

Tense Japanese(std::string_view clause) {
  static constexpr std::string_view kFuture[] = {"予定", "方針", "見通し", "見込み", "つもり", "計画", "意向",
                                                 "を前に", "に向け"};
  for (std::string_view k : kFuture) {
    if (clause.find(k) != std::string_view::npos) return Tense::kFuture;
  }
  // The final predicate: strip closing punctuation and quotes.
  std::string_view s = clause;
  static constexpr std::string_view kTrail[] = {"。", "」", "』", "）", ")", "！", "？", ".", " ", "\n", "、"};
  for (bool again = true; again && !s.empty();) {
    again = false;
    for (std::string_view p : kTrail) {
      if (EndsWith(s, p)) {
        s.remove_suffix(p.size());
        again = true;
      }
    }
  }
  if (EndsWith(s, "ている") || EndsWith(s, "ています") || EndsWith(s, "でいる") || EndsWith(s, "ております")) {
    return Tense::kPresent;
  }
  if (EndsWith(s, "た") || EndsWith(s, "だった") || EndsWith(s, "でした")) return Tense::kPast;
  static constexpr std::string_view kNonPast[] = {"る", "ます", "う", "く", "す", "つ", "む", "ぶ", "ぐ", "へ"};
  for (std::string_view e : kNonPast) {
    if (EndsWith(s, e)) return Tense::kFuture;
  }
  // A headline or a noun-final sentence: any past verb inside.
  for (std::string_view p : {"した", "った", "れた", "んだ", "いた", "べた", "めた", "けた", "えた", "せた"}) {
    if (s.find(p) != std::string_view::npos) return Tense::kPast;
  }
  return Tense::kUnknown;
}

std::vector<Cue> PolishCues(const std::vector<TimeToken>& t) {
  static constexpr std::string_view kFuture[] = {"będzie", "będą", "będę", "będziemy", "będziecie", "będziesz",
                                                 "zostanie", "zostaną", "zamierza", "zamierzają", "planuje",
                                                 "planują", "jutro"};
  static constexpr std::string_view kNotPast[] = {
      "jeśli", "czyli", "mali", "cali", "biali", "cała", "mała", "biała", "stała", "przyszła", "ubiegła",
      "zeszła", "szkoła", "skała", "ciało", "koło", "czoło", "mało", "udział", "rozdział", "wydział", "podział",
      "dział", "przemysł", "pomysł", "kościół", "stół", "anioł", "orzeł", "generał", "kapitał", "potencjał",
      "materiał", "sygnał", "kanał", "artykuł", "tytuł", "szczegół", "michał", "paweł", "dali"};
  static constexpr std::string_view kPresent[] = {"jest", "są", "ma", "mają", "teraz", "obecnie"};
  std::vector<Cue> cues;
  for (size_t i = 0; i < t.size(); ++i) {
    const std::string& w = t[i].key;
    if (t[i].kind != TokenKind::kWord) continue;
    Tense tense = Tense::kUnknown;
    if (In(w, kFuture)) {
      tense = Tense::kFuture;
    } else if (w == "wczoraj" || (Letters(w) >= 4 && !In(w, kNotPast) &&
                                  (EndsWith(w, "ł") || EndsWith(w, "ła") || EndsWith(w, "ło") || EndsWith(w, "li") ||
                                   EndsWith(w, "łem") || EndsWith(w, "łam") || EndsWith(w, "liśmy") ||
                                   EndsWith(w, "łyśmy")))) {
      tense = Tense::kPast;
    } else if (In(w, kPresent)) {
      tense = Tense::kPresent;
    }
    if (tense != Tense::kUnknown) cues.push_back({i, tense});
  }
  return cues;
}

std::vector<Cue> CuesFor(const std::vector<TimeToken>& t, std::string_view lang) {
  if (lang == "ar") return ArabicCues(t);
  if (lang == "pl") return PolishCues(t);
  return EnglishCues(t);
}

// Words that open a new clause; the time expression belongs to the clause
// it is in, not to the one the sentence reports it from.
bool OpensClause(const TimeToken& t, std::string_view lang) {
  static constexpr std::string_view kPunct[] = {",", ";", ":", "(", ")", "\"", "“", "”", "«", "»", "„",
                                                "「", "」", "『", "』", "。", ".", "!", "?"};
  static constexpr std::string_view kEn[] = {"that", "which", "who", "but", "while", "because", "although",
                                             "when", "whereas"};
  static constexpr std::string_view kAr[] = {"ان", "انه", "انها", "انهم", "الذي", "التي", "الذين", "بينما",
                                             "لكن", "حيث", "عندما"};
  static constexpr std::string_view kPl[] = {"że", "iż", "który", "która", "które", "którzy", "którym", "ale",
                                             "gdy", "kiedy", "bo", "ponieważ", "choć", "jednak"};
  if (t.kind == TokenKind::kPunct) return In(t.key, kPunct);
  if (lang == "ar") {
    if (In(t.key, kAr)) return true;
    for (const auto& r : t.clitic_readings) {
      if (In(r.key, kAr)) return true;
    }
    return false;
  }
  if (lang == "pl") return In(t.key, kPl);
  return In(t.key, kEn);
}

// Japanese: the predicate that governs a time word follows it; the clause
// ends at 。 or at a quotative と after a verb (〜たと発表した).
// A time before the quoted clause's own subject belongs to the reporting
// verb instead ("14日、英国は…追放すると表明した": 14日 is when it was said).
std::string_view JapaneseClause(std::string_view s, size_t begin, size_t time_end) {
  size_t end = s.size(), sentence_end = s.size();
  for (std::string_view stop : {"。", "たと", "だと", "ると", "いと", "すと"}) {
    const size_t p = s.find(stop, begin);
    if (p != std::string_view::npos && p + (stop == "。" ? 0 : stop.size() - 3) < end) {
      end = p + (stop == "。" ? 0 : stop.size() - 3);
    }
    if (stop == "。" && p != std::string_view::npos) sentence_end = p;
  }
  // A time set off by a comma ("4カ国は5日、…と発表した") dates the whole
  // sentence: its tense is the final predicate's.
  if (end < sentence_end && s.substr(time_end).starts_with("、")) end = sentence_end;
  if (end < sentence_end) {
    const size_t comma = s.find("、", time_end);
    if (comma != std::string_view::npos && comma < end) {
      const std::string_view quoted = s.substr(comma, end - comma);
      if (quoted.find("は") != std::string_view::npos || quoted.find("が") != std::string_view::npos) {
        end = sentence_end;
      }
    }
  }
  // Back to the previous sentence end only.
  size_t start = s.rfind("。", begin);
  start = start == std::string_view::npos ? 0 : start + 3;
  return s.substr(start, end - start);
}

}  // namespace

Tense GuessTenseAround(std::string_view sentence, size_t begin, size_t end, std::string_view lang) {
  const std::string_view l = lang.substr(0, 2);
  if (l == "ja") {
    const Tense t = Japanese(JapaneseClause(sentence, begin, end));
    return t != Tense::kUnknown ? t : Japanese(sentence);
  }
  time_internal::TokenizeOptions o;
  o.arabic = l == "ar";
  const std::vector<TimeToken> tokens = time_internal::TokenizeForTime(sentence, o);
  // The expression's tokens [eb, ee).
  size_t eb = tokens.size(), ee = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].end > begin && tokens[i].begin < end) {
      eb = std::min(eb, i);
      ee = i + 1;
    }
  }
  if (eb >= ee) eb = ee = 0;
  std::vector<size_t> boundaries;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (OpensClause(tokens[i], l)) boundaries.push_back(i);
  }
  // The nearest cue wins; crossing into another clause costs as much as
  // eight words ("On Feb. 28, the bank released a note saying ... would").
  constexpr size_t kClausePenalty = 8;
  Tense best = Tense::kUnknown;
  size_t best_cost = 0;
  for (const Cue& c : CuesFor(tokens, l)) {
    if (c.token >= eb && c.token < ee) continue;
    const size_t lo = c.token < eb ? c.token : ee - 1, hi = c.token < eb ? eb : c.token;
    size_t cost = hi - lo;
    for (size_t b : boundaries) cost += (b > lo && b < hi) ? kClausePenalty : 0;
    if (best == Tense::kUnknown || cost < best_cost || (cost == best_cost && Rank(c.tense) > Rank(best))) {
      best = c.tense;
      best_cost = cost;
    }
  }
  return best;
}

Tense GuessTense(std::string_view clause, std::string_view lang) {
  const std::string_view l = lang.substr(0, 2);
  if (l == "ja") return Japanese(clause);
  time_internal::TokenizeOptions o;
  o.arabic = l == "ar";
  return Strongest(CuesFor(time_internal::TokenizeForTime(clause, o), l));
}

}  // namespace kg::ingest
