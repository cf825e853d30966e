// Follow-up indicators: definitions as data, refused when they name what no plugin declares, and figures
// worked out by hand for small sets of cases, with the boundaries that matter (midnight, a ready notice
// taken back and given again, the night the clocks change, a municipality with no discharges).
#include "test_support.hpp"

#include "trygg/content_error.hpp"
#include "trygg/indicator.hpp"
#include "trygg/time.hpp"

#include <doctest/doctest.h>

#include <fstream>

using namespace trygg;

namespace {

Timestamp at(const char* swedish)
{
  return sdk::parse_swedish_time(swedish).value();
}

std::chrono::year_month_day day(const char* text)
{
  return from_iso_date(text).value();
}

IndicatorCase discharge(CaseId id, const char* municipality, std::vector<std::pair<std::string, const char*>> events)
{
  IndicatorCase one{id, municipality, {}};
  for (const auto& [kind, when] : events) {
    one.events.emplace_back(kind, at(when));
  }
  return one;
}

// Hand-made: days from the ready notice to discharge, in Swedish calendar days.
std::vector<IndicatorCase> november()
{
  return {
      // Ready 23:59, discharged 00:01 the next day: one calendar day.
      discharge(1, "Flen", {{"admitted", "2026-10-30 10:00"}, {"ready-for-discharge", "2026-11-02 23:59"}, {"discharged", "2026-11-03 00:01"}}),
      // Ready, no longer ready, ready again: counted from the notice given again (8th to 10th: 2 days).
      discharge(2, "Flen", {{"ready-for-discharge", "2026-11-05 10:00"}, {"not-ready-for-discharge", "2026-11-06 09:00"},
                            {"ready-for-discharge", "2026-11-08 08:00"}, {"discharged", "2026-11-10 12:00"}}),
      // The same day: 0 days.
      discharge(3, "Gnesta", {{"ready-for-discharge", "2026-11-12 08:00"}, {"discharged", "2026-11-12 15:00"}}),
      // Over the night summer time ends (25 October): 49 hours, still two calendar days.
      discharge(4, "Gnesta", {{"ready-for-discharge", "2026-10-24 12:00"}, {"discharged", "2026-10-26 12:00"}}),
      // Taken back and never given again: no episode, though the person went home.
      discharge(5, "Flen", {{"ready-for-discharge", "2026-11-15 09:00"}, {"not-ready-for-discharge", "2026-11-16 09:00"},
                            {"discharged", "2026-11-20 10:00"}}),
      // Discharged in December: outside a period that ends in November.
      discharge(6, "Trosa", {{"ready-for-discharge", "2026-11-20 09:00"}, {"discharged", "2026-12-02 10:00"}}),
      // Not yet discharged: nothing to count.
      discharge(7, "Trosa", {{"ready-for-discharge", "2026-11-25 09:00"}}),
  };
}

const IndicatorCell& group(const IndicatorResult& result, const std::string& name)
{
  for (const auto& cell : result.groups) {
    if (cell.group == name) {
      return cell;
    }
  }
  FAIL("no group " << name);
  return result.total;
}

}  // namespace

TEST_CASE("Indicators - the bundled definitions are read from the plugins, each naming its source and variant")
{
  const PluginHost host(test::bundled_plugins());
  const auto catalogue = read_indicators(host);
  CHECK(catalogue.refused.empty());
  for (const char* id : {"discharge.discharges", "discharge.ready-days", "discharge.ready-days-skr", "discharge.ready-days-inclusive"}) {
    const auto* definition = catalogue.find(id);
    REQUIRE_MESSAGE(definition != nullptr, id);
    CHECK_FALSE(definition->source.empty());
    CHECK(definition->process == "discharge");
  }
  // The two definitions of one measure say which they are.
  CHECK(catalogue.find("discharge.ready-days-skr")->variant != catalogue.find("discharge.ready-days")->variant);
}

TEST_CASE("Indicators - a definition naming an event kind or process no plugin declares is refused with file and line")
{
  const test::TempFolder folder;
  const PluginHost host(test::bundled_plugins());
  const auto file = folder / "misspelt.xml";
  std::ofstream(file) << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      << "<indicator id=\"x.days\" version=\"1\" name=\"X\" unit=\"dagar\" process=\"discharge\">\n"
                      << "  <source>Test</source>\n"
                      << "  <days from=\"redy-for-discharge\" to=\"discharged\"/>\n"
                      << "</indicator>\n";
  std::string message;
  try {
    (void)read_indicator(file, host);
  } catch (const ContentError& error) {
    message = error.what();
  }
  CHECK(message.find("misspelt.xml:4") != std::string::npos);
  CHECK(message.find("\"redy-for-discharge\"") != std::string::npos);

  const auto other = folder / "process.xml";
  std::ofstream(other) << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       << "<indicator id=\"x.count\" version=\"1\" name=\"X\" unit=\"st\" process=\"dischrage\">\n"
                       << "  <source>Test</source>\n  <count event=\"discharged\"/>\n</indicator>\n";
  CHECK_THROWS_WITH_AS((void)read_indicator(other, host), doctest::Contains("process.xml:2"), ContentError);
}

