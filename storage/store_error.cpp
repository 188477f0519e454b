#include "store_error.h"

#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

namespace newsgraph {

std::string describe_database_failure(const std::string& path, const SQLite::Exception& e) {
  const std::string what = e.what();
  // A failed write rolls back the open transaction: what earlier transactions committed stays.
  const char* const kept = "what was committed before is kept; run the command again to continue";
  switch (e.getErrorCode() & 0xff) {  // the primary code, also when extended codes are on
    case SQLITE_FULL:
      return "cannot write " + path + ": the disk is full (" + what + "); free some space, then " + kept;
    case SQLITE_IOERR:
      return "cannot write " + path + ": I/O error (" + what + "); check the disk, then " + kept;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return path + " is damaged or not a database (" + what +
             "); restore it from a copy or build a new one with 'newsgraph build'";
    case SQLITE_READONLY:
      return "cannot write " + path + " (" + what + "): check the permissions of the file and of its folder";
    case SQLITE_CANTOPEN:
      return "cannot open " + path + " (" + what + "): check that the file and its folder exist and are readable";
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return path + " is locked by another process (" + what + "); retry when it has finished";
    default:
      return "database error on " + path + ": " + what;
  }
}

bool is_database_failure(const std::exception& e) {
  const auto* sqlite = dynamic_cast<const SQLite::Exception*>(&e);
  if (!sqlite) return false;
  switch (sqlite->getErrorCode() & 0xff) {
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_NOMEM:
    case SQLITE_PROTOCOL:
      return true;
    default:
      return false;
  }
}

}  // namespace newsgraph
