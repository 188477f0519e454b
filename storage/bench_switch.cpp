#include "bench_switch.h"

#include <cstdlib>
#include <sstream>
#include <string>

namespace newsgraph {

bool bench_without(const char* change) {
  static const std::string list = [] {
    const char* v = std::getenv("NEWSGRAPH_BENCH_WITHOUT");
    return std::string(",") + (v ? v : "") + ",";
  }();
  return list.find(std::string(",") + change + ",") != std::string::npos;
}

}  // namespace newsgraph
