// The people of a shared database: who is signed in, the register of users, and registering one.
#include "trygg/storage.hpp"

#include "trygg/i18n.hpp"
#include "trygg/sdk/text_fold.hpp"

#include "sql_values.hpp"
#include "storage_write.hpp"

#include <algorithm>

namespace trygg {
namespace {

constexpr const char* user_columns = "SELECT role_name, display_name, kind, units, municipalities FROM trygg_user ";

// Units and municipalities are kept a line each: a unit's name may hold a comma.
std::vector<std::string> lines_of(const std::string& text)
{
  std::vector<std::string> lines;
  for (std::size_t start = 0; start < text.size();) {
    const auto end = std::min(text.find('\n', start), text.size());
    if (end > start) {
      lines.push_back(text.substr(start, end - start));
    }
    start = end + 1;
  }
  return lines;
}

TryggUser user_from(const sql::Statement& row)
{
  return {row.getColumn(0).getString(), row.getColumn(1).getString(),
          parse_user_kind(row.getColumn(2).getString()).value_or(UserKind::nurse), lines_of(row.getColumn(3).getString()),
          lines_of(row.getColumn(4).getString())};
}

// A name or text written into a statement that takes no parameters (CREATE ROLE): quoted so nothing in
// it is read as SQL.
std::string quoted(const std::string& text, char quote)
{
  std::string result(1, quote);
  for (const char c : text) {
    result += c == quote ? std::string(2, quote) : std::string(1, c);
  }
  return result + quote;
}

}  // namespace

void Storage::set_list_scope(const std::vector<std::string>& municipalities)
{
  if (std::find(municipalities.begin(), municipalities.end(), "*") != municipalities.end()) {
    list_scope_.reset();
    return;
  }
  list_scope_.emplace();
  for (const auto& municipality : municipalities) {
    list_scope_->push_back(sdk::swedish_sort_key(municipality));
  }
}

std::string Storage::list_scope_sql() const
{
  if (!list_scope_) {
    return {};
  }
  if (list_scope_->empty()) {
    return " AND FALSE";  // registered without a municipality: none until one is given
  }
  std::string keys;
  for (const auto& key : *list_scope_) {
    keys += (keys.empty() ? "" : ", ") + quoted(key, '\'');
  }
  return " AND c.municipality_key IN (" + keys + ")";
}

std::optional<TryggUser> Storage::signed_in_user() const
{
  if (!on_server()) {
    return std::nullopt;
  }
  try {
    sql::Statement query(*db_, std::string(user_columns) + "WHERE role_name = current_user");
    if (query.executeStep()) {
      return user_from(query);
    }
    sql::Statement who(*db_, "SELECT current_user");
    const std::string role = who.executeStep() ? who.getColumn(0).getString() : std::string();
    throw StorageError(ErrorKind::permission,
                       trf("Du är inloggad på {} som {}, men ingen administratör har lagt till {} som användare i Trygg. "
                           "Be en administratör göra det (trygg-cli user add {} …).",
                           place_, role, role, role));
  } catch (const StorageError&) {
    throw;
  } catch (const std::exception& error) {
    throw failure(error);
  }
}

std::vector<TryggUser> Storage::users() const
{
  if (!on_server()) {
    return {};
  }
  try {
    std::vector<TryggUser> result;
    sql::Statement query(*db_, std::string(user_columns) + "ORDER BY display_name, role_name");
    while (query.executeStep()) {
      result.push_back(user_from(query));
    }
    return result;
  } catch (const std::exception& error) {
    throw failure(error);
  }
}

void Storage::register_user(const TryggUser& user, const std::optional<std::string>& password)
{
  if (!on_server()) {
    throw StorageError(ErrorKind::validation, trf("{} är en fil med en enda användare; användare läggs till på en server.", place_));
  }
  if (user.role.empty() || user.name.empty()) {
    throw StorageError(ErrorKind::validation, tr("En användare behöver både inloggningsnamn och namn."));
  }
  write([&] {
    // A role the region already has (from its directory) is taken in as it is; a new one signs in with
    // the password given, or with what the server's own rules say (certificates, the directory).
    sql::Statement exists(*db_, "SELECT 1 FROM pg_roles WHERE rolname = ?");
    exists.bind(1, user.role);
    const std::string role = quoted(user.role, '"');
    if (!exists.executeStep()) {
      db_->exec("CREATE ROLE " + role + " LOGIN" + (password ? " PASSWORD " + quoted(*password, '\'') : std::string()));
    }
    db_->exec("GRANT trygg_app TO " + role);
    db_->exec(std::string(user.kind == UserKind::administrator ? "GRANT" : "REVOKE") + " trygg_administrator " +
              (user.kind == UserKind::administrator ? "TO " : "FROM ") + role);
    sql::Statement upsert(*db_, "INSERT INTO trygg_user (role_name, display_name, kind, units, municipalities) VALUES (?, ?, ?, ?, ?) "
                                "ON CONFLICT (role_name) DO UPDATE SET display_name = excluded.display_name, kind = excluded.kind, "
                                "units = excluded.units, municipalities = excluded.municipalities");
    bind_all(upsert, user.role, user.name, std::string(to_string(user.kind)), joined_list(user.units, "\n"),
             joined_list(user.municipalities, "\n"));
    upsert.exec();
  });
}

}  // namespace trygg
