// Damaged database files: a small valid newsgraph database, made once per process through the
// store's own API, is changed by the input (byte patches, optionally a truncation) and written to
// a scratch file; then the queries run on it read-only: stats, entity lookup, timeline, claims,
// explain, path and neighbourhood, and the JSON export. A clean error (an exception) is fine; a
// crash, a hang or a sanitizer report is a finding.
//
// Input: byte 0 bit 0 set means "truncate to the length in bytes 1-3 (modulo the size)"; after
// the first 4 bytes, each group of 4 bytes is a patch: a 3-byte offset (modulo the size) and the
// byte to write there. So the mutations stay small and most of each file stays a database.
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "graph_store.h"
#include "json_output.h"
#include "knowledge_graph.h"
#include "subgraph.h"

using namespace newsgraph;

namespace {

std::filesystem::path scratch() {
  static const std::filesystem::path dir = [] {
    auto d = std::filesystem::temp_directory_path() / ("newsgraph-fuzz-db-" + std::to_string(::getpid()));
    std::filesystem::create_directories(d);
    return d;
  }();
  return dir;
}

// Two articles, three entities with aliases, mentions and a role, two relations (one stated in a
// claim) and a claim: every table holds rows, so patches land in every kind of page.
void fill(GraphStore& s) {
  s.begin();
  const std::string text = "Marina Alvarez met Grace Okafor in Brasilia. Okafor said Brazil would sign the deal.";
  for (const char* id : {"art1", "art2"}) {
    s.insert_article({id, "Talks", "2025-10-30", "fuzz", "fuzz.jsonl"}, std::string("hash-") + id, text, {{0, 44}, {45, 84}});
    s.upsert_entity("ealvarez", "Marina Alvarez", "PERSON", id);
    s.upsert_entity("eokafor", "Grace Okafor", "PERSON", id);
    s.upsert_entity("ebrazil", "Brazil", "COUNTRY", id);
    s.add_alias("ealvarez", "Marina Alvarez");
    s.add_alias("ealvarez", "Alvarez");
    s.add_alias("eokafor", "Okafor");
    s.add_alias("ebrazil", "Brazil");
    s.insert_mention(id, 0, 14, "Marina Alvarez", "PERSON", "ealvarez", 0, "name");
    s.insert_mention(id, 19, 31, "Grace Okafor", "PERSON", "eokafor", 0, "name");
    s.insert_mention(id, 57, 63, "Brazil", "COUNTRY", "ebrazil", 1, "name");
    s.insert_role("ealvarez", "president", "ebrazil", id, 0);
    EvidenceRow ev;
    ev.article_id = id;
    ev.start = 0;
    ev.end = 44;
    ev.confidence = 0.8;
    RelationRecord met;
    met.subject_id = "ealvarez";
    met.predicate = "meet";
    met.text = "met";
    met.object_id = "eokafor";
    met.event_type = "meet";
    met.cameo = "036";
    met.time_value = "2025-10-30";
    s.add_relation(met, ev);
    ClaimRecord c;
    c.speaker_id = "eokafor";
    c.speaker_text = "Okafor";
    c.cue = "said";
    c.content = "Brazil would sign the deal";
    c.modality = "expected";
    ev.sentence = 1;
    ev.start = 45;
    ev.end = 84;
    ev.claim_id = s.add_claim(c, ev);
    RelationRecord sign;
    sign.subject_id = "ebrazil";
    sign.predicate = "sign";
    sign.text = "would sign";
    sign.object_text = "the deal";
    sign.modality = "expected";
    s.add_relation(sign, ev);
  }
  s.commit();
  s.checkpoint();
}

const std::string& valid_image() {
  static const std::string image = [] {
    auto path = scratch() / "valid.db";
    {
      GraphStore s(path.string(), GraphStore::Mode::kReadWrite);
      fill(s);
    }
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  }();
  return image;
}

void run_queries(const std::string& path) {
  GraphStore s(path, GraphStore::Mode::kReadOnly);
  (void)s.stats();
  for (const EntityRow& e : s.find_entities("alvarez")) {
    (void)entity_json(s, e);
    (void)relations_json(s, s.relations_of(e.id, "", "", ""));
  }
  (void)claims_json(s, s.claims("", ""));
  if (auto r = s.relation("r0")) (void)relation_object_json(s, *r);
  (void)s.merge_log();
  KnowledgeGraph g(s);
  (void)paths_json(s, g.paths("ealvarez", "ebrazil", 4, 3));
  (void)g.neighborhood("eokafor", 2);
  std::ostringstream out;
  write_graph_json(out, s, select_subgraph(s, SubgraphSpec{}));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string image = valid_image();
  if (size >= 4 && (data[0] & 1)) {
    size_t keep = (static_cast<size_t>(data[1]) << 16 | static_cast<size_t>(data[2]) << 8 | data[3]) % (image.size() + 1);
    image.resize(keep);
  }
  for (size_t i = 4; i + 4 <= size && !image.empty(); i += 4) {
    size_t at = (static_cast<size_t>(data[i]) << 16 | static_cast<size_t>(data[i + 1]) << 8 | data[i + 2]) % image.size();
    image[at] = static_cast<char>(data[i + 3]);
  }
  const auto path = scratch() / "case.db";
  for (const char* suffix : {"-wal", "-shm", ".adj"}) std::filesystem::remove(path.string() + suffix);
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(image.data(), static_cast<std::streamsize>(image.size()));
  }
  try {
    run_queries(path.string());
  } catch (const std::exception&) {
    // A damaged file may fail any query; failing with an error is the contract.
  }
  return 0;
}
