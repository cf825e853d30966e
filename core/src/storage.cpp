// Opening a Trygg database: refusing what is not one, is damaged or is newer; migrations; backup.
#include "trygg/storage.hpp"

#include "trygg/app_paths.hpp"
#include "trygg/private_files.hpp"
#include "trygg/server_schema.hpp"

#include "case_search_words.hpp"
#include "history_chain.hpp"

#include "core_schema.hpp"
#include "sql_values.hpp"
#include "storage_write.hpp"
#include "trygg/i18n.hpp"
#include "trygg/sdk/text_fold.hpp"

#include "sql_connection.hpp"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <pqxx/pqxx>
#include <sqlite3.h>

namespace trygg {
namespace {

void fold_function(sqlite3_context* context, int, sqlite3_value** values)
{
  const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(values[0]));
  if (text == nullptr) {
    sqlite3_result_null(context);
    return;
  }
  const auto folded = sdk::fold_for_search(text);
  sqlite3_result_text(context, folded.c_str(), static_cast<int>(folded.size()), SQLITE_TRANSIENT);
}

// The list's sort key of a name, municipality or title (schema 11): Swedish order, byte by byte.
void sort_key_function(sqlite3_context* context, int, sqlite3_value** values)
{
  const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(values[0]));
  const auto key = sdk::swedish_sort_key(text == nullptr ? "" : text);
  sqlite3_result_text(context, key.c_str(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
}

// case_search_words for SQL, for the migration that first filled the index (schema 9).
void search_words_function(sqlite3_context* context, int, sqlite3_value** values)
{
  const auto text = [&](int column) {
    const auto* value = reinterpret_cast<const char*>(sqlite3_value_text(values[column]));
    return std::string_view(value == nullptr ? "" : value);
  };
  const auto words = case_search_words(text(0), text(1), text(2));
  sqlite3_result_text(context, words.c_str(), static_cast<int>(words.size()), SQLITE_TRANSIENT);
}

SQLite::Database open_database(const std::filesystem::path& file, bool& created)
{
  std::error_code ignored;
  created = !std::filesystem::exists(file, ignored);
  // An empty file is not a database: opening it would silently make a new, empty one in its place.
  // (A database just made keeps its first changes in the -wal file until they are checkpointed.)
  const auto wal = std::filesystem::path(file.string() + "-wal");
  if (!created && std::filesystem::is_regular_file(file, ignored) && std::filesystem::file_size(file, ignored) == 0 &&
      !(std::filesystem::exists(wal, ignored) && std::filesystem::file_size(wal, ignored) > 0)) {
    throw StorageError(trf("{} är tom (0 byte) och är ingen Trygg-databas; den lämnas orörd. Välj en annan fil, eller "
                           "ta bort den för att börja om med en ny.",
                           file.string()));
  }
  try {
    // Personal data: a new database (and so its -wal and -shm, which SQLite makes with the database's
    // permissions) is its owner's alone, in folders made the same way.
    if (created) {
      if (file.has_parent_path()) {
        create_private_folders(file.parent_path());
      }
      create_private_file(file);
    }
    if (file.has_parent_path() && std::filesystem::equivalent(file.parent_path(), user_data_folder(), ignored)) {
      keep_private(file.parent_path());  // Trygg's own folder, even when an older Trygg left it open
    }
    SQLite::Database db(file, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.setBusyTimeout(5000);
    // Search compares names as Swedish readers do ("åkesson" finds "Åkesson"); SQLite's own lower()
    // and LIKE fold ASCII only.
    sqlite3_create_function(db.getHandle(), "trygg_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, &fold_function,
                            nullptr, nullptr);
    sqlite3_create_function(db.getHandle(), "trygg_search_words", 3, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                            &search_words_function, nullptr, nullptr);
    sqlite3_create_function(db.getHandle(), "trygg_sort_key", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, &sort_key_function,
                            nullptr, nullptr);
    sqlite3_create_function(db.getHandle(), "trygg_chain", 9, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, &history_chain_function,
                            nullptr, nullptr);
    return db;
  } catch (const std::exception& error) {
    throw StorageError(trf("Databasen {} kunde inte öppnas: {}", file.string(), error.what()));
  }
}

}  // namespace

namespace {

// A server's message on one line (libpq's run over several, with hints indented).
std::string one_line(std::string text)
{
  std::string result;
  bool space = false;
  for (const char c : text) {
    if (c == '\n' || c == '\t' || c == ' ') {
      space = !result.empty();
      continue;
    }
    if (space) {
      result += ' ';
      space = false;
    }
    result += c;
  }
  return result;
}

}  // namespace

Storage::Storage(const std::filesystem::path& file, Clock clock) : file_(file), clock_(std::move(clock))
{
  if (is_server_address(file.string())) {
    place_ = without_password(file.string());
    open_server();
    return;
  }
  place_ = file.string();
  db_ = sql::open_file(open_database(file, created_));
  auto& db = *db_->file();
  try {
    // Reading the header is where SQLite notices a file that is not a database at all.
    const int app_id = db.execAndGet("PRAGMA application_id").getInt();
    const int version = db.execAndGet("PRAGMA user_version").getInt();
    const int tables = db.execAndGet("SELECT count(*) FROM sqlite_master").getInt();
    if ((app_id != 0 && app_id != application_id) || (app_id == 0 && tables > 0)) {
      throw StorageError(trf("{} är inte en Trygg-databas. Välj en annan fil; den här lämnas orörd.", file.string()));
    }
    if (version > schema_version) {
      throw StorageError(trf("{} är sparad av en nyare version av Trygg (schema {}, den här versionen kan {}). "
                             "Uppdatera Trygg; filen lämnas orörd.",
                             file.string(), version, schema_version));
    }
    // A damaged file is not written to: what is still readable in it stays as it is. quick_check reads
    // the whole file (about 2 ms per MiB here: 0.4 s at 100,000 cases), so on open it runs up to a size
    // that keeps opening quick; a larger database is checked in the background (check_file).
    constexpr std::uintmax_t checked_on_open = 32U * 1024U * 1024U;
    std::error_code size_error;
    if (!created_ && std::filesystem::file_size(file, size_error) <= checked_on_open && !size_error) {
      if (const std::string check = db.execAndGet("PRAGMA quick_check").getString(); check != "ok") {
        throw StorageError(trf("{} är skadad ({}); den öppnas inte, så inget skrivs i den. Återställ den från en "
                               "säkerhetskopia (trygg-cli backup).",
                               file.string(), check));
      }
    }
    db.exec("PRAGMA journal_mode = WAL");
    // FULL: a committed change survives a power cut, not only a crash of the process.
    db.exec("PRAGMA synchronous = FULL");
    db.exec("PRAGMA foreign_keys = ON");
    migrate_core();
    looked_until_ = last_history_line();  // others' changes are looked for from here on
  } catch (const StorageError&) {
    throw;
  } catch (const std::exception& error) {
    throw failure(error);
  }
}

Storage::~Storage() = default;

void Storage::open_server()
{
  try {
    db_ = sql::open_server(file_.string());
    {
      // The schema is made (or found current) through a connection of its own, in one transaction.
      pqxx::connection schema(file_.string());
      created_ = server_schema_version(schema) == 0;
      create_server_schema(schema);
    }
    looked_until_ = last_history_line();  // others' changes are looked for from here on
  } catch (const StorageError&) {
    throw;
  } catch (const sql::Error& error) {
    if (error.password_needed || error.password_refused) {
      const auto scheme = place_.find("://");
      const auto at = place_.find('@');
      const std::string user = scheme != std::string::npos && at != std::string::npos ? place_.substr(scheme + 3, at - scheme - 3) : "";
      throw PasswordNeeded(user, place_, error.password_refused,
                           error.password_refused ? trf("Servern {} tog inte emot lösenordet.", place_)
                                                  : trf("Servern {} vill ha ett lösenord.", place_));
    }
    // Down, unreachable, or the sign-in refused: libpq says which in its own words.
    throw StorageError(trf("Trygg kommer inte in på servern {} ({}). Se efter att adressen, användarnamnet och lösenordet stämmer "
                           "och att servern är igång; inget har ändrats.",
                           place_, one_line(error.what())));
  } catch (const std::exception& error) {
    throw failure(error);
  }
}

bool Storage::on_server() const
{
  return db_->dialect() == sql::Dialect::postgresql;
}

std::int64_t Storage::statements_run() const
{
  return db_->statements_run();
}

Storage::Prepared Storage::prepared(const char* sql) const
{
  auto& statement = prepared_[sql];
  if (!statement) {
    statement = std::make_unique<sql::Statement>(*db_, sql);
  }
  statement->reset();
  return Prepared(*statement);
}

StorageError Storage::failure(const std::exception& error) const
{
  if (const auto* sqlite = dynamic_cast<const SQLite::Exception*>(&error)) {
    switch (sqlite->getErrorCode()) {
      case SQLITE_FULL:
        return StorageError(trf("Disken är full: ändringen i {} sparades inte. Allt som sparats tidigare finns kvar.", place_));
      case SQLITE_NOTADB:
      case SQLITE_CORRUPT:
        return StorageError(trf("{} är skadad eller inte en databas ({}).", place_, sqlite->what()));
      case SQLITE_READONLY:
        return StorageError(trf("{} går inte att skriva till.", place_));
      case SQLITE_BUSY:
        return StorageError(trf("{} används av ett annat program just nu; försök igen.", place_));
      default:
        break;
    }
  }
  if (const auto* server = dynamic_cast<const sql::Error*>(&error)) {
    // SQLSTATE classes: 08 connection, 28 sign-in, 42501 rights, 40 a transaction the server gave up, 53 resources.
    if (server->connection_lost || server->state.starts_with("08")) {
      return StorageError(trf("Förbindelsen med servern {} bröts ({}). Ändringen sparades inte; det som sparats tidigare finns "
                              "kvar. Försök igen om en stund.",
                              place_, one_line(server->what())));
    }
    if (server->state.starts_with("28")) {
      return StorageError(trf("Inloggningen på servern {} misslyckades: {}", place_, one_line(server->what())));
    }
    if (server->state == "42501") {
      return StorageError(trf("Du har inte behörighet till det här på servern {}: {}", place_, one_line(server->what())));
    }
    if (server->state.starts_with("40")) {
      return StorageError(ErrorKind::conflict, trf("Servern {} avbröt ändringen för att en annan skrev samtidigt; inget sparades. "
                                                   "Försök igen.",
                                                   place_));
    }
    if (server->state.starts_with("53")) {
      return StorageError(
          trf("Servern {} har slut på utrymme eller resurser ({}): ändringen sparades inte.", place_, one_line(server->what())));
    }
  }
  return StorageError(trf("Databasfel i {}: {}", place_, error.what()));
}

void Storage::require_wal()
{
  if (on_server()) {
    return;
  }
  const auto wal = std::filesystem::path(file_.string() + "-wal");
  std::error_code error;
  if (std::filesystem::exists(wal, error) || error || statements_run() == 0) {
    return;  // there, unknown, or not yet made by a first read
  }
  try {
    // The connection still holds the removed file open: what it has goes into the database file.
    db_->exec("PRAGMA wal_checkpoint(TRUNCATE)");
  } catch (const std::exception&) {
    // Said below either way.
  }
  throw StorageError(trf("{} togs bort medan databasen var öppen, så ändringen sparades inte. Det som sparats tidigare finns "
                         "kvar i {}. Stäng och öppna databasen igen.",
                         wal.string(), file_.string()));
}

void Storage::migrate_core()
{
  const auto& steps = core_migrations();
  auto& db = *db_->file();
  int version = db.execAndGet("PRAGMA user_version").getInt();
  if (version >= schema_version) {
    return;
  }
  // A step may rebuild a table others refer to (SQLite's own recipe for changing a column): foreign keys
  // are off while it runs, which only takes effect outside a transaction, and each step checks them
  // before it commits, so a step that would leave a dangling reference changes nothing.
  db_->exec("PRAGMA foreign_keys = OFF");
  try {
    for (; version < schema_version; ++version) {
      write([&] {
        db_->exec(std::string(steps.at(static_cast<std::size_t>(version))));
        if (version + 1 == 8) {
          chain_history();  // the one step that needs code: each line's hash needs the one before it
        }
        if (sql::Statement check(*db_, "PRAGMA foreign_key_check"); check.executeStep()) {
          throw StorageError(trf("{}: uppgraderingen från schema {} till {} skulle lämna en hänvisning till en rad som saknas i {}; inget ändrades.",
                                 place_, version, version + 1, check.getColumn(0).getString()));
        }
        db_->exec("PRAGMA application_id = " + std::to_string(application_id));
        db_->exec("PRAGMA user_version = " + std::to_string(version + 1));
      });
    }
  } catch (...) {
    db_->exec("PRAGMA foreign_keys = ON");
    throw;
  }
  db_->exec("PRAGMA foreign_keys = ON");
}

int Storage::plugin_schema_version(const std::string& plugin_id) const
{
  sql::Statement query(*db_, "SELECT version FROM plugin_schema WHERE plugin_id = ?");
  query.bind(1, plugin_id);
  return query.executeStep() ? query.getColumn(0).getInt() : 0;
}

void Storage::migrate_plugin(const std::string& plugin_id, const std::vector<sdk::Migration>& steps)
{
  const int current = plugin_schema_version(plugin_id);
  int newest = 0;
  for (const auto& step : steps) {
    newest = std::max(newest, step.version);
  }
  if (current > newest) {
    throw StorageError(trf("{} har tabeller från en nyare version av pluginen {} (schema {}, pluginen kan {}).",
                           place_, plugin_id, current, newest));
  }
  for (const auto& step : steps) {
    if (step.version <= current) {
      continue;
    }
    write([&] {
      db_->exec(step.sql);
      sql::Statement upsert(*db_, "INSERT INTO plugin_schema (plugin_id, version) VALUES (?, ?) "
                                  "ON CONFLICT (plugin_id) DO UPDATE SET version = excluded.version");
      upsert.bind(1, plugin_id);
      upsert.bind(2, step.version);
      upsert.exec();
    });
  }
}

void Storage::backup_to(const std::filesystem::path& target) const
{
  if (on_server()) {
    throw StorageError(trf("{} är en server: den säkerhetskopieras på servern (pg_dump), eller kopieras till en fil med "
                           "trygg-cli db copy --from … --to {}.",
                           place_, target.string()));
  }
  // Written beside the target and renamed into place: never a half copy under the target's name.
  const auto partial = std::filesystem::path(target.string() + ".partial");
  std::error_code ignored;
  std::filesystem::remove(partial, ignored);
  try {
    {
      create_private_file(partial);  // a copy of personal data: its owner's alone
      SQLite::Database copy(partial, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
      SQLite::Backup backup(copy, *db_->file());
      backup.executeStep();  // all pages at once: consistent, even while others write
    }
    std::filesystem::rename(partial, target);
  } catch (const std::exception& error) {
    std::filesystem::remove(partial, ignored);
    if (const auto* sqlite = dynamic_cast<const SQLite::Exception*>(&error); sqlite != nullptr && sqlite->getErrorCode() == SQLITE_FULL) {
      throw StorageError(trf("Disken är full: säkerhetskopian {} skrevs inte.", target.string()));
    }
    throw StorageError(trf("Säkerhetskopian {} kunde inte skrivas: {}", target.string(), error.what()));
  }
}

std::string Storage::integrity_check() const
{
  sql::Statement query(*db_, "PRAGMA integrity_check");
  std::string result;
  while (query.executeStep()) {
    if (!result.empty()) {
      result += '\n';
    }
    result += query.getColumn(0).getString();
  }
  return result;
}

}  // namespace trygg
