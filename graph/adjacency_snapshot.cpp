#include "adjacency_snapshot.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <optional>
#include <stdexcept>
#include <unordered_map>

#include "kill_point.h"

namespace newsgraph {

namespace {

// File layout, little-endian as written by this machine: magic, then the payload, then the
// FNV-1a hash of the payload. Payload: uid (u32 length + bytes), epoch (i64), newest article
// rowid (i64), id count (u32), ids (u32 length + bytes each), pair count (u64), pairs (u32, u32).
// The sixth byte is the format version: 2 since an event's source-target pair is a link (schema 8),
// so a version-1 file, which lacks those pairs, is not read and the next build or repair rewrites it.
constexpr char kMagic[8] = {'N', 'G', 'A', 'D', 'J', '\x02', '\0', '\0'};

uint64_t fnv1a(const char* p, size_t n) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < n; ++i) h = (h ^ static_cast<unsigned char>(p[i])) * 1099511628211ull;
  return h;
}

// Interns entity IDs and collects pairs; finish() sorts the IDs and normalises the pairs.
class PairCollector {
 public:
  PairCollector() = default;
  explicit PairCollector(Adjacency base) : ids_(std::move(base.ids)), pairs_(std::move(base.pairs)) {
    base_ids_ = ids_.size();
    base_pairs_ = pairs_.size();
  }
  void add(const std::string& a, const std::string& b) { pairs_.emplace_back(intern(a), intern(b)); }

  Adjacency finish() {
    Adjacency out;
    if (pairs_.size() == base_pairs_ && ids_.size() == base_ids_) {
      out.ids = std::move(ids_);
      out.pairs = std::move(pairs_);
      return out;
    }
    // New IDs sort among the old ones: renumber everything by sorted ID.
    std::vector<uint32_t> order(ids_.size());
    std::iota(order.begin(), order.end(), 0u);
    if (ids_.size() != base_ids_)
      std::sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) { return ids_[x] < ids_[y]; });
    std::vector<uint32_t> rank(ids_.size());
    for (uint32_t i = 0; i < order.size(); ++i) rank[order[i]] = i;
    out.ids.reserve(ids_.size());
    for (uint32_t i : order) out.ids.push_back(std::move(ids_[i]));
    for (auto& [a, b] : pairs_) {
      uint32_t x = rank[a], y = rank[b];
      a = std::min(x, y);
      b = std::max(x, y);
    }
    if (ids_.size() == base_ids_) {
      // Old pairs are still sorted: sort only the new ones and merge.
      std::sort(pairs_.begin() + static_cast<std::ptrdiff_t>(base_pairs_), pairs_.end());
      std::inplace_merge(pairs_.begin(), pairs_.begin() + static_cast<std::ptrdiff_t>(base_pairs_), pairs_.end());
    } else {
      std::sort(pairs_.begin(), pairs_.end());
    }
    pairs_.erase(std::unique(pairs_.begin(), pairs_.end()), pairs_.end());
    pairs_.erase(std::remove_if(pairs_.begin(), pairs_.end(), [](const auto& p) { return p.first == p.second; }),
                 pairs_.end());
    out.pairs = std::move(pairs_);
    return out;
  }

 private:
  uint32_t intern(const std::string& id) {
    if (index_.empty() && !ids_.empty())
      for (uint32_t i = 0; i < ids_.size(); ++i) index_.emplace(ids_[i], i);
    auto [it, fresh] = index_.emplace(id, static_cast<uint32_t>(ids_.size()));
    if (fresh) ids_.push_back(id);
    return it->second;
  }
  std::unordered_map<std::string, uint32_t> index_;
  std::vector<std::string> ids_;
  std::vector<std::pair<uint32_t, uint32_t>> pairs_;
  size_t base_ids_ = 0, base_pairs_ = 0;
};

Adjacency read_from_database(GraphStore& store, int64_t after_rowid, Adjacency base) {
  PairCollector c(std::move(base));
  store.for_each_linked_pair(after_rowid, [&](const std::string& a, const std::string& b) { c.add(a, b); });
  return c.finish();
}

struct SnapshotHeader {
  std::string uid;
  int64_t epoch = 0, newest_article = 0;
};

