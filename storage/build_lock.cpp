#include "build_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "store_error.h"

namespace newsgraph {

BuildLock::BuildLock(const std::string& db_path, void (*on_wait)(const std::string&)) {
  const std::string path = db_path + ".lock";
  fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0)
    throw StoreError("cannot create " + path + ": " + std::strerror(errno) + " (is the folder writable?)");
  if (::flock(fd_, LOCK_EX | LOCK_NB) == 0) return;
  if (on_wait) on_wait(db_path);
  while (::flock(fd_, LOCK_EX) != 0) {
    if (errno != EINTR) {
      ::close(fd_);
      throw StoreError("cannot lock " + path + ": " + std::strerror(errno));
    }
  }
}

BuildLock::~BuildLock() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the lock
}

}  // namespace newsgraph
