// Stage 2, syntax: word classes and groups of one sentence.
// In: a sentence's `Token`s. Out: the same tokens with a Penn Treebank tag (`Tagger`) and a lemma
// (`Lemmatizer`), and `Chunks`: noun groups and verb groups with tense, voice, modal and negation
// (`chunk`). Time, entities and facts all read these chunks.
#pragma once
#include "chunker.h"
#include "lemmatizer.h"
#include "tagger.h"
