// The shared server's connection: PostgreSQL through libpq, serving the statement API the storage layer
// uses with the file. Statements are prepared once per connection (by their SQL and the kinds of
// value bound), values travel as text, integers typed so the server compares them as numbers.
#include "sql_connection.hpp"

#include <libpq-fe.h>

#include <array>
#include <cctype>
#include <charconv>
#include <cstdlib>
#include <map>
#include <vector>

namespace trygg::sql {
namespace {

// Oids of the types a parameter is declared as: the server needs one where the statement alone does not
// say (`? IS NULL`, a value in a SELECT list). A NULL bound first goes as "unknown" (0).
constexpr Oid int8_type = 20;
constexpr Oid text_type = 25;
constexpr Oid float8_type = 701;

struct ResultFree {
  void operator()(PGresult* result) const { PQclear(result); }
};
using Result = std::unique_ptr<PGresult, ResultFree>;

struct ConnectionFree {
  void operator()(PGconn* connection) const { PQfinish(connection); }
};

class ServerConnection;

// SQLite's INDEXED BY hints (kept where its planner chose badly) left out: the server's planner chooses.
std::string without_index_hints(std::string sql)
{
  static constexpr std::string_view hint = " INDEXED BY ";
  for (auto at = sql.find(hint); at != std::string::npos; at = sql.find(hint, at)) {
    auto end = at + hint.size();
    while (end < sql.size() && (std::isalnum(static_cast<unsigned char>(sql[end])) != 0 || sql[end] == '_')) {
      ++end;
    }
    sql.erase(at, end - at);
  }
  return sql;
}

class ServerCursor final : public Cursor {
public:
  ServerCursor(ServerConnection& connection, NumberedSql sql);
  void bind_text(int index, std::string_view value) override { put(index, std::string(value), text_type); }
  void bind_integer(int index, std::int64_t value) override { put(index, std::to_string(value), int8_type); }
  void bind_real(int index, double value) override
  {
    std::array<char, 32> text{};
    const auto [end, error] = std::to_chars(text.data(), text.data() + text.size(), value);
    put(index, std::string(text.data(), end), float8_type);
  }
  void bind_null(int index, Kind kind) override { put(index, std::nullopt, kind == Kind::integer ? int8_type : text_type); }
  bool step() override;
  void reset() override
  {
    result_.reset();
    row_ = -1;
  }
  void clear_bindings() override
  {
    reset();
    values_.assign(values_.size(), std::nullopt);
    types_.assign(types_.size(), 0);
  }
  [[nodiscard]] int column_count() const override { return result_ ? PQnfields(result_.get()) : 0; }
  [[nodiscard]] int column_index(const char* name) const override
  {
    const int index = result_ ? PQfnumber(result_.get(), name) : -1;
    if (index < 0) {
      throw Error(std::string("no column ") + name + " in the result", "42703");
    }
    return index;
  }
  [[nodiscard]] int affected() const override
  {
    const char* rows = result_ ? PQcmdTuples(result_.get()) : "";
    return *rows == '\0' ? 0 : std::atoi(rows);
  }
  [[nodiscard]] bool is_null(int column) const override { return PQgetisnull(result_.get(), row_, column) != 0; }
  [[nodiscard]] std::string text(int column) const override
  {
    return {PQgetvalue(result_.get(), row_, column), static_cast<std::size_t>(PQgetlength(result_.get(), row_, column))};
  }
  [[nodiscard]] std::int64_t integer(int column) const override
  {
    const char* value = PQgetvalue(result_.get(), row_, column);
    const std::size_t length = static_cast<std::size_t>(PQgetlength(result_.get(), row_, column));
    // A comparison comes back as t/f where SQLite gives 1/0; numeric and real values are cut as SQLite does.
    if (length == 1 && (value[0] == 't' || value[0] == 'f')) {
      return value[0] == 't' ? 1 : 0;
    }
    std::int64_t number = 0;
    if (const auto [end, error] = std::from_chars(value, value + length, number); error == std::errc() && end == value + length) {
      return number;
    }
    return static_cast<std::int64_t>(std::strtod(value, nullptr));
  }
  [[nodiscard]] double real(int column) const override { return std::strtod(PQgetvalue(result_.get(), row_, column), nullptr); }

private:
  void put(int index, std::optional<std::string> value, Oid type)
  {
    const auto position = static_cast<std::size_t>(index - 1);
    if (position >= values_.size()) {
      values_.resize(position + 1);
      types_.resize(position + 1, 0);
    }
    values_[position] = std::move(value);
    types_[position] = type;
  }

