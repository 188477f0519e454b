// eval_events: newsgraph's CAMEO event coding against the project's event gold set
// (data/gold/events/, coded by hand following its GUIDE.md). Each gold sentence is extracted alone
// with its article date through the CLI (`newsgraph extract FILE.jsonl --format json`), each
// relation with a `cameo` code and positive polarity is a predicted event (its target the
// relation's `target` where it has one, else its object), and the scores are
// printed: precision, recall and F1 at CAMEO root, PLOVER category and strict (code + source +
// target) level, a per-root table, the top confusions and the accuracy on no-event sentences.
//
// Usage: eval_events [--gold DIR|FILE] [--taxonomy FILE] [--agents FILE] [--newsgraph PATH]
//                    [--errors N]
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "event_gold.h"
#include "event_score.h"
#include "event_taxonomy.h"

using namespace newsgraph::events;

namespace {

struct Options {
  std::string gold = std::string(NEWSGRAPH_SOURCE_DIR) + "/data/gold/events";
  std::string taxonomy = std::string(NEWSGRAPH_SOURCE_DIR) + "/data/cameo.tsv";
  std::string agents = std::string(NEWSGRAPH_SOURCE_DIR) + "/data/agents.tsv";
  std::string newsgraph = NEWSGRAPH_BINARY;
  size_t errors = 0;  // how many sentences with misses to list
};

[[noreturn]] void usage(const char* why) {
  std::fprintf(stderr,
               "eval_events: %s\nusage: eval_events [--gold DIR|FILE] [--taxonomy FILE] [--agents FILE] "
               "[--newsgraph PATH] [--errors N]\n",
               why);
  std::exit(2);
}

Options parse_options(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--help" || a == "-h") usage("scores newsgraph's event coding against data/gold/events");
    if (i + 1 >= argc) usage(("missing value after " + a).c_str());
    std::string v = argv[++i];
    if (a == "--gold") o.gold = v;
    else if (a == "--taxonomy") o.taxonomy = v;
    else if (a == "--agents") o.agents = v;
    else if (a == "--newsgraph") o.newsgraph = v;
    else if (a == "--errors") o.errors = static_cast<size_t>(std::stoul(v));
    else usage(("unknown option " + a).c_str());
  }
  return o;
}

// Writes every gold sentence as one JSON Lines article (id, date, text).
void write_articles(const std::vector<GoldSentence>& gold, const std::string& path) {
  std::ofstream out(path);
  if (!out) throw std::runtime_error(path + ": cannot write the temporary articles file");
  for (const GoldSentence& s : gold) {
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    w.StartObject();
    w.Key("id");
    w.String(s.id.c_str());
    w.Key("date");
    w.String(s.date.c_str());
    w.Key("text");
    w.String(s.text.c_str());
    w.EndObject();
    out << buf.GetString() << '\n';
  }
  if (!out.flush()) throw std::runtime_error(path + ": write failed");
}

std::string text_or_empty(const rapidjson::Value& v, const char* key) {
  auto it = v.FindMember(key);
  return it != v.MemberEnd() && it->value.IsString() ? it->value.GetString() : "";
}

// A relation newsgraph marks as denied, merely possible or hypothetical says the act did not (or
// need not) happen; the guide codes no event for such sentences. Reported, planned, threatened and
// the other modalities stay: for them the code itself must say intent or threat.
bool counts_as_event(const std::string& modality) {
  return modality != "denied" && modality != "possible" && modality != "hypothetical";
}

