#include "name_words.h"

#include <unordered_set>

#include "text_util.h"  // has_lowercase

namespace newsgraph {

bool name_particle(std::string_view word) {
  static const std::unordered_set<std::string_view> particles = {
      "de", "du", "da", "das", "dos", "do", "di", "del", "della", "des", "van", "von", "der", "den",
      "ter", "ten", "bin", "ibn", "bint", "al", "el", "le", "la", "zu", "y", "es", "am", "sur", "en"};
  // No particle is longer than five letters ("della"): most words are answered without a hash.
  if (word.empty() || word.size() > 5) return false;
  return particles.count(word) > 0;
}

bool plural_name_word(std::string_view w) {
  return w.size() >= 4 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u' && has_lowercase(w);
}

bool is_legal_form(std::string_view w) {
  if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);
  static constexpr std::string_view forms[] = {"Inc", "Corp", "Co", "Ltd", "Plc", "PLC", "LLC", "Corporation", "AG", "SA",
                                               "NV", "AB", "ASA", "JSC", "PJSC", "GmbH", "Kft", "SpA", "BV", "Oyj", "Pty"};
  for (std::string_view f : forms)
    if (w == f) return true;
  return false;
}

}  // namespace newsgraph
