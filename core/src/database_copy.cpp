#include "trygg/database_copy.hpp"

#include "trygg/i18n.hpp"
#include "trygg/server_schema.hpp"
#include "trygg/storage.hpp"
#include "trygg/storage_error.hpp"

#include "history_chain.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <pqxx/pqxx>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <optional>

namespace trygg {
namespace {

using Row = std::vector<std::optional<std::string>>;

// Every table a Trygg database holds, parents first, with the columns both kinds have. case_count is
// not copied: the target's triggers count the cases as they arrive.
struct TableColumns {
  const char* name;
  const char* columns;
  const char* order;  // the key rows are read in
};
constexpr TableColumns tables[] = {
    {"person", "id, identity, name, municipality", "id"},
    {"care_case",
     "id, person_id, municipality, plugin_id, process, title, status, opened_at, opened_by, closed_at, items_total, items_settled, "
     "next_due_at, linked_case_id, rules_error, identity, name_key, municipality_key, title_key",
     "id"},
    {"case_event", "id, case_id, kind, at, note, recorded_by, recorded_at, withdrawn_at", "id"},
    {"checklist", "id, case_id, template_id, template_version, title", "id"},
    {"checklist_item",
     "id, checklist_id, position, item_key, phase_key, phase_title, text, guidance, huvudman, role, due_event, due_after_hours, state, "
     "not_applicable_reason, comment, changed_by, changed_at, due_at, due_deadline, settled_by_event",
     "id"},
    {"risk_analysis", "id, case_id, template_id, template_version, template_xml", "id"},
    {"risk", "id, analysis_id, area, description, likelihood, consequence, residual_likelihood, residual_consequence, follow_up, created_by, created_at",
     "id"},
    {"risk_action", "id, risk_id, description, owner, due, done_at", "id"},
    {"history", "id, case_id, at, actor, entity, entity_id, field, old_value, new_value, chain", "id"},
    {"workspace_history", "id, at, actor, entity, entity_id, field, old_value, new_value, chain", "id"},
    {"access_log", "id, at, actor, client, case_id, person_id, action, what, emergency_reason", "id"},
    {"plugin_schema", "plugin_id, version", "plugin_id"},
    {"plugin_record", "id, plugin_id, kind, case_id, record_key, document, due_at, changed_by, changed_at", "id"},
    {"history_record_alias", "entity, plugin_id, kind", "entity"},
    {"case_deadline", "case_id, position, deadline_key, label, source, due_at, done_at", "case_id, position"},
    {"rules_stamp", "plugin_id, stamp", "plugin_id"},
};
// Tables whose id the server counts on from (identity columns).
constexpr const char* counted_tables[] = {"person", "care_case", "case_event", "checklist", "checklist_item", "risk_analysis",
                                          "risk", "risk_action", "history", "workspace_history", "access_log", "plugin_record"};

class Source {
public:
  virtual ~Source() = default;
  virtual void each_row(const TableColumns& table, const std::function<void(const Row&)>& each) = 0;
};

class Target {
public:
  virtual ~Target() = default;
  virtual void insert(const TableColumns& table, const std::vector<Row>& rows) = 0;
  // After every table: what the target keeps beside the rows (search words, sort keys, counters), then
  // the history chain checked and everything committed. Returns the history lines it verified.
  virtual std::int64_t finish() = 0;
};

// --- the embedded file ---

class FileSource final : public Source {
public:
  explicit FileSource(const std::string& file)
  {
    std::error_code error;
    if (!std::filesystem::is_regular_file(file, error)) {
      throw StorageError(trf("{} finns inte; inget kopierades.", file));  // opening it would make an empty database
    }
    { Storage checked(file); }  // refuses what is not a Trygg database, is damaged or newer; brings an older one forward
    db_ = std::make_unique<SQLite::Database>(file, SQLite::OPEN_READONLY);
    db_->exec("BEGIN");  // one snapshot for every table
  }
  ~FileSource() override
  {
    try {
      db_->exec("COMMIT");
    } catch (...) {
    }
  }
  void each_row(const TableColumns& table, const std::function<void(const Row&)>& each) override
  {
    SQLite::Statement query(*db_, std::string("SELECT ") + table.columns + " FROM " + table.name + " ORDER BY " + table.order);
    Row row;
    while (query.executeStep()) {
      row.assign(static_cast<std::size_t>(query.getColumnCount()), std::nullopt);
      for (int column = 0; column < query.getColumnCount(); ++column) {
        if (!query.isColumnNull(column)) {
          row[static_cast<std::size_t>(column)] = query.getColumn(column).getString();
        }
      }
      each(row);
    }
  }

private:
  std::unique_ptr<SQLite::Database> db_;
};

class FileTarget final : public Target {
public:
  explicit FileTarget(const std::string& file) : file_(file)
  {
    std::error_code ignored;
    if (std::filesystem::exists(file, ignored)) {
      throw StorageError(trf("{} finns redan; en kopia skrivs bara till en ny fil, så inget skrivs över.", file));
    }
    storage_ = std::make_unique<Storage>(file);  // the newest schema, empty
    db_ = std::make_unique<SQLite::Database>(file, SQLite::OPEN_READWRITE);
    db_->setBusyTimeout(5000);
    db_->exec("PRAGMA foreign_keys = ON");
    db_->exec("BEGIN IMMEDIATE");
    db_->exec("PRAGMA defer_foreign_keys = ON");  // cases link cases: checked once all are in
    db_->exec("DELETE FROM history_record_alias");  // the schema's own rows: the source has them too
  }
  ~FileTarget() override
  {
    if (!finished_) {
      // A copy that did not finish is no database: nothing of it stays.
      try {
        if (db_) {
          db_->exec("ROLLBACK");
        }
      } catch (...) {
      }
      db_.reset();
      storage_.reset();
      std::error_code ignored;
      for (const char* suffix : {"", "-wal", "-shm"}) {
        std::filesystem::remove(file_ + suffix, ignored);
      }
    }
  }
  void insert(const TableColumns& table, const std::vector<Row>& rows) override
  {
    const std::string columns = table.columns;
    const auto count = static_cast<int>(std::count(columns.begin(), columns.end(), ',') + 1);
    std::string marks = "?";
    for (int n = 1; n < count; ++n) {
      marks += ", ?";
    }
    SQLite::Statement statement(*db_, std::string("INSERT INTO ") + table.name + " (" + columns + ") VALUES (" + marks + ")");
    for (const auto& row : rows) {
      statement.reset();
      statement.clearBindings();
      for (std::size_t column = 0; column < row.size(); ++column) {
        if (row[column]) {
          statement.bind(static_cast<int>(column + 1), *row[column]);  // the column's affinity makes numbers numbers
        }
      }
      statement.exec();
    }
  }
  std::int64_t finish() override
  {
    const auto lines = db_->execAndGet("SELECT (SELECT count(*) FROM history) + (SELECT count(*) FROM workspace_history)").getInt64();
    db_->exec("COMMIT");
    db_.reset();
    storage_->rebuild_list_index();  // search words and sort keys, made by this Trygg
    if (const auto breaks = storage_->verify_history(); !breaks.empty()) {
      throw StorageError(trf("Historiken i kopian {} stämmer inte på rad {}; kopian tas bort.", file_, breaks.front().id));
    }
    finished_ = true;
    return lines;
  }

private:
  std::string file_;
  std::unique_ptr<Storage> storage_;
  std::unique_ptr<SQLite::Database> db_;
  bool finished_ = false;
};

// --- the shared server ---

std::unique_ptr<pqxx::connection> connect(const std::string& address)
{
  try {
    return std::make_unique<pqxx::connection>(address);
  } catch (const std::exception& error) {
    throw StorageError(trf("Servern {} kunde inte nås: {}", address, error.what()));
  }
}

class ServerSource final : public Source {
public:
  explicit ServerSource(const std::string& address) : connection_(connect(address))
  {
    if (const int version = server_schema_version(*connection_); version != Storage::schema_version) {
      throw StorageError(trf("Databasen på {} har schema {}; den här versionen av Trygg kopierar schema {}.", address, version,
                             Storage::schema_version));
    }
    work_ = std::make_unique<pqxx::transaction<pqxx::isolation_level::repeatable_read, pqxx::readwrite_policy::read_only>>(*connection_);
  }
  void each_row(const TableColumns& table, const std::function<void(const Row&)>& each) override
  {
    const auto result = work_->exec(std::string("SELECT ") + table.columns + " FROM " + table.name + " ORDER BY " + table.order);
    Row row;
    for (const auto& found : result) {
      row.assign(found.size(), std::nullopt);
      for (std::size_t column = 0; column < found.size(); ++column) {
        if (!found[static_cast<pqxx::row::size_type>(column)].is_null()) {
          row[column] = found[static_cast<pqxx::row::size_type>(column)].c_str();
        }
      }
      each(row);
    }
  }

private:
  std::unique_ptr<pqxx::connection> connection_;
  std::unique_ptr<pqxx::transaction<pqxx::isolation_level::repeatable_read, pqxx::readwrite_policy::read_only>> work_;
};

class ServerTarget final : public Target {
public:
  explicit ServerTarget(const std::string& address) : address_(address), connection_(connect(address))
  {
    create_server_schema(*connection_);
    work_ = std::make_unique<pqxx::work>(*connection_);
    if (work_->exec1("SELECT count(*) FROM care_case")[0].as<std::int64_t>() > 0 ||
        work_->exec1("SELECT count(*) FROM workspace_history")[0].as<std::int64_t>() > 0) {
      throw StorageError(trf("Databasen på {} har redan ärenden; en kopia skrivs bara till en tom databas, så inget blandas.", address));
    }
    work_->exec("SET CONSTRAINTS ALL DEFERRED");
    work_->exec("DELETE FROM history_record_alias");  // the schema's own rows: the source has them too
  }
  void insert(const TableColumns& table, const std::vector<Row>& rows) override
  {
    // Many rows to a statement: one round trip per few hundred rows, not per row.
    constexpr std::size_t rows_per_statement = 500;
    for (std::size_t first = 0; first < rows.size(); first += rows_per_statement) {
      std::string sql = std::string("INSERT INTO ") + table.name + " (" + table.columns + ") OVERRIDING SYSTEM VALUE VALUES ";
      for (std::size_t at = first; at < std::min(rows.size(), first + rows_per_statement); ++at) {
        sql += at == first ? "(" : ", (";
        for (std::size_t column = 0; column < rows[at].size(); ++column) {
          sql += column == 0 ? "" : ", ";
          sql += rows[at][column] ? work_->quote(*rows[at][column]) : "NULL";
        }
        sql += ")";
      }
      work_->exec(sql);
    }
  }
  void insert_search_words(const std::vector<Row>& rows)
  {
    insert({"case_search", "case_id, words", "case_id"}, rows);
  }
  std::int64_t finish() override
  {
    for (const char* table : counted_tables) {
      // New rows on the server are numbered after the copied ones.
      work_->exec(std::string("SELECT setval(pg_get_serial_sequence('") + table + "', 'id'), coalesce(max(id), 0) + 1, false) FROM " + table);
    }
    const auto lines = verify_chain("history", true) + verify_chain("workspace_history", false);
    work_->commit();
    return lines;
  }

private:
  std::int64_t verify_chain(const std::string& table, bool cases)
  {
    const auto result = work_->exec("SELECT id, " + std::string(cases ? "case_id" : "NULL") +
                                    ", at, actor, entity, entity_id, field, old_value, new_value, chain FROM " + table + " ORDER BY id");
    std::string previous;
    for (const auto& line : result) {
      const auto text = [&](int column) {
        return line[column].is_null() ? std::nullopt : std::optional<std::string>(line[column].c_str());
      };
      const std::string stored = line[9].is_null() ? std::string() : line[9].c_str();
      if (stored != history_chain(previous, {text(1), text(2), text(3), text(4), text(5), text(6), text(7), text(8)})) {
        throw StorageError(trf("Historiken i kopian på {} stämmer inte på rad {} ({}); inget sparades.", address_, line[0].c_str(), table));
      }
      previous = stored;
    }
    return static_cast<std::int64_t>(result.size());
  }

