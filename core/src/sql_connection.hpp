#pragma once
// The storage layer's one way to a database, whichever holds it: the embedded SQLite file or the shared
// PostgreSQL server. Storage writes its SQL once, in the dialect both understand (parameters as ? or ?N,
// RETURNING for new ids); where the two differ (full-text search, time arithmetic) it asks `dialect()`.
// The statement API is the subset of SQLiteCpp's that the storage layer was written against, so either
// backend serves the same code.

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>

namespace SQLite {
class Database;
}

namespace trygg::sql {

enum class Dialect { sqlite, postgresql };

// A database error in words, with what a caller may act on: the server's SQLSTATE (empty for SQLite)
// or SQLite's result code, and whether the connection itself was lost.
class Error : public std::runtime_error {
public:
  Error(const std::string& what, std::string state, int code = 0, bool connection_lost = false)
      : std::runtime_error(what), state(std::move(state)), code(code), connection_lost(connection_lost)
  {
  }
  std::string state;
  int code = 0;
  bool connection_lost = false;
  // Signing in failed for want of a password (none given, or the one given refused).
  bool password_needed = false;
  bool password_refused = false;
};

// One prepared statement in a backend.
class Cursor {
public:
  virtual ~Cursor() = default;
  virtual void bind_text(int index, std::string_view value) = 0;
  virtual void bind_integer(int index, std::int64_t value) = 0;
  virtual void bind_real(int index, double value) = 0;
  // NULL, as a value of the kind the place holds (the server must know where the statement does not say).
  enum class Kind { text, integer };
  virtual void bind_null(int index, Kind kind) = 0;
  // The next row; false when there is none (a statement without rows runs on the first step).
  virtual bool step() = 0;
  // Ready to run again; the bindings stay.
  virtual void reset() = 0;
  virtual void clear_bindings() = 0;
  [[nodiscard]] virtual int column_count() const = 0;
  // The column of that name in the result; throws when there is none.
  [[nodiscard]] virtual int column_index(const char* name) const = 0;
  // Rows the last run inserted, changed or removed.
  [[nodiscard]] virtual int affected() const = 0;
  [[nodiscard]] virtual bool is_null(int column) const = 0;
  [[nodiscard]] virtual std::string text(int column) const = 0;
  [[nodiscard]] virtual std::int64_t integer(int column) const = 0;
  [[nodiscard]] virtual double real(int column) const = 0;
};

class Connection {
public:
  virtual ~Connection() = default;
  [[nodiscard]] virtual Dialect dialect() const = 0;
  [[nodiscard]] virtual std::unique_ptr<Cursor> prepare(const std::string& sql) = 0;
  // Statements without parameters, one or more.
  virtual void exec(const std::string& sql) = 0;
  // A write transaction: one writer at a time, as SQLite's IMMEDIATE gives it, so a write never fails
  // half-way for a lock and the history's chain has one order.
  virtual void begin_write() = 0;
  virtual void commit() = 0;
  virtual void rollback() = 0;
  // How many statements this connection has run (for benches).
  [[nodiscard]] virtual std::int64_t statements_run() const = 0;
  // The embedded file's own connection, for what only SQLite has (PRAGMAs, backup); null on a server.
  [[nodiscard]] virtual SQLite::Database* file() { return nullptr; }
};

class Statement;

// One value of the current row.
class Column {
public:
  Column(const Cursor& cursor, int index) : cursor_(&cursor), index_(index) {}
  [[nodiscard]] bool isNull() const { return cursor_->is_null(index_); }
  [[nodiscard]] std::string getString() const { return cursor_->text(index_); }
  [[nodiscard]] int getInt() const { return static_cast<int>(cursor_->integer(index_)); }
  [[nodiscard]] std::int64_t getInt64() const { return cursor_->integer(index_); }
  [[nodiscard]] double getDouble() const { return cursor_->real(index_); }

private:
  const Cursor* cursor_;
  int index_;
};

class Statement {
public:
  Statement(Connection& connection, const std::string& sql) : cursor_(connection.prepare(sql)) {}
  void bind(int index, const std::string& value) { cursor_->bind_text(index, value); }
  void bind(int index, const char* value) { cursor_->bind_text(index, value); }
  void bind(int index, std::int64_t value) { cursor_->bind_integer(index, value); }
  void bind(int index, int value) { cursor_->bind_integer(index, value); }
  void bind(int index, double value) { cursor_->bind_real(index, value); }
  void bind(int index) { cursor_->bind_null(index, Cursor::Kind::text); }
  // NULL in a place of `Value`s (an empty optional).
  template <class Value>
  void bind_null_of(int index)
  {
    cursor_->bind_null(index, std::is_integral_v<Value> ? Cursor::Kind::integer : Cursor::Kind::text);
  }
  bool executeStep() { return cursor_->step(); }
  // Runs a statement that returns no rows (or whose rows are not wanted): how many rows it changed.
  int exec()
  {
    while (cursor_->step()) {
    }
    return cursor_->affected();
  }
  // Runs an INSERT … RETURNING id: the new row's id.
  std::int64_t inserted_id()
  {
    if (!cursor_->step()) {
      throw Error("INSERT RETURNING id gave no row", "");
    }
    const std::int64_t id = cursor_->integer(0);
    while (cursor_->step()) {
    }
    return id;
  }
  void reset() { cursor_->reset(); }
  void clearBindings() { cursor_->clear_bindings(); }
  [[nodiscard]] Column getColumn(int index) const { return {*cursor_, index}; }
  [[nodiscard]] Column getColumn(const char* name) const { return {*cursor_, cursor_->column_index(name)}; }
  [[nodiscard]] bool isColumnNull(int index) const { return cursor_->is_null(index); }
  [[nodiscard]] int getColumnCount() const { return cursor_->column_count(); }

private:
  std::unique_ptr<Cursor> cursor_;
};

// A write transaction, rolled back unless committed.
class Transaction {
public:
  explicit Transaction(Connection& connection) : connection_(connection) { connection_.begin_write(); }
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction()
  {
    if (!done_) {
      try {
        connection_.rollback();
      } catch (...) {
        // The connection is gone or the transaction already ended: nothing of it was committed.
      }
    }
  }
  void commit()
  {
    connection_.commit();
    done_ = true;
  }

private:
  Connection& connection_;
  bool done_ = false;
};

// `sql` with its ? and ?N parameters written as PostgreSQL's $N (text in quotes left alone), and how many
// there are (the highest number).
struct NumberedSql {
  std::string sql;
  int parameters = 0;
};
[[nodiscard]] NumberedSql numbered_parameters(std::string_view sql);

// A database connection for Storage: a file opened with SQLite, or a server address.
[[nodiscard]] std::unique_ptr<Connection> open_file(SQLite::Database database);
[[nodiscard]] std::unique_ptr<Connection> open_server(const std::string& address);

}  // namespace trygg::sql
