#pragma once

// Runs the whole ingest pipeline, with the shipped data (the build tree's
// share/kg), on a snippet published on Saturday 2021-04-17, and returns its
// events in a form that is short to assert on.

#include <string>
#include <vector>

#include "graph/model/entities.h"

namespace kg::ingest::testing {

inline constexpr const char* kPublished = "2021-04-17";  // a Saturday

struct Ev {
  std::string type, source, target, attributed;  // actor ids; "" when none
  std::string date;                              // ISO, "" when none
  bool stated = false;                           // the text gives the date
  bool negated = false;
  Modality modality = Modality::kAsserted;
  std::string trigger;
};

std::vector<Ev> Events(const std::string& text, const std::string& lang);

// The events of `type` (a test failure when there is not exactly one).
Ev One(const std::vector<Ev>& events, const std::string& type);

// For messages: every event on one line each.
std::string Describe(const std::vector<Ev>& events);

}  // namespace kg::ingest::testing
