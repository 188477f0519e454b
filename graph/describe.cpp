#include "describe.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace newsgraph {

std::string relation_date(const RelationRow& r) {
  if (!r.r.time_value.empty()) return r.r.time_value;
  return r.article_date.empty() ? "undated" : r.article_date;
}

const std::string& edge_end(const RelationRow& r) { return r.r.object_id.empty() ? r.r.target_id : r.r.object_id; }

namespace {
// Whether `text` contains, as a word, any word of `name` of three letters or more.
bool names_any_word(const std::string& text, const std::string& name) {
  auto words = [](const std::string& s) {
    std::vector<std::string> w;
    std::string cur;
    for (char c : s + " ") {
      if (std::isalnum(static_cast<unsigned char>(c))) cur += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      else if (!cur.empty()) w.push_back(std::move(cur)), cur.clear();
    }
    return w;
  };
  std::vector<std::string> in_text = words(text);
  for (const std::string& n : words(name))
    if (n.size() >= 3 && std::find(in_text.begin(), in_text.end(), n) != in_text.end()) return true;
  return false;
}
}  // namespace

std::string describe_relation(const RelationRow& row) {
  const RelationRecord& r = row.r;
  std::string s;
  if (!row.speaker_name.empty()) s += row.speaker_name + " (" + r.modality + "): ";
  else if (r.modality != "asserted") s += "(" + r.modality + ") ";
  s += row.subject_name + " " + r.text;
  std::string object = !row.object_name.empty() ? row.object_name : r.object_text;
  const bool other_object = !row.object_name.empty() && !r.object_text.empty() &&
                            r.object_text.find(row.object_name) == std::string::npos && r.object_text != row.object_name;
  // A joint act ("Okafor and Ferreira signed the agreement") is stored between the partners; the
  // thing acted on stays in the text: "Grace Okafor signed the agreement with Paulo Ferreira".
  // Text that names either partner ("met Whitfield") is the partner, not a thing acted on.
  if (r.symmetric) {
    if (other_object && !names_any_word(r.object_text, row.object_name) && !names_any_word(r.object_text, row.subject_name))
      object = r.object_text + " with " + row.object_name;
  } else if (other_object) {
    object = r.object_text + " [" + row.object_name + "]";
  }
  if (!object.empty()) s += " " + object;
  if (!r.location.empty()) s += " in " + r.location;
  if (!r.event_type.empty()) s += "  {" + r.event_type + (r.cameo.empty() ? "" : " CAMEO " + r.cameo) + "}";
  if (r.polarity == "negative") s += "  [negated]";
  return s;
}

std::string describe_claim(const ClaimRow& c) {
  std::string who = !c.speaker_name.empty() ? c.speaker_name : (c.c.speaker_text.empty() ? "unknown" : c.c.speaker_text);
  return who + " (" + c.c.cue + ", " + c.c.modality + "): " + c.c.content;
}

std::string describe_link(GraphStore& store, const std::string& from_id, const std::string& to_id,
                          const std::string& link) {
  auto name = [&](const std::string& id) {
    auto e = store.entity(id);
    return e ? e->name : id;
  };
  if (link.rfind("role:", 0) == 0) {
    // Roles are stored person -> organisation; say it that way whichever way the path walks.
    std::string person = from_id, org = to_id;
    auto e = store.entity(from_id);
    if (e && e->type != "PERSON") std::swap(person, org);
    return std::string(12, ' ') + " " + name(person) + " holds the role " + link.substr(5) + " of " + name(org);
  }
  if (is_target_link(link)) {  // an event of one aimed at the other: say which is the target
    if (auto r = store.relation(target_link_relation(link))) {
      std::string d = relation_date(*r);
      if (d.size() < 12) d += std::string(12 - d.size(), ' ');
      return d + " " + describe_relation(*r) + "  (aimed at " + (r->target_name.empty() ? r->r.target_text : r->target_name) +
             ")  [" + r->first_article + "]";
    }
    return link;
  }
  if (!link.empty() && link[0] == 'c') {
    if (auto c = store.claim(link))
      return (c->c.time_value.empty() ? c->article_date : c->c.time_value) + std::string(2, ' ') + describe_claim(*c) +
             "  [" + c->first_article + "]";
    return link;
  }
  if (auto r = store.relation(link)) {
    std::string d = relation_date(*r);
    if (d.size() < 12) d += std::string(12 - d.size(), ' ');
    return d + " " + describe_relation(*r) + "  [" + r->first_article + "]";
  }
  return link;
}

}  // namespace newsgraph
