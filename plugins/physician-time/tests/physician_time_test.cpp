// What an agreement means in physician time, checked by arithmetic anyone can do by hand (DOMAIN.md §5).
#include "agreement_appendix.hpp"
#include "care_units.hpp"
#include "delivered_weeks.hpp"
#include "physician_agreement.hpp"
#include "physician_cover.hpp"
#include "physician_follow_up.hpp"
#include "physician_time_plan.hpp"

#include "trygg/sdk/content_error.hpp"

#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <unistd.h>

using namespace trygg;
using namespace trygg::physician;

namespace {

const std::filesystem::path content = std::filesystem::path(TRYGG_PLUGIN_SOURCE_DIR) / "content";

PhysicianAgreement shipped(const char* id)
{
  return read_physician_agreement(content / "agreements" / (std::string(id) + ".xml"));
}

// A file in a folder of its own, removed with it.
class TempFile {
public:
  TempFile(const std::string& name, const std::string& text)
      : folder_(std::filesystem::temp_directory_path() / ("trygg-physician-" + std::to_string(::getpid()) + "-" + name))
  {
    std::filesystem::create_directories(folder_);
    std::ofstream(folder_ / name) << text;
    path_ = folder_ / name;
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  ~TempFile() { std::filesystem::remove_all(folder_); }
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }

private:
  std::filesystem::path folder_;
  std::filesystem::path path_;
};

CareUnit unit(const char* name, const char* category, int people, int places = 0, const char* municipality = "Eskilstuna")
{
  return {municipality, name, category, people, places, "Vårdcentralen", {}, 0};
}

}  // namespace

TEST_CASE("the shipped agreements read, as examples with sources, and the proposal has what the issue asks")
{
  const auto today = shipped("sormland-6-min");
  CHECK(today.example);
  CHECK_FALSE(today.source.empty());
  REQUIRE(today.category("sabo") != nullptr);
  CHECK(today.category("sabo")->minutes_per_week == 6);
  CHECK(today.category("lss-bostad") == nullptr);  // not in today's agreement
  const auto proposal = shipped("sormland-9-min-proposal");
  CHECK(proposal.category("sabo")->minutes_per_week == 9);
  CHECK(proposal.category("home-health-care") != nullptr);
  CHECK(proposal.out_of_hours.size() == 3);
  CHECK(proposal.phone_minutes == 30);
  CHECK(proposal.on_site_minutes == 120);
  CHECK(proposal.addition("palliative")->per_person_week);
  CHECK_FALSE(proposal.tasks.empty());
  CHECK(proposal.contract_hours_per_week == 40);
}

TEST_CASE("worked check: 120 SÄBO residents at 6 minutes is 12 hours a week, at 9 minutes 18")
{
  const std::vector<CareUnit> units{unit("A", "sabo", 70), unit("B", "sabo", 50)};
  const auto six = plan_physician_time(shipped("sormland-6-min"), units);
  CHECK(six.total.minutes_per_week == doctest::Approx(720));
  CHECK(six.total.hours_per_week() == doctest::Approx(12));
  // A month: 12 × 52.18 / 12 = 52.18 hours.
  CHECK(six.total.hours_per_month() == doctest::Approx(52.18));
  // A full-time physician gives 40 × 0.6 = 24 patient hours a week: 12 hours is half of one.
  CHECK(six.fte() == doctest::Approx(0.5));
  const auto nine = plan_physician_time(shipped("sormland-9-min-proposal"), units);
  CHECK(nine.total.hours_per_week() == doctest::Approx(18));
}

TEST_CASE("worked check: adding 15 LSS and 180 home-care people at 9 minutes gives 47.25 hours, and 29.25 at 3 minutes for home care")
{
  const std::vector<CareUnit> units{unit("A", "sabo", 120), unit("LSS", "lss-bostad", 15), unit("Hemmet", "home-health-care", 180)};
  const auto proposal = plan_physician_time(shipped("sormland-9-min-proposal"), units);
  CHECK(proposal.total.hours_per_week() == doctest::Approx(47.25));
  const auto need = plan_physician_time(shipped("sormland-need-steered"), units);
  CHECK(need.total.hours_per_week() == doctest::Approx(29.25));
  // Today's agreement has no rate for LSS or home care: those units get nothing, and are counted as such.
  const auto today = plan_physician_time(shipped("sormland-6-min"), units);
  CHECK(today.total.hours_per_week() == doctest::Approx(12));
  CHECK(today.total.uncovered_units == 2);
  // The home-care rate moves the result far more than the SÄBO rate does: 180 vs 120 people a minute.
  REQUIRE_FALSE(proposal.sensitivity.empty());
  CHECK(proposal.sensitivity.front().input == "home-health-care");
  CHECK(proposal.sensitivity.front().hours_per_week_per_minute == doctest::Approx(3.0));
}

