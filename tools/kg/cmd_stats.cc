// kg stats, kg inspect, kg check

#include <iomanip>
#include <iostream>

#include "graph/store/reader.h"
#include "tools/kg/cli_common.h"
#include "tools/kg/commands.h"
#include "tools/kg/render_json.h"

namespace kg::cli {

int RunStats(const StatsOptions& o) {
  auto store = OpenForRead();
  if (!store.ok()) return ReportError(store.status());
  auto st = (*store)->Stats();
  if (!st.ok()) return ReportError(st.status());
  const bool table = o.format == "table" || (o.format.empty() && StdoutIsTerminal());
  if (!table) {
    nlohmann::json j = {{"store", (*store)->path()},
                        {"articles", st->articles},
                        {"actors", st->actors},
                        {"events", st->events},
                        {"event_mentions", st->event_mentions},
                        {"actor_mentions", st->actor_mentions},
                        {"events_multi_article", st->events_multi_article},
                        {"events_multi_lang", st->events_multi_lang},
                        {"articles_by_lang", st->articles_by_lang},
                        {"actors_by_kind", st->actors_by_kind},
                        {"events_by_type", st->events_by_type}};
    std::cout << DumpLine(j) << "\n";
    return kExitOk;
  }
  std::cout << "store            " << (*store)->path() << "\n"
            << "articles         " << st->articles << "\n";
  for (const auto& [lang, n] : st->articles_by_lang) std::cout << "  " << std::left << std::setw(15) << lang << n << "\n";
  std::cout << "actors           " << st->actors << " (" << st->actor_mentions << " mentions)\n";
  for (const auto& [kind, n] : st->actors_by_kind) std::cout << "  " << std::left << std::setw(15) << kind << n << "\n";
  std::cout << "events           " << st->events << " (" << st->event_mentions << " mentions; "
            << st->events_multi_article << " told by several articles, " << st->events_multi_lang
            << " in several languages)\n";
  for (const auto& [type, n] : st->events_by_type) std::cout << "  " << std::left << std::setw(15) << type << n << "\n";
  return kExitOk;
}

int RunInspect(const InspectOptions& o) {
  auto store = OpenForRead();
  if (!store.ok()) return ReportError(store.status());
  long n = 0;
  static const char* kHex = "0123456789abcdef";
  Status s = (*store)->ForEachRaw(o.column_family, [&](std::string_view k, std::string_view v) {
    if (o.limit >= 0 && n >= o.limit) return false;
    ++n;
    std::string key;
    for (unsigned char c : k) {
      key.push_back(kHex[c >> 4]);
      key.push_back(kHex[c & 15]);
    }
    std::string shown;
    for (unsigned char c : v) shown.push_back(c >= 0x20 && c != 0x7f ? static_cast<char>(c) : '.');
    std::cout << key << "\t" << v.size() << " bytes\t" << shown << "\n";
    return true;
  });
  if (!s.ok()) return ReportError(s);
  return kExitOk;
}

int RunCheck() {
  auto store = OpenForRead();
  if (!store.ok()) return ReportError(store.status());
  Status s = (*store)->CheckConsistency();
  if (!s.ok()) return ReportError(s);
  if (!Globals().quiet) std::cerr << "kg: store " << (*store)->path() << " is consistent\n";
  return kExitOk;
}

}  // namespace kg::cli
