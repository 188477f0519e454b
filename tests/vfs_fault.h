// Test-only I/O fault injection, for the `newsgraph_faulty` binary (the newsgraph CLI linked with
// tests/vfs_fault.cpp) that tests/fault_test.cpp runs. Nothing here is part of newsgraph itself.
//
// Two targets, chosen by the environment of the faulty binary:
//  - NEWSGRAPH_FAULT_TARGET=db (the default): a sqlite3_vfs that wraps the default VFS and is
//    registered as the default, so every database file, write-ahead log and journal goes
//    through it. It counts each xWrite, xSync and xTruncate on those files.
//  - NEWSGRAPH_FAULT_TARGET=adj: the C library's write(), writev() and fsync() are interposed,
//    and the calls that write or sync the adjacency snapshot's temporary file (DB.adj.tmpPID) are
//    counted (a failed sync is an I/O error even with NEWSGRAPH_FAULT_ERROR=full).
// NEWSGRAPH_FAULT_AT=N makes the N-th counted operation (from 1) fail: with SQLITE_FULL / ENOSPC
// when NEWSGRAPH_FAULT_ERROR=full, else SQLITE_IOERR_WRITE/_FSYNC/_TRUNCATE / EIO. With
// NEWSGRAPH_FAULT_PERSIST=1 every later operation fails too (a disk that stays full).
// NEWSGRAPH_FAULT_LOG=FILE receives, at exit, one letter per counted operation in order
// (w = write, s = sync, t = truncate; upper case where a fault was injected), so that a clean run
// tells the test how many fault points there are and of which kind.
#pragma once

namespace newsgraph::test {

// Registers the fault VFS as SQLite's default according to the environment above. Called before
// main() by a static initializer in vfs_fault.cpp; returns true when it registered.
bool install_fault_injection_from_environment();

}  // namespace newsgraph::test