// The typed events of one extraction document that count as predictions.
std::vector<PredictedEvent> predicted_events(const rapidjson::Value& doc) {
  std::vector<PredictedEvent> out;
  auto rel = doc.FindMember("relations");
  if (rel == doc.MemberEnd() || !rel->value.IsArray()) return out;
  for (const auto& r : rel->value.GetArray()) {
    std::string code = text_or_empty(r, "cameo");
    if (code.empty() || text_or_empty(r, "polarity") == "negative" || !counts_as_event(text_or_empty(r, "modality")))
      continue;
    PredictedEvent e;
    e.code = code;
    for (const char* k : {"subject", "subject_text"})
      if (std::string t = text_or_empty(r, k); !t.empty()) e.source_texts.push_back(t);
    // The event's target: its own `target`/`target_text` where the relation has them (an event
    // aimed at an actor named in a prepositional argument, "granted asylum to the journalist"),
    // else its object.
    const bool own_target = !text_or_empty(r, "target").empty() || !text_or_empty(r, "target_text").empty();
    static const char* const kTargetKeys[] = {"target", "target_text"};
    static const char* const kObjectKeys[] = {"object", "object_text"};
    for (const char* k : own_target ? kTargetKeys : kObjectKeys)
      if (std::string t = text_or_empty(r, k); !t.empty()) e.target_texts.push_back(t);
    // Every printed text of each actor (entity name / words), so a listing shows what was matched.
    auto shown = [](const std::vector<std::string>& texts) {
      std::string s;
      for (const std::string& t : texts) s += (s.empty() ? "" : " / ") + t;
      return s.empty() ? std::string("-") : s;
    };
    std::string subj = shown(e.source_texts), obj = shown(e.target_texts);
    e.label = code + " " + text_or_empty(r, "text") + ": " + subj + " -> " + obj;
    out.push_back(std::move(e));
  }
  return out;
}

// Runs `newsgraph extract PATH --format json` and returns the predicted events by article id.
std::map<std::string, std::vector<PredictedEvent>> run_newsgraph(const std::string& binary, const std::string& path) {
  if (access(binary.c_str(), X_OK) != 0)
    throw std::runtime_error(binary + ": newsgraph binary not found (build it, or give --newsgraph PATH)");
  std::string cmd = "'" + binary + "' extract '" + path + "' --format json";
  FILE* pipe = popen(cmd.c_str(), "r");
  if (!pipe) throw std::runtime_error("cannot run " + cmd);
  std::map<std::string, std::vector<PredictedEvent>> out;
  std::string line;
  char buf[1 << 16];
  size_t bad = 0;
  while (std::fgets(buf, sizeof buf, pipe)) {
    line += buf;
    if (line.empty() || line.back() != '\n') continue;
    rapidjson::Document d;
    d.Parse(line.c_str());
    line.clear();
    if (d.HasParseError() || !d.IsObject()) {
      ++bad;
      continue;
    }
    out[text_or_empty(d, "id")] = predicted_events(d);
  }
  int status = pclose(pipe);
  // Exit status 3 means some inputs were skipped; those sentences then have no predictions.
  if (status == -1 || !WIFEXITED(status) || (WEXITSTATUS(status) != 0 && WEXITSTATUS(status) != 3))
    throw std::runtime_error(cmd + " failed (status " + std::to_string(status) + ")");
  if (bad) std::fprintf(stderr, "eval_events: warning: %zu output lines were not JSON documents\n", bad);
  return out;
}

void print_counts(const char* level, const Counts& c) {
  std::printf("%-8s %6.3f %6.3f %6.3f   %5zu %5zu %5zu\n", level, c.precision(), c.recall(), c.f1(), c.tp, c.gold,
              c.pred);
}

