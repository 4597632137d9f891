#include "query/export/timeline.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <set>

#include "query/export/escape.h"
#include "query/export/event_text.h"

namespace kg::query {

using json = nlohmann::ordered_json;

namespace {

std::string Dump(const json& j) { return j.dump(2, ' ', false, json::error_handler_t::replace) + "\n"; }

// Byte offset of code point `cp` in `s`, or npos when `s` is shorter.
size_t ByteOfCodePoint(std::string_view s, size_t cp) {
  size_t seen = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<uint8_t>(s[i]) & 0xC0) == 0x80) continue;
    if (seen++ == cp) return i;
  }
  return seen == cp ? s.size() : std::string_view::npos;
}

// The mention's sentence as HTML with its trigger in bold. Offsets are code
// points into the article; the sentence starts at sentence_start. When they
// do not line up with the stored trigger text (an older record), the first
// occurrence of the trigger is bolded instead.
std::string SentenceHtml(const EventMention& m) {
  const std::string sentence = SanitizeUtf8(m.sentence.empty() ? m.trigger : m.sentence);
  size_t b = std::string_view::npos, e = std::string_view::npos;
  if (!m.sentence.empty() && m.start >= m.sentence_start && m.end >= m.start) {
    b = ByteOfCodePoint(sentence, m.start - m.sentence_start);
    e = ByteOfCodePoint(sentence, m.end - m.sentence_start);
    if (b == std::string::npos || e == std::string::npos || sentence.compare(b, e - b, m.trigger) != 0) {
      b = e = std::string::npos;
    }
  }
  if (b == std::string::npos && !m.trigger.empty()) {
    b = sentence.find(m.trigger);
    if (b != std::string::npos) e = b + m.trigger.size();
  }
  if (b == std::string::npos || e <= b) return EscapeHtml(sentence);
  return EscapeHtml(sentence.substr(0, b)) + "<b>" + EscapeHtml(sentence.substr(b, e - b)) + "</b>" +
         EscapeHtml(sentence.substr(e));
}

std::string CitationHtml(const GraphSlice& slice, const EventMention& m) {
  std::string out = "<li><q dir=\"auto\">" + SentenceHtml(m) + "</q><br>\xE2\x80\x94 ";  // —
  const Article* a = slice.FindArticle(m.article_id);
  const std::string title = a && !a->title.empty() ? a->title : m.article_id;
  if (a && IsWebUrl(a->url)) {
    out += "<a href=\"" + EscapeHtml(a->url) + "\" target=\"_blank\" rel=\"noopener\">" + EscapeHtml(title) + "</a>";
  } else {
    out += "<i>" + EscapeHtml(title) + "</i>";
  }
  std::vector<std::string> facts;
  if (a && !a->source.empty()) facts.push_back(EscapeHtml(a->source));
  if (!m.lang.empty()) facts.push_back(EscapeHtml(m.lang));
  if (a && !a->published.empty()) facts.push_back(EscapeHtml(a->published));
  if (!m.time_text.empty()) facts.push_back("time: \xE2\x80\x9C" + EscapeHtml(m.time_text) + "\xE2\x80\x9D");
  facts.push_back("article <code>" + EscapeHtml(m.article_id) + "</code>");
  for (const std::string& f : facts) out += " \xC2\xB7 " + f;  // ·
  return out + "</li>";
}

std::string ConfidenceText(double c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f", c);
  return buf;
}

std::string EventTextHtml(const GraphSlice& slice, const SliceEvent& se) {
  const Event& e = se.event;
  std::string meta = e.date.known() ? e.date.ToIso() + " (" + std::string(DateBasisName(e.date_basis)) + ")"
                                    : std::string("undated");
  meta += " \xC2\xB7 confidence " + ConfidenceText(e.confidence);
  meta += " \xC2\xB7 " + std::to_string(e.article_count) + (e.article_count == 1 ? " article" : " articles");
  const auto langs = MentionLanguages(se);
  if (!langs.empty()) {
    meta += " \xC2\xB7";
    for (size_t i = 0; i < langs.size(); ++i) meta += (i ? ", " : " ") + langs[i];
  }
  std::string out = "<p>" + EscapeHtml(meta) + "</p><ul>";
  for (const EventMention& m : se.mentions) out += CitationHtml(slice, m);
  return out + "</ul>";
}

