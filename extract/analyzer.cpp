#include "analyzer.h"

#include "sentence_splitter.h"
#include "tokenizer.h"

namespace newsgraph {

std::vector<Sentence> analyze(std::string_view text, size_t begin, size_t end, const Resources& res,
                              const AnalyzeOptions& options, bool* capped) {
  std::vector<Sentence> sentences;
  if (!options.pretokenized && !options.one_sentence) {
    // Running text (the common case): each token is made once, in its sentence.
    sentences = split_sentences(text, begin, end, res.abbreviations, options.max_sentence_tokens, capped);
  } else {
    std::vector<Token> tokens = options.pretokenized ? tokenize_pretokenized(text, begin, end)
                                                     : tokenize(text, begin, end, res.abbreviations);
    if (options.one_sentence) {
      // Still bounded: an over-long line is cut into pieces of max_sentence_tokens.
      for (size_t i = 0; i < tokens.size(); i += options.max_sentence_tokens) {
        Sentence s;
        size_t stop = std::min(tokens.size(), i + options.max_sentence_tokens);
        if (stop < tokens.size() && capped) *capped = true;
        s.tokens.assign(std::make_move_iterator(tokens.begin() + i), std::make_move_iterator(tokens.begin() + stop));
        s.start = s.tokens.front().start;
        s.end = s.tokens.back().end;
        sentences.push_back(std::move(s));
      }
    } else {
      sentences = group_sentences(std::move(tokens), res.abbreviations, options.max_sentence_tokens, capped);
    }
  }
  for (Sentence& s : sentences) {
    res.tagger.tag(s.tokens);
    res.lemmatizer.lemmatize(s.tokens);
  }
  return sentences;
}

const char* upos_for_penn(std::string_view t, const std::string& w) {
  if (t == "NN" || t == "NNS") return "NOUN";
  if (t == "NNP" || t == "NNPS") return "PROPN";
  if (t.starts_with("VB")) {
    static const char* aux[] = {"be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re",
                                "'m", "have", "has", "had", "'ve", "do", "does", "did"};
    for (const char* a : aux)
      if (w == a) return "AUX";
    return "VERB";
  }
  if (t == "MD") return "AUX";
  if (t.starts_with("JJ")) return "ADJ";
  if (t.starts_with("RB") || t == "WRB") return "ADV";
  if (t == "PRP" || t == "PRP$" || t == "WP" || t == "WP$" || t == "EX") return "PRON";
  if (t == "DT" || t == "PDT" || t == "WDT") return "DET";
  if (t == "IN") return "ADP";
  if (t == "CC") return "CCONJ";
  if (t == "CD") return "NUM";
  if (t == "RP" || t == "TO" || t == "POS") return "PART";
  if (t == "UH") return "INTJ";
  if (t == "SYM" || t == "$" || t == "#") return "SYM";
  if (t == "FW" || t == "LS") return "X";
  return "PUNCT";
}

}  // namespace newsgraph
