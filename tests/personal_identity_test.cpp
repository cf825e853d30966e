#include "trygg/personal_identity.hpp"
#include "trygg/reserve_numbers.hpp"
#include "trygg/sdk/content_error.hpp"

#include <doctest/doctest.h>

using namespace trygg;
using namespace std::chrono;

namespace {
constexpr year_month_day reference{year{2026}, November, day{22}};

IdentityCheck check(const char* text)
{
  return PersonalIdentity::parse(text, reference);
}
}  // namespace

TEST_CASE("PersonalIdentity - accepted forms normalise to twelve digits")
{
  // The twelve-digit form with '+' is read as other readers of personnummer read it: the century is written out.
  for (const char* form : {"19121212-1212", "191212121212", "121212+1212", "19121212 1212", "19121212+1212"}) {
    CAPTURE(form);
    const auto result = check(form);
    REQUIRE(result.identity);
    CHECK(result.identity->normalised() == "191212121212");
    CHECK(result.identity->display() == "19121212-1212");
    CHECK(result.identity->kind() == PersonalIdentity::Kind::personnummer);
    CHECK(result.identity->sex() == PersonalIdentity::Sex::male);
  }
}

TEST_CASE("PersonalIdentity - the ten-digit form takes the latest century not in the future")
{
  // 121212-1212 without '+' is someone born 2012, not 1912.
  const auto young = check("121212-1212");
  REQUIRE(young.identity);
  CHECK(young.identity->normalised() == "201212121212");
  // Later this year than the reference date would be in the future: so the last century.
  const auto late = check("261230-0109");
  REQUIRE(late.identity);
  CHECK(late.identity->birth_date().year() == year{1926});
  const auto earlier = check("261121-0101");
  REQUIRE(earlier.identity);
  CHECK(earlier.identity->birth_date().year() == year{2026});
  const auto future = PersonalIdentity::parse("202112121211", year_month_day{year{2019}, January, day{1}});
  CHECK_FALSE(future.identity);
  CHECK(future.reason.find("framtiden") != std::string::npos);
}

TEST_CASE("PersonalIdentity - '+' marks a person aged 100 or more")
{
  const auto centenarian = check("121212+1212");
  REQUIRE(centenarian.identity);
  CHECK(centenarian.identity->birth_date() == year_month_day{year{1912}, December, day{12}});
  const auto without_plus = check("121212-1212");
  REQUIRE(without_plus.identity);
  CHECK(without_plus.identity->birth_date().year() == year{2012});
}

TEST_CASE("PersonalIdentity - samordningsnummer has day + 60")
{
  // 1912-12-12 as a coordination number: day 72. Check digit computed by the Luhn rule: 1912127212?9
  const auto result = check("19121272-1219");
  REQUIRE_MESSAGE(result.identity, result.reason);
  CHECK(result.identity->kind() == PersonalIdentity::Kind::samordningsnummer);
  CHECK(result.identity->birth_date() == year_month_day{year{1912}, December, day{12}});
  CHECK(result.identity->normalised() == "191212721219");
}

TEST_CASE("PersonalIdentity - sex follows the second-to-last digit")
{
  const auto woman = check("19380412-2384");
  REQUIRE(woman.identity);
  CHECK(woman.identity->sex() == PersonalIdentity::Sex::female);
}

TEST_CASE("PersonalIdentity - refusals say why")
{
  struct Case {
    const char* input;
    const char* reason_part;
  };
  for (const auto& [input, reason_part] : {
           Case{"19121212-1213", "kontrollsiffra"},
           Case{"19121312-1212", "månad"},
           Case{"19120230-1212", "datum"},
           Case{"19121292-1212", "samordningsnummer"},
           Case{"1912121-21212", "skiljetecknet"},
           Case{"19121212-121", "längd"},
           Case{"19121212-12a2", "siffror"},
           Case{"", "inget nummer"},
           Case{"191212121212+", "skiljetecknet"},
           Case{"19121212-0008", "000"},  // right check digit, but birth number 000 is never issued
       }) {
    CAPTURE(input);
    const auto result = check(input);
    CHECK_FALSE(result.identity);
    CHECK(result.reason.find(reason_part) != std::string::npos);
  }
}

TEST_CASE("PersonalIdentity - leap days are valid only in leap years")
{
  // 2000-02-29 existed; 1900-02-29 did not. Check digits per Luhn for each.
  const auto leap = check("20000229-0104");
  CHECK_MESSAGE(leap.identity, leap.reason);
  const auto not_leap = check("19000229-0103");  // right check digit, impossible date
  CHECK_FALSE(not_leap.identity);
}

TEST_CASE("PersonalIdentity - a reservnummer in a region's form, kept as written, refusals name the forms")
{
  const std::vector<sdk::ReserveNumberFormat> formats{{"Region Test", R"((19|20)\d{6}R\d{3})", "19380412-R001"}};
  const auto reserve = PersonalIdentity::parse("19380412-r001", reference, formats);
  REQUIRE_MESSAGE(reserve.identity, reserve.reason);
  CHECK(reserve.identity->kind() == PersonalIdentity::Kind::reservnummer);
  CHECK(reserve.identity->normalised() == "19380412R001");
  CHECK(reserve.identity->display() == "19380412-R001");
  CHECK(reserve.identity->sex() == PersonalIdentity::Sex::unknown);
  // A personnummer is still a personnummer, and without formats nothing else is accepted.
  CHECK(PersonalIdentity::parse("19121212-1212", reference, formats).identity->kind() == PersonalIdentity::Kind::personnummer);
  CHECK_FALSE(PersonalIdentity::parse("19380412-R001", reference).identity);
  const auto neither = PersonalIdentity::parse("19380412-X001", reference, formats);
  CHECK_FALSE(neither.identity);
  CHECK(neither.reason.find("19380412-R001 (Region Test)") != std::string::npos);
  // A broken pattern matches nothing instead of failing the check.
  CHECK_FALSE(PersonalIdentity::parse("19380412R001", reference, {{"Trasig", "([", "x"}}).identity);
}

TEST_CASE("PersonalIdentity - a region's reservnummer form with a repetition no number needs is refused before it is compiled")
{
  // libstdc++ counts {999999999999999999} in an int that overflows (found by the fuzzer under UBSan).
  const auto file = std::filesystem::path(TRYGG_SOURCE_DIR) / "tests/fuzz/regressions/reserve-number-formats/huge-repetition.xml";
  CHECK_THROWS_WITH_AS((void)read_reserve_number_formats(file), doctest::Contains("{999999999999999999}"), sdk::ContentError);
}
