#include "graph/model/ontology.h"

#include <charconv>
#include <fstream>
#include <sstream>

namespace kg {

namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      out.push_back(line.substr(start));
      return out;
    }
    out.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

bool ParseInt(std::string_view s, int* out) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

}  // namespace

Result<Ontology> Ontology::Parse(std::string_view tsv, std::string_view origin) {
  Ontology o;
  size_t line_no = 0;
  size_t pos = 0;
  while (pos < tsv.size()) {
    size_t nl = tsv.find('\n', pos);
    std::string_view line = tsv.substr(pos, nl == std::string_view::npos ? nl : nl - pos);
    pos = nl == std::string_view::npos ? tsv.size() : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    auto where = std::string(origin) + ":" + std::to_string(line_no);
    auto f = SplitTabs(line);
    if (f.size() != 9) {
      return Status::Corruption(where + ": expected 9 tab-separated columns, found " +
                                std::to_string(f.size()));
    }
    EventTypeInfo t;
    int id = 0;
    if (!ParseInt(f[0], &id) || id <= 0 || id > 65535) {
      return Status::Corruption(where + ": bad id '" + std::string(f[0]) + "'");
    }
    t.id = static_cast<uint16_t>(id);
    t.name = std::string(f[1]);
    t.family = std::string(f[2]);
    if (!ParseInt(f[3], &t.priority)) {
      return Status::Corruption(where + ": bad priority '" + std::string(f[3]) + "'");
    }
    t.cameo = std::string(f[4]);
    t.cameo_root = std::string(f[5]);
    t.plover = f[6] == "-" ? "" : std::string(f[6]);
    if (!ParseInt(f[7], &t.quad_class) || t.quad_class < 1 || t.quad_class > 4) {
      return Status::Corruption(where + ": quad_class must be 1..4");
    }
    t.description = std::string(f[8]);
    for (char c : t.name) {
      if (!((c >= 'A' && c <= 'Z') || c == '_')) {
        return Status::Corruption(where + ": type names are upper-case words: '" + t.name + "'");
      }
    }
    if (o.by_name_.count(t.name) || o.by_id_.count(t.id)) {
      return Status::Corruption(where + ": duplicate type or id '" + t.name + "'");
    }
    o.by_name_[t.name] = o.types_.size();
    o.by_id_[t.id] = o.types_.size();
    o.types_.push_back(std::move(t));
  }
  if (o.types_.empty()) return Status::Corruption(std::string(origin) + ": no event types");
  return o;
}

Result<Ontology> Ontology::LoadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError("cannot open ontology file " + path);
  std::stringstream buf;
  buf << in.rdbuf();
  return Parse(buf.str(), path);
}

const EventTypeInfo* Ontology::Find(std::string_view name) const {
  auto it = by_name_.find(name);
  return it == by_name_.end() ? nullptr : &types_[it->second];
}

const EventTypeInfo* Ontology::FindById(uint16_t id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : &types_[it->second];
}

bool Ontology::SameFamily(std::string_view a, std::string_view b) const {
  const EventTypeInfo* ta = Find(a);
  const EventTypeInfo* tb = Find(b);
  return ta && tb && ta->family == tb->family;
}

std::string Ontology::ToTsv() const {
  std::string out = "# columns: id\ttype\tfamily\tpriority\tcameo\tcameo_root\tplover\tquad_class\tdescription\n";
  for (const auto& t : types_) {
    out += std::to_string(t.id) + "\t" + t.name + "\t" + t.family + "\t" +
           std::to_string(t.priority) + "\t" + t.cameo + "\t" + t.cameo_root + "\t" +
           (t.plover.empty() ? "-" : t.plover) + "\t" + std::to_string(t.quad_class) + "\t" +
           t.description + "\n";
  }
  return out;
}

}  // namespace kg
