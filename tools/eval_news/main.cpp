// eval_news: builds one graph from all gold articles of data/gold/news (Wikinews and BBC News texts
// from the corpora of ../shared/corpus, see kCorpora in gold.h; the project's web pages from
// data/gold/news/web) with the newsgraph CLI, and
// scores it with the rules of data/gold/news/GUIDE.md. See docs/evaluation.md.
#include <rapidjson/document.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <string>
#include <vector>

#include "gold.h"
#include "graph_view.h"
#include "score.h"

namespace fs = std::filesystem;
using namespace newsgraph::eval;

namespace {

const char* const kUsage =
    "usage: eval_news [--gold DIR] [--shared DIR] [--newsgraph PATH] [--db FILE] [--keep DIR] [--json FILE] [--verbose | --summary]\n"
    "  --gold DIR        gold set (default: data/gold/news of the source tree); its verb synonym sets are\n"
    "                    DIR/synonyms.tsv, or data/gold/news/synonyms.tsv when DIR has none\n"
    "  --shared DIR      the team's shared folder with corpus/wikinews_2019_2020.jsonl and corpus/bbc_news.jsonl\n"
    "                    (default: ../shared); articles of an absent corpus are skipped with a message\n"
    "  --newsgraph PATH  the newsgraph binary (default: the one of this build)\n"
    "  --db FILE         score this database instead of building one (it must hold the gold articles)\n"
    "  --keep DIR        build into DIR and keep the database and export there\n"
    "  --json FILE       also write the figures as JSON (overall, per article, per failure class)\n"
    "  --verbose         list every matched and missed fact under its article\n"
    "  --summary         print only the overall figures and the failure-class counts (no article names, no\n"
    "                    examples): the way to score a blind held-out set\n";

std::string quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

int run(const std::string& cmd) {
  int st = std::system(cmd.c_str());
  return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

// Writes the records of a JSON-lines corpus whose "id" is in `ids` to `out`; returns the ids not found.
std::set<std::string> extract_records(const fs::path& corpus, const std::set<std::string>& ids, const fs::path& out) {
  std::ifstream in(corpus, std::ios::binary);
  if (!in) throw std::runtime_error(corpus.string() + ": cannot be read");
  std::ofstream o(out, std::ios::binary);
  std::set<std::string> missing = ids;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    rapidjson::Document d;
    d.Parse(line.c_str(), line.size());
    if (d.HasParseError() || !d.IsObject() || !d.HasMember("id") || !d["id"].IsString())
      throw std::runtime_error(corpus.string() + ":" + std::to_string(n) + ": not a JSON object with an \"id\"");
    std::string id = d["id"].GetString();
    if (!ids.count(id)) continue;
    o << line << "\n";
    missing.erase(id);
  }
  return missing;
}

}  // namespace