TEST_CASE("need adds time: events a year spread over its weeks, people in a palliative phase every week")
{
  auto flen = unit("Lindgården", "sabo-demens", 32);
  flen.need = {{"new-admission", 18}, {"medication-review", 32}, {"sip-meeting", 4}, {"palliative", 3}};
  const auto plan = plan_physician_time(shipped("sormland-9-min-proposal"), {flen});
  const double events = (18 * 30.0 + 32 * 45.0 + 4 * 60.0) / weeks_per_year;
  CHECK(plan.units.front().addition_minutes == doctest::Approx(events + 3 * 15.0));
  CHECK(plan.units.front().base_minutes == doctest::Approx(32 * 9.0));
  // Korttid counts places, not people.
  const auto korttid = plan_physician_time(shipped("sormland-9-min-proposal"), {unit("Ekbacken", "korttid", 14, 16)});
  CHECK(korttid.total.minutes_per_week == doctest::Approx(16 * 9.0));
}

TEST_CASE("totals per vårdcentral and municipality, with contract hours and patient share as parameters")
{
  auto a = unit("A", "sabo", 60, 0, "Eskilstuna");
  auto b = unit("B", "sabo", 40, 0, "Flen");
  b.primary_care = "Vårdcentralen Flen";
  const auto plan = plan_physician_time(shipped("sormland-9-min-proposal"), {a, b}, FteBasis{38.25, 0.5});
  CHECK(plan.per_municipality.at("Eskilstuna").hours_per_week() == doctest::Approx(9));
  CHECK(plan.per_municipality.at("Flen").hours_per_week() == doctest::Approx(6));
  CHECK(plan.per_primary_care.at("Vårdcentralen Flen").units == 1);
  CHECK(plan.fte() == doctest::Approx(15 / (38.25 * 0.5)));
}

TEST_CASE("the example units read, and a unit in an unknown category is an error naming the known ones")
{
  const auto units = read_care_units(content / "examples/units.csv");
  REQUIRE(units.size() == 6);
  CHECK(units[4].need.at("medication-review") == 32);
  const std::vector<PhysicianAgreement> agreements{shipped("sormland-6-min"), shipped("sormland-9-min-proposal")};
  CHECK_NOTHROW(check_categories(units, agreements));
  try {
    check_categories({unit("X", "säbo", 10)}, agreements);
    FAIL("a misspelled category went through");
  } catch (const sdk::ContentError& error) {
    CHECK(error.problems().front().message.find("säbo") != std::string::npos);
    CHECK(error.problems().front().message.find("sabo") != std::string::npos);
  }
}

TEST_CASE("a CSV with bad rows is refused whole, each row named, and so is one without its header")
{
  const TempFile bad("units.csv", "municipality,unit,category,people,places,primary_care\n"
                                  "Flen,A,sabo,10,10,VC\n"
                                  "Flen,B,sabo,-3,10,VC\n"
                                  "Flen,C,sabo,ten,10,VC\n"
                                  "Flen,D\n");
  try {
    (void)read_care_units(bad.path());
    FAIL("bad rows accepted");
  } catch (const sdk::ContentError& error) {
    REQUIRE(error.problems().size() == 3);
    CHECK(error.problems()[0].line == 3);
    CHECK(error.problems()[1].line == 4);
    CHECK(error.problems()[2].line == 5);
  }
  const TempFile headless("units.csv", "Flen,A,sabo,10,10,VC\n");
  CHECK_THROWS_AS((void)read_care_units(headless.path()), sdk::ContentError);
}

