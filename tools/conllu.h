// A small CoNLL-U reader for the evaluation tools (UD EWT, GUM): documents, paragraphs,
// sentences, words with their gold XPOS and lemma, and the raw text rebuilt from SpaceAfter.
#pragma once
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace newsgraph::eval {

struct GoldWord {
  std::string form, lemma, upos, xpos, misc;
  size_t start = 0, end = 0;  // byte span in the rebuilt document text
  bool space_after = true;
};

struct GoldSentence {
  std::string text;
  std::vector<GoldWord> words;
  size_t start = 0, end = 0;  // span in the document text
  bool new_paragraph = false;
};

struct GoldDocument {
  std::string id;
  std::string genre;
  std::string text;  // sentences joined by a space, paragraphs by a blank line
  std::vector<GoldSentence> sentences;
};

// Reads every document of a CoNLL-U file. Word spans are placed inside the text of their
// surface token (multiword tokens split by their parts' forms where these spell the token).
inline std::vector<GoldDocument> read_conllu(const std::string& path) {
  std::vector<GoldDocument> docs;
  std::ifstream in(path);
  std::string line;
  GoldSentence cur;
  bool newpar = false;
  // Multiword token in progress: its surface and the remaining word ids.
  std::string mwt_surface;
  int mwt_last = 0;
  size_t mwt_offset = 0;
  bool mwt_space_after = true;
  auto split_tab = [](const std::string& l) {
    std::vector<std::string> f;
    std::stringstream ss(l);
    std::string x;
    while (std::getline(ss, x, '\t')) f.push_back(x);
    return f;
  };
  auto finish_sentence = [&] {
    if (cur.words.empty()) return;
    if (docs.empty()) docs.push_back({"(no id)", "", "", {}});
    GoldDocument& d = docs.back();
    if (!d.text.empty()) d.text += cur.new_paragraph ? "\n\n" : " ";
    size_t base = d.text.size();
    size_t pos = 0;
    for (GoldWord& w : cur.words) {
      w.start += base;
      w.end += base;
      pos = w.end;
    }
    (void)pos;
    cur.start = base;
    d.text += cur.text;
    cur.end = d.text.size();
    d.sentences.push_back(std::move(cur));
    cur = GoldSentence{};
  };
  size_t offset = 0;  // byte offset inside the sentence text being rebuilt
  std::string rebuilt;
  while (std::getline(in, line)) {
    if (line.empty()) {
      finish_sentence();
      offset = 0;
      rebuilt.clear();
      continue;
    }
    if (line[0] == '#') {
      if (line.rfind("# newdoc id = ", 0) == 0) {
        finish_sentence();
        docs.push_back({line.substr(14), "", "", {}});
        newpar = true;
      } else if (line.rfind("# newpar", 0) == 0) {
        newpar = true;
      } else if (line.rfind("# meta::genre = ", 0) == 0 && !docs.empty()) {
        docs.back().genre = line.substr(16);
      } else if (line.rfind("# text = ", 0) == 0) {
        cur.text = line.substr(9);
        cur.new_paragraph = newpar;
        newpar = false;
      }
      continue;
    }
    auto f = split_tab(line);
    if (f.size() < 10) continue;
    const std::string& id = f[0];
    if (id.find('.') != std::string::npos) continue;  // empty nodes
    bool space_after = f[9].find("SpaceAfter=No") == std::string::npos;
    size_t dash = id.find('-');
    if (dash != std::string::npos) {
      mwt_surface = f[1];
      mwt_last = std::stoi(id.substr(dash + 1));
      mwt_offset = 0;
      mwt_space_after = space_after;
      // Locate the surface token in the sentence text.
      size_t at = cur.text.find(mwt_surface, offset);
      if (at != std::string::npos) offset = at;
      continue;
    }
    int wid = std::stoi(id);
    GoldWord w{f[1], f[2], f[3], f[4], f[9], 0, 0, space_after};
    if (mwt_last && wid <= mwt_last) {
      size_t len = w.form.size();
      if (mwt_offset + len <= mwt_surface.size() && mwt_surface.compare(mwt_offset, len, w.form) == 0) {
        w.start = offset + mwt_offset;
        w.end = w.start + len;
      } else {
        w.start = offset + mwt_offset;
        w.end = wid == mwt_last ? offset + mwt_surface.size() : w.start;
        len = w.end - w.start;
      }
      mwt_offset += len;
      if (wid == mwt_last) {
        offset += mwt_surface.size();
        w.space_after = mwt_space_after;
        mwt_last = 0;
      }
    } else {
      size_t at = cur.text.find(w.form, offset);
      if (at != std::string::npos) offset = at;
      w.start = offset;
      w.end = offset + w.form.size();
      offset = w.end;
    }
    cur.words.push_back(std::move(w));
  }
  finish_sentence();
  return docs;
}

}  // namespace newsgraph::eval
