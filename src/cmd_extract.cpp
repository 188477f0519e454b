// newsgraph extract [FILE|-]: print what extraction finds, without a database.
#include <cstdio>
#include <iostream>
#include <set>

#include "article.h"
#include "cli.h"
#include "input_text.h"
#include "json_output.h"
#include "pipeline.h"

namespace newsgraph::cli {
namespace {

void print_carb(const ArticleExtraction& x) {
  // One line per distinct surface triple; `sentence` is the input line exactly.
  std::set<std::string> seen;
  const std::string& text = x.article.text;
  for (const ExtractedRelation& r : x.relations) {
    if (r.arg1.empty() || r.text.empty()) continue;
    const SentenceSpan& s = x.sentences[r.sentence];
    size_t line_start = text.rfind('\n', s.start == 0 ? 0 : s.start - 1);
    line_start = (line_start == std::string::npos || s.start == 0) ? 0 : line_start + 1;
    size_t line_end = text.find('\n', s.start);
    if (line_end == std::string::npos) line_end = text.size();
    std::string line = text.substr(line_start, line_end - line_start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::string row = r.text + "\t" + r.arg1;
    if (!r.arg2.empty()) row += "\t" + r.arg2;
    for (const std::string& e : r.extra) row += "\t" + e;
    if (!seen.insert(std::to_string(r.sentence) + "\t" + row).second) continue;
    std::printf("%s\t%.3f\t%s\n", line.c_str(), r.confidence, row.c_str());
  }
}

void print_tsv(const ArticleExtraction& x) {
  for (const ExtractedRelation& r : x.relations) {
    if (r.attribution || r.surface_only) continue;
    std::printf("%s\t%zu\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%.3f\n", x.article.id.c_str(), r.sentence,
                (r.subject.empty() ? r.subject_text : r.subject).c_str(), r.text.c_str(),
                (r.object.empty() ? r.object_text : r.object).c_str(), r.event_type.c_str(),
                r.has_time ? r.time.value.c_str() : "", r.modality.c_str(), r.polarity.c_str(),
                r.claim >= 0 ? x.claims[r.claim].speaker.c_str() : "", r.confidence);
  }
}

}  // namespace

int cmd_extract(const Args& args) {
  args.allow({"date", "format", "sentences", "pretokenized", "json", "max-sentence-tokens", "trace"});
  std::string format = args.has("json") ? "json" : args.get("format", "json");
  if (format != "json" && format != "tsv" && format != "carb") throw UsageError("--format is json, tsv or carb");
  if (args.positional().size() > 1) throw UsageError("give one FILE or - (standard input)");
  std::string path = args.positional().empty() ? "-" : args.positional()[0];
  ExtractOptions options;
  options.one_sentence_per_line = args.has("sentences");
  options.pretokenized = args.has("pretokenized");
  options.trace = args.has("trace");
  options.max_sentence_tokens = static_cast<size_t>(std::max(10, args.get_int("max-sentence-tokens", 400)));
  std::string date = date_option(args, "date");
  const Resources& res = Resources::get();
  bool skipped = false;
  auto emit = [&](Article&& a) {
    ArticleExtraction x = extract_article(a, res, options);
    if (format == "json") std::printf("%s\n", extraction_json(x).c_str());
    else if (format == "tsv") print_tsv(x);
    else print_carb(x);
    // The trace goes to stderr so that the output stays what the format promises.
    for (const TraceEvent& e : x.trace)
      std::fprintf(stderr, "%s sentence %zu  %-8s %-7s %s: %s\n", x.article.id.c_str(), e.sentence, e.stage.c_str(),
                   e.fired ? "fired" : "refused", e.rule.c_str(), e.detail.c_str());
  };
  if (options.one_sentence_per_line) {
    // Each line is a sentence: the input is plain text, never a header block or JSON.
    Article a;
    a.id = path == "-" ? "stdin" : path;
    a.text = read_input_text(path);
    a.date = date;
    emit(std::move(a));
  } else {
    ReaderOptions ro;
    ro.default_date = date;
    ArticleReader reader(ro, emit, [&](const Diagnostic& d) {
      std::fprintf(stderr, "%s%s\n", d.skipped ? "" : "warning: ", d.str().c_str());
      if (d.skipped) skipped = true;
    });
    reader.read_path(path);
  }
  return skipped ? kSomeInputsSkipped : kOk;
}

}  // namespace newsgraph::cli
