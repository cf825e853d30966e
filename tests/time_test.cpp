#include "trygg/i18n.hpp"
#include "trygg/time.hpp"

#include <doctest/doctest.h>

#include <cstdint>

using namespace trygg;

TEST_CASE("time - ISO UTC round trip")
{
  const auto at = from_iso_utc("2026-03-29T00:30:00Z");
  REQUIRE(at);
  CHECK(to_iso_utc(*at) == "2026-03-29T00:30:00Z");
  CHECK_FALSE(from_iso_utc("2026-03-29 00:30"));
  CHECK_FALSE(from_iso_utc("nonsense"));
}

TEST_CASE("time - user input is Swedish local time, across daylight saving")
{
  // Winter: UTC+1. Summer: UTC+2. The spring change is 2026-03-29 02:00 -> 03:00.
  CHECK(to_iso_utc(*parse_user_time("2026-01-15 14:00")) == "2026-01-15T13:00:00Z");
  CHECK(to_iso_utc(*parse_user_time("2026-07-15 14:00")) == "2026-07-15T12:00:00Z");
  CHECK(to_iso_utc(*parse_user_time("2026-03-29 01:30")) == "2026-03-29T00:30:00Z");
  CHECK(to_iso_utc(*parse_user_time("2026-03-29 03:30")) == "2026-03-29T01:30:00Z");
  // Autumn change 2026-10-25 03:00 -> 02:00: 02:30 happens twice; the earlier instant is taken.
  CHECK(to_iso_utc(*parse_user_time("2026-10-25 02:30")) == "2026-10-25T00:30:00Z");
  CHECK(to_iso_utc(*parse_user_time("2026-12-24")) == "2026-12-23T23:00:00Z");
  CHECK_FALSE(parse_user_time("24/12/2026"));
}

TEST_CASE("time - local date and formatting follow Europe/Stockholm")
{
  const auto late_evening_utc = *from_iso_utc("2026-12-31T23:30:00Z");
  CHECK(format_local(late_evening_utc) == "2027-01-01 00:30");
  CHECK(to_iso_date(local_date(late_evening_utc)) == "2027-01-01");
  CHECK(from_iso_date("2026-02-30") == std::nullopt);
  CHECK(to_iso_date(*from_iso_date("2026-02-28")) == "2026-02-28");
  // As XSD reads an xs:date: a schema-valid padded date is the same date, never "no date".
  CHECK(from_iso_date(" 2026-12-24\n") == from_iso_date("2026-12-24"));
  CHECK(from_iso_date("2026-12-24Z") == std::nullopt);
}

TEST_CASE("time - a typed year outside 1900-2199 is no time: year 0, -1 and 9999 are refused, not stored garbled")
{
  for (const char* typed : {"0000-01-01 10:00", "-001-01-01 10:00", "9999-12-31 23:00", "1899-12-31", "2200-01-01T00:00:00Z"}) {
    INFO(typed);
    CHECK_FALSE(parse_user_time(typed));
  }
  CHECK(parse_user_time("1900-01-01 12:00"));
  CHECK(parse_user_time("2199-12-31"));
}

TEST_CASE("i18n - counts are grouped as the UI language writes them, whatever the system locale")
{
  const std::string before = ui_language();
  use_language("sv");
  CHECK(grouped_number(0) == "0");
  CHECK(grouped_number(999) == "999");
  CHECK(grouped_number(1000) == "1\u00a0000");
  CHECK(grouped_number(1'000'000) == "1\u00a0000\u00a0000");
  CHECK(grouped_number(-12'345) == "-12\u00a0345");
  CHECK(grouped_number(INT64_MIN) == "-9\u00a0223\u00a0372\u00a0036\u00a0854\u00a0775\u00a0808");
  use_language("en");
  CHECK(grouped_number(1'000'000) == "1,000,000");
  CHECK(grouped_number(100'000) == "100,000");
  use_language(before);
}
