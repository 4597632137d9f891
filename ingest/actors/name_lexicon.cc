#include "ingest/actors/name_lexicon.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "graph/text/fold.h"

namespace kg::ingest {

Result<NameLexicon> NameLexicon::Parse(std::string_view lang, std::string_view tsv, std::string_view origin) {
  NameLexicon lex;
  size_t pos = 0, line_no = 0;
  while (pos < tsv.size()) {
    size_t nl = tsv.find('\n', pos);
    if (nl == std::string_view::npos) nl = tsv.size();
    std::string_view line = tsv.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos || tab == 0 || tab + 1 == line.size()) {
      return Status::Corruption(std::string(origin) + ":" + std::to_string(line_no) + ": expected kind<TAB>text");
    }
    lex.words_[std::string(lang) + '\t' + std::string(line.substr(0, tab))].insert(FoldForMatch(line.substr(tab + 1)));
  }
  return lex;
}

Result<NameLexicon> NameLexicon::Load(const std::string& dir) {
  NameLexicon all;
  std::error_code ec;
  for (const char* lang : {"ar", "en", "ja", "pl"}) {
    const std::string path = dir + "/" + lang + ".tsv";
    if (!std::filesystem::exists(path, ec)) continue;
    std::ifstream in(path, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    KG_ASSIGN_OR_RETURN(NameLexicon one, Parse(lang, buf.str(), path));
    for (auto& [k, v] : one.words_) all.words_[k].insert(v.begin(), v.end());
  }
  return all;
}

const std::set<std::string>& NameLexicon::Words(std::string_view lang, std::string_view kind) const {
  static const std::set<std::string> kNone;
  auto it = words_.find(std::string(lang) + '\t' + std::string(kind));
  return it == words_.end() ? kNone : it->second;
}

bool NameLexicon::Has(std::string_view lang, std::string_view kind, std::string_view word) const {
  auto it = words_.find(std::string(lang) + '\t' + std::string(kind));
  return it != words_.end() && it->second.count(FoldForMatch(word)) > 0;
}

}  // namespace kg::ingest
