// Which verbs need a complement, from WordNet's verb frames: "X had", "X felt", "X told" say
// nothing without one, while "X died", "the talks collapsed" are whole facts. A verb needs a
// complement when none of the synsets of its two most frequent senses (WordNet's first two) lists a
// frame without an object or complement ("Something ----s", "Somebody ----s", "It is ----ing", "Somebody's
// (body part) ----s").
#pragma once
#include <string>

#include "string_table.h"

namespace newsgraph {

// Verb lemmas (phrasal ones with a space: "step down") whose two first senses need a complement.
// Empty when WordNet's index.verb or data.verb is missing: then no verb is known to need one.
StringTable read_verbs_needing_complement(const std::string& wordnet_dir);

// The same list as derived at build time (tools/derive_wordnet_verbs.py writes
// build/derived/verbs_needing_complement.txt: one lemma a line, '#' comments), read into `out`
// instead of parsing WordNet at every start; false when the file is absent.
bool read_derived_verbs_needing_complement(const std::string& path, StringTable& out);

// Lemmas WordNet lists as adjectives (index.adj) and not as verbs (index.verb): "unimpressed",
// "keen", "pending". A clause whose predicate is one describes its subject (adjective-predicate in
// extract/facts/fragments.cpp). Empty when either file is missing: then no word is known to be one.
StringTable read_adjectives_not_verbs(const std::string& wordnet_dir);

}  // namespace newsgraph
