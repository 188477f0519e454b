// Lays out a GraphViz DOT graph as SVG by running the `dot` program, for pages that embed the
// picture. `dot` is optional: callers show something else when it is missing.
#pragma once
#include <optional>
#include <string>

namespace newsgraph {

// The <svg> element for `dot_source` (XML prolog, doctype and comments removed), or nullopt when
// `dot` is not installed or fails. Runs `dot -Tsvg` on a temporary file; blocks until it ends.
std::optional<std::string> render_svg(const std::string& dot_source);

}  // namespace newsgraph
