#include "token_pool.h"

#include <algorithm>

namespace newsgraph {

namespace {
// Enough for the sentences of a long article; past it a vector given back is freed (the pool's
// memory stays bounded whatever the text).
constexpr size_t kMaxPooled = 512;

std::vector<std::vector<Token>>& thread_pool() {
  thread_local std::vector<std::vector<Token>> pool;
  return pool;
}
}  // namespace

std::vector<Token> take_tokens(size_t n) {
  auto& pool = thread_pool();
  if (pool.empty()) return std::vector<Token>(n);
  std::vector<Token> tokens = std::move(pool.back());
  pool.pop_back();
  const size_t reused = std::min(n, tokens.size());
  tokens.resize(n);  // tokens past `reused` are new
  for (size_t k = 0; k < reused; ++k) {
    Token& t = tokens[k];
    t.tag = PosTag{};
    t.lemma.clear();
    t.common_word = false;
  }
  return tokens;
}

void give_back_tokens(std::vector<Token>&& tokens) {
  auto& pool = thread_pool();
  if (pool.size() < kMaxPooled && tokens.capacity() > 0) pool.push_back(std::move(tokens));
  tokens.clear();
}

}  // namespace newsgraph
