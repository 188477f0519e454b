// Count tables of the evaluation tools' error reports, read most frequent first.
#pragma once
#include <algorithm>
#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace newsgraph::eval {

// (count, key) pairs of `counts`, the largest count first (equal counts: the larger key first).
inline std::vector<std::pair<size_t, std::string>> by_count(const std::map<std::string, size_t>& counts) {
  std::vector<std::pair<size_t, std::string>> out;
  out.reserve(counts.size());
  for (const auto& [key, count] : counts) out.emplace_back(count, key);
  std::sort(out.rbegin(), out.rend());
  return out;
}

}  // namespace newsgraph::eval