TEST_CASE("Indicators - days from ready to discharge per municipality: mean, median, 90th percentile and shares, worked out by hand")
{
  const PluginHost host(test::bundled_plugins());
  const auto catalogue = read_indicators(host);
  const auto cases = november();
  const std::vector<std::string> municipalities{"Flen", "Gnesta", "Katrineholm"};
  const auto result = compute_indicator(*catalogue.find("discharge.ready-days"), cases, day("2026-10-01"), day("2026-11-30"),
                                        IndicatorGrouping::municipality, municipalities);
  // Flen: 1 and 2 days (case 5 was taken back and never given again).
  const auto& flen = group(result, "Flen");
  CHECK(flen.cases == 2);
  CHECK(*flen.mean == doctest::Approx(1.5));
  CHECK(*flen.median == doctest::Approx(1.5));
  CHECK(*flen.p90 == doctest::Approx(2));
  REQUIRE(flen.shares.size() == 3);
  CHECK(flen.shares[0] == std::pair{0, 0.0});
  CHECK(flen.shares[1] == std::pair{1, 0.5});
  CHECK(flen.shares[2] == std::pair{3, 1.0});
  CHECK(flen.case_ids == std::vector<CaseId>{1, 2});
  // Gnesta: 0 and 2 days.
  const auto& gnesta = group(result, "Gnesta");
  CHECK(*gnesta.mean == doctest::Approx(1.0));
  CHECK(gnesta.shares[0].second == doctest::Approx(0.5));
  // A municipality with no discharge in the period is there, with nothing to average.
  const auto& katrineholm = group(result, "Katrineholm");
  CHECK(katrineholm.cases == 0);
  CHECK_FALSE(katrineholm.mean.has_value());
  CHECK(result.groups.size() == 3);  // Trosa's discharge was in December
  // The county: 0, 1, 2, 2.
  CHECK(result.total.cases == 4);
  CHECK(*result.total.mean == doctest::Approx(1.25));
  CHECK(*result.total.median == doctest::Approx(1.5));
  CHECK(*result.total.p90 == doctest::Approx(2));
  CHECK(result.total.shares[0].second == doctest::Approx(0.25));

  // SKR's definition leaves the same-day discharge out: 1, 2, 2.
  const auto skr = compute_indicator(*catalogue.find("discharge.ready-days-skr"), cases, day("2026-10-01"), day("2026-11-30"),
                                     IndicatorGrouping::municipality);
  CHECK(skr.total.cases == 3);
  CHECK(*skr.total.mean == doctest::Approx(5.0 / 3.0));
  // Counting the first day: 1, 2, 3, 3; a same-day discharge is still "the same day".
  const auto inclusive = compute_indicator(*catalogue.find("discharge.ready-days-inclusive"), cases, day("2026-10-01"), day("2026-11-30"),
                                           IndicatorGrouping::municipality);
  CHECK(*inclusive.total.mean == doctest::Approx(2.25));
  CHECK(inclusive.total.shares[0].second == doctest::Approx(0.25));
}

TEST_CASE("Indicators - discharges counted per month, quarter and year on their Swedish date, and the night summer time begins")
{
  const PluginHost host(test::bundled_plugins());
  const auto catalogue = read_indicators(host);
  auto cases = november();
  // 31 December 23:30 Swedish time is 22:30 UTC: still December, still 2026.
  cases.push_back(discharge(8, "Vingåker", {{"ready-for-discharge", "2026-12-31 08:00"}, {"discharged", "2026-12-31 23:30"}}));
  // Ready 22:00, discharged 03:30 after the clocks went forward: one calendar day.
  cases.push_back(discharge(9, "Vingåker", {{"ready-for-discharge", "2027-03-27 22:00"}, {"discharged", "2027-03-28 03:30"}}));
  const auto& count = *catalogue.find("discharge.discharges");
  const auto by_month = compute_indicator(count, cases, day("2026-10-01"), day("2027-03-31"), IndicatorGrouping::month);
  REQUIRE(by_month.groups.size() == 4);
  CHECK(by_month.groups[0].group == "2026-10");
  CHECK(by_month.groups[0].cases == 1);
  CHECK(by_month.groups[1].group == "2026-11");
  CHECK(by_month.groups[1].cases == 4);  // the one taken back went home too: it is a discharge
  CHECK(by_month.groups[2].group == "2026-12");
  CHECK(by_month.groups[2].cases == 2);
  CHECK(by_month.groups[3].group == "2027-03");
  CHECK(by_month.total.cases == 8);
  const auto by_quarter = compute_indicator(count, cases, day("2026-10-01"), day("2027-03-31"), IndicatorGrouping::quarter);
  REQUIRE(by_quarter.groups.size() == 2);
  CHECK(by_quarter.groups[0].group == "2026 K4");
  CHECK(by_quarter.groups[0].cases == 7);
  CHECK(by_quarter.groups[1].group == "2027 K1");
  const auto by_year = compute_indicator(count, cases, day("2026-01-01"), day("2026-12-31"), IndicatorGrouping::year);
  REQUIRE(by_year.groups.size() == 1);
  CHECK(by_year.groups[0].cases == 7);
  const auto spring = compute_indicator(*catalogue.find("discharge.ready-days"), cases, day("2027-03-01"), day("2027-03-31"),
                                        IndicatorGrouping::municipality);
  CHECK(*spring.total.mean == doctest::Approx(1.0));
}