void print_report(const EventScorer& s, const CameoTaxonomy& tax, size_t gold_events, double seconds) {
  std::printf("gold: %zu sentences, %zu events, %zu sentences with no event; newsgraph: %zu typed events "
              "(extraction %.2f s)\n\n",
              s.sentences(), gold_events, s.no_event_sentences(), s.root().pred, seconds);
  std::printf("level         P      R     F1      tp  gold  pred\n");
  print_counts("root", s.root());
  print_counts("PLOVER", s.plover());
  print_counts("strict", s.strict());
  std::printf("no-event accuracy %.3f (%zu of %zu sentences with no event have no typed event)\n\n",
              s.no_event_accuracy(), s.no_event_correct(), s.no_event_sentences());

  std::printf("root name                                gold  pred    tp      P      R     F1\n");
  for (int r = 1; r <= 20; ++r) {
    char code[3];
    std::snprintf(code, sizeof code, "%02d", r);
    auto it = s.per_root().find(code);
    Counts c = it == s.per_root().end() ? Counts{} : it->second;
    const CameoCategory* cat = tax.find(code);
    std::printf("%s   %-36.36s %5zu %5zu %5zu %6.3f %6.3f %6.3f\n", code, cat ? cat->name.c_str() : "?", c.gold, c.pred,
                c.tp, c.precision(), c.recall(), c.f1());
  }
  for (const auto& [root, c] : s.per_root())
    if (root.size() != 2 || !tax.find(root))
      std::printf("%-4s (code not in the taxonomy)          %5zu %5zu %5zu\n", root.empty() ? "?" : root.c_str(),
                  c.gold, c.pred, c.tp);

  std::vector<std::pair<size_t, std::pair<std::string, std::string>>> conf;
  for (const auto& [k, n] : s.confusions()) conf.push_back({n, k});
  std::sort(conf.begin(), conf.end(), [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
  std::printf("\ntop confusions at root level (gold -> newsgraph; none = missed or spurious)\n");
  for (size_t i = 0; i < conf.size() && i < 15; ++i)
    std::printf("  %-4s -> %-4s %4zu\n", conf[i].second.first.c_str(), conf[i].second.second.c_str(), conf[i].first);
}

void print_errors(const EventScorer& s, size_t n) {
  std::printf("\nsentences with misses (first %zu of %zu)\n", std::min(n, s.errors().size()), s.errors().size());
  for (size_t i = 0; i < n && i < s.errors().size(); ++i) {
    const SentenceErrors& e = s.errors()[i];
    std::printf("%s  %s\n", e.sentence->id.c_str(), e.sentence->text.c_str());
    for (const std::string& m : e.missed) std::printf("    missed   %s\n", m.c_str());
    for (const std::string& m : e.spurious) std::printf("    spurious %s\n", m.c_str());
    for (const std::string& m : e.not_strict) std::printf("    root only %s (code or actors differ)\n", m.c_str());
  }
}

}  // namespace

int main(int argc, char** argv) {
  Options opt = parse_options(argc, argv);
  std::string tmp;
  try {
    CameoTaxonomy tax;
    tax.load(opt.taxonomy);
    AgentTable agents;
    agents.load(opt.agents);
    std::vector<GoldSentence> gold = read_gold(opt.gold, tax);
    size_t gold_events = 0;
    for (const GoldSentence& s : gold) gold_events += s.events.size();

    tmp = (std::filesystem::temp_directory_path() / ("eval_events-" + std::to_string(getpid()) + ".jsonl")).string();
    write_articles(gold, tmp);
    auto t0 = std::chrono::steady_clock::now();
    auto predicted = run_newsgraph(opt.newsgraph, tmp);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::filesystem::remove(tmp);

    EventScorer scorer(tax, agents);
    size_t missing = 0;
    for (const GoldSentence& s : gold) {
      auto it = predicted.find(s.id);
      if (it == predicted.end()) ++missing;
      scorer.add(s, it == predicted.end() ? std::vector<PredictedEvent>{} : it->second);
    }
    if (missing) std::fprintf(stderr, "eval_events: warning: newsgraph printed nothing for %zu sentences\n", missing);
    print_report(scorer, tax, gold_events, seconds);
    if (opt.errors) print_errors(scorer, opt.errors);
  } catch (const std::exception& e) {
    if (!tmp.empty()) std::filesystem::remove(tmp);
    std::fprintf(stderr, "eval_events: %s\n", e.what());
    return 1;
  }
  return 0;
}
