#include <doctest/doctest.h>

#include "extract_helpers.h"

using namespace newsgraph;
using test::extract_text;
using test::mention;

TEST_CASE("countries come from iso-codes with aliases; demonyms link to them") {
  auto x = extract_text("U.S. officials met Chinese envoys in the Republic of Korea.");
  REQUIRE(mention(x, "U.S."));
  CHECK(mention(x, "U.S.")->entity == "United States");
  CHECK(mention(x, "U.S.")->type == EntityType::kCountry);
  REQUIRE(mention(x, "Chinese"));
  CHECK(mention(x, "Chinese")->entity == "China");
  CHECK(mention(x, "Chinese")->kind == "demonym");
  REQUIRE(mention(x, "Republic of Korea"));
  CHECK(mention(x, "Republic of Korea")->entity == "South Korea");
}

TEST_CASE("titles yield the person and a role of the country") {
  auto x = extract_text("U.S. Treasury Secretary Scott Bessent spoke. China's leader Xi Jinping listened.");
  REQUIRE(mention(x, "Scott Bessent"));
  CHECK(mention(x, "Scott Bessent")->type == EntityType::kPerson);
  REQUIRE(x.roles.size() == 2);
  CHECK(x.roles[0].person == "Scott Bessent");
  CHECK(x.roles[0].role == "treasury secretary");
  CHECK(x.roles[0].organization == "United States");
  CHECK(x.roles[1].person == "Xi Jinping");
  CHECK(x.roles[1].role == "leader");
  CHECK(x.roles[1].organization == "China");
}

TEST_CASE("lower-case titles before a name mark a person") {
  auto x = extract_text("Foreign ministry spokesperson Guo Jiakun said talks would continue.");
  REQUIRE(mention(x, "Guo Jiakun"));
  CHECK(mention(x, "Guo Jiakun")->type == EntityType::kPerson);
  REQUIRE(!x.roles.empty());
  CHECK(x.roles[0].role == "foreign ministry spokesperson");
}

TEST_CASE("organisations by suffix, by list and by acronym") {
  auto x = extract_text("The Ministry of Development said the WTO and Standard Oil Co would be consulted.");
  REQUIRE(mention(x, "Ministry of Development"));
  CHECK(mention(x, "Ministry of Development")->type == EntityType::kOrganization);
  REQUIRE(mention(x, "WTO"));
  CHECK(mention(x, "WTO")->entity == "World Trade Organization");
  REQUIRE(mention(x, "Standard Oil Co"));
  CHECK(mention(x, "Standard Oil Co")->type == EntityType::kOrganization);
}

TEST_CASE("in-article coreference: surnames, pronouns and role descriptions") {
  auto x = extract_text(
      "Brazilian President Marina Alvarez arrived on Monday. Alvarez said she wanted a deal. "
      "The president later met reporters.");
  for (const auto& m : x.mentions) {
    if (m.text == "Alvarez" || m.text == "she" || m.text == "The president") CHECK(m.entity == "Marina Alvarez");
  }
  CHECK(mention(x, "she"));
  CHECK(mention(x, "The president"));
}

TEST_CASE("a capital acting as an agent stands for its government; as a place it stays a city") {
  auto x = extract_text("Beijing imposed export controls. Talks were held in Geneva and Beijing.");
  const ExtractedRelation* r = test::relation(x, "impose");
  REQUIRE(r);
  CHECK(r->subject == "China");
  int beijing_places = 0;
  for (const auto& m : x.mentions)
    if (m.text == "Beijing" && m.entity == "Beijing") ++beijing_places;
  CHECK(beijing_places == 1);
}

TEST_CASE("weekday and month names are not entities") {
  auto x = extract_text("On Monday Okafor met Ferreira in October.");
  CHECK(!mention(x, "Monday"));
  CHECK(!mention(x, "October"));
}
