// A staffing routine as a versioned document: status, who decided it, which version is in force on a
// day for an area, overlapping decisions refused, and an end that is said before it comes.
#include "routine_test_support.hpp"
#include "test_support.hpp"

#include "holiday_planner.hpp"
#include "routine_book.hpp"
#include "trygg/case_list_notices.hpp"
#include "trygg/content_error.hpp"
#include "trygg/sdk/test_clock.hpp"
#include "trygg/time.hpp"

#include <doctest/doctest.h>

#include <fstream>

using namespace trygg;
using namespace trygg::holiday;

namespace {

using trygg::holiday_test::date;

struct Version {
  std::string id;
  int version = 1;
  std::string from;
  std::string to;
  std::string status = "beslutad";
  std::string area = "Region Test";
  std::string replaces;
  std::string home_help = "09:00";  // when home help starts on julafton
};

// A routine where the ward is always staffed and home help from `home_help` to 15:00 on julafton.
StaffingRoutine write(const test::TempFolder& folder, const Version& v)
{
  const auto file = folder / (v.id + ".xml");
  std::ofstream out(file);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<staffing-routine id=\"" << v.id << "\" version=\"" << v.version << "\" name=\"Test " << v.id << "\"\n"
      << "  valid-from=\"" << v.from << "\" valid-to=\"" << v.to << "\" area=\"" << v.area << "\" status=\"" << v.status << "\""
      << (v.status == "beslutad" ? " decided-by=\"Ledningsgruppen\" decided-on=\"" + v.from + "\"" : std::string())
      << (v.replaces.empty() ? std::string() : " replaces=\"" + v.replaces + "\"") << ">\n"
      << "  <source>Test</source>\n  <region>\n"
      << "    <working-day><window actor=\"ward\" from=\"00:00\" to=\"24:00\"/><window actor=\"home-help\" from=\"08:00\" to=\"20:00\"/></working-day>\n"
      << "    <non-working-day><window actor=\"ward\" from=\"00:00\" to=\"24:00\"/><window actor=\"home-help\" from=\"10:00\" to=\"14:00\"/></non-working-day>\n";
  // Each julafton the validity holds (a routine refuses an agreed day outside it).
  for (const auto& year : {v.from.substr(0, 4), v.to.substr(0, 4)}) {
    const std::string julafton = year + "-12-24";
    if (julafton < v.from || julafton > v.to) {
      continue;
    }
    out << "    <day date=\"" << julafton << "\"><window actor=\"ward\" from=\"08:00\" to=\"16:00\"/>"
        << "<window actor=\"home-help\" from=\"" << v.home_help << "\" to=\"15:00\"/></day>\n";
    if (v.from.substr(0, 4) == v.to.substr(0, 4)) {
      break;
    }
  }
  out << "  </region>\n</staffing-routine>\n";
  out.close();
  return read_staffing_routine(file);
}

std::string message_of(const std::function<void()>& act)
{
  try {
    act();
  } catch (const std::exception& error) {
    return error.what();
  }
  return {};
}

}  // namespace

TEST_CASE("routine versions - status, area and decision are read, and a decision without who and when, or a bad status, is named")
{
  const test::TempFolder folder;
  const auto routine = write(folder, {"test-2026", 2, "2026-12-01", "2026-12-31"});
  CHECK(routine.area == "Region Test");
  CHECK(routine.status == RoutineStatus::decided);
  CHECK(routine.decided_by == "Ledningsgruppen");
  REQUIRE(routine.decided_on);
  CHECK(*routine.decided_on == date("2026-12-01"));
  CHECK(routine.line == 2);
  CHECK(write(folder, {"draft", 1, "2027-01-01", "2027-12-31", "utkast"}).status == RoutineStatus::draft);

  // Decided, not an example, but nobody says who decided it.
  const auto file = folder / "undecided.xml";
  std::ofstream(file) << "<staffing-routine id=\"x\" version=\"1\" name=\"X\" valid-from=\"2027-01-01\" valid-to=\"2027-12-31\">"
                         "<source>s</source><region/></staffing-routine>";
  const auto undecided = message_of([&] { (void)read_staffing_routine(file); });
  CHECK(undecided.find("undecided.xml:1") != std::string::npos);
  CHECK(undecided.find("decided-by") != std::string::npos);
  std::ofstream(file) << "<staffing-routine id=\"x\" version=\"1\" name=\"X\" valid-from=\"2027-01-01\" valid-to=\"2027-12-31\" "
                         "status=\"gammal\"><source>s</source><region/></staffing-routine>";
  CHECK(message_of([&] { (void)read_staffing_routine(file); }).find("undecided.xml:1") != std::string::npos);
}

