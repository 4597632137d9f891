// kg eval tempeval DIR: scores TimeTagger on TimeML files (TempEval-3).
//
// Each *.tml file is reduced to the plain text of its <TEXT> element with
// the byte span and value of every TIMEX3 in it; the document creation time
// (<DCT>) is the reference. TimeTagger tags the text as English, and each
// expression's value is computed with the tense of its clause. Scores follow
// TempEval-3 (UzZaman et al. 2013): strict and relaxed (overlap) span match,
// and value accuracy over relaxed matches, with value F1 = correct values
// against all predicted (precision) and all gold (recall) expressions.

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/time/time_tagger.h"
#include "tools/kg/cli_common.h"
#include "tools/kg/commands.h"

namespace kg::cli {

namespace {

namespace fs = std::filesystem;

struct GoldTimex {
  size_t begin = 0, end = 0;
  std::string value, text;
};

struct TimeMlDoc {
  std::string name;
  Date dct;
  std::string text;  // the <TEXT> element without markup
  std::vector<GoldTimex> gold;
};

std::string Attribute(std::string_view tag, std::string_view name) {
  const std::string key = std::string(name) + "=\"";
  size_t p = 0;
  while ((p = tag.find(key, p)) != std::string_view::npos) {
    if (p == 0 || tag[p - 1] == ' ' || tag[p - 1] == '\t' || tag[p - 1] == '\n') break;
    ++p;
  }
  if (p == std::string_view::npos) return "";
  p += key.size();
  const size_t q = tag.find('"', p);
  return q == std::string_view::npos ? "" : std::string(tag.substr(p, q - p));
}

// Appends `raw` to `out` with the five XML entities decoded.
void AppendDecoded(std::string_view raw, std::string* out) {
  static const std::pair<std::string_view, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
  for (size_t i = 0; i < raw.size(); ++i) {
    bool done = false;
    if (raw[i] == '&') {
      for (const auto& [ent, ch] : kEntities) {
        if (raw.substr(i, ent.size()) == ent) {
          out->push_back(ch);
          i += ent.size() - 1;
          done = true;
          break;
        }
      }
    }
    if (!done) out->push_back(raw[i]);
  }
}

Result<TimeMlDoc> ReadTimeMl(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError("cannot read " + path.string());
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string xml = ss.str();
  TimeMlDoc doc;
  doc.name = path.filename().string();
  const size_t dct = xml.find("<DCT>");
  const size_t dct_tag = dct == std::string::npos ? dct : xml.find("<TIMEX3", dct);
  if (dct_tag == std::string::npos) return Status::Corruption(doc.name + ": no <DCT><TIMEX3>");
  const std::string dct_value = Attribute(std::string_view(xml).substr(dct_tag, xml.find('>', dct_tag) - dct_tag), "value");
  KG_ASSIGN_OR_RETURN(doc.dct, Date::ParseIso(dct_value));
  const size_t open = xml.find("<TEXT>"), close = xml.find("</TEXT>");
  if (open == std::string::npos || close == std::string::npos) return Status::Corruption(doc.name + ": no <TEXT>");
  const std::string_view body = std::string_view(xml).substr(open + 6, close - open - 6);
  std::vector<GoldTimex> open_timex;
  for (size_t i = 0; i < body.size();) {
    if (body[i] != '<') {
      const size_t next = std::min(body.find('<', i), body.size());
      AppendDecoded(body.substr(i, next - i), &doc.text);
      i = next;
      continue;
    }
    const size_t gt = body.find('>', i);
    if (gt == std::string_view::npos) return Status::Corruption(doc.name + ": unterminated tag");
    const std::string_view tag = body.substr(i + 1, gt - i - 1);
    if (tag.substr(0, 6) == "TIMEX3") {
      GoldTimex t;
      t.begin = doc.text.size();
      t.value = Attribute(tag, "value");
      open_timex.push_back(t);
    } else if (tag.substr(0, 7) == "/TIMEX3" && !open_timex.empty()) {
      GoldTimex t = open_timex.back();
      open_timex.pop_back();
      t.end = doc.text.size();
      t.text = doc.text.substr(t.begin, t.end - t.begin);
      doc.gold.push_back(std::move(t));
    }
    i = gt + 1;
  }
  std::sort(doc.gold.begin(), doc.gold.end(), [](const GoldTimex& a, const GoldTimex& b) { return a.begin < b.begin; });
  return doc;
}

// The sentence around [begin, end): from after the previous ". ", "? ",
// "! " or blank line to the next one.
std::pair<size_t, size_t> SentenceAround(const std::string& text, size_t begin, size_t end) {
  auto is_stop = [&](size_t i) {
    if (text[i] == '\n' && i + 1 < text.size() && text[i + 1] == '\n') return true;
    return (text[i] == '.' || text[i] == '?' || text[i] == '!') && i + 1 < text.size() &&
           (text[i + 1] == ' ' || text[i + 1] == '\n');
  };
  size_t s = begin;
  while (s > 0 && !is_stop(s - 1)) --s;
  size_t e = end;
  while (e < text.size() && !is_stop(e)) ++e;
  return {s, std::min(e + 1, text.size())};
}

struct Counts {
  size_t gold = 0, predicted = 0, strict = 0, relaxed = 0, value = 0;
};

void PrintRow(const char* name, size_t correct, const Counts& c) {
  const double p = c.predicted ? static_cast<double>(correct) / c.predicted : 0;
  const double r = c.gold ? static_cast<double>(correct) / c.gold : 0;
  const double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
  std::printf("%-8s %6.3f %6.3f %6.3f\n", name, p, r, f);
}

}  // namespace

int RunEvalTempEval(const std::string& dir, const std::string& data_dir, bool verbose) {
  std::error_code ec;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".tml") files.push_back(entry.path());
  }
  if (ec) return ReportError(Status::IOError("cannot list " + dir + ": " + ec.message()));
  if (files.empty()) return ReportError(Status::NotFound("no .tml files in " + dir));
  std::sort(files.begin(), files.end());
  auto tagger = ingest::TimeTagger::Load(data_dir);
  if (!tagger.ok()) return ReportError(tagger.status());

  Counts total;
  for (const fs::path& path : files) {
    auto doc = ReadTimeMl(path);
    if (!doc.ok()) return ReportError(doc.status());
    const std::vector<ingest::TimeExpression> pred = (*tagger)->Tag(doc->text, "en");
    total.gold += doc->gold.size();
    total.predicted += pred.size();
    // Values in text order: "the next day" counts from the last date stated.
    std::vector<std::string> values;
    Date anchor = doc->dct;
    for (const ingest::TimeExpression& p : pred) {
      const auto [s, e] = SentenceAround(doc->text, p.begin, p.end);
      const ingest::Tense tense =
          ingest::GuessTenseAround(std::string_view(doc->text).substr(s, e - s), p.begin - s, p.end - s, "en");
      const Date reference = p.anaphoric ? anchor : doc->dct;
      values.push_back((*tagger)->TimexValue(p, reference, tense));
      const Date d = (*tagger)->Resolve(p, reference, tense);
      if (d.known() && (p.kind == ingest::TimeKind::kCalendar || p.kind == ingest::TimeKind::kWeekday ||
                        p.kind == ingest::TimeKind::kRelative)) {
        anchor = d;
      }
    }
    std::vector<bool> used(pred.size(), false);
    for (const GoldTimex& g : doc->gold) {
      size_t match = pred.size();
      for (size_t k = 0; k < pred.size(); ++k) {
        if (!used[k] && pred[k].begin < g.end && g.begin < pred[k].end) {
          match = k;
          break;
        }
      }
      if (match == pred.size()) {
        if (verbose) std::printf("%s\tmissed\t'%s'\t%s\n", doc->name.c_str(), g.text.c_str(), g.value.c_str());
        continue;
      }
      used[match] = true;
      const ingest::TimeExpression& p = pred[match];
      const std::string& value = values[match];
      ++total.relaxed;
      const bool strict = p.begin == g.begin && p.end == g.end;
      total.strict += strict;
      total.value += value == g.value;
      if (verbose && (!strict || value != g.value)) {
        std::printf("%s\t%s\t'%s' %s\tgold '%s' %s\n", doc->name.c_str(), value == g.value ? "span" : "value",
                    p.text.c_str(), value.c_str(), g.text.c_str(), g.value.c_str());
      }
    }
    if (verbose) {
      for (size_t k = 0; k < pred.size(); ++k) {
        if (!used[k]) std::printf("%s\tspurious\t'%s'\n", doc->name.c_str(), pred[k].text.c_str());
      }
    }
  }
  std::printf("TempEval-3 (%zu documents): %zu gold TIMEX3, %zu predicted\n", files.size(), total.gold,
              total.predicted);
  std::printf("%-8s %6s %6s %6s\n", "", "P", "R", "F1");
  PrintRow("strict", total.strict, total);
  PrintRow("relaxed", total.relaxed, total);
  PrintRow("value", total.value, total);
  std::printf("value accuracy (of relaxed matches): %.3f (%zu/%zu)\n",
              total.relaxed ? static_cast<double>(total.value) / total.relaxed : 0.0, total.value, total.relaxed);
  return kExitOk;
}

}  // namespace kg::cli
