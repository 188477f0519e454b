// One driver for the construction cases in tests/cases/<stage>/*.txt (format: tests/cases/README.md).
// Each case runs the whole pipeline on one invented sentence and compares a compact one-line
// reading of what its stage produced with the expected line; the case's construction must fire
// (or, for a look-alike marked "!", must not). A failing case prints the expected and actual lines
// and the trace of constructions fired and refused.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "fragments.h"
#include "text_subjects.h"
#include "pipeline.h"
#include "time_normalizer.h"

using namespace newsgraph;
namespace fs = std::filesystem;

namespace {

struct Case {
  std::string where;  // file:line
  std::string construction;
  bool look_alike = false;
  std::string date = "2025-10-30";
  std::string sentence, expected;
};

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t"), e = s.find_last_not_of(" \t\r");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

bool is_date(const std::string& s) {
  return s.size() == 10 && s[4] == '-' && s[7] == '-' && std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '-'; });
}

// Reads "[!]CONSTRUCTION | [DATE |] SENTENCE => EXPECTED" lines; # starts a comment.
std::vector<Case> read_cases(const fs::path& file) {
  std::vector<Case> out;
  std::ifstream in(file);
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    line = trim(line);
    if (line.empty() || line[0] == '#') continue;
    Case c;
    c.where = file.filename().string() + ":" + std::to_string(n);
    size_t arrow = line.rfind(" => ");
    size_t bar = line.find(" | ");
    INFO(c.where, ": ", line);
    REQUIRE_MESSAGE((arrow != std::string::npos && bar != std::string::npos && bar < arrow),
                    c.where << ": expected 'CONSTRUCTION | [DATE |] SENTENCE => EXPECTED'");
    c.construction = trim(line.substr(0, bar));
    if (!c.construction.empty() && c.construction[0] == '!') {
      c.look_alike = true;
      c.construction = trim(c.construction.substr(1));
    }
    std::string rest = trim(line.substr(bar + 3, arrow - bar - 3));
    if (size_t b2 = rest.find(" | "); b2 != std::string::npos && is_date(trim(rest.substr(0, b2)))) {
      c.date = trim(rest.substr(0, b2));
      rest = trim(rest.substr(b2 + 3));
    }
    // "\n" in a case stands for a paragraph break: the constructions of a whole text (an
    // interview's turns) are written on one line.
    for (size_t k = rest.find("\\n"); k != std::string::npos; k = rest.find("\\n", k + 2)) rest.replace(k, 2, "\n\n");
    c.sentence = rest;
    c.expected = trim(line.substr(arrow + 4));
    out.push_back(std::move(c));
  }
  return out;
}

std::string join(const std::vector<std::string>& parts) {
  if (parts.empty()) return "-";
  std::string s;
  for (const auto& p : parts) s += (s.empty() ? "" : " ; ") + p;
  return s;
}

