#include "test_support.hpp"
#include "trygg/i18n.hpp"
#include "trygg/sdk/clock.hpp"
#include "trygg/sdk/test_clock.hpp"
#include "trygg/storage.hpp"
#include "trygg/time.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

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

TEST_CASE("time - one clock: a test clock sets now and today for the host, its storage and the SDK, and goes back after")
{
  const test::TempFolder folder;
  {
    sdk::TestClock clock("2026-12-31 23:59:30");
    CHECK(to_iso_utc(now()) == "2026-12-31T22:59:30Z");
    CHECK(to_iso_utc(sdk::now()) == "2026-12-31T22:59:30Z");
    CHECK(today() == std::chrono::year_month_day{std::chrono::year{2026}, std::chrono::December, std::chrono::day{31}});
    // Half a minute on it is New Year's Day in Sweden, while the UTC date is still 31 December.
    clock.advance(std::chrono::seconds(31));
    CHECK(today() == std::chrono::year_month_day{std::chrono::year{2027}, std::chrono::January, std::chrono::day{1}});
    CHECK(sdk::swedish_today() == today());
    CHECK(std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(now())} != today());
    {
      // What the storage records is the clock's time: a case opened now was opened at the test's time.
      Storage storage(folder / "clock.db");
      NewCase request;
      request.plugin_id = "se.x";
      request.process = "p";
      request.person = {test::tolvan, "Tolvan", "Flen"};
      const auto id = storage.create_case(request, "anna");
      REQUIRE(storage.find_case(id));
      CHECK(to_iso_utc(storage.find_case(id)->opened_at) == "2026-12-31T23:00:01Z");
    }
    {
      sdk::TestClock inner(from_iso_utc("2028-02-29T12:00:00Z").value());
      CHECK(to_iso_date(today()) == "2028-02-29");
    }
    CHECK(to_iso_utc(now()) == "2026-12-31T23:00:01Z");  // the enclosing test clock again
    CHECK_THROWS_AS(sdk::TestClock("julafton"), std::invalid_argument);
  }
  // Gone: the system's time again (within the minute this test takes, whatever day it runs).
  const auto system = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  CHECK(std::chrono::abs(now() - system) < std::chrono::minutes(1));
}

namespace {

// Where code reads the time of day, or a database's own idea of it, instead of the one clock.
const std::regex wall_clock(
    R"((system_clock|file_clock|utc_clock|tai_clock|gps_clock)::now|\btime\(\s*(nullptr|NULL|0)?\s*\)|gettimeofday|)"
    R"(clock_gettime\s*\(\s*CLOCK_REALTIME|wxDateTime::(Now|UNow|Today|GetTimeNow)|wxGetLocalTime\b|wxGetUTCTime|)"
    R"(CURRENT_TIMESTAMP|CURRENT_DATE|LOCALTIMESTAMP|datetime\('now'|date\('now'|clock_timestamp|statement_timestamp|transaction_timestamp)",
    std::regex::icase);

}  // namespace

TEST_CASE("time - nothing reads the system's clock behind the one clock: not core, the shell, the CLI or a plugin")
{
  namespace fs = std::filesystem;
  const fs::path source = TRYGG_SOURCE_DIR;
  const fs::path the_clock = source / "core/sdk/src/clock.cpp";
  std::vector<std::string> offenders;
  int files = 0;
  for (const char* folder : {"core", "gui", "cli", "plugins"}) {
    for (const auto& entry : fs::recursive_directory_iterator(source / folder)) {
      const auto extension = entry.path().extension();
      if (!entry.is_regular_file() || (extension != ".cpp" && extension != ".hpp" && extension != ".h") ||
          entry.path() == the_clock || entry.path().generic_string().find("/tests/") != std::string::npos) {
        continue;
      }
      ++files;
      std::ifstream in(entry.path());
      int number = 0;
      for (std::string line; std::getline(in, line);) {
        ++number;
        const auto code = line.substr(0, line.find("//"));
        if (std::regex_search(code, wall_clock)) {
          offenders.push_back(fs::relative(entry.path(), source).generic_string() + ":" + std::to_string(number) + ": " + line);
        }
      }
    }
  }
  CHECK(files > 100);  // the sources were found
  for (const auto& offender : offenders) {
    FAIL_CHECK("reads the system's time, not trygg/sdk/clock.hpp: " << offender);
  }
  // The pattern finds what it is for.
  CHECK(std::regex_search("auto t = std::chrono::system_clock::now();", wall_clock));
  CHECK(std::regex_search("INSERT INTO x VALUES (CURRENT_TIMESTAMP)", wall_clock));
  CHECK_FALSE(std::regex_search("const auto started = std::chrono::steady_clock::now();", wall_clock));
}
