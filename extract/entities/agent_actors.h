// Agent actors: participants named by a common noun of their kind rather than by name ("police",
// "Yemeni rebels", "thousands of students across Chile", "the government"). The nouns and their
// sectors are data/agents.tsv; the country comes from the phrase (a demonym before the noun, a
// country or city after "of", "in", "from", "across") or else from the story (its dateline's
// country, or the one country the article names). The actor is one graph node per kind and country,
// "police of Kenya", the same in every article; without a country it stays text on the relation.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "entities.h"
#include "lexicons.h"
#include "token.h"

namespace newsgraph {

// The node name of an agent of `country`: the noun as the text wrote it in number, then "of" and
// the country ("rebels of Yemen", "government of Iraq").
std::string agent_actor_name(const AgentNoun& agent, bool plural, const std::string& country);

class AgentActors {
 public:
  // `mentions`: the article's resolved mentions (names, demonyms, dateline places).
  AgentActors(const Lexicons& lex, const std::vector<Mention>& mentions);

  // The agent actor that the tokens [b, e) of sentence `sentence` name, or "" when their head is not
  // an agent noun or no country is known. Remembers a mention of it (rule "agent-actor").
  // `speaker_country`: inside reported speech, the speaker's country ("" when unknown): "the
  // government" a Brazilian minister speaks of is Brazil's, whatever the dateline says
  // (construction speaker-country); a government agent in speech by a speaker of unknown country
  // takes no country from the story.
  std::string name(const std::vector<Token>& tk, size_t b, size_t e, size_t sentence, bool in_speech = false,
                   const std::string& speaker_country = "");

  // Appends the remembered mentions (after the article's other mentions are final).
  void append_mentions(std::vector<Mention>& mentions);

  const std::string& story_country() const { return story_country_; }

  // What an actor named so far is besides its name: its noun's sector and its country.
  struct Fields {
    std::string sector, country;
  };
  const Fields* fields(const std::string& actor) const {
    auto it = fields_.find(actor);
    return it == fields_.end() ? nullptr : &it->second;
  }

 private:
  std::string country_in(const std::vector<Token>& tk, size_t b, size_t e, size_t sentence) const;
  const Lexicons& lex_;
  const std::vector<Mention>& mentions_;
  std::string story_country_;
  std::vector<Mention> found_;
  std::map<std::string, Fields> fields_;  // actor name -> sector and country
};

}  // namespace newsgraph
