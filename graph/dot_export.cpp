#include "dot_export.h"

#include <map>
#include <set>

#include "cameo_codes.h"
#include "describe.h"

namespace newsgraph {

std::string dot_escape(const std::string& s) {
  std::string out;
  out.reserve(s.size() + 8);
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c < 0x20 || c == 0x7F) {
      continue;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

namespace {
const char* node_style(const std::string& type) {
  if (type == "PERSON") return "shape=ellipse, style=filled, fillcolor=\"#cfe2ff\"";
  if (type == "COUNTRY") return "shape=box, style=\"filled,rounded\", fillcolor=\"#d1f0d1\"";
  if (type == "ORG") return "shape=hexagon, style=filled, fillcolor=\"#fff3c4\"";
  if (type == "PLACE") return "shape=house, style=filled, fillcolor=\"#f0e0ff\"";
  if (type == "AGENT") return "shape=octagon, style=filled, fillcolor=\"#ffd9cc\"";
  return "shape=note, style=filled, fillcolor=\"#eeeeee\"";
}
}  // namespace

void write_dot(std::ostream& out, const GraphView& v, const std::string& title,
               const std::map<std::string, std::string>& node_urls) {
  std::set<std::string> connected;
  for (const RelationRow& r : v.relations)
    if (!edge_end(r).empty() && !r.r.subject_id.empty()) {
      connected.insert(r.r.subject_id);
      connected.insert(edge_end(r));
      if (!r.r.target_id.empty()) connected.insert(r.r.target_id);
    }
  std::map<std::string, std::string> unattached_roles;  // person -> "role, role" with no organisation named
  for (const RoleFact& r : v.roles) {
    if (r.org_id.empty()) {
      std::string& list = unattached_roles[r.person_id];
      list += (list.empty() ? "" : ", ") + r.role;
      continue;
    }
    connected.insert(r.person_id);
    connected.insert(r.org_id);
  }
  out << "digraph newsgraph {\n";
  out << "  graph [label=\"" << dot_escape(title) << "\", labelloc=t, fontname=\"Helvetica\", rankdir=LR, overlap=false];\n";
  out << "  node [fontname=\"Helvetica\", fontsize=11];\n";
  out << "  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\"];\n";
  for (const EntityRow& e : v.entities) {
    if (!connected.count(e.id) && v.entities.size() > 1) continue;
    out << "  \"" << dot_escape(e.id) << "\" [label=\"" << dot_escape(e.name) << "\", " << node_style(e.type)
        << ", tooltip=\"" << dot_escape(e.type) << "\"";
    // An agent's sector and country as attributes of their own (Graphviz keeps unknown ones).
    if (!e.sector.empty()) out << ", sector=\"" << dot_escape(e.sector) << "\"";
    if (!e.country.empty()) out << ", country=\"" << dot_escape(e.country) << "\"";
    auto roles = unattached_roles.find(e.id);
    if (roles != unattached_roles.end()) out << ", xlabel=\"" << dot_escape(roles->second) << "\"";
    auto url = node_urls.find(e.id);
    if (url != node_urls.end()) out << ", URL=\"" << dot_escape(url->second) << "\", target=\"_self\"";
    out << "];\n";
  }
  // Parallel facts between the same pair are drawn as separate edges, each with its date.
  // An event's code, category and target are attributes of their own (Graphviz keeps unknown ones).
  auto event_attributes = [&](const RelationRow& r) {
    if (r.r.cameo.empty()) return;
    out << ", cameo=\"" << dot_escape(r.r.cameo) << "\"";
    if (std::string p = plover_category(r.r.cameo); !p.empty()) out << ", plover=\"" << dot_escape(p) << "\"";
    if (!r.r.target_text.empty()) out << ", target_text=\"" << dot_escape(r.r.target_text) << "\"";
  };
  for (const RelationRow& r : v.relations) {
    const std::string& end = edge_end(r);  // the object, else the event's target
    if (end.empty() || r.r.subject_id.empty()) continue;  // an edge needs two entities
    std::string label = r.r.text + (r.r.polarity == "negative" ? " (not)" : "") + "\n" + relation_date(r);
    if (r.r.modality != "asserted") label += " [" + r.r.modality + "]";
    out << "  \"" << dot_escape(r.r.subject_id) << "\" -> \"" << dot_escape(end) << "\" [label=\""
        << dot_escape(label) << "\"";
    if (r.r.symmetric) out << ", dir=both";
    if (r.r.modality != "asserted") out << ", style=dashed";
    if (r.r.polarity == "negative") out << ", color=\"#b22222\"";
    event_attributes(r);
    out << ", tooltip=\"" << dot_escape(r.r.id) << "\"];\n";
    // An event with an entity object and a target besides ("handed the prisoners to Russia"): a
    // thin purple edge to the target too, labelled with the preposition's words.
    if (!r.r.target_id.empty() && r.r.target_id != end)
      out << "  \"" << dot_escape(r.r.subject_id) << "\" -> \"" << dot_escape(r.r.target_id) << "\" [label=\""
          << dot_escape("target of " + r.r.text) << "\", style=dotted, color=\"#7b3fa0\", fontcolor=\"#7b3fa0\", tooltip=\""
          << dot_escape(r.r.id) << "\"];\n";
  }
  // Roles as dotted links: "Marina Alvarez - president -> Brazil".
  for (const RoleFact& r : v.roles)
    if (!r.org_id.empty())
      out << "  \"" << dot_escape(r.person_id) << "\" -> \"" << dot_escape(r.org_id) << "\" [label=\""
          << dot_escape(r.role) << "\", style=dotted, color=\"#2a6fdb\", fontcolor=\"#2a6fdb\", tooltip=\""
          << dot_escape(r.id + " (" + std::to_string(r.evidence.size()) + " reports)") << "\"];\n";
  out << "}\n";
}

}  // namespace newsgraph
