#include <algorithm>
#include <cstdio>
#include <map>

#include "score.h"

namespace newsgraph::eval {
namespace {

std::string pct(int a, int b) {
  if (b == 0) return "-";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", 100.0 * a / b);
  return buf;
}

std::string ratio(int a, int b) { return pct(a, b) + " (" + std::to_string(a) + "/" + std::to_string(b) + ")"; }

std::string json_string(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

void json_counts(const ArticleScore& s, std::ostream& out) {
  out << "\"events\": [" << s.found[0] << ", " << s.gold[0] << "], \"claims\": [" << s.found[1] << ", " << s.gold[1]
      << "], \"roles\": [" << s.found[2] << ", " << s.gold[2] << "], \"precision\": [" << s.produced_right << ", "
      << s.produced << "], \"time_right\": [" << s.time_right << ", " << s.time_checked << "], \"from_article_date\": ["
      << s.timed_fallback << ", " << s.timed << "], \"dated_fallback\": [" << s.dated_fallback << ", " << s.dated
      << "], \"modality_right\": [" << s.modality_right << ", " << s.timed << "], \"merges\": [" << s.merged << ", "
      << s.merge_forms << "], \"violations\": [" << s.violations << ", " << s.not_merge_pairs << "], \"junk\": ["
      << s.junk << ", " << s.entities << "]";
}



}  // namespace

void write_json(const Report& rep, std::ostream& out) {
  out << "{\"overall\": {";
  json_counts(rep.total, out);
  out << "},\n \"articles\": [";
  for (size_t i = 0; i < rep.articles.size(); ++i) {
    const ArticleScore& s = rep.articles[i];
    out << (i ? ",\n  " : "\n  ") << "{\"id\": " << json_string(s.id) << ", \"name\": " << json_string(s.name)
        << ", \"exhaustive\": " << (s.exhaustive ? "true" : "false") << ", ";
    json_counts(s, out);
    out << "}";
  }
  out << "],\n \"classes\": [";
  for (size_t i = 0; i < rep.classes.size(); ++i) {
    std::map<std::string, int> by_type;
    for (const auto& s : rep.articles)
      for (const auto& m : s.misses)
        if (m.cls == rep.classes[i].first) ++by_type[m.type];
    out << (i ? ",\n  " : "\n  ") << "{\"class\": " << json_string(rep.classes[i].first) << ", \"count\": " << rep.classes[i].second;
    for (const auto& [type, k] : by_type) out << ", " << json_string(type) << ": " << k;
    out << "}";
  }
  out << "]}\n";
}

void print_report(const Report& rep, std::ostream& out, ReportDetail detail) {
  const bool verbose = detail == ReportDetail::verbose, summary = detail == ReportDetail::summary;
  char line[512];
  std::snprintf(line, sizeof line, "%-34s %-3s %-9s %-9s %-9s %-9s %-7s %-7s %-4s %-7s\n", "article", "ex", "events",
                "claims", "roles", "prec", "time", "merges", "nm", "junk");
  if (!summary) out << line;
  auto frac = [](int a, int b) { return b == 0 ? std::string("-") : std::to_string(a) + "/" + std::to_string(b); };
  for (const auto& s : rep.articles) {
    if (summary) break;
    std::snprintf(line, sizeof line, "%-34.34s %-3s %-9s %-9s %-9s %-9s %-7s %-7s %-4s %-7s\n", s.name.c_str(),
                  s.exhaustive ? "yes" : "no", frac(s.found[0], s.gold[0]).c_str(), frac(s.found[1], s.gold[1]).c_str(),
                  frac(s.found[2], s.gold[2]).c_str(), s.exhaustive ? frac(s.produced_right, s.produced).c_str() : "",
                  frac(s.time_right, s.time_checked).c_str(), frac(s.merged, s.merge_forms).c_str(),
                  std::to_string(s.violations).c_str(), s.exhaustive ? frac(s.junk, s.entities).c_str() : "");
    out << line;
    if (verbose) {
      for (const auto& m : s.matches) out << "    + " << m << "\n";
      for (const auto& m : s.misses) out << "    - [" << m.cls << "] " << m.what << "\n";
    }
  }
  const ArticleScore& t = rep.total;
  int gold_all = t.gold[0] + t.gold[1] + t.gold[2], found_all = t.found[0] + t.found[1] + t.found[2];
  int exhaustive = static_cast<int>(std::count_if(rep.articles.begin(), rep.articles.end(), [](auto& s) { return s.exhaustive; }));
  out << (summary ? "" : "\n") << "Overall (" << rep.articles.size() << " articles, " << exhaustive << " exhaustive)\n";
  out << "  fact recall:        " << ratio(found_all, gold_all) << "\n";
  out << "    events            " << ratio(t.found[0], t.gold[0]) << "\n";
  out << "    claims            " << ratio(t.found[1], t.gold[1]) << "\n";
  out << "    roles             " << ratio(t.found[2], t.gold[2]) << "\n";
  out << "  precision (exhaustive articles, relations and claims): " << ratio(t.produced_right, t.produced) << "\n";
  out << "  time value right (matched events): " << ratio(t.time_right, t.time_checked) << "\n";
  if (t.time_checked != t.timed)
    out << "  time not scored: " << t.timed - t.time_checked
        << " matched events of undated articles whose gold time is '-' (no text-fixed time)\n";
  out << "  from_article_date: " << t.timed_fallback << " of " << t.timed << " matched events; "
      << t.dated_fallback << " of the " << t.dated << " whose text names a date\n";
  out << "  modality right (matched events): " << ratio(t.modality_right, t.timed) << "\n";
  out << "  merge recall:       " << ratio(t.merged, t.merge_forms) << "\n";
  out << "  must-not-merge violations: " << t.violations << " of " << t.not_merge_pairs << " pairs\n";
  out << "  junk entities (exhaustive articles): " << ratio(t.junk, t.entities) << "\n";
  for (const auto& p : rep.gold_problems) out << "  gold problem: " << p << "\n";
  out << "\nMisses and errors by failure class (most frequent first)\n";
  int rank = 0;
  for (const auto& [cls, n] : rep.classes) {
    std::map<std::string, int> by_type;
    for (const auto& s : rep.articles)
      for (const auto& m : s.misses)
        if (m.cls == cls) ++by_type[m.type];
    std::string parts;
    for (const auto& [type, k] : by_type) parts += (parts.empty() ? "" : ", ") + type + " " + std::to_string(k);
    out << "  " << ++rank << ". " << cls << ": " << n << " (" << parts << ")\n";
    int shown = 0;
    for (const auto& s : rep.articles)
      for (const auto& m : s.misses)
        if (m.cls == cls && shown < 3 && !summary) {
          out << "       e.g. " << s.name << ": " << m.what << "\n";
          ++shown;
        }
  }
}

}  // namespace newsgraph::eval
