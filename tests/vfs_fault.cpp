// See vfs_fault.h. A fault point is one write, sync or truncate of a database file (or one write
// of the snapshot's temporary file); the plan comes from the environment so that the CLI binary
// itself, unchanged, runs under it.
#include "vfs_fault.h"

#include <errno.h>
#include <sqlite3.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>

namespace newsgraph::test {
namespace {

enum class Target { kNone, kDatabase, kSnapshot };

struct FaultPlan {
  Target target = Target::kNone;
  long fail_at = 0;  // 1-based index of the operation that fails; 0: none
  bool full = false;  // SQLITE_FULL / ENOSPC rather than an I/O error
  bool persist = false;
  std::string log_path;
};

FaultPlan g_plan;
std::atomic<long> g_ops{0};
std::mutex g_log_mu;
std::string g_log;  // one letter per counted operation

// Counts one operation of `kind` ('w', 's', 't') and says whether it must fail.
bool next_op_fails(char kind) {
  long n = ++g_ops;
  bool fail = g_plan.fail_at > 0 && (n == g_plan.fail_at || (g_plan.persist && n > g_plan.fail_at));
  std::lock_guard lock(g_log_mu);
  g_log += fail ? static_cast<char>(kind - 'a' + 'A') : kind;
  return fail;
}

void write_log() {
  if (g_plan.log_path.empty()) return;
  std::lock_guard lock(g_log_mu);
  if (FILE* f = std::fopen(g_plan.log_path.c_str(), "w")) {
    std::fputs(g_log.c_str(), f);
    std::fclose(f);
  }
}

// ---- The SQLite VFS ----

sqlite3_vfs* g_real_vfs = nullptr;
sqlite3_vfs g_fault_vfs;

struct FaultFile {
  sqlite3_file base;   // pMethods points at g_methods
  sqlite3_file* real;  // the wrapped file, allocated right after this struct
  bool counted;        // a database, its write-ahead log or its journal
};

#define REAL(f) (reinterpret_cast<FaultFile*>(f)->real)

int f_close(sqlite3_file* f) {
  sqlite3_file* r = REAL(f);
  return r->pMethods ? r->pMethods->xClose(r) : SQLITE_OK;
}
int f_read(sqlite3_file* f, void* buf, int n, sqlite3_int64 off) { return REAL(f)->pMethods->xRead(REAL(f), buf, n, off); }
int f_write(sqlite3_file* f, const void* buf, int n, sqlite3_int64 off) {
  if (reinterpret_cast<FaultFile*>(f)->counted && next_op_fails('w')) return g_plan.full ? SQLITE_FULL : SQLITE_IOERR_WRITE;
  return REAL(f)->pMethods->xWrite(REAL(f), buf, n, off);
}
int f_truncate(sqlite3_file* f, sqlite3_int64 size) {
  if (reinterpret_cast<FaultFile*>(f)->counted && next_op_fails('t')) return g_plan.full ? SQLITE_FULL : SQLITE_IOERR_TRUNCATE;
  return REAL(f)->pMethods->xTruncate(REAL(f), size);
}
int f_sync(sqlite3_file* f, int flags) {
  if (reinterpret_cast<FaultFile*>(f)->counted && next_op_fails('s')) return g_plan.full ? SQLITE_FULL : SQLITE_IOERR_FSYNC;
  return REAL(f)->pMethods->xSync(REAL(f), flags);
}
int f_file_size(sqlite3_file* f, sqlite3_int64* size) { return REAL(f)->pMethods->xFileSize(REAL(f), size); }
int f_lock(sqlite3_file* f, int level) { return REAL(f)->pMethods->xLock(REAL(f), level); }
int f_unlock(sqlite3_file* f, int level) { return REAL(f)->pMethods->xUnlock(REAL(f), level); }
int f_check_reserved(sqlite3_file* f, int* out) { return REAL(f)->pMethods->xCheckReservedLock(REAL(f), out); }
int f_file_control(sqlite3_file* f, int op, void* arg) { return REAL(f)->pMethods->xFileControl(REAL(f), op, arg); }
int f_sector_size(sqlite3_file* f) { return REAL(f)->pMethods->xSectorSize(REAL(f)); }
int f_device(sqlite3_file* f) { return REAL(f)->pMethods->xDeviceCharacteristics(REAL(f)); }
int f_shm_map(sqlite3_file* f, int page, int size, int extend, void volatile** pp) {
  return REAL(f)->pMethods->xShmMap(REAL(f), page, size, extend, pp);
}
int f_shm_lock(sqlite3_file* f, int offset, int n, int flags) { return REAL(f)->pMethods->xShmLock(REAL(f), offset, n, flags); }
void f_shm_barrier(sqlite3_file* f) { REAL(f)->pMethods->xShmBarrier(REAL(f)); }
int f_shm_unmap(sqlite3_file* f, int del) { return REAL(f)->pMethods->xShmUnmap(REAL(f), del); }
int f_fetch(sqlite3_file* f, sqlite3_int64 off, int n, void** pp) {
  *pp = nullptr;  // memory-mapped reads would bypass xRead; newsgraph does not enable them
  return SQLITE_OK;
}
int f_unfetch(sqlite3_file* f, sqlite3_int64 off, void* p) { return SQLITE_OK; }

const sqlite3_io_methods g_methods = {
    3,          f_close,         f_read,   f_write,      f_truncate,    f_sync,     f_file_size,
    f_lock,     f_unlock,        f_check_reserved, f_file_control, f_sector_size, f_device,
    f_shm_map,  f_shm_lock,      f_shm_barrier, f_shm_unmap, f_fetch,   f_unfetch,
};

int v_open(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* f, int flags, int* out_flags) {
  auto* ff = reinterpret_cast<FaultFile*>(f);
  ff->real = reinterpret_cast<sqlite3_file*>(ff + 1);
  ff->counted = (flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL)) != 0;
  int rc = g_real_vfs->xOpen(g_real_vfs, name, ff->real, flags, out_flags);
  // SQLite calls xClose only when pMethods is set, so leave it null when the real open failed.
  f->pMethods = ff->real->pMethods ? &g_methods : nullptr;
  return rc;
}
int v_delete(sqlite3_vfs*, const char* name, int sync) { return g_real_vfs->xDelete(g_real_vfs, name, sync); }
int v_access(sqlite3_vfs*, const char* name, int flags, int* out) { return g_real_vfs->xAccess(g_real_vfs, name, flags, out); }
int v_full_pathname(sqlite3_vfs*, const char* name, int n, char* out) {
  return g_real_vfs->xFullPathname(g_real_vfs, name, n, out);
}
void* v_dl_open(sqlite3_vfs*, const char* name) { return g_real_vfs->xDlOpen(g_real_vfs, name); }
void v_dl_error(sqlite3_vfs*, int n, char* msg) { g_real_vfs->xDlError(g_real_vfs, n, msg); }
void (*v_dl_sym(sqlite3_vfs*, void* h, const char* sym))(void) { return g_real_vfs->xDlSym(g_real_vfs, h, sym); }
void v_dl_close(sqlite3_vfs*, void* h) { g_real_vfs->xDlClose(g_real_vfs, h); }
int v_randomness(sqlite3_vfs*, int n, char* out) { return g_real_vfs->xRandomness(g_real_vfs, n, out); }
int v_sleep(sqlite3_vfs*, int us) { return g_real_vfs->xSleep(g_real_vfs, us); }
int v_current_time(sqlite3_vfs*, double* t) { return g_real_vfs->xCurrentTime(g_real_vfs, t); }
int v_last_error(sqlite3_vfs*, int n, char* msg) { return g_real_vfs->xGetLastError(g_real_vfs, n, msg); }
int v_current_time_int64(sqlite3_vfs*, sqlite3_int64* t) { return g_real_vfs->xCurrentTimeInt64(g_real_vfs, t); }

bool register_vfs() {
  g_real_vfs = sqlite3_vfs_find(nullptr);
  if (!g_real_vfs) return false;
  std::memset(&g_fault_vfs, 0, sizeof g_fault_vfs);
  g_fault_vfs.iVersion = 2;
  g_fault_vfs.szOsFile = static_cast<int>(sizeof(FaultFile)) + g_real_vfs->szOsFile;
  g_fault_vfs.mxPathname = g_real_vfs->mxPathname;
  g_fault_vfs.zName = "newsgraph-fault";
  g_fault_vfs.xOpen = v_open;
  g_fault_vfs.xDelete = v_delete;
  g_fault_vfs.xAccess = v_access;
  g_fault_vfs.xFullPathname = v_full_pathname;
  g_fault_vfs.xDlOpen = v_dl_open;
  g_fault_vfs.xDlError = v_dl_error;
  g_fault_vfs.xDlSym = v_dl_sym;
  g_fault_vfs.xDlClose = v_dl_close;
  g_fault_vfs.xRandomness = v_randomness;
  g_fault_vfs.xSleep = v_sleep;
  g_fault_vfs.xCurrentTime = v_current_time;
  g_fault_vfs.xGetLastError = v_last_error;
  g_fault_vfs.xCurrentTimeInt64 = v_current_time_int64;
  return sqlite3_vfs_register(&g_fault_vfs, 1) == SQLITE_OK;
}

// ---- The snapshot file: write() and writev() ----

bool is_snapshot_temp(int fd) {
  char link[64], target[4096];
  std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  ssize_t n = ::readlink(link, target, sizeof target - 1);
  if (n <= 0) return false;
  target[n] = '\0';
  return std::strstr(target, ".adj.tmp") != nullptr;
}

// Counts one write ('w') or sync ('s') of the snapshot's temporary file; true when it must fail.
bool snapshot_op_fails(int fd, char kind) {
  if (g_plan.target != Target::kSnapshot || !is_snapshot_temp(fd) || !next_op_fails(kind)) return false;
  errno = g_plan.full && kind == 'w' ? ENOSPC : EIO;
  return true;
}

}  // namespace

