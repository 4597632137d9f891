#include "ingest/text/japanese_tagger.h"

#include <mecab.h>

namespace kg::ingest {

namespace {

constexpr const char* kDefaultDicdir = "/var/lib/mecab/dic/ipadic-utf8";

// ipadic features: pos,pos1,pos2,pos3,conj_type,conj_form,base,reading,pron
std::vector<std::string_view> SplitFeatures(std::string_view f) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= f.size()) {
    size_t comma = f.find(',', start);
    if (comma == std::string_view::npos) comma = f.size();
    out.push_back(f.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

std::string Field(const std::vector<std::string_view>& f, size_t i) {
  if (i >= f.size() || f[i] == "*") return "";
  return std::string(f[i]);
}

}  // namespace

struct JapaneseTagger::Impl {
  std::unique_ptr<MeCab::Model> model;
};

JapaneseTagger::JapaneseTagger(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
JapaneseTagger::~JapaneseTagger() = default;

Result<std::unique_ptr<JapaneseTagger>> JapaneseTagger::Create(const std::string& dicdir) {
  const std::string dir = dicdir.empty() ? kDefaultDicdir : dicdir;
  const std::string args = "-r /dev/null -d " + dir;
  auto impl = std::make_unique<Impl>();
  impl->model.reset(MeCab::createModel(args.c_str()));
  if (!impl->model) {
    return Status::IOError("cannot load MeCab dictionary " + dir + " (install mecab-ipadic-utf8): " +
                           MeCab::getLastError());
  }
  return std::unique_ptr<JapaneseTagger>(new JapaneseTagger(std::move(impl)));
}

std::vector<Morpheme> JapaneseTagger::Parse(std::string_view sentence) const {
  std::vector<Morpheme> out;
  std::unique_ptr<MeCab::Tagger> tagger(impl_->model->createTagger());
  std::unique_ptr<MeCab::Lattice> lattice(impl_->model->createLattice());
  if (!tagger || !lattice) return out;
  lattice->set_sentence(sentence.data(), sentence.size());
  if (!tagger->parse(lattice.get())) return out;
  for (const MeCab::Node* n = lattice->bos_node(); n; n = n->next) {
    if (n->stat == MECAB_BOS_NODE || n->stat == MECAB_EOS_NODE || n->length == 0) continue;
    Morpheme m;
    m.begin = static_cast<uint32_t>(n->surface - sentence.data());
    m.end = m.begin + n->length;
    const auto f = SplitFeatures(n->feature);
    m.pos = Field(f, 0);
    m.pos1 = Field(f, 1);
    m.pos2 = Field(f, 2);
    m.pos3 = Field(f, 3);
    m.conj_form = Field(f, 5);
    m.reading = Field(f, 7);
    m.base = Field(f, 6);
    if (m.base.empty()) m.base = std::string(sentence.substr(m.begin, m.end - m.begin));
    m.unknown = n->stat == MECAB_UNK_NODE;
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace kg::ingest
