// The SQLite schema of a newsgraph database and its migrations.
#pragma once
#include <SQLiteCpp/Database.h>

#include <string>

namespace newsgraph {

constexpr int kSchemaVersion = 8;
constexpr const char* kApplicationName = "newsgraph";

// Creates the schema in an empty database, or migrates an older newsgraph database to
// kSchemaVersion. Throws StoreError for a database that is not newsgraph's or is newer than
// this binary.
void ensure_schema(SQLite::Database& db, bool writable);

// Whether the database attached as `schema` ("main", "shard") has the `rule` columns of version
// 4: an older database opened read-only, or a shard being imported, may not.
bool has_rule_columns(SQLite::Database& db, const std::string& schema);
// Whether `schema`'s entities have the schema-5 agent columns (sector, country).
bool has_agent_columns(SQLite::Database& db, const std::string& schema);
// Whether `schema`'s relations have the schema-6 `subject_text` column (a subject that is no entity).
bool has_subject_text(SQLite::Database& db, const std::string& schema);
// Whether `schema`'s relations have the schema-8 event target columns (target_id, target_text).
bool has_event_target(SQLite::Database& db, const std::string& schema);

}  // namespace newsgraph
