// The shared server (issue 15) against a real PostgreSQL, started for each test in a temporary folder.
#include "pg_cluster.hpp"

#include "test_support.hpp"

#include "trygg/database_copy.hpp"
#include "trygg/demo_data.hpp"
#include "trygg/server_schema.hpp"
#include "trygg/workspace.hpp"
#include "trygg/storage.hpp"
#include "trygg/storage_error.hpp"

#include <doctest/doctest.h>
#include <SQLiteCpp/Database.h>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include <cstdio>

using namespace trygg;

namespace {

// A history line and what it stands on, written as the owner would.
void one_case_with_history(pqxx::connection& connection)
{
  pqxx::work work(connection);
  work.exec("INSERT INTO person (identity, name) VALUES ('191212121212', 'Tolvan')");
  work.exec("INSERT INTO care_case (person_id, plugin_id, process, opened_at, opened_by) "
            "SELECT id, 'se.x', 'a', '2026-12-20T08:00:00Z', 'anna' FROM person");
  work.exec("INSERT INTO history (case_id, at, actor, entity, entity_id, field, new_value) "
            "SELECT id, '2026-12-20T08:00:00Z', 'anna', 'case', id, 'opened', 'se.x/a' FROM care_case");
  work.exec("INSERT INTO workspace_history (at, actor, entity, entity_id, field, new_value) "
            "VALUES ('2026-12-20T08:00:00Z', 'anna', 'plugin', 0, 'trusted', 'se.x')");
  work.commit();
}

}  // namespace

TEST_CASE("server - Trygg's schema on a real PostgreSQL: the history cannot be rewritten there, not even by its owner")
{
  const test::PgCluster cluster;
  pqxx::connection connection(cluster.address());
  CHECK(server_schema_version(connection) == 0);
  create_server_schema(connection);
  CHECK(server_schema_version(connection) == Storage::schema_version);
  create_server_schema(connection);  // again: nothing to do
  one_case_with_history(connection);

  // The owner may not change, remove or empty a history line: the server says no.
  for (const std::string rewrite : {"UPDATE history SET actor = 'mallory'", "DELETE FROM history", "TRUNCATE history CASCADE",
                                    "UPDATE workspace_history SET actor = 'mallory'", "DELETE FROM workspace_history"}) {
    CAPTURE(rewrite);
    pqxx::work work(connection);
    CHECK_THROWS_WITH(work.exec(rewrite), doctest::Contains("append-only"));
  }
  {
    pqxx::work work(connection);
    CHECK(work.exec1("SELECT count(*) FROM history WHERE actor = 'anna'")[0].as<int>() == 1);
    // The list's counts are kept by the server too.
    CHECK(work.exec1("SELECT n FROM case_count WHERE status = 'open' AND process = 'a'")[0].as<int>() == 1);
  }

  // A person's own server role, a member of trygg_app: adds history, never changes it (refused by rights
  // before any trigger), and works on the cases.
  cluster.psql("CREATE ROLE sjukskoterska LOGIN IN ROLE trygg_app");
  pqxx::connection nurse("postgresql://sjukskoterska@/postgres?host=" + cluster.address().substr(cluster.address().find("host=") + 5));
  {
    pqxx::work work(nurse);
    work.exec("INSERT INTO history (case_id, at, actor, entity, entity_id, field, new_value) "
              "SELECT id, '2026-12-20T09:00:00Z', 'sjukskoterska', 'case', id, 'note', 'x' FROM care_case");
    work.exec("UPDATE care_case SET title = 'Höft'");
    work.commit();
  }
  {
    pqxx::work work(nurse);
    CHECK_THROWS_WITH(work.exec("UPDATE history SET actor = 'x'"), doctest::Contains("permission denied"));
  }
  {
    pqxx::work work(nurse);
    CHECK_THROWS_WITH(work.exec("UPDATE trygg_meta SET value = '99'"), doctest::Contains("permission denied"));
  }

  // A database from a newer Trygg, and one that is not Trygg's, are left as they are.
  {
    pqxx::work work(connection);
    work.exec("UPDATE trygg_meta SET value = '99' WHERE key = 'schema_version'");
    work.commit();
  }
  CHECK_THROWS_WITH_AS(create_server_schema(connection), doctest::Contains("nyare version"), StorageError);
  cluster.psql("CREATE DATABASE other");
  cluster.psql("CREATE TABLE something (x integer)", "other");
  pqxx::connection other(cluster.address("other"));
  CHECK_THROWS_WITH_AS(create_server_schema(other), doctest::Contains("inte en Trygg-databas"), StorageError);
}

