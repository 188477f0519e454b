// Stage data, lexicon: the readable data files under data/ (and Debian's iso-codes, WordNet,
// tzdata), loaded once and shared read-only by every thread.
// Out: `Lexicons` (cue verbs, modality words, titles, cities, given names, event types,
// countries and demonyms, organisation words) and `WordNetPlaces`; the later stages read them,
// and never load files themselves. `has_word_class` (word_classes.h) answers the
// most frequent word-set probes once per word id.
#pragma once
#include "lexicons.h"
#include "wordnet_places.h"
#include "word_classes.h"
