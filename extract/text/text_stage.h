// Stage 1, text: what an article's bytes become before any linguistics.
// In: files, JSON Lines or stdin. Out: `Article`s (header blocks, dates, byline/dateline skipped,
// diagnostics naming file and line), `Token`s with byte spans into the original text and
// sentence boundaries. Also the shared hot-path types every later stage reads: `Token` (text,
// lower-case form, `PosTag`, lemma, word id), `StringTable`, the per-thread word ids of word_ids.h and the small string helpers of text_util.h.
#pragma once
#include "article.h"
#include "sentence_splitter.h"
#include "string_table.h"
#include "text_util.h"
#include "token.h"
#include "tokenizer.h"
#include "word_ids.h"