TEST_CASE("an agreement without rates, with negative minutes or twice the same category is refused, named")
{
  const auto agreement = [](const std::string& categories) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<physician-agreement id=\"t\" version=\"1\" name=\"T\" valid-from=\"2026-01-01\"><source>test</source>"
           "<parties><party kind=\"region\" name=\"R\"/></parties>"
           "<staffing contract-hours-per-week=\"40\" patient-time-share=\"0.6\"/><categories>" +
           categories + "</categories></physician-agreement>";
  };
  const TempFile zero("zero.xml", agreement(R"(<category id="sabo" name="S" minutes-per-week="0" per="person"/>)"));
  CHECK_THROWS_AS((void)read_physician_agreement(zero.path()), sdk::ContentError);
  const TempFile negative("negative.xml", agreement(R"(<category id="sabo" name="S" minutes-per-week="-6" per="person"/>)"));
  CHECK_THROWS_AS((void)read_physician_agreement(negative.path()), sdk::ContentError);
  const TempFile twice("twice.xml", agreement(R"(<category id="sabo" name="S" minutes-per-week="6" per="person"/>)"
                                              R"(<category id="sabo" name="S" minutes-per-week="9" per="person"/>)"));
  try {
    (void)read_physician_agreement(twice.path());
    FAIL("a category twice went through");
  } catch (const sdk::ContentError& error) {
    CHECK(error.problems().front().line > 0);
    CHECK(error.problems().front().message.find("sabo") != std::string::npos);
  }
}

TEST_CASE("two versions of an agreement in force the same days are refused")
{
  auto first = shipped("sormland-6-min");
  auto second = first;
  second.version = 2;
  CHECK_THROWS_AS(check_no_overlap({first, second}), sdk::ContentError);
  second.valid_from = std::chrono::year_month_day{std::chrono::year{2027}, std::chrono::January, std::chrono::day{1}};
  CHECK_NOTHROW(check_no_overlap({first, second}));
}

TEST_CASE("cover: office hours only leave 123 hours a week with nobody to call, and the proposal's windows close them")
{
  const auto today = week_cover(shipped("sormland-6-min"));
  CHECK(today.gap_minutes() == 123 * 60);  // 168 hours less 5 × 9 office hours
  REQUIRE(today.gaps.size() == 5);
  CHECK(stretch_text(today.gaps.back()) == "fre 17:00–mån 08:00");  // over Sunday midnight: one gap
  CHECK(stretch_text(today.gaps.front()) == "mån 17:00–tis 08:00");
  const auto proposal = week_cover(shipped("sormland-9-min-proposal"));
  CHECK(proposal.gaps.empty());
  CHECK(proposal.gap_minutes() == 0);
}

TEST_CASE("follow-up: coverage per unit and week with a traffic light against the agreement's target, missed rounds and late reviews")
{
  const auto agreement = shipped("sormland-9-min-proposal");
  const auto units = read_care_units(content / "examples/units.csv");
  const auto plan = plan_physician_time(agreement, units);
  const auto delivered = read_delivered(content / "examples/delivered.csv");
  REQUIRE(delivered.size() == 6);
  const auto result = follow_up(plan, delivered, agreement);
  CHECK(result.target == doctest::Approx(0.9));
  REQUIRE(result.rows.size() == 6);
  // Tallåsen: 70 residents × 9 = 630 minutes required, 650 delivered: green.
  CHECK(result.rows[0].required_minutes == doctest::Approx(630));
  CHECK(result.rows[0].light == Light::green);
  // Solbacken: 300 of 450 minutes (67 %): red; one round missed, one review late.
  CHECK(result.rows[1].coverage == doctest::Approx(300.0 / 450.0));
  CHECK(result.rows[1].light == Light::red);
  CHECK(result.rows[1].rounds_missed == 1);
  CHECK(result.rows[1].reviews_overdue == 1);
  // Björkvägen: 120 of 135 minutes (89 %): just under 90 %, yellow.
  CHECK(result.rows[2].light == Light::yellow);
  CHECK(result.calls == 13);
  CHECK(result.calls_in_time == 10);
  CHECK(light_for(0.75, 0.9) == Light::yellow);
  CHECK(light_for(0.74, 0.9) == Light::red);
}