TEST_CASE("routine versions - two decided versions of one area on a same day are refused, naming both files, while drafts and other areas are not")
{
  const test::TempFolder folder;
  const auto first = write(folder, {"first", 1, "2026-12-01", "2027-01-06"});
  const auto second = write(folder, {"second", 2, "2027-01-06", "2028-12-31"});
  const auto refused = message_of([&] { (void)RoutineBook({first, second}); });
  CHECK(refused.find("first.xml") != std::string::npos);
  CHECK(refused.find("second.xml:2") != std::string::npos);
  CHECK(refused.find("Region Test") != std::string::npos);

  // The day after: they follow each other.
  const auto next = write(folder, {"next", 2, "2027-01-07", "2028-12-31"});
  CHECK_NOTHROW((void)RoutineBook({first, next}));
  // A draft over the same days, and another area's decision, are no conflict.
  CHECK_NOTHROW((void)RoutineBook({first, write(folder, {"draft", 2, "2026-12-01", "2028-12-31", "utkast"})}));
  Version elsewhere{"elsewhere", 1, "2026-12-01", "2027-12-31"};
  elsewhere.area = "Region Annan";
  CHECK_NOTHROW((void)RoutineBook({first, write(folder, elsewhere)}));
}

TEST_CASE("routine versions - a version that claims to replace a later or another area's routine is refused, naming it")
{
  const test::TempFolder folder;
  const auto old_one = write(folder, {"old", 1, "2026-12-01", "2026-12-31"});
  Version newer{"newer", 2, "2027-01-01", "2028-12-31"};
  newer.replaces = "old";
  CHECK_NOTHROW((void)RoutineBook({old_one, write(folder, newer)}));

  Version backwards{"backwards", 2, "2026-01-01", "2026-11-30"};
  backwards.replaces = "old";
  const auto refused = message_of([&] { (void)RoutineBook({old_one, write(folder, backwards)}); });
  CHECK(refused.find("backwards.xml:2") != std::string::npos);
  CHECK(refused.find("old.xml") != std::string::npos);
  CHECK(refused.find("2026-12-01") != std::string::npos);

  Version foreign{"foreign", 2, "2027-01-01", "2027-12-31"};
  foreign.replaces = "old";
  foreign.area = "Region Annan";
  CHECK(message_of([&] { (void)RoutineBook({old_one, write(folder, foreign)}); }).find("Region Test") != std::string::npos);
}

TEST_CASE("routine versions - each day is planned under the decided version in force on it, and the outcome says which")
{
  const test::TempFolder folder;
  const RoutineBook book({write(folder, {"v2026", 1, "2026-12-01", "2026-12-31"}),
                          write(folder, {"draft2027", 2, "2027-01-01", "2028-12-31", "utkast", "Region Test", "", "13:00"}),
                          write(folder, {"v2027", 2, "2027-01-01", "2028-12-31", "beslutad", "Region Test", "v2026", "12:00"})});
  CHECK(book.in_force("Region Test", date("2026-12-24"))->id == "v2026");
  CHECK(book.in_force("Region Test", date("2027-12-24"))->id == "v2027");  // the decided one, not the draft
  CHECK(book.in_force("Region Test", date("2029-01-01")) == nullptr);
  CHECK(book.in_force("Region Annan", date("2026-12-24")) == nullptr);

  // Julafton 11:00 with home help: 2026's version staffs home help from 09:00, 2027's from 12:00.
  const auto at = [](const char* text) { return parse_user_time(text).value(); };
  const std::vector<PlannedDischarge> discharges{{"A", "Avd", at("2026-12-24 11:00"), "Flen", {Actor::ward, Actor::home_help}},
                                                 {"B", "Avd", at("2027-12-24 11:00"), "Flen", {Actor::ward, Actor::home_help}},
                                                 {"C", "Avd", at("2029-06-01 11:00"), "Flen", {Actor::ward, Actor::home_help}}};
  const auto plan = plan_discharges(book, "Region Test", discharges);
  REQUIRE(plan.outcomes.size() == 3);
  CHECK(plan.outcomes[0].feasible);
  CHECK(plan.outcomes[0].routine_id == "v2026");
  CHECK_FALSE(plan.outcomes[1].feasible);
  CHECK(plan.outcomes[1].routine_id == "v2027");
  CHECK(plan.outcomes[1].routine_version == 2);
  REQUIRE(plan.outcomes[1].earliest_after);
  CHECK(format_local(*plan.outcomes[1].earliest_after) == "2027-12-24 12:00");
  CHECK_FALSE(plan.outcomes[2].routine_in_force);
  REQUIRE(plan.uncovered_days.size() == 1);
  CHECK(book.no_routine_text("Region Test", plan.uncovered_days.front()).find("Test v2027") != std::string::npos);

  // A wait on 2026-12-31 runs on into the next version: New Year's Day is judged by 2027's.
  const std::vector<PlannedDischarge> late{{"D", "Avd", at("2026-12-31 21:00"), "Flen", {Actor::ward, Actor::home_help}}};
  const auto across = plan_discharges(book, "Region Test", late);
  REQUIRE(across.outcomes.front().earliest_after);
  CHECK(format_local(*across.outcomes.front().earliest_after) == "2027-01-01 10:00");
  CHECK_FALSE(across.outcomes.front().after_routine_end);
}

