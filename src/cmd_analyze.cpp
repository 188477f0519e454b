// newsgraph analyze [FILE|-]: sentences, tokens, tags and lemmas as CoNLL-U (or TSV).
#include <cstdio>

#include "analyzer.h"
#include "cli.h"
#include "input_text.h"
#include "text_util.h"

namespace newsgraph::cli {

int cmd_analyze(const Args& args) {
  args.allow({"sentences", "pretokenized", "format"});
  std::string format = args.get("format", "conllu");
  if (format != "conllu" && format != "tsv") throw UsageError("--format is conllu or tsv");
  std::string text = read_input_text(args.positional().empty() ? "-" : args.positional()[0]);
  const Resources& res = Resources::get();
  AnalyzeOptions options;
  options.pretokenized = args.has("pretokenized");
  auto print = [&](const std::vector<Sentence>& sentences) {
    for (const Sentence& s : sentences) {
      if (format == "conllu") std::printf("# text = %s\n", text.substr(s.start, s.end - s.start).c_str());
      for (size_t i = 0; i < s.tokens.size(); ++i) {
        const Token& t = s.tokens[i];
        if (format == "conllu")
          std::printf("%zu\t%s\t%s\t%s\t%s\t_\t_\t_\t_\t_\n", i + 1, t.text.c_str(), t.lemma.c_str(),
                      upos_for_penn(t.tag, to_lower(t.text)), t.tag.c_str());
        else
          std::printf("%s\t%s\t%s\t%u\t%u\n", t.text.c_str(), t.tag.c_str(), t.lemma.c_str(), t.start, t.end);
      }
      std::printf("\n");
    }
  };
  if (args.has("sentences")) {
    options.one_sentence = true;
    size_t p = 0;
    while (p < text.size()) {
      size_t eol = text.find('\n', p);
      if (eol == std::string::npos) eol = text.size();
      print(analyze(text, p, eol, res, options));
      p = eol + 1;
    }
  } else {
    print(analyze(text, 0, text.size(), res, options));
  }
  return kOk;
}

}  // namespace newsgraph::cli
