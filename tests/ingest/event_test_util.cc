#include "tests/ingest/event_test_util.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>

#include "ingest/pipeline.h"

namespace kg::ingest::testing {

namespace {

const Pipeline& ThePipeline() {
  static const Pipeline* p = [] {
    PipelineOptions o;
    o.data_dir = KG_TEST_DATA_DIR;
    auto made = Pipeline::Create(o);
    if (!made.ok()) {
      ADD_FAILURE() << made.status().ToString();
      std::abort();
    }
    return std::move(made).value().release();
  }();
  return *p;
}

}  // namespace

std::vector<Ev> Events(const std::string& text, const std::string& lang) {
  RawArticle a;
  a.id = "t";
  a.text = text;
  a.lang = lang;
  a.published = kPublished;
  a.origin = "test";
  auto rec = ThePipeline().Analyze(a);
  EXPECT_TRUE(rec.ok()) << rec.status().ToString();
  std::vector<Ev> out;
  if (!rec.ok()) return out;
  for (const EventMention& m : rec->event_mentions) {
    Ev e;
    e.type = m.type;
    e.source = m.source_id;
    e.target = m.target_id;
    e.attributed = m.attributed_to_id;
    e.date = m.date.known() ? m.date.ToIso() : "";
    e.stated = m.date_basis == DateBasis::kStated;
    e.negated = m.negated;
    e.modality = m.modality;
    e.trigger = m.trigger;
    out.push_back(std::move(e));
  }
  return out;
}

Ev One(const std::vector<Ev>& events, const std::string& type) {
  const Ev* found = nullptr;
  int n = 0;
  for (const Ev& e : events) {
    if (e.type == type) {
      found = &e;
      ++n;
    }
  }
  if (n != 1) {
    ADD_FAILURE() << "expected one " << type << " event, found " << n << ":\n" << Describe(events);
    return Ev{};
  }
  return *found;
}

std::string Describe(const std::vector<Ev>& events) {
  std::string s;
  for (const Ev& e : events) {
    s += "  " + e.type + (e.negated ? " (negated)" : "") + " " + e.source + " -> " + e.target +
         (e.attributed.empty() ? "" : " said by " + e.attributed) + " on " + e.date + (e.stated ? " (stated)" : "") +
         " [" + e.trigger + "]\n";
  }
  return s;
}

}  // namespace kg::ingest::testing
