#pragma once
// Reading and binding the values Trygg keeps in SQLite: text times in UTC ISO form, NULL for "none".
// Shared by the storage layer's files.

#include "trygg/time.hpp"

#include "sql_connection.hpp"

#include <chrono>
#include <optional>
#include <string>

namespace trygg {

inline std::optional<std::string> optional_text(const sql::Column& column)
{
  return column.isNull() ? std::nullopt : std::optional<std::string>(column.getString());
}

inline std::optional<int> optional_int(const sql::Column& column)
{
  return column.isNull() ? std::nullopt : std::optional<int>(column.getInt());
}

inline Timestamp timestamp(const sql::Column& column)
{
  return from_iso_utc(column.getString()).value_or(Timestamp{});
}

inline std::optional<Timestamp> optional_timestamp(const sql::Column& column)
{
  return column.isNull() ? std::nullopt : from_iso_utc(column.getString());
}

inline std::optional<std::chrono::year_month_day> optional_date(const sql::Column& column)
{
  return column.isNull() ? std::nullopt : from_iso_date(column.getString());
}

template <class Value>
void bind_optional(sql::Statement& statement, int index, const std::optional<Value>& value)
{
  if (value) {
    statement.bind(index, *value);
  } else {
    statement.bind_null_of<Value>(index);
  }
}

inline void bind_value(sql::Statement& statement, int index, const std::string& value) { statement.bind(index, value); }
inline void bind_value(sql::Statement& statement, int index, const char* value) { statement.bind(index, value); }
inline void bind_value(sql::Statement& statement, int index, std::int64_t value) { statement.bind(index, value); }
inline void bind_value(sql::Statement& statement, int index, int value) { statement.bind(index, value); }
inline void bind_value(sql::Statement& statement, int index, Timestamp value) { statement.bind(index, to_iso_utc(value)); }
template <class Value>
void bind_value(sql::Statement& statement, int index, const std::optional<Value>& value)
{
  if (value) {
    bind_value(statement, index, *value);
  } else {
    statement.bind_null_of<Value>(index);
  }
}

// Resets a (prepared, reused) statement and binds every parameter in order, in one call: a time as
// UTC ISO text, an empty optional as NULL.
template <class... Values>
void bind_all(sql::Statement& statement, const Values&... values)
{
  statement.reset();
  statement.clearBindings();
  int index = 0;
  (bind_value(statement, ++index, values), ...);
}

inline void bind_date(sql::Statement& statement, int index, const std::optional<std::chrono::year_month_day>& date)
{
  bind_optional(statement, index, date ? std::optional<std::string>(to_iso_date(*date)) : std::nullopt);
}

}  // namespace trygg
