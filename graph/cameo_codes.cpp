#include "cameo_codes.h"

#include <cstdio>
#include <memory>

#include "resources.h"

namespace newsgraph {

const events::CameoTaxonomy* product_cameo_taxonomy() {
  static const std::unique_ptr<events::CameoTaxonomy> taxonomy = [] {
    const std::string path = Resources::default_data_dir() + "/cameo.tsv";
    auto t = std::make_unique<events::CameoTaxonomy>();
    try {
      t->load(path);
      return t;
    } catch (const std::exception& e) {
      std::fprintf(stderr, "newsgraph: note: %s; PLOVER categories are left out (reinstall the data or set NEWSGRAPH_DATA)\n",
                   e.what());
      return std::unique_ptr<events::CameoTaxonomy>();
    }
  }();
  return taxonomy.get();
}

std::string plover_category(const std::string& cameo) {
  if (cameo.empty()) return "";
  const events::CameoTaxonomy* t = product_cameo_taxonomy();
  return t ? t->plover(cameo) : "";
}

}  // namespace newsgraph
