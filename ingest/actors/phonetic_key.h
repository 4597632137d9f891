#pragma once

// Cross-script keys for names no dictionary knows. A name is transliterated
// to Latin (ICU Any-Latin) and reduced to a consonant skeleton that survives
// the differences between scripts: Arabic writes no short vowels and has no
// p, Japanese merges l and r and adds vowels. So Ratcliffe, راتكليف and
// ラトクリフ all give "rtkrb"; Gharib and غريب give "grb".

#include <string>
#include <string_view>
#include <vector>

namespace kg::ingest {

// Skeleton of one Latin-ASCII lower-case word: language-aware digraphs
// (kh ch ck gh ph sh th, Polish sz cz rz w), then the labials p b f v -> b,
// l->r, z->s, j->g, q/c->k, x->ks, n->m before b; vowels, y, w and h
// dropped; doubled letters collapsed. `lang` is the word's source language.
std::string ConsonantSkeleton(std::string_view latin_word, std::string_view lang);

struct NameKey {
  std::vector<std::string> skeletons;  // one per name part, in order
  std::vector<std::string> latin;      // the transliterated parts
  // True when the skeleton is too weak to link across scripts on its own
  // (fewer than 3 consonants in the last part and fewer than 5 in all).
  bool weak = false;
};

// Splits a name into parts (spaces, hyphens, the Japanese middle dot),
// transliterates and reduces each.
NameKey MakeNameKey(std::string_view name, std::string_view lang);

// The actor id of a name no dictionary knows: "name:<skeletons>" for a strong
// key, which links across scripts; for a weak one the folded spelling,
// shared by the Latin-script languages ("name:latin:apt10") and per language
// otherwise ("name:ar:...").
std::string UnknownNameId(const NameKey& key, std::string_view name, std::string_view lang);

}  // namespace kg::ingest
