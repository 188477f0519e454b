// Named moments at which a test can kill the process for certain (SIGKILL, as `kill -9` would):
// a polling test that kills a build from outside hits a short phase (the resolution pass, an
// index rebuild) only by luck, so crash tests set NEWSGRAPH_KILL_AT=NAME to make the build kill
// itself there. Without the variable this is one cached getenv per call and does nothing.
#pragma once

namespace newsgraph {

// Raises SIGKILL when the environment variable NEWSGRAPH_KILL_AT equals `name`.
void kill_point(const char* name);

}  // namespace newsgraph
