// Stage 4, entities: who and what a sentence names. In: tagged tokens, chunks, `Lexicons`.
// Out: `Mention`s (names, demonyms, pronouns, role descriptions) with types and byte spans, roles
// from titles ("Treasury Secretary Scott Bessent"), and in-article coreference
// (`resolve_in_article`) that gives each mention its entity.
#pragma once
#include "entities.h"
