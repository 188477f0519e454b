// Everything the extractors read from disk, loaded once per process and shared read-only.
#pragma once
#include <future>
#include <memory>
#include <string>
#include <vector>

#include "derived_gazetteers.h"
#include "lemmatizer.h"
#include "lexicons.h"
#include "page_furniture.h"
#include "tagger.h"
#include "tokenizer.h"

namespace newsgraph {

struct Resources {
  std::string data_dir;
  Lexicons lexicons;
  AbbreviationList abbreviations;
  Tagger tagger;
  Lemmatizer lemmatizer;
  SectionLabels section_labels;  // page furniture: data/lexicon/section_labels.txt
  // Where the build-time tables (first_names.tsv, places.tsv) were looked for, and those absent.
  std::string derived_dir;
  std::vector<std::string> missing_derived;

  // data_dir: the project's data/ folder. The system folders (Lingua tagger statistics, WordNet,
  // iso-codes) are the Debian package paths unless NEWSGRAPH_LINGUA_DIR, NEWSGRAPH_WORDNET_DIR or
  // NEWSGRAPH_ISO_DIR say otherwise.
  explicit Resources(const std::string& data_dir);

  // The process-wide instance, loaded on first use from default_data_dir(): NEWSGRAPH_DATA, else
  // share/newsgraph beside an installed binary, else the source tree's data/.
  // Throws std::runtime_error with the missing file and the package to install.
  static const Resources& get();
  static std::string default_data_dir();
  // NEWSGRAPH_DERIVED, else share/newsgraph/derived beside an installed binary, else the build
  // tree's derived/ folder.
  static std::string default_derived_dir();

 private:
  Resources(const std::string& data_dir, std::future<Lemmatizer> pending_lemmatizer,
            std::future<WordNetInstances> pending_places, std::future<StringTable> pending_complement_verbs,
            std::future<DerivedTables> pending_derived);
};

}  // namespace newsgraph
