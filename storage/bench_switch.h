// Switches for measuring the bulk-load writer's changes one at a time with one binary (issue
// #23): NEWSGRAPH_BENCH_WITHOUT=NAME[,NAME...] runs the build as it was before the named changes:
//   batch-unit       a savepoint per article (not only after a failure in the batch)
//   plain-insert     INSERT OR REPLACE for mentions (one row a statement)
//   mention-chunks   one plain INSERT a mention, not 16 rows a statement
//   row-chunks       one INSERT a row for sentences, claims, relations and their evidence, not 16
//                    rows a statement
//   bulk-load        secondary indexes kept and foreign keys checked while loading a fresh database
//   nomutex          SQLite connections with their own mutex
//   memstatus        SQLite memory statistics on
//   alias-index      the writer's alias answers dropped on every entity type change, names not kept
//   writer-extracts  the writer waits for the workers instead of extracting the next article
//   verified-stamp   every writer runs quick_check, even on a file unchanged since a checked build
//   threaded-sorts   the deferred indexes sorted in memory on the writer thread (no helper threads)
//   vote-shortcut    an entity inserted just now reads its (absent) type votes back, and its first
//                    vote UPDATEs the type its row was inserted with
//   secure-delete-off  the writer keeps Debian's SECURE_DELETE default (every byte a write frees is zeroed)
//   alias-answers    a new alias drops the cached answer of its key (read again) instead of joining it
//   resources-early  `newsgraph build` loads the lexicons and models when its workers start, not on
//                    their own threads while it opens the database
//   reader-insitu    a JSON Lines record's strings are copied onto RapidJSON's stack, then into
//                    the document (not decoded in place inside the line's buffer)
//   reader-checks    the article text's UTF-8 checked byte by byte, its date always through sscanf
//   article-hash     the content hash taken over a joined copy of title, date, source and text,
//                    formatted with snprintf
//   id-format        every stable id (entities, relations, claims, article hashes) formatted with
//                    snprintf (read in extract/text/text_util.cpp, below this layer)
//   alias-key-loop   alias keys built a push_back a byte (read in extract/text/text_util.cpp)
//   page-size        a new database has SQLite's default page size (4 KiB) instead of 8 KiB
//   tail-checkpoint  a bulk load's index rebuild copies the log into the database at its commit (SQLite's
//                    automatic checkpoint), not only the tail's checkpoint at the end
//   merge-by-key     a resolution merge repoints mentions, aliases, roles, type votes, surnames and
//                    evidence with one statement per table (each copying the keys it changes into a
//                    temporary B-tree), finds re-keyed facts by id, re-votes the type in SQL and
//                    counts both entities' mentions
//   snapshot-beside-checkpoint  a bulk load writes the adjacency snapshot, then copies the log into
//                    the database (not the snapshot read on a second connection during the copy)
// The output is the same either way; only the time differs. docs/evaluation.md has the figures.
#pragma once

namespace newsgraph {

// True when NEWSGRAPH_BENCH_WITHOUT names `change`.
bool bench_without(const char* change);

}  // namespace newsgraph