// The compact reading of one stage's output, and the rules that fired in it.
std::string reading(const std::string& stage, const ArticleExtraction& x, std::set<std::string>* rules) {
  std::vector<std::string> parts;
  if (stage == "time") {
    for (const auto& t : x.times) {
      parts.push_back(std::string(t.rule) + " \"" + t.text + "\" " + t.value);
      rules->insert(std::string(t.rule));
    }
  } else if (stage == "entities") {
    for (const auto& m : x.mentions) {
      parts.push_back(std::string(m.rule) + " \"" + m.text + "\" " + entity_type_name(m.type) + (m.entity != m.text ? " =" + m.entity : ""));
      rules->insert(std::string(m.rule));
    }
    for (const auto& r : x.roles) {
      parts.push_back(std::string(r.rule) + " " + r.person + " is " + r.role + (r.organization.empty() ? "" : " of " + r.organization));
      rules->insert(std::string(r.rule));
    }
  } else if (stage == "facts") {
    for (const auto& c : x.claims) {
      parts.push_back(std::string(c.rule) + " " + c.speaker_text + " " + c.cue + ": \"" + c.content + "\"");
      rules->insert(std::string(c.rule));
    }
    for (const auto& r : x.relations) {
      if (r.surface_only || r.attribution) continue;
      // A time the sentence gives the relation is shown after it, with the construction that
      // attached it among the rules that fired ("svo (X; met; Y) @2025-10-27").
      // A fragment ("X had") is marked.
      std::string time = r.time_rule.empty() ? "" : " @" + r.time.value;
      std::string fragment = r.fragment ? " [fragment]" : "";
      // A subject kept as words is shown with them and the construction that kept it
      // (text-subject, passive-text-patient): "[text-subject: road bridge]".
      bool text_subject = r.subject.empty() && !r.subject_words.empty();
      std::string words = text_subject ? " [" + std::string(r.text_rule) + ": " + r.subject_words + "]" : "";
      // A relation a quotation-speaker gave to a claim of another sentence: "[quotation-speaker: X]".
      std::string speaker = r.speaker_rule.empty() ? ""
                            : " [" + std::string(r.speaker_rule) + ": " + x.claims[static_cast<size_t>(r.claim)].speaker_text + "]";
      parts.push_back(std::string(r.rule) + " (" + r.subject_text + "; " + r.text + "; " + r.object_text + ")" + time + fragment + words +
                      speaker);
      if (text_subject) rules->insert(std::string(r.text_rule));
      if (!r.speaker_rule.empty()) rules->insert(std::string(r.speaker_rule));
      rules->insert(std::string(r.rule));
      if (!r.time_rule.empty()) rules->insert(std::string(r.time_rule));
      // phrasal-particle shows in the predicate: "step down" (data/lexicon/phrasal_verbs.tsv).
      if (r.predicate.find(' ') != std::string::npos) rules->insert("phrasal-particle");
    }
    // A clause kept out of the graph is marked [fragment]; the construction that kept it out
    // (fragments.h) is the refusal the trace names.
    for (const TraceEvent& e : x.trace)
      if (!e.fired && is_kept_out_rule(e.rule)) rules->insert(e.rule);
  }
  return join(parts);
}

std::string trace_text(const ArticleExtraction& x) {
  std::ostringstream s;
  for (const TraceEvent& e : x.trace)
    s << "  " << e.stage << (e.fired ? "  fired   " : "  refused ") << e.rule << ": " << e.detail << "\n";
  return s.str();
}

fs::path cases_dir() { return fs::path(NEWSGRAPH_SOURCE_DIR) / "tests" / "cases"; }

// Runs every case of one stage; returns the constructions that have a firing case and those that
// have a look-alike.
void run_stage(const std::string& stage, std::set<std::string>* fired, std::set<std::string>* looked_alike) {
  std::vector<fs::path> files;
  for (const auto& f : fs::directory_iterator(cases_dir() / stage))
    if (f.path().extension() == ".txt") files.push_back(f.path());
  std::sort(files.begin(), files.end());
  REQUIRE_MESSAGE(!files.empty(), "no case files in tests/cases/" << stage);
  ExtractOptions options;
  options.trace = true;
  for (const fs::path& f : files)
    for (const Case& c : read_cases(f)) {
      Article a;
      a.id = "case";
      a.date = c.date;
      a.text = c.sentence;
      ArticleExtraction x = extract_article(a, Resources::get(), options);
      std::set<std::string> rules;
      const std::string actual = reading(stage, x, &rules);
      const bool construction_fired = rules.count(c.construction) > 0;
      const bool ok = actual == c.expected && construction_fired != c.look_alike;
      CHECK_MESSAGE(ok, stage << "/" << c.where << " " << (c.look_alike ? "look-alike of " : "") << c.construction
                                << "\n  sentence: " << c.sentence << "\n  expected: " << c.expected
                                << "\n  actual:   " << actual << "\n  trace:\n" << trace_text(x));
      (c.look_alike ? looked_alike : fired)->insert(c.construction);
    }
}

}  // namespace

TEST_CASE("time construction cases; every time construction has a firing case and a look-alike") {
  std::set<std::string> fired, looked_alike;
  run_stage("time", &fired, &looked_alike);
  for (std::string_view name : time_construction_names()) {
    CHECK_MESSAGE(fired.count(std::string(name)), "no case in tests/cases/time fires " << name);
    CHECK_MESSAGE(looked_alike.count(std::string(name)), "no look-alike case in tests/cases/time for " << name);
  }
}

TEST_CASE("entities construction cases") {
  std::set<std::string> fired, looked_alike;
  run_stage("entities", &fired, &looked_alike);
}

TEST_CASE("facts construction cases") {
  std::set<std::string> fired, looked_alike;
  run_stage("facts", &fired, &looked_alike);
}
