#include "ingest/time/time_tagger.h"

#include "ingest/time/time_grammar.h"
#include "ingest/time/time_lexicon.h"
#include "ingest/time/time_resolver.h"
#include "ingest/time/time_tokens.h"

namespace kg::ingest {

using time_internal::Lang;
using time_internal::TimeLexicon;
using time_internal::TokenizeOptions;

namespace {

TokenizeOptions OptionsFor(Lang lang) {
  TokenizeOptions o;
  o.japanese = lang == Lang::kJa;
  o.arabic = lang == Lang::kAr;
  return o;
}

Lang LangOf(std::string_view lang) {
  std::string l(lang.substr(0, 2));
  for (char& c : l) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (l == "ar") return Lang::kAr;
  if (l == "en") return Lang::kEn;
  if (l == "ja") return Lang::kJa;
  if (l == "pl") return Lang::kPl;
  return Lang::kOther;
}

}  // namespace

TimeTagger::TimeTagger() = default;
TimeTagger::~TimeTagger() = default;

Result<std::unique_ptr<TimeTagger>> TimeTagger::Load(const std::string& data_dir) {
  std::unique_ptr<TimeTagger> t(new TimeTagger());
  const std::pair<const char*, Lang> kFiles[] = {
      {"ar", Lang::kAr}, {"en", Lang::kEn}, {"ja", Lang::kJa}, {"pl", Lang::kPl}};
  for (const auto& [name, lang] : kFiles) {
    KG_ASSIGN_OR_RETURN(TimeLexicon lex,
                        TimeLexicon::LoadFile(data_dir + "/time/" + name + ".tsv", OptionsFor(lang)));
    auto ptr = std::make_unique<TimeLexicon>(std::move(lex));
    switch (lang) {
      case Lang::kAr: t->ar_ = std::move(ptr); break;
      case Lang::kEn: t->en_ = std::move(ptr); break;
      case Lang::kJa: t->ja_ = std::move(ptr); break;
      default: t->pl_ = std::move(ptr); break;
    }
  }
  t->other_ = std::make_unique<TimeLexicon>();
  return t;
}

const TimeLexicon* TimeTagger::LexiconFor(std::string_view lang, int* lang_code) const {
  const Lang l = LangOf(lang);
  *lang_code = static_cast<int>(l);
  switch (l) {
    case Lang::kAr: return ar_.get();
    case Lang::kEn: return en_.get();
    case Lang::kJa: return ja_.get();
    case Lang::kPl: return pl_.get();
    default: return other_.get();
  }
}

std::vector<TimeExpression> TimeTagger::Tag(std::string_view text, std::string_view lang) const {
  int code = 0;
  const TimeLexicon* lex = LexiconFor(lang, &code);
  const Lang l = static_cast<Lang>(code);
  const std::vector<time_internal::TimeToken> tokens = time_internal::TokenizeForTime(text, OptionsFor(l));
  time_internal::Matcher matcher(tokens, *lex, l);
  std::vector<TimeExpression> out;
  for (time_internal::Candidate& c : matcher.Run()) {
    TimeExpression e = std::move(c.expr);
    e.begin = tokens[c.first].begin + c.skip;
    e.end = tokens[c.last - 1].end;
    e.text = std::string(text.substr(e.begin, e.end - e.begin));
    out.push_back(std::move(e));
  }
  return out;
}

Date TimeTagger::Resolve(const TimeExpression& t, const Date& reference, Tense tense) const {
  return time_internal::ToDate(time_internal::Anchor(t, reference, tense));
}

bool TimeTagger::ResolveDays(const TimeExpression& t, const Date& reference, Tense tense, int32_t* first,
                             int32_t* last) const {
  const time_internal::Period p = time_internal::Anchor(t, reference, tense);
  if (p.grain == time_internal::Grain::kNone) return false;
  *first = time_internal::FirstDayOf(p);
  *last = time_internal::LastDayOf(p);
  return true;
}

std::string TimeTagger::TimexValue(const TimeExpression& t, const Date& reference, Tense tense) const {
  return time_internal::TimexOf(t, time_internal::Anchor(t, reference, tense));
}

}  // namespace kg::ingest
