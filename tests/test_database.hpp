#pragma once
// The database a test works in. By default a file in the test's folder; run with
// TRYGG_TEST_BACKEND=postgresql (the ctest entries "server backend - …") it is a fresh database on a
// throwaway PostgreSQL server, started once for the run, so the same test checks the same behaviour on
// both backends.
#include "pg_cluster.hpp"
#include "test_support.hpp"

#include "trygg/storage.hpp"
#include "trygg/trygg_user.hpp"
#include "trygg/workspace.hpp"

#include <SQLiteCpp/Database.h>
#include <pqxx/pqxx>

#include <cstdlib>
#include <string>

namespace trygg::test {

inline bool on_server_backend()
{
  const char* backend = std::getenv("TRYGG_TEST_BACKEND");
  return backend != nullptr && std::string(backend) == "postgresql";
}

// A new, empty database on the run's server (started on first use, stopped when the run ends).
inline std::string fresh_server_database()
{
  static PgCluster cluster;
  static int made = 0;
  const std::string name = "trygg_test_" + std::to_string(++made);
  pqxx::connection admin(cluster.address());
  pqxx::nontransaction(admin).exec("CREATE DATABASE " + name);
  return cluster.address(name);
}

// `name` in the test's folder, or a fresh server database: what Storage and Workspace are opened on.
inline std::filesystem::path database(const TempFolder& folder, const std::string& name = "t.db")
{
  return on_server_backend() ? std::filesystem::path(fresh_server_database()) : folder / name;
}

// `database` as `role` signs in to it: on the server a registered user of that kind, made by the
// database's first administrator, who has opened it with `plugins` first (their tables are made by an
// administrator); on a file the file itself (its actor is what the program says).
inline std::filesystem::path signed_in(const std::filesystem::path& database, const std::string& role,
                                       const std::vector<PluginSearchPath>& plugins = {}, UserKind kind = UserKind::coordinator,
                                       std::vector<std::string> municipalities = {"*"})
{
  if (!on_server_backend()) {
    return database;
  }
  { const Workspace administrator(database, plugins, "administrator"); }
  Storage(database).register_user({role, role, kind, {}, std::move(municipalities)}, std::nullopt);
  std::string address = database.string();
  const auto at = address.find('@');
  const auto scheme = address.find("://") + 3;
  return address.replace(scheme, at - scheme, role);
}

// SQL run on the database past Trygg (as an older Trygg, a repair or an attacker would), on either backend.
inline void raw_exec(const std::filesystem::path& database, const std::string& sql)
{
  if (on_server_backend()) {
    pqxx::connection connection(database.string());
    pqxx::nontransaction(connection).exec(sql);
  } else {
    SQLite::Database(database, SQLite::OPEN_READWRITE).exec(sql);
  }
}

// The one number `sql` answers.
inline std::int64_t raw_number(const std::filesystem::path& database, const std::string& sql)
{
  if (on_server_backend()) {
    pqxx::connection connection(database.string());
    return pqxx::nontransaction(connection).exec1(sql)[0].as<std::int64_t>();
  }
  return SQLite::Database(database, SQLite::OPEN_READONLY).execAndGet(sql).getInt64();
}

}  // namespace trygg::test
