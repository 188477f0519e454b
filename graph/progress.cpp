#include "progress.h"

#include <filesystem>
#include <system_error>

namespace newsgraph {

namespace fs = std::filesystem;

uint64_t input_bytes(const std::vector<std::string>& paths) {
  uint64_t total = 0;
  std::error_code ec;
  for (const std::string& p : paths) {
    if (p == "-") return 0;
    if (fs::is_directory(p, ec)) {
      for (auto it = fs::recursive_directory_iterator(p, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        const std::string ext = it->path().extension().string();
        if (it->is_regular_file(ec) && (ext == ".txt" || ext == ".md" || ext == ".jsonl")) total += it->file_size(ec);
      }
    } else {
      uint64_t size = fs::file_size(p, ec);
      if (ec) return 0;
      total += size;
    }
  }
  return total;
}

ProgressLine::ProgressLine(uint64_t total_bytes, std::FILE* out)
    : total_(total_bytes), out_(out), start_(std::chrono::steady_clock::now()), last_(start_) {}

std::string ProgressLine::format(size_t articles, size_t new_articles, uint64_t bytes_done, uint64_t total_bytes,
                                 double seconds) {
  char buf[200];
  const double rate = seconds > 0 ? articles / seconds : 0, mb_rate = seconds > 0 ? bytes_done / 1e6 / seconds : 0;
  int n = std::snprintf(buf, sizeof buf, "%zu articles (%zu new)  %.0f articles/s  %.1f MB/s", articles, new_articles,
                        rate, mb_rate);
  // Article text is most of an input's bytes but not all (headers, JSON), so the share is an
  // estimate, capped below 100% until the build says it is done.
  if (total_bytes > 0 && n > 0 && static_cast<size_t>(n) < sizeof buf) {
    double share = std::min(0.99, static_cast<double>(bytes_done) / total_bytes);
    if (mb_rate > 0) {
      long left = static_cast<long>((total_bytes - std::min(bytes_done, total_bytes)) / 1e6 / mb_rate + 0.5);
      std::snprintf(buf + n, sizeof buf - n, "  %2.0f%%  ETA %ld:%02ld", share * 100, left / 60, left % 60);
    } else {
      std::snprintf(buf + n, sizeof buf - n, "  %2.0f%%", share * 100);
    }
  }
  return buf;
}

void ProgressLine::update(size_t articles, size_t new_articles, uint64_t bytes_done) {
  auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(250)) return;
  last_ = now;
  std::string line = format(articles, new_articles, bytes_done, total_, std::chrono::duration<double>(now - start_).count());
  // Pad over the end of a longer previous line.
  std::fprintf(out_, "\r%s%*s", line.c_str(), static_cast<int>(width_ > line.size() ? width_ - line.size() : 0), "");
  std::fflush(out_);
  width_ = std::max(width_, line.size());
}

void ProgressLine::finish() {
  if (width_ == 0) return;
  std::fprintf(out_, "\r%*s\r", static_cast<int>(width_), "");
  std::fflush(out_);
}

}  // namespace newsgraph
