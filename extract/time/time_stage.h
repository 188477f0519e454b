// Stage 3, time: time expressions of one sentence, normalized to TIMEX3 values against the
// article date. In: tagged tokens, chunks (the verb tenses), the article date and the article's
// running `TimeDocument`. Out: `TimeExpression`s (token range, byte span, type, value), each naming
// the time construction that made it (`rule`). The constructions and their order (their priority)
// are the table at the end of time_constructions.cpp; time_words.h holds the words they read.
#pragma once
#include "calendar.h"
#include "holidays.h"
#include "time_anaphora.h"
#include "time_normalizer.h"
