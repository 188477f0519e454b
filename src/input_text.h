// Reads the raw text a text-processing subcommand works on (FILE or "-" for standard input).
#pragma once
#include <string>

namespace newsgraph::cli {

// Throws UsageError when the file cannot be read.
std::string read_input_text(const std::string& path);

}  // namespace newsgraph::cli
