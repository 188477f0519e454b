# Writes the man page newsgraph.1 from `newsgraph --help`, so that the page and the help say the
# same thing. Run by the build: cmake -DBINARY=... -DOUT=... -DVERSION=... -P tools/man_page.cmake
execute_process(COMMAND "${BINARY}" --help OUTPUT_VARIABLE help RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${BINARY} --help failed (${status}): cannot write the man page")
endif()
# The first line is "newsgraph - summary"; the rest is shown as it is (roff no-fill).
# (string(FIND), not a regex: CMake's ^ matches again after each replacement.)
string(FIND "${help}" "\n" eol)
string(SUBSTRING "${help}" 0 ${eol} first)
math(EXPR after "${eol} + 1")
string(SUBSTRING "${help}" ${after} -1 body)
string(STRIP "${body}" body)
string(APPEND body "\n")
string(REPLACE "newsgraph - " "" summary "${first}")
# roff: a backslash is written \e, a minus sign \-; a line starting with . or ' would be read as a request.
string(REPLACE "\\" "\\e" body "${body}")
string(REPLACE "-" "\\-" body "${body}")
string(REPLACE "\n." "\n\\&." body "${body}")
string(REPLACE "\n'" "\n\\&'" body "${body}")
file(WRITE "${OUT}" ".TH NEWSGRAPH 1 \"\" \"newsgraph ${VERSION}\" \"User Commands\"
.SH NAME
newsgraph \\- ${summary}
.SH SYNOPSIS
.B newsgraph
.I COMMAND
[\\fIARGS\\fR] [\\fB\\-\\-db\\fR \\fIFILE\\fR]
.SH DESCRIPTION
newsgraph turns news articles into a persistent event\\-and\\-claim knowledge graph (SQLite) and
answers questions about it: timelines, paths, neighbourhoods, claims, provenance, exports and an
HTML report page.
.SH COMMANDS AND OPTIONS
.nf
${body}.fi
.SH ENVIRONMENT
.TP
.B NEWSGRAPH_DATA
the folder of newsgraph's own data files (events.tsv, lexicon/); by default share/newsgraph
beside the installed binary.
.TP
.B NEWSGRAPH_WORDNET_DIR, NEWSGRAPH_LINGUA_DIR, NEWSGRAPH_ISO_DIR
other locations of WordNet, the Lingua tagger statistics and iso\\-codes than Debian's.
.SH SEE ALSO
.BR dot (1),
.BR sqlite3 (1)
")
