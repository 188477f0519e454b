#include "input_text.h"

#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "cli.h"

namespace newsgraph::cli {

std::string read_input_text(const std::string& path) {
  if (path == "-" || path.empty())
    return std::string((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UsageError("cannot read " + path + " (check the path)");
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace newsgraph::cli
