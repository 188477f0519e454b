// study-speaks-for-authors (issue #16, classes 4 and 5): "According to the study, ...", "The
// findings suggest that ...", "The new model indicated ...": a study cannot speak; the researchers
// who made it do (data/gold/news/GUIDE.md: the speaker is the person or body, never the document).
// A claim whose speaker is a study word standing alone (data/lexicon/research_words.tsv, kind
// `study`) goes to the research group the article named last before it: "researchers from the
// University of X", "the scientists", "the study's authors", "the research team". With no research
// group named before, the claim keeps its speaker as written.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chunker.h"
#include "lexicons.h"
#include "token.h"
#include "triples.h"  // Span

namespace newsgraph {

// A sentence as the construction reads it: its tokens and their chunks.
struct SentenceChunks {
  const std::vector<Token>* tokens = nullptr;
  const Chunks* chunks = nullptr;
};

// Whether `speaker` is a study word standing alone: a determiner, adjectives or common nouns and a
// head of kind `study` ("the study", "The findings", "the new model", "a peer-reviewed paper"). Not
// a study with its author in it ("the World Bank report", "their study": the author speaks) nor a
// pronoun.
bool is_study_speaker(const std::vector<Token>& tk, Span speaker, const Lexicons& lex);

// The research group named before token `before` of sentence `si`: its sentence and span, the noun
// group with the "from/at/of" phrases after it ("researchers from the University of Oslo and Bergen
// University"). One group, however the article goes on to call it ("the team", "the scientists"):
// its first description with such a phrase (its fullest), else the nearest description. Empty when
// the article names none.
struct ResearchGroup {
  size_t sentence = 0;
  Span span;
  bool introduced = false;  // the span says where the group works or who leads it (a phrase after its noun group)
};
std::optional<ResearchGroup> research_group_before(const std::vector<SentenceChunks>& sentences, size_t si,
                                                   size_t before, const Lexicons& lex);

// research-group-reference: "A team led by Dr Ana Ruiz at the University of Leeds studied gulls.
// The team found ... The researchers also tracked ... Her colleagues plan ...": a subject or
// speaker that refers back to a research group stands for the group's introduction, its words
// the ones the article named it with (the gold writes "the research team" or the named lead; the
// introduction holds both). Whether `s` is such a reference, the whole span: a determiner ("the",
// "this", "these"), an optional `modifier`, and a `group` or `team` head ("the team", "the
// researchers", "the research group"); a study's authors ("the study's authors"); or a possessive
// pronoun before a `colleague` word or a `group`/`team` head ("her colleagues", "their team").
// research_words.tsv holds the words. The caller asks research_group_before for the group and uses
// it only when `introduced`: a reference never stands for another bare reference.
inline constexpr std::string_view kResearchGroupReference = "research-group-reference";
bool is_research_reference(const std::vector<Token>& tk, Span s, const Lexicons& lex);

// The words that name `group`: its span without a leading determiner ("team led by Dr Ana Ruiz at
// the University of Leeds").
std::string research_group_words(const std::vector<Token>& tk, Span group);

}  // namespace newsgraph
