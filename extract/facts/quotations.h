// quotation-across-sentences (issue #16, failure class 4): a quotation that a cue opens runs on
// over the next sentences to its closing quote ('Hook said, "This is political. It has nothing to
// do with security."'), and a postposed cue closes a quotation opened sentences before ('"...
// It will not happen," she said.'). The claim's content is the whole quotation.
#pragma once
#include <utility>
#include <vector>

#include "token.h"
#include "triples.h"

namespace newsgraph {

// Byte range [first, second) of the whole quotation that the claim content `content` of sentence
// `si` is part of, or {0, 0} when the content is not a quotation cut by a sentence end (then the
// content stays as it is). Looks at most four sentences away; gives up at a quotation mark that
// opens or closes another quotation.
std::pair<size_t, size_t> quotation_across_sentences(const std::vector<const std::vector<Token>*>& sentences, size_t si,
                                                     Span content);

// quotation-speaker: a sentence that is one quotation from its first word to its last, with no
// other quotation mark inside ('"We will appeal."'; the closing quote may be missing when the
// quoted paragraph runs on). News puts such a sentence after the
// attribution of a quotation ('"...," said X. "We will appeal."'): the words are still X's.
bool whole_sentence_quotation(const std::vector<Token>& tk);

// quotation-speaker: the sentence's last quotation mark opens a quotation, which goes on into the
// next sentence ('"Pensions must stay affordable.' before 'People live longer."').
bool quotation_open_at_end(const std::vector<Token>& tk);
// quotation-speaker: a sentence with no quotation mark but, perhaps, a closing one at its end: the
// words of a quotation that the sentence before left open.
bool quotation_goes_on(const std::vector<Token>& tk);

}  // namespace newsgraph
