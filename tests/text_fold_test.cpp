#include "trygg/sdk/text_fold.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using trygg::sdk::fold_for_search;
using trygg::sdk::swedish_sort_key;

TEST_CASE("text - names fold as Swedish readers compare them: case and foreign accents go, å ä ö stay")
{
  CHECK(fold_for_search("ÅKESSON") == "åkesson");
  CHECK(fold_for_search("André Müller") == "andre muller");
  CHECK(fold_for_search("Østergaard Æbelø") == "östergaard äbelö");
  CHECK(fold_for_search("Anna") != fold_for_search("Ånna"));
}

TEST_CASE("text - the sort key orders names as a Swedish list: a-z, then å, ä, ö, whatever the case")
{
  std::vector<std::string> names{"Öst", "ärlig", "Åberg", "zetterlund", "Andersson", "André", "Ärla", "åsa", "Östen", "Øberg", "Berg"};
  std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) { return swedish_sort_key(a) < swedish_sort_key(b); });
  const std::vector<std::string> swedish{"Andersson", "André", "Berg", "zetterlund", "Åberg", "åsa", "Ärla", "ärlig", "Øberg", "Öst", "Östen"};
  CHECK(names == swedish);
  // Byte order alone puts Ä before Å and upper case before lower: the key must not.
  CHECK(std::string("Ä") < std::string("Å"));
  CHECK(swedish_sort_key("Å") < swedish_sort_key("Ä"));
  CHECK(swedish_sort_key("Ä") < swedish_sort_key("Ö"));
  CHECK(swedish_sort_key("zorn") < swedish_sort_key("Åberg"));
  CHECK(swedish_sort_key("BERG") == swedish_sort_key("berg"));
}