  std::string address_;
  std::unique_ptr<pqxx::connection> connection_;
  std::unique_ptr<pqxx::work> work_;
};

}  // namespace

CopyReport copy_database(const std::string& from, const std::string& to,
                         const std::function<void(const std::string& table, std::int64_t rows)>& progress)
{
  if (from == to) {
    throw StorageError(trf("{} kopieras inte till sig själv", from));
  }
  try {
    std::unique_ptr<Source> source = is_server_address(from) ? std::unique_ptr<Source>(std::make_unique<ServerSource>(from))
                                                               : std::make_unique<FileSource>(from);
    std::unique_ptr<Target> target = is_server_address(to) ? std::unique_ptr<Target>(std::make_unique<ServerTarget>(to))
                                                            : std::make_unique<FileTarget>(to);
    CopyReport report;
    constexpr std::size_t batch = 5000;
    for (const auto& table : tables) {
      std::vector<Row> rows;
      std::int64_t copied = 0;
      source->each_row(table, [&](const Row& row) {
        rows.push_back(row);
        if (rows.size() == batch) {
          target->insert(table, rows);
          copied += static_cast<std::int64_t>(rows.size());
          rows.clear();
          if (progress) {
            progress(table.name, copied);
          }
        }
      });
      target->insert(table, rows);
      copied += static_cast<std::int64_t>(rows.size());
      if (progress) {
        progress(table.name, copied);
      }
      report.tables.emplace_back(table.name, copied);
    }
    if (auto* server = dynamic_cast<ServerTarget*>(target.get())) {
      // The file's search words, as its index holds them (made by trygg_search_words).
      std::vector<Row> words;
      const bool file = dynamic_cast<FileSource*>(source.get()) != nullptr;
      source->each_row(file ? TableColumns{"case_search", "rowid, words", "rowid"} : TableColumns{"case_search", "case_id, words", "case_id"},
                       [&](const Row& row) { words.push_back(row); });
      server->insert_search_words(words);
    }
    report.history_lines = target->finish();
    return report;
  } catch (const StorageError&) {
    throw;
  } catch (const std::exception& error) {
    throw StorageError(trf("{} kunde inte kopieras till {}: {}", from, to, error.what()));
  }
}

}  // namespace trygg
