// The access log (Patientdatalagen 4 kap.): reads written with who, when, what and from where, never
// rewritten, and the follow-up per person and per user with the history's changes beside them.
#include "test_database.hpp"
#include "test_support.hpp"

#include "trygg/content_reader.hpp"
#include "trygg/storage.hpp"
#include "trygg/storage_error.hpp"

#include <SQLiteCpp/Database.h>
#include <doctest/doctest.h>

using namespace trygg;

namespace {

NewCase case_of(const char* identity, const char* name)
{
  NewCase request{"se.trygg.test.good", "test", "Testärende", {identity, name, "Eskilstuna"}, {}, {}};
  request.checklists.push_back(read_checklist_template(test::test_plugin("good") / "content/checklist.xml"));
  return request;
}

}  // namespace

TEST_CASE("Access log - each read is logged with who, when, what and from where, and the log cannot be rewritten")
{
  const test::TempFolder folder;
  test::ManualClock clock;
  const auto database = test::database(folder);
  Storage storage(database, clock.function());
  const CaseId tolvan = storage.create_case(case_of(test::tolvan, "Tolvan Tolvansson"), "anna");
  const CaseId greta = storage.create_case(case_of("19380412-2384", "Greta Berg"), "anna");

  clock.at += std::chrono::minutes(5);
  storage.log_access(tolvan, AccessAction::read, "ärendet öppnat", "bertil", "vc-12 (trygg)");
  clock.at += std::chrono::minutes(5);
  storage.log_access(tolvan, AccessAction::print, "ärenderapport", "bertil", "vc-12 (trygg)");
  storage.log_access(greta, AccessAction::export_file, "/tmp/greta.html", "cecilia", "kommun-3 (trygg-cli)");
  clock.at += std::chrono::minutes(5);
  storage.change_item(*storage.find_item(tolvan, "beta"), {ItemState::done, std::nullopt, std::nullopt}, "cecilia");
  CHECK_THROWS_AS(storage.log_access(9999, AccessAction::read, "x", "bertil", "x"), StorageError);

  // One person's follow-up: every read and change of their data, oldest first, nobody else's.
  const auto about_tolvan = storage.access_log({.person_identity = "191212121212"});  // as written without the dash too
  REQUIRE(about_tolvan.size() >= 4);
  CHECK(std::is_sorted(about_tolvan.begin(), about_tolvan.end(), [](const AccessLogLine& a, const AccessLogLine& b) { return a.at < b.at; }));
  CHECK(std::all_of(about_tolvan.begin(), about_tolvan.end(), [](const AccessLogLine& line) { return line.person_name == "Tolvan Tolvansson"; }));
  const auto read = std::find_if(about_tolvan.begin(), about_tolvan.end(), [](const AccessLogLine& line) { return line.action == "read"; });
  REQUIRE(read != about_tolvan.end());
  CHECK(read->actor == "bertil");
  CHECK(read->client == "vc-12 (trygg)");
  CHECK(read->what == "ärendet öppnat");
  CHECK(read->person_identity == "191212121212");
  CHECK(std::any_of(about_tolvan.begin(), about_tolvan.end(),
                    [](const AccessLogLine& line) { return line.action == "change" && line.actor == "cecilia"; }));
  CHECK(std::any_of(about_tolvan.begin(), about_tolvan.end(), [](const AccessLogLine& line) { return line.action == "print"; }));

  // One user's: what cecilia read or changed, of anyone.
  const auto by_cecilia = storage.access_log({.actor = "cecilia"});
  CHECK(std::all_of(by_cecilia.begin(), by_cecilia.end(), [](const AccessLogLine& line) { return line.actor == "cecilia"; }));
  CHECK(std::any_of(by_cecilia.begin(), by_cecilia.end(),
                    [](const AccessLogLine& line) { return line.action == "export" && line.person_name == "Greta Berg"; }));
  // A period: from the print on, until before the change.
  const auto period = storage.access_log({.actor = "bertil", .from = clock.at - std::chrono::minutes(5), .until = clock.at});
  REQUIRE(period.size() == 1);
  CHECK(period[0].action == "print");
  CHECK_THROWS_AS((void)storage.access_log({.person_identity = "19121212-1213"}), StorageError);

  // Append-only, like the history: raw SQL cannot change or remove a line.
  CHECK_THROWS_WITH(test::raw_exec(database, "UPDATE access_log SET actor = 'mallory'"), doctest::Contains("append-only"));
  CHECK_THROWS_WITH(test::raw_exec(database, "DELETE FROM access_log"), doctest::Contains("append-only"));
  CHECK(test::raw_number(database, "SELECT count(*) FROM access_log") == 3);
}
