#pragma once
// The shared server (PostgreSQL, issue 15): the same tables, columns and rules as the embedded SQLite
// schema at Storage::schema_version, written for PostgreSQL, with the history's append-only rule kept by
// the server itself (triggers that refuse UPDATE, DELETE and TRUNCATE, and a role that may only read and
// add history lines), so no client, Trygg or not, rewrites it.

#include "trygg/storage_error.hpp"

#include <string>
#include <string_view>

namespace pqxx {
class connection_base;
}

namespace trygg {

// A connection setting names a server rather than a file: "postgresql://…" or "postgres://…".
[[nodiscard]] bool is_server_address(std::string_view database);

// The address with a password added (kept in memory for this connection only, never saved), and the
// address as people may see it and settings keep it: without any password.
[[nodiscard]] std::string with_password(std::string_view address, std::string_view password);
[[nodiscard]] std::string without_password(std::string_view address);

// The server asks for a password the address does not hold (or refused the one it held): the app asks
// the person for it and tries again.
class PasswordNeeded : public StorageError {
public:
  PasswordNeeded(std::string user, std::string server, bool refused, const std::string& message)
      : StorageError(ErrorKind::permission, message), user(std::move(user)), server(std::move(server)), refused(refused)
  {
  }
  std::string user;
  std::string server;
  bool refused = false;  // a password was given and was wrong
};

// The schema version a server database holds (0: none yet). Throws StorageError when it is not a Trygg
// database (other tables, no Trygg marker).
[[nodiscard]] int server_schema_version(pqxx::connection_base& connection);

// Creates Trygg's schema in an empty database, in one transaction, and the role `trygg_app` that the
// people's own server roles are members of: it may read and change the working tables and only read and
// add history lines. A database already at this version is left as it is; a newer one is refused.
void create_server_schema(pqxx::connection_base& connection);

}  // namespace trygg
