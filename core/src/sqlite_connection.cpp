// The embedded file's connection: SQLiteCpp underneath, as the storage layer always had it.
#include "sql_connection.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

namespace trygg::sql {
namespace {

class FileCursor final : public Cursor {
public:
  FileCursor(SQLite::Database& database, const std::string& sql) : database_(database), statement_(database, sql) {}
  void bind_text(int index, std::string_view value) override { statement_.bind(index, std::string(value)); }
  void bind_integer(int index, std::int64_t value) override { statement_.bind(index, value); }
  void bind_real(int index, double value) override { statement_.bind(index, value); }
  void bind_null(int index, Kind /*kind*/) override { statement_.bind(index); }
  bool step() override { return statement_.executeStep(); }
  void reset() override { statement_.reset(); }
  void clear_bindings() override { statement_.clearBindings(); }
  [[nodiscard]] int column_count() const override { return statement_.getColumnCount(); }
  [[nodiscard]] int column_index(const char* name) const override { return statement_.getColumnIndex(name); }
  [[nodiscard]] int affected() const override { return sqlite3_changes(database_.getHandle()); }
  [[nodiscard]] bool is_null(int column) const override { return statement_.isColumnNull(column); }
  [[nodiscard]] std::string text(int column) const override { return statement_.getColumn(column).getString(); }
  [[nodiscard]] std::int64_t integer(int column) const override { return statement_.getColumn(column).getInt64(); }
  [[nodiscard]] double real(int column) const override { return statement_.getColumn(column).getDouble(); }

private:
  SQLite::Database& database_;
  mutable SQLite::Statement statement_;  // SQLiteCpp reads columns through non-const calls
};

class FileConnection final : public Connection {
public:
  explicit FileConnection(SQLite::Database database) : database_(std::move(database))
  {
    // Counts every statement run, for the bench that holds a tick and its repaint to a budget.
    sqlite3_trace_v2(
        database_.getHandle(), SQLITE_TRACE_PROFILE,
        [](unsigned, void* counter, void*, void*) {
          ++*static_cast<std::int64_t*>(counter);
          return 0;
        },
        &statements_run_);
  }
  [[nodiscard]] Dialect dialect() const override { return Dialect::sqlite; }
  [[nodiscard]] std::unique_ptr<Cursor> prepare(const std::string& sql) override
  {
    return std::make_unique<FileCursor>(database_, sql);
  }
  void exec(const std::string& sql) override { database_.exec(sql); }
  // IMMEDIATE takes the write lock up front, so a write never fails half-way on a busy database.
  void begin_write() override { database_.exec("BEGIN IMMEDIATE"); }
  void commit() override { database_.exec("COMMIT"); }
  void rollback() override { database_.exec("ROLLBACK"); }
  [[nodiscard]] std::int64_t statements_run() const override { return statements_run_; }
  [[nodiscard]] SQLite::Database* file() override { return &database_; }

private:
  std::int64_t statements_run_ = 0;
  SQLite::Database database_;
};

}  // namespace

std::unique_ptr<Connection> open_file(SQLite::Database database)
{
  return std::make_unique<FileConnection>(std::move(database));
}

}  // namespace trygg::sql
