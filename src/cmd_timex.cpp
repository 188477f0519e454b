// newsgraph timex [FILE|-] --date D: time expressions with TIMEX3 values, offsets into the input.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstdio>

#include "analyzer.h"
#include "chunker.h"
#include "cli.h"
#include "input_text.h"
#include "time_normalizer.h"

namespace newsgraph::cli {

int cmd_timex(const Args& args) {
  args.allow({"date", "format", "json"});
  std::string date = date_option(args, "date");
  if (date.size() != 10) throw UsageError("--date YYYY-MM-DD is required: relative times are resolved against it");
  std::string format = args.has("json") ? "json" : args.get("format", "json");
  if (format != "json" && format != "tsv") throw UsageError("--format is json or tsv");
  std::string text = read_input_text(args.positional().empty() ? "-" : args.positional()[0]);
  const Resources& res = Resources::get();
  rapidjson::StringBuffer sb;
  rapidjson::Writer<rapidjson::StringBuffer> w(sb);
  w.StartArray();
  TimeDocument doc;
  for (const Sentence& s : analyze(text, 0, text.size(), res)) {
    Chunks c = chunk(s.tokens, res.lexicons);
    for (const TimeExpression& te : find_times(s.tokens, c, date, &doc)) {
      std::string surface = text.substr(te.start, te.end - te.start);
      if (format == "tsv") {
        std::printf("%u\t%u\t%s\t%s\t%s\n", te.start, te.end, surface.c_str(), te.type.c_str(), te.value.c_str());
        continue;
      }
      w.StartObject();
      w.Key("start");
      w.Uint(te.start);
      w.Key("end");
      w.Uint(te.end);
      w.Key("text");
      w.String(surface.c_str(), static_cast<rapidjson::SizeType>(surface.size()));
      w.Key("type");
      w.String(te.type.c_str());
      w.Key("value");
      w.String(te.value.c_str());
      w.EndObject();
    }
  }
  w.EndArray();
  if (format == "json") std::printf("%s\n", sb.GetString());
  return kOk;
}

}  // namespace newsgraph::cli
