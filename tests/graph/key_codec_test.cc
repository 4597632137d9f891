#include "graph/store/key_codec.h"

#include <gtest/gtest.h>

namespace kg::store {
namespace {

std::string Hex(std::string_view s) {
  static const char* d = "0123456789abcdef";
  std::string out;
  for (unsigned char c : s) {
    out.push_back(d[c >> 4]);
    out.push_back(d[c & 15]);
  }
  return out;
}

// Golden bytes: these layouts are on disk. A change here needs a format bump.
TEST(KeyCodecTest, GoldenBytes) {
  EXPECT_EQ(Hex(EntityKey(0x0102030405060708ULL)), "0102030405060708");
  EXPECT_EQ(Hex(DateEventKey(0, 1)), "800000000000000000000001");
  EXPECT_EQ(Hex(DateEventKey(-1, 2)), "7fffffff0000000000000002");
  EXPECT_EQ(Hex(DateEventKey(kUndatedDay, 3)), "ffffffff0000000000000003");
  EXPECT_EQ(Hex(TypeEventKey(4, 18556, 5)), "0004" "8000487c" "0000000000000005");
  EXPECT_EQ(Hex(ActorEventKey(0xaa, ActorRole::kTarget, 1, 0xbb)),
            "00000000000000aa" "02" "80000001" "00000000000000bb");
  EXPECT_EQ(Hex(EventMentionKey(1, 2, 3)), "0000000000000001" "0000000000000002" "00000003");
  EXPECT_EQ(Hex(ArticleEventKey(1, 258)), "0000000000000001" "00000102");
  EXPECT_EQ(Hex(ActorMentionKey(1, 2, 7)), "0000000000000001" "0000000000000002" "00000007");
  EXPECT_EQ(Hex(AliasIndexKey(9, 10)), "0000000000000009" "000000000000000a");
}

TEST(KeyCodecTest, ByteOrderIsDateOrderAcrossTheEpoch) {
  // 1969-12-31 < 1970-01-01 < 2020-10-21 < undated
  EXPECT_LT(DateEventKey(-1, 99), DateEventKey(0, 1));
  EXPECT_LT(DateEventKey(0, 99), DateEventKey(18556, 1));
  EXPECT_LT(DateEventKey(18556, 99), DateEventKey(kUndatedDay, 0));
  EXPECT_LT(ActorEventKey(1, ActorRole::kSource, -400, 5), ActorEventKey(1, ActorRole::kSource, 3, 1));
}

TEST(KeyCodecTest, RoundTrips) {
  ActorEventKeyParts p;
  ASSERT_TRUE(ParseActorEventKey(ActorEventKey(77, ActorRole::kAttributedTo, -12345, 88), &p));
  EXPECT_EQ(p.actor, 77u);
  EXPECT_EQ(p.role, ActorRole::kAttributedTo);
  EXPECT_EQ(p.day, -12345);
  EXPECT_EQ(p.event, 88u);
  int32_t day;
  uint64_t event;
  uint16_t type;
  ASSERT_TRUE(ParseTypeEventKey(TypeEventKey(12, 18000, 99), &type, &day, &event));
  EXPECT_EQ(type, 12);
  EXPECT_EQ(day, 18000);
  EXPECT_EQ(event, 99u);
  EXPECT_FALSE(ParseDateEventKey("short", &day, &event));
}

TEST(KeyCodecTest, PrefixSuccessor) {
  EXPECT_EQ(PrefixSuccessor("ab"), "ac");
  EXPECT_EQ(PrefixSuccessor(std::string("a\xff", 2)), "b");
  EXPECT_EQ(PrefixSuccessor(std::string("\xff\xff", 2)), "");
}

}  // namespace
}  // namespace kg::store