std::string SelectionText(const TimelineOptions& o) {
  std::string out;
  for (const auto& [k, v] : o.selection) out += (out.empty() ? "" : "; ") + k + ": " + v;
  return out;
}

json StartDate(const Date& d) {
  json j = {{"year", d.year}};
  if (d.precision >= DatePrecision::kMonth) j["month"] = d.month;
  if (d.precision >= DatePrecision::kDay) j["day"] = d.day;
  return j;
}

}  // namespace

std::string RenderTimelineJs(const GraphSlice& slice, const TimelineOptions& o) {
  const TimelineOrder order = OrderForTimeline(slice);
  json events = json::array();
  for (const SliceEvent* se : order.dated) {
    events.push_back({{"unique_id", se->event.id},
                      {"start_date", StartDate(se->event.date)},
                      {"text", {{"headline", EscapeHtml(EventHeadline(slice, se->event))},
                                {"text", EventTextHtml(slice, *se)}}},
                      {"group", EventGroup(se->event, o.ontology, o.group_by_quad_class)}});
  }
  std::string intro = "<p>" + std::to_string(order.dated.size()) + " dated events";
  const std::string sel = SelectionText(o);
  if (!sel.empty()) intro += " (" + EscapeHtml(sel) + ")";
  intro += ", made by kg.</p>";
  if (!order.undated.empty()) {
    intro += "<p>Undated events (not placed on the timeline):</p><ul>";
    for (const SliceEvent* se : order.undated) {
      intro += "<li><b>" + EscapeHtml(EventHeadline(slice, se->event)) + "</b>" + EventTextHtml(slice, *se) + "</li>";
    }
    intro += "</ul>";
  }
  json out = {{"title", {{"text", {{"headline", EscapeHtml(o.title)}, {"text", intro}}}}}, {"events", events}};
  return Dump(out);
}

std::string RenderVisTimeline(const GraphSlice& slice, const TimelineOptions& o) {
  const TimelineOrder order = OrderForTimeline(slice);
  json items = json::array(), undated = json::array(), groups = json::array();
  std::set<std::string> group_names;
  auto tooltip = [&](const SliceEvent& se) {
    std::string t;
    for (const EventMention& m : se.mentions) {
      if (!t.empty()) t += '\n';
      t.append("[").append(m.lang).append("] ");
      t += SanitizeUtf8(m.sentence.empty() ? m.trigger : m.sentence);
    }
    return t;
  };
  static constexpr const char* kPrecisionClass[] = {"", "kg-year", "kg-month", "kg-day"};
  for (const SliceEvent* se : order.dated) {
    const std::string group = EventGroup(se->event, o.ontology, o.group_by_quad_class);
    group_names.insert(group);
    items.push_back({{"id", se->event.id},
                     {"content", EscapeHtml(EventHeadline(slice, se->event))},
                     {"start", se->event.date.ToIso()},
                     {"group", group},
                     {"title", tooltip(*se)},
                     {"className", kPrecisionClass[static_cast<int>(se->event.date.precision)]}});
  }
  for (const SliceEvent* se : order.undated) {
    const std::string group = EventGroup(se->event, o.ontology, o.group_by_quad_class);
    undated.push_back({{"id", se->event.id},
                       {"content", EscapeHtml(EventHeadline(slice, se->event))},
                       {"group", group},
                       {"title", tooltip(*se)}});
  }
  for (const std::string& g : group_names) groups.push_back({{"id", g}, {"content", EscapeHtml(g)}});
  return Dump({{"items", items}, {"groups", groups}, {"undated", undated}});
}

}  // namespace kg::query
