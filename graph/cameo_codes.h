// The product's view of data/cameo.tsv: the PLOVER category of a relation's CAMEO code, written
// beside `cameo` in the JSON exports, and the names `newsgraph stats` prints for CAMEO roots.
// The code itself is what extraction stores; the category is a fact of the taxonomy, so it is
// looked up when written rather than stored (a taxonomy correction then needs no rebuild).
#pragma once
#include <string>

#include "cameo_taxonomy.h"

namespace newsgraph {

// The taxonomy read once from the data directory (NEWSGRAPH_DATA or the installed data), or
// nullptr when data/cameo.tsv is missing or malformed; then a note naming the file and what to
// do is printed once on stderr and exports leave out the category.
const events::CameoTaxonomy* product_cameo_taxonomy();

// "VERBAL-CONFLICT"-style PLOVER category of a CAMEO code (its own or its nearest listed
// ancestor's), or "" for an empty or unknown code.
std::string plover_category(const std::string& cameo);

}  // namespace newsgraph
