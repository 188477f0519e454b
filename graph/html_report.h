// The report page: one self-contained HTML file about a few entities, to read in any browser
// without a network or a server. For each entity, its timeline (dated facts and claims, grouped by
// month, modality marked) with every evidence sentence (subject, relation and object marked, the
// article named); above them, the neighbourhood drawn by GraphViz (inline SVG; a list when `dot`
// is not installed), whose nodes link to the timelines; a date-range and a text filter.
//
// Article text is untrusted: every piece of it is escaped, and the page's Content-Security-Policy
// allows no network access, no inline event handlers, and only the project's own script and style
// (graph/report/), admitted by their SHA-256 hashes.
#pragma once
#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "graph_store.h"

namespace newsgraph {

struct ReportSpec {
  std::vector<std::string> entity_ids;  // the entities with a timeline; at least one
  std::string from_date, to_date;       // optional inclusive bounds on facts' times (as timeline)
  size_t max_neighbours = 40;           // the picture keeps the best-connected neighbours
};

// Writes the page and returns the number of timeline entries on it. REQUIRES: every ID in
// spec.entity_ids names a stored entity.
size_t write_html_report(std::ostream& out, GraphStore& store, const ReportSpec& spec);

// The Content-Security-Policy of the page (a <meta http-equiv> value): no network, the inlined
// script and style by hash. Exposed for tests.
std::string report_content_security_policy();

}  // namespace newsgraph
