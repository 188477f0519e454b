#include "bench_switch.h"

#include "text_util.h"

namespace newsgraph {

bool bench_without(const char* change) { return bench_switch_named(change); }

}  // namespace newsgraph