TEST_CASE("server - db copy moves a whole database to the server and back without losing a history line")
{
  const test::TempFolder folder;
  const test::PgCluster cluster;
  const auto file = folder / "region.db";
  std::int64_t history_lines = 0;
  std::vector<CaseSummary> cases;
  {
    Workspace workspace(file, test::bundled_plugins(), "anna");
    REQUIRE(seed_demo_data(workspace) == 14);
    workspace.log_access(3, AccessAction::read, "ärendet öppnat");  // the access log goes along
    SQLite::Database raw(file, SQLite::OPEN_READONLY);
    history_lines = raw.execAndGet("SELECT (SELECT count(*) FROM history) + (SELECT count(*) FROM workspace_history)").getInt64();
    cases = workspace.storage().list_cases({});
  }
  REQUIRE(history_lines > 100);

  // To the server: every row, the chain verified there.
  const auto there = copy_database(file.string(), cluster.address());
  CHECK(there.history_lines == history_lines);
  pqxx::connection server(cluster.address());
  {
    pqxx::work work(server);
    SQLite::Database raw(file, SQLite::OPEN_READONLY);
    for (const auto& [table, rows] : there.tables) {
      CAPTURE(table);
      CHECK(work.exec1("SELECT count(*) FROM " + table)[0].as<std::int64_t>() == rows);
      CHECK(raw.execAndGet("SELECT count(*) FROM " + table).getInt64() == rows);
    }
    // The server keeps the list's counts and the search words, and numbers new rows after the copied ones.
    CHECK(work.exec1("SELECT sum(n) FROM case_count")[0].as<std::int64_t>() == 14);
    CHECK(work.exec1("SELECT count(*) FROM case_search WHERE words LIKE '%elsa%'")[0].as<int>() >= 1);
    CHECK(work.exec1("SELECT count(*) FROM access_log WHERE actor = 'anna' AND case_id = 3")[0].as<int>() == 1);
    const auto next = work.exec1("INSERT INTO person (identity, name) VALUES ('200001010000', 'Ny') RETURNING id")[0].as<std::int64_t>();
    CHECK(next > work.exec1("SELECT max(id) FROM person WHERE name <> 'Ny'")[0].as<std::int64_t>());
  }

  {
    pqxx::work work(server);
    CHECK_THROWS_WITH(work.exec("DELETE FROM access_log"), doctest::Contains("append-only"));
  }

  // And back to a new file: the same cases, each with the same history, the chain whole.
  const auto back = folder / "back.db";
  const auto again = copy_database(cluster.address(), back.string());
  CHECK(again.history_lines == history_lines);
  {
    const Storage copy(back);
    CHECK(copy.verify_history().empty());
    const auto copied = copy.list_cases({});
    REQUIRE(copied.size() == cases.size());
    const Storage original(file);
    for (std::size_t n = 0; n < cases.size(); ++n) {
      CAPTURE(cases[n].id);
      CHECK(copied[n].id == cases[n].id);
      CHECK(copied[n].person_name == cases[n].person_name);
      CHECK(copied[n].items_done == cases[n].items_done);
      CHECK(copied[n].next_due == cases[n].next_due);
      const auto before = original.history(cases[n].id);
      const auto after = copy.history(cases[n].id);
      REQUIRE(after.size() == before.size());
      for (std::size_t line = 0; line < before.size(); ++line) {
        CHECK(after[line].id == before[line].id);
        CHECK(after[line].actor == before[line].actor);
        CHECK(after[line].new_value == before[line].new_value);
      }
    }
    CHECK(copy.list_cases({.search = "elsa"}).size() == original.list_cases({.search = "elsa"}).size());
    CHECK(copy.access_log({.actor = "anna"}).size() == original.access_log({.actor = "anna"}).size());
  }

  // Nothing is written over: a server database with cases, a file that exists, the source itself.
  CHECK_THROWS_WITH_AS(copy_database(file.string(), cluster.address()), doctest::Contains("har redan ärenden"), StorageError);
  const auto before = std::filesystem::file_size(back);
  CHECK_THROWS_WITH_AS(copy_database(cluster.address(), back.string()), doctest::Contains("finns redan"), StorageError);
  CHECK(std::filesystem::file_size(back) == before);
  // A server that is not there is said to be so, and no file is left behind.
  CHECK_THROWS_WITH_AS(copy_database("postgresql://trygg_admin@/postgres?host=" + (folder / "nowhere").string(), (folder / "x.db").string()),
                       doctest::Contains("kunde inte nås"), StorageError);
  CHECK_FALSE(std::filesystem::exists(folder / "x.db"));
  // A source file that is not there is said to be missing, not made into an empty database and copied.
  CHECK_THROWS_WITH_AS(copy_database((folder / "missing.db").string(), (folder / "y.db").string()), doctest::Contains("finns inte"), StorageError);
  CHECK_FALSE(std::filesystem::exists(folder / "missing.db"));
  CHECK_FALSE(std::filesystem::exists(folder / "y.db"));

  // Trygg works on the copy on the server as on the file: the same list, the same search, and a change
  // continues the copied history's chain.
  {
    Storage shared(cluster.address());
    CHECK_FALSE(shared.created());
    CHECK(shared.on_server());
    CHECK(shared.list_cases({}).size() == cases.size());
    CHECK(shared.list_cases({.search = "elsa"}).size() == Storage(file).list_cases({.search = "elsa"}).size());
    const auto open = std::find_if(cases.begin(), cases.end(), [](const CaseSummary& row) { return row.status == CaseStatus::open; });
    REQUIRE(open != cases.end());
    const auto item = shared.checklists(open->id).front().items.front();
    shared.change_item(item.id, {item.state == ItemState::done ? ItemState::in_progress : ItemState::done, std::nullopt, std::nullopt},
                       "bertil");
    CHECK(shared.history(open->id).back().actor == "bertil");
    CHECK(shared.verify_history().empty());
    CHECK_FALSE(std::filesystem::exists("postgresql:"));  // an address, never a folder
  }

  // The command line: trygg-cli db copy, to a second database on the server.
  cluster.psql("CREATE DATABASE second");
  const std::string command = std::string(TRYGG_CLI) + " --json db copy --from " + file.string() + " --to '" + cluster.address("second") + "'";
  const auto ran = test::run_command(command);
  CHECK(ran.exit_code == 0);
  const auto reply = nlohmann::json::parse(ran.out);
  CHECK(reply["history_lines"] == history_lines);
  CHECK(reply["tables"]["care_case"] == 14);
}

