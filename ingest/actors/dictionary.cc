#include "ingest/actors/dictionary.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "ingest/text/country_names.h"

namespace kg::ingest {

namespace {

using nlohmann::json;

Status ReadLangMap(const json& obj, const char* field, std::map<std::string, std::vector<std::string>>* out) {
  auto it = obj.find(field);
  if (it == obj.end() || it->is_null()) return Status::OK();
  if (!it->is_object()) return Status::InvalidArgument(std::string("\"") + field + "\" must be an object of lists");
  for (auto& [lang, list] : it->items()) {
    if (!list.is_array()) return Status::InvalidArgument(std::string("\"") + field + "." + lang + "\" must be a list");
    for (const auto& v : list) {
      if (!v.is_string()) return Status::InvalidArgument(std::string("\"") + field + "." + lang + "\" must hold strings");
      auto& dst = (*out)[lang];
      const std::string s = v.get<std::string>();
      if (!s.empty() && std::find(dst.begin(), dst.end(), s) == dst.end()) dst.push_back(s);
    }
  }
  return Status::OK();
}

Result<DictionaryEntry> ParseEntry(const json& obj) {
  if (!obj.is_object()) return Status::InvalidArgument("expected a JSON object");
  DictionaryEntry e;
  if (!obj.contains("id") || !obj["id"].is_string()) return Status::InvalidArgument("missing string field \"id\"");
  e.id = obj["id"].get<std::string>();
  const auto colon = e.id.find(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == e.id.size()) {
    return Status::InvalidArgument("id '" + e.id + "' must look like person:name, org:name, country:IR, ...");
  }
  const std::string prefix = e.id.substr(0, colon);
  if (prefix == "title") e.entry_class = EntryClass::kTitle;
  else if (prefix == "agent") e.entry_class = EntryClass::kAgent;
  else if (prefix == "place") e.entry_class = EntryClass::kPlace;
  else if (prefix != "person" && prefix != "org" && prefix != "group" && prefix != "country") {
    return Status::InvalidArgument("unknown id prefix '" + prefix + "' (person, org, group, country, title, agent, place)");
  }
  if (obj.contains("name") && obj["name"].is_string()) e.name = obj["name"].get<std::string>();
  if (prefix == "place") {
    // Regions carry kind "place" in the file; they never become actors.
  } else if (obj.contains("kind") && obj["kind"].is_string()) {
    if (!ParseActorKind(obj["kind"].get<std::string>(), &e.kind)) {
      return Status::InvalidArgument("unknown kind '" + obj["kind"].get<std::string>() + "'");
    }
  } else if (prefix == "person") {
    e.kind = ActorKind::kPerson;
  } else if (prefix == "org") {
    e.kind = ActorKind::kOrganization;
  } else if (prefix == "country") {
    e.kind = ActorKind::kCountry;
  } else if (prefix == "group" || prefix == "agent") {
    e.kind = ActorKind::kGroup;
  }
  if (obj.contains("country") && obj["country"].is_string()) e.country = obj["country"].get<std::string>();
  if (prefix == "country" && e.country.empty()) e.country = e.id.substr(colon + 1);
  KG_RETURN_IF_ERROR(ReadLangMap(obj, "aliases", &e.aliases));
  KG_RETURN_IF_ERROR(ReadLangMap(obj, "demonyms", &e.demonyms));
  KG_RETURN_IF_ERROR(ReadLangMap(obj, "prefixes", &e.prefixes));
  if (obj.contains("titles") && obj["titles"].is_array()) {
    for (const auto& t : obj["titles"]) {
      if (t.is_string()) e.titles.push_back(t.get<std::string>());
    }
  }
  if (e.name.empty()) {
    auto en = e.aliases.find("en");
    if (en != e.aliases.end() && !en->second.empty()) e.name = en->second[0];
  }
  return e;
}

void MergeInto(DictionaryEntry* dst, const DictionaryEntry& src) {
  if (!src.name.empty()) dst->name = src.name;
  if (src.kind != ActorKind::kUnknown) dst->kind = src.kind;
  if (!src.country.empty()) dst->country = src.country;
  for (auto maps : {std::make_pair(&dst->aliases, &src.aliases), std::make_pair(&dst->demonyms, &src.demonyms),
                     std::make_pair(&dst->prefixes, &src.prefixes)}) {
    for (const auto& [lang, list] : *maps.second) {
      auto& d = (*maps.first)[lang];
      for (const auto& s : list) {
        if (std::find(d.begin(), d.end(), s) == d.end()) d.push_back(s);
      }
    }
  }
  for (const auto& t : src.titles) {
    if (std::find(dst->titles.begin(), dst->titles.end(), t) == dst->titles.end()) dst->titles.push_back(t);
  }
}

}  // namespace

Status Dictionary::AddJsonl(std::string_view jsonl, const std::string& origin) {
  size_t line_no = 0, pos = 0;
  while (pos < jsonl.size()) {
    size_t nl = jsonl.find('\n', pos);
    if (nl == std::string_view::npos) nl = jsonl.size();
    std::string_view line = jsonl.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    const std::string where = origin + ":" + std::to_string(line_no);
    json obj;
    try {
      obj = json::parse(line.begin(), line.end());
    } catch (const json::parse_error& e) {
      return Status::InvalidArgument(where + ": malformed JSON: " + e.what());
    }
    auto entry = ParseEntry(obj);
    if (!entry.ok()) return entry.status().WithContext(where);
    entry->origin = where;
    auto it = by_id_.find(entry->id);
    if (it != by_id_.end()) {
      MergeInto(&entries_[it->second], *entry);
    } else {
      by_id_[entry->id] = entries_.size();
      entries_.push_back(std::move(*entry));
    }
  }
  return Status::OK();
}

Status Dictionary::AddFile(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    std::vector<std::string> files;
    for (const auto& f : fs::directory_iterator(path, ec)) {
      if (f.path().extension() == ".jsonl") files.push_back(f.path().string());
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) KG_RETURN_IF_ERROR(AddFile(f));
    return Status::OK();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError("cannot open actor dictionary " + path);
  std::stringstream buf;
  buf << in.rdbuf();
  return AddJsonl(buf.str(), path);
}

void Dictionary::AddCldrCountries(const std::vector<std::string>& langs) {
  for (const CountryName& cn : CldrCountryNames(langs)) {
    const std::string id = "country:" + cn.code;
    auto it = by_id_.find(id);
    if (it == by_id_.end()) {
      DictionaryEntry e;
      e.id = id;
      e.kind = ActorKind::kCountry;
      e.country = cn.code;
      e.origin = "CLDR";
      it = by_id_.emplace(id, entries_.size()).first;
      entries_.push_back(std::move(e));
    }
    DictionaryEntry& e = entries_[it->second];
    auto& list = e.aliases[cn.lang];
    if (std::find(list.begin(), list.end(), cn.name) == list.end()) list.push_back(cn.name);
    if (e.name.empty() && cn.lang == "en") e.name = cn.name;
  }
  // CLDR's full English name wins over a short form listed first.
  for (auto& e : entries_) {
    if (e.kind == ActorKind::kCountry && e.name.empty() && !e.aliases["en"].empty()) e.name = e.aliases["en"][0];
  }
}

Result<std::unique_ptr<Dictionary>> Dictionary::Load(const std::string& dir, const std::vector<std::string>& extra,
                                                     const std::vector<std::string>& langs) {
  std::unique_ptr<Dictionary> d(new Dictionary());
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return Status::IOError("actor dictionary directory " + dir + " not found");
  KG_RETURN_IF_ERROR(d->AddFile(dir));
  for (const auto& path : extra) KG_RETURN_IF_ERROR(d->AddFile(path));
  d->AddCldrCountries(langs);
  for (const auto& e : d->entries_) {
    for (const auto& t : e.titles) {
      if (!d->Find(t)) return Status::InvalidArgument(e.origin + ": unknown title id '" + t + "'");
    }
  }
  return d;
}

Result<std::unique_ptr<Dictionary>> Dictionary::FromJsonl(std::string_view jsonl, bool with_cldr) {
  std::unique_ptr<Dictionary> d(new Dictionary());
  KG_RETURN_IF_ERROR(d->AddJsonl(jsonl, "<test>"));
  if (with_cldr) d->AddCldrCountries({"ar", "en", "ja", "pl"});
  return d;
}

const DictionaryEntry* Dictionary::Find(std::string_view id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : &entries_[it->second];
}

Actor Dictionary::ToActor(const DictionaryEntry& e) const {
  Actor a;
  a.id = e.id;
  a.name = e.name;
  a.kind = e.kind;
  a.country = e.country;
  a.from_dictionary = true;
  for (const auto& [lang, list] : e.aliases) {
    for (const auto& s : list) a.aliases.push_back({lang, s});
  }
  return a;
}

}  // namespace kg::ingest
