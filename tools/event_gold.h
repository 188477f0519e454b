// The event gold set's line format (data/gold/events/GUIDE.md): a sentence line
// "ID<TAB>DATE<TAB>ORIGIN<TAB>SENTENCE", then its event lines "<TAB>CODE<TAB>SOURCE<TAB>TARGET" or
// "<TAB>-" for a sentence with no event. Reading checks the format and every code against the
// taxonomy, and reports the first problem as "FILE:LINE: what is wrong".
#pragma once
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "event_taxonomy.h"
#include "no_event.h"  // extract/lexicon/

namespace newsgraph::events {

// One way of writing an actor: a name ("Donald Trump") or a head with a country in parentheses
// ("police (Kenya)", "prime minister (Greece)").
struct ActorForm {
  std::string head;     // the name, or the agent or title words
  std::string country;  // "" for a plain name
};

// An actor with its equally right alternatives ("United States|US"); empty = "-" (no actor named).
struct GoldActor {
  std::vector<ActorForm> forms;
  bool unspecified() const { return forms.empty(); }
};

struct GoldEvent {
  std::string code;
  GoldActor source, target;
};

struct GoldSentence {
  std::string id, date, origin, text;
  std::vector<GoldEvent> events;  // empty when the sentence is coded "-" (no event)
  std::string file;
  size_t line = 0;
  bool no_event() const { return events.empty(); }
};

inline std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(' '), e = s.find_last_not_of(' ');
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

// Parses "a|b (C)|-"; a "-" among alternatives or alone means unspecified.
inline GoldActor parse_actor(const std::string& field) {
  GoldActor a;
  size_t start = 0;
  for (;;) {
    size_t bar = field.find('|', start);
    std::string alt = trim(field.substr(start, bar == std::string::npos ? std::string::npos : bar - start));
    if (alt == "-") return GoldActor{};  // one alternative is "no actor": nothing can be wrong
    ActorForm f;
    size_t open = alt.rfind(" (");
    if (open != std::string::npos && alt.back() == ')') {
      f.head = alt.substr(0, open);
      f.country = alt.substr(open + 2, alt.size() - open - 3);
    } else {
      f.head = alt;
    }
    if (!f.head.empty()) a.forms.push_back(f);
    if (bar == std::string::npos) return a;
    start = bar + 1;
  }
}

inline bool is_iso_date(const std::string& d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (d[i] < '0' || d[i] > '9') return false;
  return true;
}

// Reads one gold file, appending to `out`. Throws std::runtime_error "FILE:LINE: ..." on a
// malformed line, an unknown code, an event line before any sentence, or a sentence without any
// event line (no event must be written "-").
inline void read_gold_file(const std::string& path, const CameoTaxonomy& taxonomy,
                           std::vector<GoldSentence>& out) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot read the gold file");
  // Where the file is: before any sentence, after a sentence line with no event line yet, after
  // its events, or after its "-".
  enum class State { kNone, kOpen, kEvents, kNoEvent } state = State::kNone;
  size_t open_line = 0;
  auto close = [&] {
    if (state == State::kOpen)
      file_error(path, open_line, "sentence without an event line: add \"<TAB>-\" if it reports no event");
  };
  std::string line;
  for (size_t n = 1; std::getline(in, line); ++n) {
    line = strip_cr(line);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = split_tabs(line);
    if (line[0] != '\t') {
      close();
      if (f.size() != 4) file_error(path, n, "a sentence line is ID<TAB>DATE<TAB>ORIGIN<TAB>SENTENCE");
      if (!is_iso_date(f[1])) file_error(path, n, "the date must be YYYY-MM-DD");
      if (f[0].empty() || f[3].empty()) file_error(path, n, "empty ID or sentence");
      out.push_back(GoldSentence{f[0], f[1], f[2], f[3], {}, path, n});
      state = State::kOpen;
      open_line = n;
      continue;
    }
    if (state == State::kNone) file_error(path, n, "an event line must follow a sentence line");
    if (state == State::kNoEvent) file_error(path, n, "a sentence coded \"-\" cannot have events too");
    if (f.size() == 2 && marks_no_event(f[1])) {
      if (state == State::kEvents) file_error(path, n, "\"-\" (no event) cannot follow events of the same sentence");
      state = State::kNoEvent;
      continue;
    }
    if (f.size() != 4) file_error(path, n, "an event line is <TAB>CODE<TAB>SOURCE<TAB>TARGET (or <TAB>- for none)");
    if (!is_cameo_number(f[1]) || !taxonomy.known(f[1]))
      file_error(path, n, "unknown CAMEO code '" + f[1] + "' (see data/cameo.tsv)");
    out.back().events.push_back(GoldEvent{f[1], parse_actor(f[2]), parse_actor(f[3])});
    state = State::kEvents;
  }
  close();
}

// Reads a gold file, or every *.tsv file of a folder in name order; checks that IDs are unique.
inline std::vector<GoldSentence> read_gold(const std::string& path, const CameoTaxonomy& taxonomy) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  if (fs::is_directory(path)) {
    for (const auto& e : fs::directory_iterator(path))
      if (e.is_regular_file() && e.path().extension() == ".tsv") files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    if (files.empty()) throw std::runtime_error(path + ": no .tsv gold files in this folder");
  } else if (fs::exists(path)) {
    files.push_back(path);
  } else {
    throw std::runtime_error(path + ": no such gold file or folder (give --gold PATH)");
  }
  std::vector<GoldSentence> out;
  for (const std::string& f : files) read_gold_file(f, taxonomy, out);
  std::set<std::string> ids;
  for (const GoldSentence& s : out)
    if (!ids.insert(s.id).second) file_error(s.file, s.line, "sentence ID " + s.id + " is used twice");
  return out;
}

}  // namespace newsgraph::events
