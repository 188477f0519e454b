// The per-article extraction pipeline: text -> sentences, tags, lemmas -> chunks -> times ->
// mentions and in-article coreference -> triples and claims -> typed relations. Pure function of
// the article and the shared resources: safe to run on many threads at once.
#pragma once
#include "analyzer.h"
#include "extraction.h"
#include "resources.h"

namespace newsgraph {

// Seconds spent per stage, summed over calls (for the evaluation tools; off unless asked for).
struct StageTimes {
  double analysis = 0;  // sentences, tokens, tags, lemmas
  double entities = 0;  // mentions, roles, in-article coreference, datelines, mention linking
  double total = 0;     // the whole extraction
};

struct ExtractOptions {
  StageTimes* times = nullptr;
  bool one_sentence_per_line = false;  // --sentences: each input line is one sentence
  bool pretokenized = false;
  size_t max_sentence_tokens = 400;
  bool trace = false;  // fill ArticleExtraction::trace (constructions fired and refused, per sentence)
};

ArticleExtraction extract_article(const Article& article, const Resources& res, const ExtractOptions& options = {});

}  // namespace newsgraph
