// The CAMEO taxonomy of data/cameo.tsv: each code's parent, PLOVER category and name, and the
// project's finer event types as children of CAMEO codes. One reader for the product (the PLOVER
// category in exports and `newsgraph stats`, through cameo_codes.h) and for tools/eval_events.
// Header-only and standard-library only, so the scorer can use it without linking the product.
#pragma once
#include <fstream>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace newsgraph::events {

// Splits one line at tabs; empty fields are kept.
inline std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) return out;
    start = tab + 1;
  }
}

inline std::string strip_cr(std::string s) {
  if (!s.empty() && s.back() == '\r') s.pop_back();
  return s;
}

// Throws std::runtime_error "PATH:LINE: WHAT".
[[noreturn]] inline void file_error(const std::string& path, size_t line, const std::string& what) {
  throw std::runtime_error(path + ":" + std::to_string(line) + ": " + what);
}

struct CameoCategory {
  std::string code;    // "0841", "163", or a project type name such as "impose_tariff"
  std::string parent;  // "" for a root
  std::string plover;  // PLOVER category (STATEMENT for root 01, the project's label)
  std::string name;
};

inline bool is_cameo_number(const std::string& code) {
  if (code.size() < 2 || code.size() > 4) return false;
  for (char c : code)
    if (c < '0' || c > '9') return false;
  return true;
}

// The CAMEO codes and the project's finer types. Contract: after load(), every numeric code of
// the file is known with its PLOVER category; root() of a numeric code is its first two digits
// whether or not the file lists it, and of a project type the root of its parent.
class CameoTaxonomy {
 public:
  // Reads data/cameo.tsv. Throws std::runtime_error naming the file and line when a row does not
  // have four columns, a numeric code's parent is not its prefix, or a code repeats.
  void load(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error(path + ": cannot read the CAMEO taxonomy (give --taxonomy FILE)");
    std::string line;
    for (size_t n = 1; std::getline(in, line); ++n) {
      line = strip_cr(line);
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> f = split_tabs(line);
      if (f.size() != 4) file_error(path, n, "expected 4 tab-separated columns (code, parent, PLOVER, name)");
      CameoCategory c{f[0], f[1] == "-" ? "" : f[1], f[2], f[3]};
      if (c.code.empty() || c.plover.empty()) file_error(path, n, "empty code or PLOVER category");
      if (is_cameo_number(c.code)) {
        bool root = c.code.size() == 2;
        if (root != c.parent.empty() || (!root && c.code.compare(0, c.parent.size(), c.parent) != 0))
          file_error(path, n, "the parent of " + c.code + " must be its prefix (or - for a root)");
      } else if (!is_cameo_number(c.parent)) {
        file_error(path, n, "a project type's parent must be a CAMEO code");
      }
      if (!codes_.emplace(c.code, c).second) file_error(path, n, "code " + c.code + " appears twice");
    }
    if (codes_.empty()) throw std::runtime_error(path + ": no codes");
  }

  bool known(const std::string& code) const { return codes_.count(code) != 0; }
  const CameoCategory* find(const std::string& code) const {
    auto it = codes_.find(code);
    return it == codes_.end() ? nullptr : &it->second;
  }

  // The numeric CAMEO code a code stands for: itself, or a project type's parent.
  std::string cameo_number(const std::string& code) const {
    if (is_cameo_number(code)) return code;
    const CameoCategory* c = find(code);
    return c ? c->parent : "";
  }
  // "01".."20", or "" for a code that is neither numeric nor a known type.
  std::string root(const std::string& code) const {
    std::string n = cameo_number(code);
    return n.size() >= 2 ? n.substr(0, 2) : "";
  }
  // The PLOVER category of the code, or of its nearest listed ancestor; "" when none is known.
  std::string plover(const std::string& code) const {
    for (std::string c = code; !c.empty();) {
      if (const CameoCategory* cat = find(c)) return cat->plover;
      if (!is_cameo_number(c)) return "";
      c = c.size() > 2 ? c.substr(0, c.size() - 1) : "";
    }
    return "";
  }

 private:
  std::map<std::string, CameoCategory> codes_;
};

}  // namespace newsgraph::events
