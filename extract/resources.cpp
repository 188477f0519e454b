#include "resources.h"

#include "wordnet_verbs.h"

#include <cstdlib>
#include <filesystem>
#include <future>
#include <mutex>

#include <cstdio>

#include "derived_gazetteers.h"
#include "text_util.h"

#ifndef NEWSGRAPH_DATA_DIR
#define NEWSGRAPH_DATA_DIR "data"
#endif
#ifndef NEWSGRAPH_DERIVED_DIR
#define NEWSGRAPH_DERIVED_DIR "build/derived"
#endif

namespace newsgraph {
namespace {

std::string env_or(const char* name, const char* fallback) {
  const char* v = std::getenv(name);
  return v && *v ? v : fallback;
}

std::string wordnet_dir() { return env_or("NEWSGRAPH_WORDNET_DIR", "/usr/share/wordnet"); }

// The build-time list (derived from the system's WordNet) unless NEWSGRAPH_WORDNET_DIR names
// another WordNet; WordNet's verb frames are parsed here only when the list is absent.
StringTable load_verbs_needing_complement(const std::string& derived_dir) {
  StringTable verbs;
  const char* other_wordnet = std::getenv("NEWSGRAPH_WORDNET_DIR");
  if ((!other_wordnet || !*other_wordnet) &&
      read_derived_verbs_needing_complement(derived_dir + "/verbs_needing_complement.txt", verbs))
    return verbs;
  return read_verbs_needing_complement(wordnet_dir());
}
// NEWSGRAPH_TAGGER=trigram tags with the Brown trigram model (build/derived/tag_model.tsv,
// tools/derive_tag_model.py); the default, "bigram", with the WSJ bigram model alone.
bool trigram_tagger_wanted() { return env_or("NEWSGRAPH_TAGGER", "bigram") == "trigram"; }
std::string tag_model_path() { return Resources::default_derived_dir() + "/tag_model.tsv"; }

AbbreviationList make_abbreviations(const Lexicons& lex) {
  AbbreviationList a;
  for (const std::string& line : lex.abbreviation_lines) {
    auto f = split(line, '\t');
    const std::string_view w = trim(f[0]);
    if (!w.empty()) a.add(w, f.size() > 1 && trim(f[1]) == "title");
  }
  return a;
}

}  // namespace

// NEWSGRAPH_DATA first; then share/newsgraph beside an installed binary (BIN/../share/newsgraph,
// found from the binary's own path so that a moved install works); then the data/ folder of the
// source tree the build was configured in.
std::string Resources::default_data_dir() {
  if (const char* v = std::getenv("NEWSGRAPH_DATA"); v && *v) return v;
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    std::filesystem::path installed = exe.parent_path().parent_path() / "share" / "newsgraph";
    if (std::filesystem::exists(installed / "events.tsv", ec)) return installed.string();
  }
  return NEWSGRAPH_DATA_DIR;
}

// NEWSGRAPH_DERIVED first; then share/newsgraph/derived beside an installed binary; then the
// derived/ folder of the build tree this binary was built in (tools/derive_gazetteers.py).
std::string Resources::default_derived_dir() {
  if (const char* v = std::getenv("NEWSGRAPH_DERIVED"); v && *v) return v;
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    std::filesystem::path installed = exe.parent_path().parent_path() / "share" / "newsgraph" / "derived";
    if (std::filesystem::exists(installed / "first_names.tsv", ec)) return installed.string();
  }
  return NEWSGRAPH_DERIVED_DIR;
}

// WordNet's lemmas and its towns, and the derived tables, load on other threads while the lexicons
// and the tagger load on this one: a one-article build spends most of its time here.
Resources::Resources(const std::string& dir)
    : Resources(dir,
                std::async(std::launch::async,
                           [dir] {
                             return Lemmatizer(wordnet_dir(), dir + "/lexicon/closed_lemmas.tsv");
                           }),
                std::async(std::launch::async,
                           [] { return read_wordnet_instances(wordnet_dir()); }),
                std::async(std::launch::async, [] { return load_verbs_needing_complement(default_derived_dir()); }),
                std::async(std::launch::async, [] { return read_derived_tables(default_derived_dir()); })) {}

Resources::Resources(const std::string& dir, std::future<Lemmatizer> pending_lemmatizer,
                     std::future<WordNetInstances> pending_places, std::future<StringTable> pending_complement_verbs,
                     std::future<DerivedTables> pending_derived)
    : data_dir(dir),
      lexicons(dir, env_or("NEWSGRAPH_ISO_DIR", "/usr/share/iso-codes/json"),
               env_or("NEWSGRAPH_ZONE_FILE", "/usr/share/zoneinfo/zone1970.tab"),
               [&pending_places] { return pending_places.get(); }),
      abbreviations(make_abbreviations(lexicons)),
      tagger(env_or("NEWSGRAPH_LINGUA_DIR", "/usr/share/perl5/Lingua/EN/Tagger"),
             trigram_tagger_wanted() ? tag_model_path() : std::string()),
      lemmatizer(pending_lemmatizer.get()),
      section_labels(SectionLabels::load(dir + "/lexicon/section_labels.txt")),
      derived_dir(default_derived_dir()) {
  tagger.set_subject_clause_words(lexicons.subject_clause_openers, lexicons.subject_verb_exclusions);
  tagger.set_gerund_modifiers(lexicons.gerund_modifier_pairs, lexicons.gerund_modifier_any);
  tagger.set_verb_lexicon(&lemmatizer);
  lexicons.verbs_needing_complement = pending_complement_verbs.get();
  lexicons.adjectives_not_verbs = read_adjectives_not_verbs(wordnet_dir());
  DerivedTables derived = pending_derived.get();
  missing_derived = std::move(derived.missing);
  add_derived_tables(lexicons, std::move(derived));
}

const Resources& Resources::get() {
  // Never destroyed: freeing a million small strings at exit costs a one-article build ~10%.
  static const Resources* instance = nullptr;
  static std::once_flag once;
  std::call_once(once, [] {
    instance = new Resources(default_data_dir());
    // Said once per process, and only when a table is absent: recognition still works without.
    for (const std::string& path : instance->missing_derived)
      std::fprintf(stderr,
                   "newsgraph: note: %s is missing, so first names and GeoNames places are not used "
                   "(run tools/install-deps.sh, then build the target derived_gazetteers, or set NEWSGRAPH_DERIVED)\n",
                   path.c_str());
    if (trigram_tagger_wanted() && !instance->tagger.uses_trigram_model())
      std::fprintf(stderr,
                   "newsgraph: note: %s is missing, so tagging uses the WSJ bigram model "
                   "(run tools/install-deps.sh, then build the target derived_tag_model)\n",
                   tag_model_path().c_str());
  });
  return *instance;
}

}  // namespace newsgraph
