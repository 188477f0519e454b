// newsgraph split PATH... --shards N -o DIR: deal articles into N JSON Lines shard files by a
// stable hash of their ID, so that shards can be built apart (on other machines) and merged.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>

#include "article.h"
#include "cli.h"
#include "text_util.h"

namespace newsgraph::cli {
namespace {

// Shards are written through one open stream each; the cap keeps clear of the usual limit of
// 1024 open files per process. More shards than this is never needed: one shard per worker
// thread, a few times over, balances the load.
constexpr int kMaxShards = 1000;

struct ShardFile {
  std::string path;
  std::ofstream out;
  size_t articles = 0;
  std::set<std::string> inputs;  // the files its articles came from, for error messages
};

// One article as a JSON Lines record the reader takes back unchanged. The ID is always written,
// so that an article without one keeps the ID derived from its original file and text; the date
// is the normalised one (or --date), so warnings about it are given once, here. "origin" (the
// original FILE:LINE) is ignored by the reader and only helps a person tracing a shard back.
std::string article_record(const Article& a) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.StartObject();
  auto field = [&](const char* key, const std::string& value) {
    w.Key(key);
    w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
  };
  field("id", a.id);
  if (!a.title.empty()) field("title", a.title);
  if (!a.date.empty()) field("date", a.date);
  if (!a.source.empty()) field("source", a.source);
  field("text", a.text);
  field("origin", a.origin);
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize()) + "\n";
}

std::string origin_file(const std::string& origin) {
  size_t colon = origin.rfind(':');
  bool numbered = colon != std::string::npos && colon + 1 < origin.size() &&
                  origin.find_first_not_of("0123456789", colon + 1) == std::string::npos;
  return numbered ? origin.substr(0, colon) : origin;
}

void print_json_string(const std::string& s) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  std::fputs(buf.GetString(), stdout);
}

}  // namespace

int cmd_split(const Args& args) {
  args.allow({"shards", "output", "date", "max-article-bytes", "json"});
  if (args.positional().empty()) throw UsageError("give at least one PATH (a directory, a .txt/.md/.jsonl file, or -)");
  if (!args.has("output")) throw UsageError("give the folder for the shard files: -o DIR");
  int shards = args.get_int("shards", 0);
  if (shards < 1 || shards > kMaxShards)
    throw UsageError("--shards takes a number from 1 to " + std::to_string(kMaxShards));
  ReaderOptions reader;
  reader.default_date = date_option(args, "date");
  if (!reader.default_date.empty() && reader.default_date.size() != 10)
    throw UsageError("--date takes a full date YYYY-MM-DD");
  reader.max_article_bytes = static_cast<size_t>(args.get_int("max-article-bytes", 4 << 20));

  const std::filesystem::path dir = args.get("output");
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) throw std::runtime_error("cannot create " + dir.string() + ": " + ec.message());
  std::vector<ShardFile> files(static_cast<size_t>(shards));
  for (int i = 0; i < shards; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "shard-%05d.jsonl", i);
    files[i].path = (dir / name).string();
    // Written under a temporary name and renamed at the end, so a shard file is never half there.
    files[i].out.open(files[i].path + ".tmp", std::ios::binary | std::ios::trunc);
    if (!files[i].out) throw std::runtime_error("cannot write " + files[i].path + ".tmp (check the folder's permissions)");
  }

  size_t read = 0, skipped = 0;
  ArticleReader articles(
      reader,
      [&](Article&& a) {
        ++read;
        ShardFile& f = files[stable_hash(a.id) % files.size()];
        f.out << article_record(a);
        ++f.articles;
        f.inputs.insert(origin_file(a.origin));
      },
      [&](const Diagnostic& d) {
        if (d.skipped) ++skipped;
        std::fprintf(stderr, "%s%s\n", d.skipped ? "" : "warning: ", d.str().c_str());
      });
  for (const std::string& path : args.positional()) articles.read_path(path);

  for (ShardFile& f : files) {
    f.out.close();
    if (!f.out) throw std::runtime_error("cannot finish writing " + f.path + ".tmp (is the disk full?)");
    std::filesystem::rename(f.path + ".tmp", f.path);
  }
  if (args.has("json")) {
    std::printf("{\"articles_read\":%zu,\"skipped\":%zu,\"shards\":[", read, skipped);
    for (size_t i = 0; i < files.size(); ++i) {
      std::printf("%s{\"file\":", i ? "," : "");
      print_json_string(files[i].path);
      std::printf(",\"articles\":%zu,\"inputs\":[", files[i].articles);
      bool first = true;
      for (const std::string& input : files[i].inputs) {
        if (!first) std::fputc(',', stdout);
        first = false;
        print_json_string(input);
      }
      std::printf("]}");
    }
    std::printf("]}\n");
  } else {
    std::printf("split %zu articles into %d shards in %s (%zu skipped)\n", read, shards, dir.c_str(), skipped);
  }
  return skipped ? kSomeInputsSkipped : kOk;
}

}  // namespace newsgraph::cli
