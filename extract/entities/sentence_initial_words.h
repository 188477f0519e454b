// sentence-initial-common-word: an article-level test of the names the mention stage read, run
// before in-article resolution (pipeline.cpp, resolve_entities). A sentence's first word is
// capitalized whatever it is, so a capital there says nothing: "Plus, the birds ...", "Set
// pieces cost us", "Planetary scientist X said". A one-word name that no construction typed
// (untyped-name), whose word the tagger's lexicon knows in lower case as an ordinary word
// (Token::common_word) or the article itself writes in lower case elsewhere (article-lowercase-word:
// "Download sales rose" beside "download sales", words newer than the lexicon or spelled the
// British way), and that the article never writes with its capital anywhere but at a
// sentence's start, names nothing; its mentions are dropped. A word the article capitalizes
// inside a sentence too ("Brown said" after "Gordon Brown", "Apple ... shares of Apple") stays.
#pragma once
#include <vector>

#include "entities.h"

namespace newsgraph {

// Drops from `mentions` the names above. `sentences[i]` are the tokens of sentence i, which the
// mentions' sentence and token indexes point into.
void drop_sentence_initial_common_words(const std::vector<const std::vector<Token>*>& sentences,
                                        std::vector<Mention>& mentions);

}  // namespace newsgraph