int main(int argc, char** argv) {
  fs::path source = NEWSGRAPH_SOURCE_DIR;
  fs::path gold_dir = source / "data/gold/news", shared = source.parent_path() / "shared";
  std::string newsgraph = NEWSGRAPH_BINARY;
  fs::path db, keep, json_out;
  bool verbose = false, summary = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::cerr << "eval_news: " << a << " needs a value\n" << kUsage;
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--gold") gold_dir = value();
    else if (a == "--shared") shared = value();
    else if (a == "--newsgraph") newsgraph = value();
    else if (a == "--db") db = value();
    else if (a == "--keep") keep = value();
    else if (a == "--json") json_out = value();
    else if (a == "--verbose") verbose = true;
    else if (a == "--summary") summary = true;
    else if (a == "--help" || a == "-h") {
      std::cout << kUsage;
      return 0;
    } else {
      std::cerr << "eval_news: unknown option '" << a << "'\n" << kUsage;
      return 2;
    }
  }
  try {
    std::vector<GoldArticle> gold = read_gold_dir(gold_dir);
    if (gold.empty()) throw std::runtime_error(gold_dir.string() + ": no .gold files");
    Synonyms synonyms = Synonyms::read(synonyms_file(gold_dir, source / "data/gold/news"));
    for (const Corpus& corpus : kCorpora) {
      const fs::path file = shared / corpus.path;
      const auto of_corpus = [&](const GoldArticle& a) { return a.source == corpus.source; };
      if (fs::exists(file) || std::none_of(gold.begin(), gold.end(), of_corpus)) continue;
      std::cout << "eval_news: " << file.string() << " is absent: skipping the " << corpus.name << " articles, "
                << "scoring the others (the project's own web articles are always there)\n";
      std::erase_if(gold, of_corpus);
    }
    if (gold.empty()) {
      std::cout << "eval_news: no article of " << gold_dir.string() << " can be read: nothing to score\n";
      return 0;
    }
    fs::path work = keep;
    bool temporary = keep.empty();
    if (temporary) {
      std::string tmpl = (fs::temp_directory_path() / "eval_news-XXXXXX").string();
      if (!::mkdtemp(tmpl.data())) throw std::runtime_error("cannot create a temporary directory in " + fs::temp_directory_path().string());
      work = tmpl;
    }
    // The temporary build goes away however the run ends; a --keep directory stays.
    struct RemoveOnExit {
      fs::path dir;
      ~RemoveOnExit() {
        std::error_code ec;
        if (!dir.empty()) fs::remove_all(dir, ec);
      }
    } cleanup{temporary ? work : fs::path()};
    fs::create_directories(work);
    fs::path json = work / "graph.json";
    if (db.empty()) {
      db = work / "gold.db";
      for (const char* suffix : {"", "-wal", "-shm", ".adj", ".lock"}) fs::remove(db.string() + suffix);
      std::string cmd = quote(newsgraph) + " build";
      for (const auto& a : gold)
        if (!find_corpus(a.source)) cmd += " " + quote((gold_dir / a.source).string());
      // The articles of each corpus, copied by id into one JSON-lines file of the work folder.
      for (const Corpus& corpus : kCorpora) {
        std::set<std::string> ids;
        for (const auto& a : gold)
          if (a.source == corpus.source) ids.insert(a.id);
        if (ids.empty()) continue;
        const fs::path file = shared / corpus.path, jsonl = work / (std::string(corpus.source) + "-gold.jsonl");
        std::set<std::string> missing = extract_records(file, ids, jsonl);
        for (const auto& a : gold)
          if (a.source == corpus.source && missing.count(a.id))
            throw std::runtime_error(a.file.string() + ":" + std::to_string(a.id_line) + ": article '" + a.id + "' is not in " +
                                     file.string() + " (the id must be a corpus record's \"id\")");
        cmd += " " + quote(jsonl.string());
      }
      cmd += " --db " + quote(db.string()) + " > " + quote((work / "build.log").string()) + " 2>&1";
      int st = run(cmd);
      if (st != 0 && st != 3)
        throw std::runtime_error("newsgraph build failed (status " + std::to_string(st) + "); see " + (work / "build.log").string());
    }
    int st = run(quote(newsgraph) + " export --format json --db " + quote(db.string()) + " -o " + quote(json.string()) + " > /dev/null 2>&1");
    if (st != 0) throw std::runtime_error("newsgraph export failed (status " + std::to_string(st) + ") on " + db.string());
    GraphView graph = load_graph(json, db);
    Report rep = score(gold, graph, synonyms);
    print_report(rep, std::cout, verbose ? ReportDetail::verbose : summary ? ReportDetail::summary : ReportDetail::articles);
    if (!json_out.empty()) {
      std::ofstream jo(json_out);
      write_json(rep, jo);
      if (!jo) throw std::runtime_error(json_out.string() + ": cannot be written");
    }
    if (!temporary) std::cout << "\nkept: " << db.string() << ", " << json.string() << "\n";
  } catch (const std::exception& e) {
    std::cerr << "eval_news: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