bool install_fault_injection_from_environment() {
  const char* target = std::getenv("NEWSGRAPH_FAULT_TARGET");
  const char* log = std::getenv("NEWSGRAPH_FAULT_LOG");
  const char* at = std::getenv("NEWSGRAPH_FAULT_AT");
  const char* error = std::getenv("NEWSGRAPH_FAULT_ERROR");
  const char* persist = std::getenv("NEWSGRAPH_FAULT_PERSIST");
  g_plan.target = target && std::strcmp(target, "adj") == 0 ? Target::kSnapshot : Target::kDatabase;
  g_plan.fail_at = at ? std::atol(at) : 0;
  g_plan.full = error && std::strcmp(error, "full") == 0;
  g_plan.persist = persist && std::strcmp(persist, "1") == 0;
  g_plan.log_path = log ? log : "";
  std::atexit(write_log);
  return g_plan.target == Target::kDatabase ? register_vfs() : false;
}

namespace {
[[maybe_unused]] const bool g_installed = install_fault_injection_from_environment();
}

}  // namespace newsgraph::test

// Interposed C library calls: the executable's definitions come first in symbol lookup, so the C++
// library's file streams call these. They forward to the system calls themselves.
extern "C" ssize_t write(int fd, const void* buf, size_t n) {
  if (newsgraph::test::snapshot_op_fails(fd, 'w')) return -1;
  return ::syscall(SYS_write, fd, buf, n);
}

extern "C" ssize_t writev(int fd, const struct iovec* iov, int count) {
  if (newsgraph::test::snapshot_op_fails(fd, 'w')) return -1;
  return ::syscall(SYS_writev, fd, iov, count);
}

extern "C" int fsync(int fd) {
  if (newsgraph::test::snapshot_op_fails(fd, 's')) return -1;
  return static_cast<int>(::syscall(SYS_fsync, fd));
}