  ServerConnection& connection_;
  std::string sql_;
  std::vector<std::optional<std::string>> values_;
  std::vector<Oid> types_;
  Result result_;
  int row_ = -1;
};

class ServerConnection final : public Connection {
public:
  explicit ServerConnection(const std::string& address)
  {
    // The address's own settings win over these defaults (later keywords override the expanded ones).
    const char* keywords[] = {"connect_timeout", "application_name", "client_encoding", "dbname", nullptr};
    const char* values[] = {"10", "trygg", "UTF8", address.c_str(), nullptr};
    connection_.reset(PQconnectdbParams(keywords, values, 1));
    if (!connection_ || PQstatus(connection_.get()) != CONNECTION_OK) {
      Error error(connection_ ? PQerrorMessage(connection_.get()) : "out of memory", "08001", 0, true);
      error.password_needed = connection_ && PQconnectionNeedsPassword(connection_.get()) != 0;
      error.password_refused = connection_ && !error.password_needed && PQconnectionUsedPassword(connection_.get()) != 0;
      throw error;
    }
    // The server's notices (a REVOKE of what was not granted) are not for the person at the screen.
    PQsetNoticeProcessor(connection_.get(), [](void*, const char*) {}, nullptr);
    set_up_session();
  }
  [[nodiscard]] Dialect dialect() const override { return Dialect::postgresql; }
  [[nodiscard]] std::unique_ptr<Cursor> prepare(const std::string& sql) override
  {
    return std::make_unique<ServerCursor>(*this, numbered_parameters(without_index_hints(sql)));
  }
  void exec(const std::string& sql) override
  {
    (void)reconnecting([&] {
      ++statements_run_;
      return check(Result(PQexec(connection_.get(), sql.c_str())));
    });
  }
  void begin_write() override
  {
    // One writer at a time across every client, held until the transaction ends ('Tryg').
    exec("BEGIN; SELECT pg_advisory_xact_lock(1416787815)");
    in_transaction_ = true;
  }
  void commit() override
  {
    in_transaction_ = false;  // committed or not, the transaction is over
    exec("COMMIT");
  }
  void rollback() override
  {
    in_transaction_ = false;
    exec("ROLLBACK");
  }
  [[nodiscard]] std::int64_t statements_run() const override { return statements_run_; }

  Result run(const std::string& sql, const std::vector<std::optional<std::string>>& values, const std::vector<Oid>& types)
  {
    return reconnecting([&] { return run_once(sql, values, types); });
  }

private:
  void set_up_session()
  {
    // Times are compared as ISO text; a server's own settings must not change how values read.
    check(Result(PQexec(connection_.get(), "SET datestyle = ISO; SET extra_float_digits = 3")));
  }

  // A connection lost between transactions (the server restarted, a network blip, an idle connection
  // closed) is made again once and the statement run again: nothing was under way. Lost inside a
  // transaction, it is that write's failure: the server has rolled it back, nothing is half-written.
  template <class Attempt>
  Result reconnecting(Attempt&& attempt)
  {
    try {
      return attempt();
    } catch (const Error& error) {
      if (!error.connection_lost || in_transaction_) {
        throw;
      }
      PQreset(connection_.get());
      if (PQstatus(connection_.get()) != CONNECTION_OK) {
        throw;
      }
      prepared_.clear();  // the server forgot them with the old connection
      set_up_session();
      return attempt();
    }
  }

  Result run_once(const std::string& sql, const std::vector<std::optional<std::string>>& values, const std::vector<Oid>& types)
  {
    std::string key = sql;
    for (const Oid type : types) {
      key += ':' + std::to_string(type);
    }
    auto [named, added] = prepared_.try_emplace(key, "trygg_" + std::to_string(prepared_.size() + 1));
    if (added) {
      try {
        check(Result(PQprepare(connection_.get(), named->second.c_str(), sql.c_str(), static_cast<int>(types.size()),
                               types.empty() ? nullptr : types.data())));
      } catch (...) {
        prepared_.erase(named);
        throw;
      }
    }
    std::vector<const char*> pointers;
    pointers.reserve(values.size());
    for (const auto& value : values) {
      pointers.push_back(value ? value->c_str() : nullptr);
    }
    ++statements_run_;
    return check(Result(PQexecPrepared(connection_.get(), named->second.c_str(), static_cast<int>(pointers.size()),
                                       pointers.empty() ? nullptr : pointers.data(), nullptr, nullptr, 0)));
  }

  Result check(Result result) const
  {
    const auto status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
      return result;
    }
    const char* state = result ? PQresultErrorField(result.get(), PG_DIAG_SQLSTATE) : nullptr;
    std::string message = result ? PQresultErrorMessage(result.get()) : PQerrorMessage(connection_.get());
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) {
      message.pop_back();
    }
    throw Error(message, state ? state : "", 0, PQstatus(connection_.get()) != CONNECTION_OK);
  }

  std::unique_ptr<PGconn, ConnectionFree> connection_;
  std::map<std::string, std::string> prepared_;  // SQL and parameter types -> statement name
  std::int64_t statements_run_ = 0;
  bool in_transaction_ = false;
};

ServerCursor::ServerCursor(ServerConnection& connection, NumberedSql sql)
    : connection_(connection), sql_(std::move(sql.sql)), values_(static_cast<std::size_t>(sql.parameters)),
      types_(static_cast<std::size_t>(sql.parameters), 0)
{
}

bool ServerCursor::step()
{
  if (!result_) {
    result_ = connection_.run(sql_, values_, types_);
    row_ = -1;
  }
  ++row_;
  return row_ < PQntuples(result_.get());
}

}  // namespace

std::unique_ptr<Connection> open_server(const std::string& address)
{
  return std::make_unique<ServerConnection>(address);
}

}  // namespace trygg::sql