TEST_CASE("server - people sign in as themselves: each kind does what it may, and a case outside one's municipalities is read "
          "only with a reason, flagged in the follow-up")
{
  const test::PgCluster cluster;
  cluster.psql("CREATE DATABASE region");
  const auto address = [&](const std::string& role) {
    const auto server = cluster.address();
    return "postgresql://" + role + "@/region" + server.substr(server.find("?host="));
  };
  CaseId in_flen = 0;
  CaseId in_gnesta = 0;
  {
    // The one who made the database is its first administrator.
    Workspace administrator(address("trygg_admin"), test::bundled_plugins(), "typed name");
    REQUIRE(administrator.user());
    CHECK(administrator.user()->kind == UserKind::administrator);
    CHECK(administrator.actor() == "trygg_admin");  // who signed in, not the name given
    in_flen = administrator.open_case("se.trygg.discharge", "discharge", "", {test::tolvan, "Tolvan Tolvansson", "Flen"});
    in_gnesta = administrator.open_case("se.trygg.discharge", "discharge", "", {"19380412-2384", "Greta Berg", "Gnesta"});
    for (const CaseId id : {in_flen, in_gnesta}) {
      (void)administrator.record_event(id, {"admitted", administrator.current_time() - std::chrono::hours(1), ""});  // due: the notice
    }
    administrator.register_user({"nina", "Nina Nilsson", UserKind::nurse, {"Hemsjukvården Flen"}, {"Flen"}}, std::nullopt);
    administrator.register_user({"pelle", "Pelle Persson", UserKind::process_owner, {}, {"*"}}, std::nullopt);
    CHECK(administrator.storage().users().size() == 3);
  }

  Workspace nina(address("nina"), test::bundled_plugins(), "");
  CHECK(nina.actor() == "nina");
  CHECK(nina.user()->municipalities == std::vector<std::string>{"Flen"});
  // Her own municipality's case: read and changed under her name.
  nina.log_access(in_flen, AccessAction::read, "ärendet öppnat");
  REQUIRE(nina.view(in_flen));
  const auto item = nina.storage().checklists(in_flen).front().items.front();
  nina.change_item(item.id, {ItemState::in_progress, std::nullopt, std::nullopt});
  CHECK(nina.storage().history(in_flen).back().actor == "nina");
  // Her lists show the people she cares for; another municipality's person is found by their whole
  // personnummer only.
  const auto listed = nina.storage().list_cases({});
  REQUIRE(listed.size() == 1);
  CHECK(listed[0].id == in_flen);
  CHECK(nina.storage().count_cases({}) == 1);
  CHECK(nina.storage().count_cases({.status = CaseStatus::open}) == 1);
  CHECK(nina.storage().list_cases({.search = "Greta"}).empty());
  const auto found = nina.storage().list_cases({.search = "19380412-2384"});
  REQUIRE(found.size() == 1);
  CHECK(found[0].id == in_gnesta);
  const auto due = nina.storage().due_items(nina.current_time() + std::chrono::days(400), 200);
  CHECK_FALSE(due.empty());
  CHECK(std::all_of(due.begin(), due.end(), [&](const DueItem& row) { return row.case_id == in_flen; }));
  // Another municipality's: not without a reason; with one, read and flagged.
  CHECK_THROWS_AS(nina.log_access(in_gnesta, AccessAction::read, "ärendet öppnat"), OutsideUnits);
  CHECK_THROWS_AS(nina.log_access(in_gnesta, AccessAction::read, "ärendet öppnat", std::string("  ")), OutsideUnits);
  nina.log_access(in_gnesta, AccessAction::read, "ärendet öppnat", std::string("akut inläggning, ringde från SÄBO"));
  // What only others may do is refused, naming what.
  CHECK_THROWS_WITH_AS((void)nina.access_log({}), doctest::Contains("följa upp loggen"), Error);
  CHECK_THROWS_WITH_AS(nina.register_user({"mallory", "M", UserKind::administrator, {}, {"*"}}, std::nullopt),
                       doctest::Contains("lägga till användare"), Error);
  CHECK_FALSE(nina.may(Permission::trust_plugins));
  // Past the app, the server refuses her too: the register of users is the administrators'.
  {
    pqxx::connection raw(address("nina"));
    pqxx::work work(raw);
    CHECK_THROWS(work.exec("UPDATE trygg_user SET kind = 'administrator' WHERE role_name = 'nina'"));
  }

  // The process owner follows up, and sees the emergency read with its reason; changes are not theirs.
  Workspace pelle(address("pelle"), test::bundled_plugins(), "");
  CHECK(pelle.storage().count_cases({}) == 2);  // every municipality's
  const auto all_due = pelle.storage().due_items(pelle.current_time() + std::chrono::days(400), 200);
  CHECK(std::any_of(all_due.begin(), all_due.end(), [&](const DueItem& row) { return row.case_id == in_gnesta; }));
  const auto emergencies = pelle.access_log({.emergency_only = true});
  REQUIRE(emergencies.size() == 1);
  CHECK(emergencies[0].actor == "nina");
  CHECK(emergencies[0].case_id == in_gnesta);
  CHECK(emergencies[0].emergency_reason == "akut inläggning, ringde från SÄBO");
  CHECK(emergencies[0].client.find("(") != std::string::npos);
  const auto by_nina = pelle.access_log({.actor = "nina"});
  CHECK(std::count_if(by_nina.begin(), by_nina.end(), [](const AccessLogLine& line) { return line.action == "change"; }) >= 1);
  CHECK(std::count_if(by_nina.begin(), by_nina.end(), [](const AccessLogLine& line) { return line.action == "read"; }) == 2);
  CHECK(access_log_csv(emergencies).find("akut inläggning") != std::string::npos);
  REQUIRE(pelle.view(in_flen));
  CHECK_THROWS_WITH_AS(pelle.change_item(item.id, {ItemState::done, std::nullopt, std::nullopt}), doctest::Contains("ändra ärenden"),
                       Error);

  // A server role no administrator registered gets no further than a message saying so.
  cluster.psql("CREATE ROLE olle LOGIN IN ROLE trygg_app");
  CHECK_THROWS_WITH_AS(Workspace(address("olle"), test::bundled_plugins(), ""), doctest::Contains("ingen administratör har lagt till olle"),
                       StorageError);
  // The command line: --user is a file's; on the server it is who signed in.
  const std::string command = std::string(TRYGG_CLI) + " --db '" + address("nina") + "' --user pelle case list 2>&1";
  const auto ran = test::run_command(command);
  CHECK(ran.exit_code != 0);
  CHECK(ran.out.find("du den du loggat in som (nina)") != std::string::npos);
}

