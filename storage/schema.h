// The SQLite schema of a newsgraph database and its migrations.
#pragma once
#include <SQLiteCpp/Database.h>

namespace newsgraph {

constexpr int kSchemaVersion = 3;
constexpr const char* kApplicationName = "newsgraph";

// Creates the schema in an empty database, or migrates an older newsgraph database to
// kSchemaVersion. Throws StoreError for a database that is not newsgraph's or is newer than
// this binary.
void ensure_schema(SQLite::Database& db, bool writable);

}  // namespace newsgraph
