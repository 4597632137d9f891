#include "graph/store/value_codec.h"

#include <cstring>

namespace kg::store {

namespace {

class Encoder {
 public:
  Encoder() { out_.push_back(static_cast<char>(kValueVersion)); }
  void U8(uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void Varint(uint64_t v) {
    while (v >= 0x80) {
      out_.push_back(static_cast<char>((v & 0x7f) | 0x80));
      v >>= 7;
    }
    out_.push_back(static_cast<char>(v));
  }
  void SignedVarint(int64_t v) {  // zigzag
    Varint((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63));
  }
  void Str(std::string_view s) {
    Varint(s.size());
    out_.append(s);
  }
  void Double(double d) {
    uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    for (int i = 0; i < 8; ++i) out_.push_back(static_cast<char>((bits >> (8 * i)) & 0xff));
  }
  void DateField(const Date& d) {
    U8(static_cast<uint8_t>(d.precision));
    SignedVarint(d.year);
    U8(d.month);
    U8(d.day);
  }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
};

class Decoder {
 public:
  explicit Decoder(std::string_view v) : v_(v) {
    if (v_.empty() || static_cast<uint8_t>(v_[0]) != kValueVersion) {
      ok_ = false;
    } else {
      pos_ = 1;
    }
  }
  uint8_t U8() {
    if (!Need(1)) return 0;
    return static_cast<uint8_t>(v_[pos_++]);
  }
  uint64_t Varint() {
    uint64_t result = 0;
    for (int shift = 0; shift <= 63; shift += 7) {
      if (!Need(1)) return 0;
      const auto byte = static_cast<uint8_t>(v_[pos_++]);
      result |= uint64_t{byte & 0x7fu} << shift;
      if ((byte & 0x80) == 0) return result;
    }
    ok_ = false;
    return 0;
  }
  int64_t SignedVarint() {
    const uint64_t u = Varint();
    return static_cast<int64_t>((u >> 1) ^ (~(u & 1) + 1));
  }
  std::string Str() {
    const uint64_t n = Varint();
    if (!Need(n)) return {};
    std::string s(v_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  double Double() {
    if (!Need(8)) return 0;
    uint64_t bits = 0;
    for (int i = 0; i < 8; ++i) bits |= uint64_t{static_cast<uint8_t>(v_[pos_ + i])} << (8 * i);
    pos_ += 8;
    double d;
    std::memcpy(&d, &bits, sizeof d);
    return d;
  }
  Date DateField() {
    Date d;
    d.precision = static_cast<DatePrecision>(U8());
    d.year = static_cast<int32_t>(SignedVarint());
    d.month = U8();
    d.day = U8();
    if (static_cast<uint8_t>(d.precision) > 3) ok_ = false;
    return d;
  }
  // OK when every field decoded and nothing is left over.
  Status Finish(const char* what) const {
    if (!ok_) return Status::Corruption(std::string("bad or truncated ") + what + " value");
    if (pos_ != v_.size()) return Status::Corruption(std::string("trailing bytes in ") + what + " value");
    return Status::OK();
  }

 private:
  bool Need(uint64_t n) {
    if (!ok_ || pos_ + n > v_.size()) {
      ok_ = false;
      return false;
    }
    return true;
  }
  std::string_view v_;
  size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace

std::string EncodeArticle(const Article& a) {
  Encoder e;
  e.Str(a.id);
  e.Str(a.title);
  e.Str(a.published);
  e.DateField(a.published_date);
  e.Str(a.lang);
  e.Str(a.lang_basis);
  e.Str(a.url);
  e.Str(a.source);
  e.Varint(a.text_hash);
  e.Varint(a.text_length);
  e.Varint(a.event_count);
  e.Varint(a.actor_mention_count);
  e.Varint(a.record_hash);
  return e.Take();
}

Result<Article> DecodeArticle(std::string_view v) {
  Decoder d(v);
  Article a;
  a.id = d.Str();
  a.title = d.Str();
  a.published = d.Str();
  a.published_date = d.DateField();
  a.lang = d.Str();
  a.lang_basis = d.Str();
  a.url = d.Str();
  a.source = d.Str();
  a.text_hash = d.Varint();
  a.text_length = static_cast<uint32_t>(d.Varint());
  a.event_count = static_cast<uint32_t>(d.Varint());
  a.actor_mention_count = static_cast<uint32_t>(d.Varint());
  a.record_hash = d.Varint();
  KG_RETURN_IF_ERROR(d.Finish("article"));
  return a;
}

std::string EncodeActor(const Actor& a) {
  Encoder e;
  e.Str(a.id);
  e.Str(a.name);
  e.U8(static_cast<uint8_t>(a.kind));
  e.Str(a.country);
  e.U8(a.from_dictionary ? 1 : 0);
  return e.Take();
}

Result<Actor> DecodeActor(std::string_view v) {
  Decoder d(v);
  Actor a;
  a.id = d.Str();
  a.name = d.Str();
  a.kind = static_cast<ActorKind>(d.U8());
  a.country = d.Str();
  a.from_dictionary = d.U8() != 0;
  KG_RETURN_IF_ERROR(d.Finish("actor"));
  return a;
}

std::string EncodeAliasCount(const AliasCount& a) {
  Encoder e;
  e.Str(a.lang);
  e.Str(a.text);
  e.Varint(a.count);
  e.U8(a.dictionary ? 1 : 0);
  return e.Take();
}

Result<AliasCount> DecodeAliasCount(std::string_view v) {
  Decoder d(v);
  AliasCount a;
  a.lang = d.Str();
  a.text = d.Str();
  a.count = static_cast<uint32_t>(d.Varint());
  a.dictionary = d.U8() != 0;
  KG_RETURN_IF_ERROR(d.Finish("alias"));
  return a;
}

std::string EncodeActorMention(const ActorMention& m) {
  Encoder e;
  e.Str(m.actor_id);
  e.Str(m.article_id);
  e.Varint(m.start);
  e.Varint(m.end);
  e.Str(m.text);
  e.Str(m.lang);
  e.Str(m.link);
  e.Double(m.confidence);
  return e.Take();
}

Result<ActorMention> DecodeActorMention(std::string_view v) {
  Decoder d(v);
  ActorMention m;
  m.actor_id = d.Str();
  m.article_id = d.Str();
  m.start = static_cast<uint32_t>(d.Varint());
  m.end = static_cast<uint32_t>(d.Varint());
  m.text = d.Str();
  m.lang = d.Str();
  m.link = d.Str();
  m.confidence = d.Double();
  KG_RETURN_IF_ERROR(d.Finish("actor mention"));
  return m;
}

std::string EncodeEventMention(const EventMention& m) {
  Encoder e;
  e.Str(m.article_id);
  e.Str(m.lang);
  e.Str(m.sentence);
  e.Varint(m.sentence_start);
  e.Varint(m.sentence_end);
  e.Str(m.trigger);
  e.Varint(m.start);
  e.Varint(m.end);
  e.Str(m.time_text);
  e.Varint(m.time_start);
  e.Varint(m.time_end);
  e.Str(m.type);
  e.Str(m.source_id);
  e.Str(m.target_id);
  e.Str(m.attributed_to_id);
  e.Str(m.theme);
  e.DateField(m.date);
  e.U8(static_cast<uint8_t>(m.date_basis));
  e.U8(m.negated ? 1 : 0);
  e.U8(static_cast<uint8_t>(m.modality));
  e.Double(m.confidence);
  return e.Take();
}

Result<EventMention> DecodeEventMention(std::string_view v) {
  Decoder d(v);
  EventMention m;
  m.article_id = d.Str();
  m.lang = d.Str();
  m.sentence = d.Str();
  m.sentence_start = static_cast<uint32_t>(d.Varint());
  m.sentence_end = static_cast<uint32_t>(d.Varint());
  m.trigger = d.Str();
  m.start = static_cast<uint32_t>(d.Varint());
  m.end = static_cast<uint32_t>(d.Varint());
  m.time_text = d.Str();
  m.time_start = static_cast<uint32_t>(d.Varint());
  m.time_end = static_cast<uint32_t>(d.Varint());
  m.type = d.Str();
  m.source_id = d.Str();
  m.target_id = d.Str();
  m.attributed_to_id = d.Str();
  m.theme = d.Str();
  m.date = d.DateField();
  m.date_basis = static_cast<DateBasis>(d.U8());
  m.negated = d.U8() != 0;
  m.modality = static_cast<Modality>(d.U8());
  m.confidence = d.Double();
  KG_RETURN_IF_ERROR(d.Finish("event mention"));
  return m;
}

std::string EncodeEvent(const Event& ev) {
  Encoder e;
  e.Str(ev.id);
  e.Str(ev.type);
  e.Str(ev.source_id);
  e.Str(ev.target_id);
  e.Str(ev.attributed_to_id);
  e.Str(ev.theme);
  e.DateField(ev.date);
  e.U8(static_cast<uint8_t>(ev.date_basis));
  e.U8(ev.negated ? 1 : 0);
  e.U8(static_cast<uint8_t>(ev.modality));
  e.Double(ev.confidence);
  e.Varint(ev.mention_count);
  e.Varint(ev.article_count);
  return e.Take();
}

Result<Event> DecodeEvent(std::string_view v) {
  Decoder d(v);
  Event ev;
  ev.id = d.Str();
  ev.type = d.Str();
  ev.source_id = d.Str();
  ev.target_id = d.Str();
  ev.attributed_to_id = d.Str();
  ev.theme = d.Str();
  ev.date = d.DateField();
  ev.date_basis = static_cast<DateBasis>(d.U8());
  ev.negated = d.U8() != 0;
  ev.modality = static_cast<Modality>(d.U8());
  ev.confidence = d.Double();
  ev.mention_count = static_cast<uint32_t>(d.Varint());
  ev.article_count = static_cast<uint32_t>(d.Varint());
  KG_RETURN_IF_ERROR(d.Finish("event"));
  return ev;
}

std::string EncodeU32(uint32_t v) {
  Encoder e;
  e.Varint(v);
  return e.Take();
}

Result<uint32_t> DecodeU32(std::string_view v) {
  Decoder d(v);
  uint32_t x = static_cast<uint32_t>(d.Varint());
  KG_RETURN_IF_ERROR(d.Finish("counter"));
  return x;
}

}  // namespace kg::store