TEST_CASE("follow-up: a delivered row for a unit that is not among the units, or a bad week, is named")
{
  const auto agreement = shipped("sormland-9-min-proposal");
  const auto plan = plan_physician_time(agreement, {unit("A", "sabo", 10)});
  const TempFile delivered("delivered.csv", "municipality,unit,week,delivered_minutes,rounds_planned,rounds_done,reviews_due,"
                                            "reviews_done,calls,calls_in_time\n"
                                            "Eskilstuna,B,2026-W46,60,1,1,0,0,0,0\n");
  CHECK_THROWS_AS((void)follow_up(plan, read_delivered(delivered.path()), agreement), sdk::ContentError);
  const TempFile bad_week("weeks.csv", "municipality,unit,week,delivered_minutes,rounds_planned,rounds_done,reviews_due,"
                                       "reviews_done,calls,calls_in_time\n"
                                       "Eskilstuna,A,vecka 46,60,1,1,0,0,0,0\n"
                                       "Eskilstuna,A,2026-W46,60,1,1,0,0,2,3\n");
  try {
    (void)read_delivered(bad_week.path());
    FAIL("bad rows accepted");
  } catch (const sdk::ContentError& error) {
    REQUIRE(error.problems().size() == 2);
    CHECK(error.problems()[0].line == 2);
    CHECK(error.problems()[1].line == 3);
  }
}

TEST_CASE("delivered weeks typed in a table pass the file's checks, refuse a second report for a unit's week, and keep as JSON")
{
  std::vector<sdk::CsvRow> rows{{0, delivered_header()},
                                {1, {"Eskilstuna", "A", "2026-W46", "60", "1", "1", "0", "0", "2", "1"}},
                                {2, {"Eskilstuna", "A", "2026-W47", "90", "1", "0", "1", "1", "0", "0"}}};
  const auto weeks = delivered_from(rows, "tabellen");
  REQUIRE(weeks.size() == 2);
  CHECK(weeks[1].delivered_minutes == 90);
  // Saved and read back: the same weeks, by the same checks.
  const auto again = delivered_from_json(delivered_json(weeks));
  REQUIRE(again.size() == 2);
  CHECK(delivered_rows(again) == delivered_rows(weeks));
  CHECK(again[0].calls_in_time == 1);
  // The same unit and week twice would be summed unseen; a row without a unit says so.
  rows.push_back({3, {"Eskilstuna", "A", "2026-W46", "30", "0", "0", "0", "0", "0", "0"}});
  rows.push_back({4, {"Eskilstuna", "", "2026-W46", "30", "0", "0", "0", "0", "0", "0"}});
  try {
    (void)delivered_from(rows, "tabellen");
    FAIL("a second report for a week was taken");
  } catch (const sdk::ContentError& error) {
    REQUIRE(error.problems().size() == 2);
    CHECK(error.problems()[0].line == 3);
    CHECK(error.problems()[0].message.find("rad 1") != std::string::npos);
    CHECK(error.problems()[1].line == 4);
  }
  // Saved text that no longer passes is named, not read as zero.
  CHECK_THROWS_AS((void)delivered_from_json(R"({"rows": [["Eskilstuna", "A", "2026-W46", "-5", "0", "0", "0", "0", "0", "0"]]})"),
                  sdk::ContentError);
  CHECK_THROWS_AS((void)delivered_from_json("not json"), sdk::ContentError);
}

TEST_CASE("the agreement appendix states rates, additions, reachability with its gaps, tasks and the hours for the units")
{
  const auto today = shipped("sormland-6-min");
  const auto html = agreement_appendix_html(today, plan_physician_time(today, {unit("A", "sabo", 120)}));
  CHECK(html.find("Särskilt boende (SÄBO)") != std::string::npos);
  CHECK(html.find("Kontorstid") != std::string::npos);
  CHECK(html.find("123 timmar") != std::string::npos);  // office hours only: the gaps are printed
  CHECK(html.find("12.00") != std::string::npos);       // 120 residents at 6 minutes
  CHECK(html.find("Exempel") != std::string::npos);
  const auto proposal = shipped("sormland-9-min-proposal");
  const auto proposal_html = agreement_appendix_html(proposal, plan_physician_time(proposal, {unit("A", "sabo", 120)}));
  CHECK(proposal_html.find("telefon inom 30 minuter") != std::string::npos);
  CHECK(proposal_html.find("timmar i veckan") == std::string::npos);  // no gaps
}
