#include "assignment.h"

#include <algorithm>
#include <limits>

namespace newsgraph::eval {

std::vector<int> best_assignment(const std::vector<std::vector<long long>>& weight) {
  const int rows = static_cast<int>(weight.size());
  const int cols = rows == 0 ? 0 : static_cast<int>(weight[0].size());
  std::vector<int> out(rows, -1);
  if (rows == 0 || cols == 0) return out;
  // The minimum-cost assignment of cost = -weight on the square of the larger side (a padding cell
  // costs 0), rows and columns numbered from 1: potentials u (rows) and v (columns), p[j] the row
  // that holds column j, way[j] the column before j on the augmenting path.
  const int n = std::max(rows, cols);
  auto cost = [&](int i, int j) { return i <= rows && j <= cols ? -weight[i - 1][j - 1] : 0LL; };
  const long long inf = std::numeric_limits<long long>::max() / 4;
  std::vector<long long> u(n + 1, 0), v(n + 1, 0);
  std::vector<int> p(n + 1, 0), way(n + 1, 0);
  for (int i = 1; i <= n; ++i) {
    p[0] = i;
    int j0 = 0;
    std::vector<long long> minv(n + 1, inf);
    std::vector<char> used(n + 1, 0);
    do {
      used[j0] = 1;
      const int i0 = p[j0];
      long long delta = inf;
      int j1 = 0;
      for (int j = 1; j <= n; ++j) {
        if (used[j]) continue;
        const long long cur = cost(i0, j) - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (int j = 0; j <= n; ++j) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else {
          minv[j] -= delta;
        }
      }
      j0 = j1;
    } while (p[j0] != 0);
    do {  // flip the augmenting path
      const int j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0 != 0);
  }
  for (int j = 1; j <= cols; ++j)
    if (p[j] >= 1 && p[j] <= rows && weight[p[j] - 1][j - 1] > 0) out[p[j] - 1] = j - 1;
  return out;
}

}  // namespace newsgraph::eval
