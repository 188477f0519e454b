// Stage 5, facts: clauses of one sentence become triples and claims. In: tagged tokens, chunks,
// `Lexicons` and the sentence's time expressions. Out: `SentenceFacts`: `Triple`s (subject,
// relation, object, extra arguments, modality, time, place) and `Claim`s (speaker, cue, content),
// which the pipeline links to entities and event types.
#pragma once
#include "clause_words.h"
#include "fragments.h"
#include "time_attachment.h"
#include "triples.h"
