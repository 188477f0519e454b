#include "svg_render.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace newsgraph {

std::optional<std::string> render_svg(const std::string& dot_source) {
  namespace fs = std::filesystem;
  std::string path = (fs::temp_directory_path() / "newsgraph-dot-XXXXXX").string();
  int fd = ::mkstemp(path.data());
  if (fd < 0) return std::nullopt;
  ::close(fd);
  if (path.find('\'') != std::string::npos) {  // a TMPDIR we cannot quote for the shell
    std::filesystem::remove(path);
    return std::nullopt;
  }
  {
    std::ofstream f(path, std::ios::binary);
    f << dot_source;
  }
  // The path is the temp dir and mkstemp's letters and digits, without quotes: quoting is enough.
  std::string command = "dot -Tsvg '" + path + "' 2>/dev/null";
  std::string svg;
  int status = -1;
  if (FILE* p = ::popen(command.c_str(), "r")) {
    char buf[8192];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) svg.append(buf, n);
    status = ::pclose(p);
  }
  std::error_code ignored;
  fs::remove(path, ignored);
  if (status != 0) return std::nullopt;
  size_t start = svg.find("<svg");
  if (start == std::string::npos) return std::nullopt;
  svg.erase(0, start);
  // GraphViz writes a comment per node and edge; they only add weight to the page.
  for (size_t c = svg.find("<!--"); c != std::string::npos; c = svg.find("<!--", c)) {
    size_t e = svg.find("-->", c);
    if (e == std::string::npos) break;
    size_t stop = e + 3;
    if (stop < svg.size() && svg[stop] == '\n') ++stop;
    svg.erase(c, stop - c);
  }
  return svg;
}

}  // namespace newsgraph