// Reads and checks the file; nullopt when it is absent, damaged or not a snapshot. With
// `header_only`, the adjacency is left empty (the checksum still covers the whole file).
std::optional<std::pair<SnapshotHeader, Adjacency>> read_snapshot(const std::string& path, bool header_only = false) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  if (size <= 0) return std::nullopt;
  in.seekg(0);
  std::string data(static_cast<size_t>(size), '\0');
  if (!in.read(data.data(), size)) return std::nullopt;
  if (data.size() < sizeof kMagic + 8 || std::memcmp(data.data(), kMagic, sizeof kMagic) != 0) return std::nullopt;
  const size_t payload_end = data.size() - 8;
  uint64_t stored_hash;
  std::memcpy(&stored_hash, data.data() + payload_end, 8);
  if (fnv1a(data.data() + sizeof kMagic, payload_end - sizeof kMagic) != stored_hash) return std::nullopt;
  size_t pos = sizeof kMagic;
  bool ok = true;
  auto take = [&](void* dst, size_t n) {
    if (!ok || n > payload_end - pos) {
      ok = false;
      return;
    }
    std::memcpy(dst, data.data() + pos, n);
    pos += n;
  };
  auto take_string = [&](std::string& s) {
    uint32_t n = 0;
    take(&n, 4);
    if (!ok || n > payload_end - pos) {
      ok = false;
      return;
    }
    s.assign(data.data() + pos, n);
    pos += n;
  };
  SnapshotHeader h;
  Adjacency adj;
  take_string(h.uid);
  take(&h.epoch, 8);
  take(&h.newest_article, 8);
  if (!ok) return std::nullopt;
  if (header_only) return std::make_pair(std::move(h), std::move(adj));
  uint32_t n_ids = 0;
  take(&n_ids, 4);
  if (!ok || n_ids > (payload_end - pos) / 4) return std::nullopt;
  adj.ids.resize(n_ids);
  for (std::string& id : adj.ids) take_string(id);
  uint64_t n_pairs = 0;
  take(&n_pairs, 8);
  if (!ok || n_pairs != (payload_end - pos) / 8 || (payload_end - pos) % 8 != 0) return std::nullopt;
  adj.pairs.resize(n_pairs);
  if (n_pairs) take(adj.pairs.data(), n_pairs * 8);
  if (!ok) return std::nullopt;
  for (const auto& [a, b] : adj.pairs)
    if (a >= b || b >= n_ids) return std::nullopt;
  return std::make_pair(std::move(h), std::move(adj));
}

// Why the snapshot file could not be written ("the disk is full (write: ...)").
struct SnapshotWriteError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The user's message: the file, why, that nothing else is lost, and what to do.
std::string describe_snapshot_failure(const std::string& db_path, const std::string& why) {
  const char* first = why.rfind("the disk is full", 0) == 0    ? "free some space"
                      : why.rfind("permission denied", 0) == 0 ? "check the permissions of its folder"
                                                                : "check the disk";
  return "cannot write the adjacency snapshot " + adjacency_snapshot_path(db_path) + ": " + why + "; the graph in " +
         db_path + " is committed and intact, and path queries stay correct without the snapshot (they read the "
         "database, slower); " + first + ", then run 'newsgraph repair --db " + db_path + "' to write it";
}

// What went wrong with a system call on the snapshot, in the words the message uses.
std::string failure_of(int err, const char* call) {
  const std::string detail = std::string(call) + ": " + std::strerror(err);
  if (err == ENOSPC || err == EDQUOT) return "the disk is full (" + detail + ")";
  if (err == EACCES || err == EPERM || err == EROFS) return "permission denied (" + detail + ")";
  return "I/O error (" + detail + ")";
}

// Writes `data` to a new file at `tmp` and syncs it; returns why it failed, or "" when done.
std::string write_durably(const std::string& tmp, const std::string& data) {
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return failure_of(errno, "open");
  size_t done = 0;
  while (done < data.size()) {
    const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const int e = n < 0 ? errno : ENOSPC;  // a write of 0 bytes: no room left
      ::close(fd);
      return failure_of(e, "write");
    }
    done += static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0) {
    const int e = errno;
    ::close(fd);
    return failure_of(e, "fsync");
  }
  if (::close(fd) != 0) return failure_of(errno, "close");
  return "";
}

