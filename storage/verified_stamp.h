// The verified stamp (DB.verified): what the database file and its write-ahead log looked like
// (device, inode, size, modification and change times in nanoseconds) when a build that had
// checked the database ended normally. A writer that opens a database whose files still match
// the stamp skips `PRAGMA quick_check`, which reads every page: on the whole-Reuters database that
// was 1.3 G of the 2.1 G instructions of a one-article incremental build. Anything that writes
// the file afterwards (another command, a killed build, a copy, a truncation, an editor) changes
// its change time (which no program can set) or its inode, so the stamp no longer matches and the
// full check runs again. A missing, unreadable or foreign stamp simply means "check".
#pragma once
#include <string>

namespace newsgraph {

// Whether the database at `db_path` (and its -wal file) are exactly as recorded in its stamp.
bool matches_verified_stamp(const std::string& db_path);

// Records the current state of `db_path` and its -wal file; call only after the connection that
// wrote it is closed (closing checkpoints and may remove the log). Best effort: a stamp that
// cannot be written costs the next build a check, nothing else.
void write_verified_stamp(const std::string& db_path);

}  // namespace newsgraph