TEST_CASE("routine versions - the end of the last decided version is said from 60 days before, and after it")
{
  const test::TempFolder folder;
  const RoutineBook book({write(folder, {"v2026", 1, "2026-12-01", "2026-12-31"}),
                          write(folder, {"draft2027", 2, "2027-01-01", "2028-12-31", "utkast"})});
  CHECK_FALSE(book.expiry("Region Test", date("2026-10-31")));  // 61 days before its last day
  const auto warned = book.expiry("Region Test", date("2026-11-01"));
  REQUIRE(warned);
  CHECK(warned->days_left == expiry_warning_days);
  CHECK_FALSE(warned->ended());
  CHECK(warned->text().find("2026-12-31") != std::string::npos);
  CHECK(warned->text().find("60 dagar") != std::string::npos);
  const auto last_day = book.expiry("Region Test", date("2026-12-31"));
  REQUIRE(last_day);
  CHECK(last_day->days_left == 0);
  const auto after = book.expiry("Region Test", date("2027-01-02"));
  REQUIRE(after);
  CHECK(after->ended());
  CHECK(after->text().find("Ingen gällande bemanningsrutin för Region Test") != std::string::npos);
  CHECK(after->text().find("Test v2026") != std::string::npos);

  // Once the next version is decided, nothing is said.
  const RoutineBook decided({write(folder, {"v2026", 1, "2026-12-01", "2026-12-31"}), write(folder, {"v2027", 2, "2027-01-01", "2028-12-31"})});
  CHECK_FALSE(decided.expiry("Region Test", date("2026-12-20")));
  CHECK(decided.expiry("Region Test", date("2028-11-15")));
}

TEST_CASE("routine versions - the case list says a routine ends, or has ended, to the people of the municipalities it governs")
{
  const PluginHost host(test::bundled_plugins());
  const auto* plugin = host.find_loaded("se.trygg.holiday-staffing");
  REQUIRE(plugin != nullptr);
  const auto texts = [&](const std::optional<TryggUser>& reader) {
    std::vector<std::string> said;
    for (const auto& [from, notice] : case_list_notices(host, reader)) {
      CHECK(from == "se.trygg.holiday-staffing");
      said.push_back(notice.text);
    }
    return said;
  };
  const TryggUser flen{"nina", "Nina", UserKind::nurse, {"Hemsjukvården Flen"}, {"Flen"}};
  const TryggUser stockholm{"sam", "Sam", UserKind::nurse, {"Hemtjänst Solna"}, {"Solna"}};
  const TryggUser county{"ada", "Ada", UserKind::process_owner, {}, {"*"}};
  {
    // Twenty-four days before the Sörmland routine ends, with nothing decided after it.
    const sdk::TestClock clock("2026-12-07 10:00");
    const auto notices = host.notices(*plugin);
    REQUIRE(notices.size() == 1);  // the 2022 examples ended long ago: history, not news
    CHECK(notices.front().text.find("upphör 2026-12-31 (om 24 dagar)") != std::string::npos);
    CHECK_FALSE(notices.front().alarm);
    CHECK(notices.front().municipalities.size() == 9);
    CHECK(texts(flen).size() == 1);
    CHECK(texts(stockholm).empty());  // not their routine
    CHECK(texts(county).size() == 1);
    CHECK(texts(std::nullopt).size() == 1);  // the file's one user sees everything
  }
  {
    // After it has ended, in red; long before, nothing.
    const sdk::TestClock clock("2027-01-10 10:00");
    const auto notices = host.notices(*plugin);
    REQUIRE(notices.size() == 1);
    CHECK(notices.front().alarm);
    CHECK(notices.front().text.find("2026-12-31") != std::string::npos);
  }
  {
    const sdk::TestClock clock("2026-10-01 10:00");
    CHECK(host.notices(*plugin).empty());
    CHECK(texts(flen).empty());
  }
}
