#pragma once
#include <stdexcept>
#include <string>

namespace SQLite {
class Exception;
}

namespace newsgraph {

// Every storage failure surfaces as this, with a message that says what to do.
class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// One line for a failed SQLite call on the database at `path`: the file, what went wrong (a full
// disk, an I/O error, a damaged or read-only file, a lock) and what to do about it. Used where
// SQLite errors leave the storage layer (opening a store, the CLI's last resort).
std::string describe_database_failure(const std::string& path, const SQLite::Exception& e);

// True for a failure of the database file or its disk (full, I/O error, damaged, read-only,
// locked, out of memory) as opposed to a problem with the data being written: the first kind
// must stop a build, the second only skips one article.
bool is_database_failure(const std::exception& e);

}  // namespace newsgraph
