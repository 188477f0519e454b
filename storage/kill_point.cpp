#include "kill_point.h"

#include <signal.h>

#include <cstdlib>
#include <cstring>

namespace newsgraph {

void kill_point(const char* name) {
  static const char* const wanted = std::getenv("NEWSGRAPH_KILL_AT");
  if (wanted && std::strcmp(wanted, name) == 0) ::raise(SIGKILL);
}

}  // namespace newsgraph
