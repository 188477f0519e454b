// newsgraph explain ID: the evidence sentences behind a relation or a claim.
#include <cstdio>

#include "cli.h"
#include "describe.h"
#include "json_output.h"

namespace newsgraph::cli {

int cmd_explain(const Args& args) {
  args.allow({"db", "json"});
  if (args.positional().size() != 1) throw UsageError("give one relation or claim ID (r... or c...)");
  auto store = open_store(args, GraphStore::Mode::kReadOnly);
  const std::string id = args.positional()[0];
  std::vector<EvidenceRow> evidence;
  if (auto r = store->relation(id)) {
    if (args.has("json")) {
      std::printf("%s\n", relations_json(*store, {*r}).c_str());
      return kOk;
    }
    std::printf("%s  %s\n  confidence %.2f from %d report%s\n", relation_date(*r).c_str(), describe_relation(*r).c_str(),
                r->confidence, r->evidence_count, r->evidence_count == 1 ? "" : "s");
    evidence = store->relation_evidence(id);
  } else if (auto c = store->claim(id)) {
    if (args.has("json")) {
      std::printf("%s\n", claims_json(*store, {*c}).c_str());
      return kOk;
    }
    std::printf("%s\n", describe_claim(*c).c_str());
    evidence = store->claim_evidence(id);
  } else {
    throw UsageError("no relation or claim with ID '" + id + "' (IDs are shown by --json output)");
  }
  // The rule: the extraction construction that read the fact in that sentence (empty in databases
  // written before schema 3).
  for (const EvidenceRow& e : evidence)
    std::printf("  [%s %s, %s, sentence %d, bytes %u-%u%s%s]\n    %s\n", e.article_id.c_str(), e.article_date.c_str(),
                e.article_source.c_str(), e.sentence, e.start, e.end, e.rule.empty() ? "" : ", rule ", e.rule.c_str(),
                e.sentence_text.c_str());
  return kOk;
}

}  // namespace newsgraph::cli
