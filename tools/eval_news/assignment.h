// The one-to-one matching of gold facts to graph facts (GUIDE.md, matching rule 6): the pairing
// with the largest total weight, not the first fit in file order, so that a gold line that would
// also take its neighbour's fact (an object "-" matches any object) cannot leave that neighbour
// unmatched.
#pragma once
#include <vector>

namespace newsgraph::eval {

// `weight[i][j]` > 0 when row i (a gold fact) may take column j (a graph fact), 0 when it may not;
// every row has the same number of columns. Returns, for each row, its column in a one-to-one
// pairing of the largest total weight (-1 when the row takes none); rows never take a column of
// weight 0. Hungarian method, O(n^3) in the larger side: an article holds at most a few hundred
// facts.
std::vector<int> best_assignment(const std::vector<std::vector<long long>>& weight);

}  // namespace newsgraph::eval
