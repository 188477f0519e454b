#include "interview_speakers.h"

#include <algorithm>

namespace newsgraph {

using namespace std::string_view_literals;

std::string interviewee_of(std::string_view label, const std::vector<Mention>& mentions) {
  std::string found;
  for (const Mention& m : mentions) {
    if (m.type != EntityType::kPerson || m.kind != MentionKind::kName || m.entity.empty()) continue;
    if (!label_names_person(label, m.entity) && !label_names_person(label, m.text)) continue;
    if (!found.empty() && found != m.entity) return {};  // two people fit the label: neither
    found = m.entity;
  }
  return found;
}

void add_interviewee_mentions(const std::vector<const std::vector<Token>*>& sentences, const std::vector<int>& turn_of,
                              const std::vector<InterviewTurn>& turns, std::vector<Mention>& mentions) {
  if (turns.empty()) return;
  std::vector<std::string> speaker(turns.size());
  for (size_t t = 0; t < turns.size(); ++t)
    if (turns[t].kind == InterviewTurn::Kind::kAnswer) speaker[t] = interviewee_of(turns[t].label, mentions);
  std::vector<Mention> added;
  for (size_t si = 0; si < sentences.size() && si < turn_of.size(); ++si) {
    if (turn_of[si] < 0 || speaker[turn_of[si]].empty()) continue;
    const std::vector<Token>& tk = *sentences[si];
    for (size_t i = 0; i < tk.size(); ++i) {
      const std::string& lw = tk[i].lower;
      if (!(tk[i].tag == "PRP"sv || tk[i].tag == "PRP$"sv)) continue;
      if (lw != "i"sv && lw != "me"sv && lw != "my"sv && lw != "myself"sv) continue;
      Mention& m = added.emplace_back();
      m.sentence = si;
      m.tok_begin = i;
      m.tok_end = i + 1;
      m.start = tk[i].start;
      m.end = tk[i].end;
      m.text = tk[i].text;
      m.type = EntityType::kPerson;
      m.kind = MentionKind::kPronoun;
      m.entity = speaker[turn_of[si]];
      m.rule = kIntervieweeFirstPerson;
    }
  }
  if (added.empty()) return;
  // Both lists are in reading order: merge them.
  std::vector<Mention> merged;
  merged.reserve(mentions.size() + added.size());
  auto before = [](const Mention& a, const Mention& b) {
    return a.sentence != b.sentence ? a.sentence < b.sentence : a.tok_begin < b.tok_begin;
  };
  std::merge(std::make_move_iterator(mentions.begin()), std::make_move_iterator(mentions.end()),
             std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()), std::back_inserter(merged), before);
  mentions = std::move(merged);
}

}  // namespace newsgraph
