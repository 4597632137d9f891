#include "graph/model/ontology.h"

#include <gtest/gtest.h>

namespace kg {
namespace {

TEST(OntologyTest, ShippedFileHasTheCoreTypes) {
  auto o = Ontology::LoadFile(KG_TEST_SOURCE_DIR "/graph/data/ontology.tsv");
  ASSERT_TRUE(o.ok()) << o.status().ToString();
  for (const char* t : {"ANNOUNCE", "STATEMENT", "REPORT", "ACCUSE", "DENY", "WARN", "THREATEN", "SEND",
                        "RECEIVE", "OFFER", "OBTAIN", "INTERFERE", "ATTACK", "INVESTIGATE", "AGREE",
                        "CONSULT", "SUPPORT", "REQUEST", "REJECT", "COOPERATE", "AID", "SANCTION",
                        "PROTEST", "ASSAULT", "COERCE", "RETREAT"}) {
    const EventTypeInfo* info = o->Find(t);
    ASSERT_NE(info, nullptr) << t;
    EXPECT_FALSE(info->cameo.empty()) << t;
    EXPECT_GE(info->quad_class, 1);
  }
  EXPECT_TRUE(o->SameFamily("ANNOUNCE", "STATEMENT"));
  EXPECT_FALSE(o->SameFamily("ACCUSE", "DENY"));
  EXPECT_EQ(o->Find("ACCUSE")->plover, "ACCUSE");
}

TEST(OntologyTest, ErrorsNameFileAndLine) {
  auto o = Ontology::Parse("# header\n1\tACCUSE\taccuse\t1\t112\t11\tACCUSE\t3\tx\n2\tbad\n", "onto.tsv");
  ASSERT_FALSE(o.ok());
  EXPECT_NE(o.status().message().find("onto.tsv:3"), std::string::npos) << o.status().ToString();
  auto dup = Ontology::Parse("1\tA\ta\t1\t1\t1\t-\t1\tx\n1\tB\tb\t1\t1\t1\t-\t1\tx\n", "o");
  EXPECT_FALSE(dup.ok());
  auto lower = Ontology::Parse("1\taccuse\ta\t1\t1\t1\t-\t1\tx\n", "o");
  EXPECT_FALSE(lower.ok());
}

TEST(OntologyTest, TsvRoundTrip) {
  auto o = Ontology::LoadFile(KG_TEST_SOURCE_DIR "/graph/data/ontology.tsv");
  ASSERT_TRUE(o.ok());
  auto back = Ontology::Parse(o->ToTsv(), "roundtrip");
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->types().size(), o->types().size());
  EXPECT_EQ(back->Find("SEND")->id, o->Find("SEND")->id);
}

}  // namespace
}  // namespace kg
