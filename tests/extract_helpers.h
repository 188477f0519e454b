// Runs the whole per-article pipeline on a literal text.
#pragma once
#include <string>

#include "pipeline.h"

namespace newsgraph::test {

inline ArticleExtraction extract_text(const std::string& text, const std::string& date = "2025-10-30") {
  Article a;
  a.id = "t";
  a.date = date;
  a.text = text;
  a.body_start = find_body_start(text);
  return extract_article(a, Resources::get());
}

inline const ExtractedMention* mention(const ArticleExtraction& x, const std::string& text) {
  for (const auto& m : x.mentions)
    if (m.text == text) return &m;
  return nullptr;
}

// The first graph relation (not an attribution) with this predicate.
inline const ExtractedRelation* relation(const ArticleExtraction& x, const std::string& predicate) {
  for (const auto& r : x.relations)
    if (!r.attribution && r.predicate == predicate) return &r;
  return nullptr;
}

// Whether some reading (graph relation or not) has this relation text and second argument.
inline bool has_reading(const ArticleExtraction& x, const std::string& text, const std::string& arg2) {
  for (const auto& r : x.relations)
    if (r.text == text && r.arg2 == arg2) return true;
  return false;
}

// A relation with this first argument and relation text (any second argument).
inline bool has_subject_reading(const ArticleExtraction& x, const std::string& arg1, const std::string& text) {
  for (const auto& r : x.relations)
    if (r.text == text && r.arg1 == arg1) return true;
  return false;
}

}  // namespace newsgraph::test