// Makes the rename durable. Best effort: the file itself is whole either way, and a snapshot lost
// to a power cut only costs the next query time.
void sync_folder_of(const std::string& path) {
  std::string folder = std::filesystem::path(path).parent_path().string();
  const int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

void write_snapshot(const std::string& path, const SnapshotHeader& h, const Adjacency& adj) {
  std::string data(kMagic, sizeof kMagic);
  auto put = [&](const void* p, size_t n) { data.append(static_cast<const char*>(p), n); };
  auto put_string = [&](const std::string& s) {
    uint32_t n = static_cast<uint32_t>(s.size());
    put(&n, 4);
    data += s;
  };
  put_string(h.uid);
  put(&h.epoch, 8);
  put(&h.newest_article, 8);
  uint32_t n_ids = static_cast<uint32_t>(adj.ids.size());
  put(&n_ids, 4);
  for (const std::string& id : adj.ids) put_string(id);
  uint64_t n_pairs = adj.pairs.size();
  put(&n_pairs, 8);
  if (n_pairs) put(adj.pairs.data(), n_pairs * 8);
  uint64_t hash = fnv1a(data.data() + sizeof kMagic, data.size() - sizeof kMagic);
  put(&hash, 8);
  // Write beside, sync, then rename: a reader sees the old file or the new one, never half of one,
  // and after a power loss the name points at a whole file.
  const std::string tmp = path + ".tmp" + std::to_string(::getpid());
  if (std::string why = write_durably(tmp, data); !why.empty()) {
    ::unlink(tmp.c_str());
    throw SnapshotWriteError(why);
  }
  kill_point("snapshot");  // crash tests: the new snapshot written beside, not yet in place
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    const int e = errno;
    ::unlink(tmp.c_str());
    throw SnapshotWriteError(failure_of(e, "rename"));
  }
  sync_folder_of(path);
}

// The snapshot when it describes this database as it is or as it was before newer articles.
std::optional<std::pair<SnapshotHeader, Adjacency>> usable_snapshot(GraphStore& store, int64_t newest,
                                                                   bool header_only = false) {
  auto snap = read_snapshot(adjacency_snapshot_path(store.path()), header_only);
  if (!snap) return std::nullopt;
  const SnapshotHeader& h = snap->first;
  if (h.uid.empty() || h.uid != store.database_uid() || h.epoch != store.graph_epoch() || h.newest_article > newest)
    return std::nullopt;
  return snap;
}

}  // namespace

std::string adjacency_snapshot_path(const std::string& db_path) { return db_path + ".adj"; }

Adjacency load_adjacency(GraphStore& store, AdjacencySource* source) {
  const int64_t newest = store.max_article_rowid();
  if (auto snap = usable_snapshot(store, newest)) {
    if (snap->first.newest_article == newest) {
      if (source) *source = AdjacencySource::kSnapshot;
      return std::move(snap->second);
    }
    if (source) *source = AdjacencySource::kSnapshotAndNewer;
    return read_from_database(store, snap->first.newest_article, std::move(snap->second));
  }
  if (source) *source = AdjacencySource::kDatabase;
  return read_from_database(store, -1, {});
}

bool refresh_adjacency_snapshot(GraphStore& store, int64_t max_newer, std::string* error) {
  const int64_t newest = store.max_article_rowid();
  if (auto snap = usable_snapshot(store, newest, true); snap && newest - snap->first.newest_article <= max_newer)
    return false;
  SnapshotHeader h{store.database_uid(), store.graph_epoch(), newest};
  if (h.uid.empty()) return false;  // a database older than schema version 2, opened read-only
  try {
    write_snapshot(adjacency_snapshot_path(store.path()), h, read_from_database(store, -1, {}));
    return true;
  } catch (const SnapshotWriteError& e) {
    if (error) *error = describe_snapshot_failure(store.path(), e.what());
    return false;
  }
}

}  // namespace newsgraph
