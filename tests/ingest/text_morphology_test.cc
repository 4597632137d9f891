// Third-party adapters: Hunspell (Polish, Arabic), MeCab, Snowball, ICU
// transliteration and CLDR names, and the Arabic clitic rules.

#include <gtest/gtest.h>

#include <algorithm>

#include "graph/text/fold.h"
#include "ingest/text/analyzer.h"
#include "ingest/text/arabic_clitics.h"
#include "ingest/text/country_names.h"
#include "ingest/text/language_detector.h"
#include "ingest/text/transliterator.h"
#include "ingest/text/utf8.h"

namespace kg::ingest {
namespace {

const Analyzer& TheAnalyzer() {
  static auto a = Analyzer::Create();
  EXPECT_TRUE(a.ok()) << a.status().ToString();
  return **a;
}

bool Contains(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

TEST(MorphologyTest, PolishCasesReachOneLemma) {
  const Analyzer& a = TheAnalyzer();
  for (const char* form : {"Rosja", "Rosji", "Rosję", "Rosją"}) {
    EXPECT_TRUE(Contains(a.Lemmas(form, "pl"), "Rosja")) << form;
  }
  // ISO-8859-2 round trip: Ł and ó survive.
  EXPECT_TRUE(Contains(a.Lemmas("Łódź", "pl"), "łódź"));
  EXPECT_EQ(PolishLemmaKey(a.Lemmas("Łodzi", "pl")), PolishLemmaKey(a.Lemmas("Łódź", "pl")));
  // Several Hunspell lemmas still give every form one key.
  EXPECT_EQ(PolishLemmaKey(a.Lemmas("Stanów", "pl")), PolishLemmaKey(a.Lemmas("Stany", "pl")));
  EXPECT_EQ(PolishLemmaKey(a.Lemmas("Zjednoczonych", "pl")), PolishLemmaKey(a.Lemmas("Zjednoczone", "pl")));
}

TEST(MorphologyTest, JapaneseBaseFormsAndParticles) {
  const std::string text = "外相は声明を発表した。";
  Document doc = TheAnalyzer().Analyze(text, "ja");
  ASSERT_EQ(doc.sentences.size(), 1u);
  bool particle = false, verb_base = false;
  for (const Token& t : doc.tokens) {
    if (doc.Surface(t) == "は") particle = t.pos == "助詞";
    if (doc.Surface(t) == "し") verb_base = t.lemma == "する";
  }
  EXPECT_TRUE(particle);
  EXPECT_TRUE(verb_base);
}

TEST(MorphologyTest, FullWidthAndHalfWidthFoldTheSame) {
  Document a = TheAnalyzer().Analyze("ＮＡＴＯは警告した。", "ja");
  Document b = TheAnalyzer().Analyze("NATOは警告した。", "ja");
  ASSERT_FALSE(a.tokens.empty());
  EXPECT_EQ(a.tokens[0].norm, b.tokens[0].norm);
}

TEST(MorphologyTest, EnglishStemsJoinInflections) {
  Document doc = TheAnalyzer().Analyze("They accused him; the accusation followed accusing words.", "en");
  std::vector<std::string> stems;
  for (const Token& t : doc.tokens) {
    if (t.norm.rfind("accus", 0) == 0) stems.push_back(t.lemma);
  }
  ASSERT_EQ(stems.size(), 3u);
  EXPECT_EQ(stems[0], stems[1]);
  EXPECT_EQ(stems[1], stems[2]);
}

TEST(MorphologyTest, ArabicCliticsAreSplitOff) {
  auto cores = [](const char* w) {
    std::vector<std::string> out;
    for (const auto& c : ArabicClitics(FoldForMatch(w), false)) out.push_back(c.core);
    return out;
  };
  EXPECT_TRUE(Contains(cores("وروسيا"), FoldForMatch("روسيا")));
  EXPECT_TRUE(Contains(cores("لإيران"), FoldForMatch("إيران")));
  EXPECT_TRUE(Contains(cores("بالصين"), FoldForMatch("الصين")));
  EXPECT_TRUE(Contains(cores("فبواشنطن"), FoldForMatch("واشنطن")));
  EXPECT_TRUE(Contains(cores("للخارجية"), FoldForMatch("خارجية")));
  EXPECT_EQ(ArabicNisbaBase(FoldForMatch("الإيرانيين")), FoldForMatch("إيراني"));
  EXPECT_EQ(ArabicNisbaBase(FoldForMatch("روسية")), FoldForMatch("روسي"));
  // Offsets: the proclitic letters of the original word, diacritics included.
  const std::string w = "وَروسيا";
  EXPECT_EQ(w.substr(ArabicPrefixBytes(w, 1)), "روسيا");
}

TEST(MorphologyTest, TransliterationAndCountryNames) {
  EXPECT_EQ(ToLatinAscii("Łódź"), "lodz");
  EXPECT_FALSE(ToLatinAscii("ラトクリフ").empty());
  EXPECT_EQ(ToLatinAscii("ドナルド・トランプ").find("\xe3\x83\xbb"), std::string::npos);
  bool ar = false, ja = false, pl = false;
  for (const auto& c : CldrCountryNames({"ar", "ja", "pl"})) {
    if (c.code != "IR") continue;
    ar = ar || (c.lang == "ar" && c.name == "إيران");
    ja = ja || (c.lang == "ja" && c.name == "イラン");
    pl = pl || (c.lang == "pl" && c.name == "Iran");
  }
  EXPECT_TRUE(ar && ja && pl);
}

TEST(MorphologyTest, LanguageDetectionUsesTheFullTables) {
  EXPECT_EQ(LanguageDetectorVersion(), "V2.0 - 20140204") << "libcld2_full was dropped at link time";
  EXPECT_EQ(DetectLanguage("Minister spraw zagranicznych zapowiedział w środę nowe sankcje wobec Rosji.").code, "pl");
  EXPECT_EQ(DetectLanguage("أعلنت وزارة الخارجية اليوم عن فرض عقوبات جديدة على عدد من الشركات").code, "ar");
  EXPECT_FALSE(DetectLanguage("Pompeo").reliable);
}

TEST(MorphologyTest, CodePointOffsets) {
  const std::string s = "ab إيران ﾗﾄ z";
  CodePointMap m(s);
  EXPECT_EQ(m.ToCodePoint(3), 3u);
  EXPECT_EQ(m.ToCodePoint(s.find('z')), 12u);
  size_t bad = 0;
  EXPECT_FALSE(IsValidUtf8("ok\xc3(", &bad));
  EXPECT_EQ(bad, 2u);
  EXPECT_FALSE(IsValidUtf8("\xed\xa0\x80", &bad));  // a surrogate
}

}  // namespace
}  // namespace kg::ingest
