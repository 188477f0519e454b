// GraphViz DOT for a selection: nodes styled by entity type, edges labelled with the relation and
// its date. The output renders with `dot -Tsvg` without warnings.
#pragma once
#include <map>
#include <ostream>
#include <string>

#include "subgraph.h"

namespace newsgraph {

// Escapes text for a double-quoted DOT string: quotes and backslashes escaped, line breaks as
// \n, other control characters dropped.
std::string dot_escape(const std::string& s);
// `node_urls` (entity ID -> URL) makes those nodes links; in SVG they become <a> elements.
void write_dot(std::ostream& out, const GraphView& view, const std::string& title,
               const std::map<std::string, std::string>& node_urls = {});

}  // namespace newsgraph