TEST_CASE("server - a server that wants a password asks for it, says when it was wrong, and never shows or keeps it")
{
  const test::PgCluster cluster;
  cluster.psql("CREATE DATABASE region");
  const auto server = cluster.address();
  const auto address = [&](const std::string& role) {
    return "postgresql://" + role + "@/region" + server.substr(server.find("?host="));
  };
  { Workspace(address("trygg_admin"), {}, "").register_user({"pia", "Pia Palm", UserKind::nurse, {}, {"Flen"}}, "hemligt ord&?=100%"); }
  cluster.require_password_for("pia");

  try {
    const Storage storage(address("pia"));
    FAIL("signed in without a password");
  } catch (const PasswordNeeded& needed) {
    CHECK(needed.user == "pia");
    CHECK_FALSE(needed.refused);
  }
  try {
    const Storage storage(with_password(address("pia"), "fel"));
    FAIL("signed in with a wrong password");
  } catch (const PasswordNeeded& needed) {
    CHECK(needed.refused);
    CHECK(std::string(needed.what()).find("fel") == std::string::npos);
  }
  const auto signed_in = with_password(address("pia"), "hemligt ord&?=100%");
  const Workspace pia(signed_in, {}, "");
  CHECK(pia.actor() == "pia");
  CHECK(pia.storage().place().find("hemligt") == std::string::npos);  // what messages and the status bar show
  CHECK(without_password(signed_in) == address("pia"));
  CHECK(without_password("postgresql://pia:hemligt@host/db") == "postgresql://pia@host/db");
}

TEST_CASE("server - a connection the server dropped between writes is made again, and the work goes on")
{
  const test::PgCluster cluster;
  cluster.psql("CREATE DATABASE region");
  const auto server = cluster.address();
  const auto address = "postgresql://trygg_admin@/region" + server.substr(server.find("?host="));
  Workspace workspace(address, test::bundled_plugins(), "");
  const CaseId id = workspace.open_case("se.trygg.discharge", "discharge", "", {test::tolvan, "Tolvan Tolvansson", "Flen"});
  REQUIRE(workspace.view(id));
  // The server ends every session of Trygg's (a restart, an administrator, a network cut).
  cluster.psql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'trygg'", "region");
  CHECK(workspace.storage().list_cases({}).size() == 1);  // read again on a new connection
  const auto item = workspace.storage().checklists(id).front().items.front();
  workspace.change_item(item.id, {ItemState::in_progress, std::nullopt, std::nullopt});
  CHECK(workspace.storage().history(id).back().new_value == "in-progress");
  CHECK(workspace.storage().verify_history().empty());
}
