#include "graph/base/hash.h"

#include <gtest/gtest.h>

namespace kg {
namespace {

// Ids derived from these hashes are persisted; a change would silently
// split every store built before it.
TEST(HashTest, ValuesAreFrozen) {
  EXPECT_EQ(Hex64(Hash64("")), "f52a15e9a9b5e89b");
  EXPECT_EQ(Hex64(Hash64("country:IR")), "0039a9ed63740354");
  EXPECT_NE(Hash64("country:IR"), Hash64("country:IQ"));
  EXPECT_NE(HashFields({"ab", "c"}), HashFields({"a", "bc"}));
}

TEST(HashTest, HexRoundTrip) {
  uint64_t v = 0;
  ASSERT_TRUE(ParseHex64(Hex64(0x0123456789abcdefULL), &v));
  EXPECT_EQ(v, 0x0123456789abcdefULL);
  EXPECT_FALSE(ParseHex64("0123456789ABCDEF", &v));
  EXPECT_FALSE(ParseHex64("123", &v));
}

}  // namespace
}  // namespace kg
