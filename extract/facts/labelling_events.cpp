// labelling-criticism (see labelling_events.h).
#include "labelling_events.h"

#include <string_view>

#include "text_util.h"

namespace newsgraph {

namespace {

using namespace std::string_view_literals;

// A word of the content without the quotation marks and punctuation around it, lower case.
std::string bare_word(std::string_view w) {
  auto is_mark = [](char c) {
    return c == '"' || c == '\'' || c == ',' || c == '.' || c == ';' || c == ':' || c == '(' || c == ')';
  };
  while (!w.empty() && is_mark(w.front())) w.remove_prefix(1);
  while (!w.empty() && is_mark(w.back())) w.remove_suffix(1);
  // Curly quotation marks are three bytes each.
  for (std::string_view q : {"\u201c"sv, "\u201d"sv, "\u2018"sv, "\u2019"sv}) {
    if (w.starts_with(q)) w.remove_prefix(q.size());
    if (w.ends_with(q)) w.remove_suffix(q.size());
  }
  return to_lower(w);
}

bool opens_quotation(std::string_view w) {
  return w.starts_with('"') || w.starts_with("\u201c"sv) || w.starts_with('\'') || w.starts_with("\u2018"sv);
}

// The words of the relation that carries the claim's cue ("called", "described"): the attribution
// relation of claim `ci`; nullptr when it has none.
const std::string* cue_words(const std::vector<ExtractedRelation>& relations, size_t ci) {
  for (const ExtractedRelation& r : relations)
    if (r.attribution && r.claim == static_cast<int>(ci)) return &r.text;
  return nullptr;
}

bool has_criticism_of_verb(const std::vector<ExtractedRelation>& relations, size_t sentence,
                           const std::string& verb) {
  for (const ExtractedRelation& r : relations)
    if (r.sentence == sentence && r.predicate == verb && r.cameo == "111"sv) return true;
  return false;
}

}  // namespace

LabelSplit split_label(const std::string& content, const Lexicons& lex) {
  std::vector<std::string_view> words;
  for (std::string_view w : split(content, ' '))
    if (!w.empty()) words.push_back(w);
  auto split_at = [&](size_t k, size_t label_from) {
    LabelSplit out;
    for (size_t j = 0; j < k; ++j) out.thing += (j ? " " : "") + std::string(words[j]);
    for (size_t j = label_from; j < words.size(); ++j)
      out.label += (out.label.empty() ? "" : " ") + std::string(words[j]);
    return out;
  };
  // "as" wins wherever it stands: "described the attack on a convoy as a violation".
  for (size_t k = 1; k < words.size(); ++k)
    if (bare_word(words[k]) == "as"sv) return split_at(k, k + 1);
  for (size_t k = 1; k < words.size(); ++k) {
    const std::string w = bare_word(words[k]);
    if (opens_quotation(words[k]) || w == "a"sv || w == "an"sv || lex.criticism_labels.find(w) != StringTable::kNone)
      return split_at(k, k);
  }
  return {};
}

void add_labelling_criticism(const std::vector<ExtractedClaim>& claims, const Lexicons& lex,
                             std::vector<ExtractedRelation>& relations) {
  for (size_t ci = 0; ci < claims.size(); ++ci) {
    const ExtractedClaim& claim = claims[ci];
    if (claim.rule != "call-object-complement"sv || claim.speaker_text.empty()) continue;
    LabelSplit parts = split_label(claim.content, lex);
    if (parts.thing.empty() || parts.label.empty()) continue;
    bool criticism = false;
    for (std::string_view w : split(parts.label, ' '))
      if (lex.criticism_labels.find(bare_word(w)) != StringTable::kNone) criticism = true;
    if (!criticism || has_criticism_of_verb(relations, claim.sentence, claim.cue)) continue;
    ExtractedRelation e;
    e.subject = claim.speaker;
    e.subject_text = e.arg1 = claim.speaker_text;
    e.predicate = claim.cue;
    const std::string* cue = cue_words(relations, ci);
    e.text = cue ? *cue : claim.cue;
    e.object_text = e.arg2 = parts.thing;
    e.event_type = "criticize";
    e.cameo = "111";
    e.has_time = claim.has_time;
    e.time = claim.time;
    e.modality = "asserted";
    e.confidence = 0.7;
    e.sentence = claim.sentence;
    e.rule = "labelling-criticism";
    relations.push_back(std::move(e));
  }
}

}  // namespace newsgraph
