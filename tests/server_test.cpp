// The shared server (issue 15) against a real PostgreSQL, started for each test in a temporary folder.
#include "pg_cluster.hpp"

#include "trygg/server_schema.hpp"
#include "trygg/storage.hpp"
#include "trygg/storage_error.hpp"

#include <doctest/doctest.h>
#include <pqxx/pqxx>

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
