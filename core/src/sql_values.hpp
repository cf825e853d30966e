#pragma once
// Reading and binding the values Trygg keeps in SQLite: text times in UTC ISO form, NULL for "none".
// Shared by the storage layer's files.

#include "trygg/time.hpp"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <chrono>
#include <optional>
#include <string>

namespace trygg {

inline std::optional<std::string> optional_text(const SQLite::Column& column)
{
  return column.isNull() ? std::nullopt : std::optional<std::string>(column.getString());
}

inline std::optional<int> optional_int(const SQLite::Column& column)
{
  return column.isNull() ? std::nullopt : std::optional<int>(column.getInt());
}

inline Timestamp timestamp(const SQLite::Column& column)
{
  return from_iso_utc(column.getString()).value_or(Timestamp{});
}

inline std::optional<Timestamp> optional_timestamp(const SQLite::Column& column)
{
  return column.isNull() ? std::nullopt : from_iso_utc(column.getString());
}

inline std::optional<std::chrono::year_month_day> optional_date(const SQLite::Column& column)
{
  return column.isNull() ? std::nullopt : from_iso_date(column.getString());
}

template <class Value>
void bind_optional(SQLite::Statement& statement, int index, const std::optional<Value>& value)
{
  if (value) {
    statement.bind(index, *value);
  } else {
    statement.bind(index);
  }
}

inline void bind_value(SQLite::Statement& statement, int index, const std::string& value) { statement.bind(index, value); }
inline void bind_value(SQLite::Statement& statement, int index, const char* value) { statement.bind(index, value); }
inline void bind_value(SQLite::Statement& statement, int index, std::int64_t value) { statement.bind(index, value); }
inline void bind_value(SQLite::Statement& statement, int index, int value) { statement.bind(index, value); }
inline void bind_value(SQLite::Statement& statement, int index, Timestamp value) { statement.bind(index, to_iso_utc(value)); }
template <class Value>
void bind_value(SQLite::Statement& statement, int index, const std::optional<Value>& value)
{
  if (value) {
    bind_value(statement, index, *value);
  } else {
    statement.bind(index);
  }
}

// Resets a (prepared, reused) statement and binds every parameter in order, in one call: a time as
// UTC ISO text, an empty optional as NULL.
template <class... Values>
void bind_all(SQLite::Statement& statement, const Values&... values)
{
  statement.reset();
  statement.clearBindings();
  int index = 0;
  (bind_value(statement, ++index, values), ...);
}

inline void bind_date(SQLite::Statement& statement, int index, const std::optional<std::chrono::year_month_day>& date)
{
  bind_optional(statement, index, date ? std::optional<std::string>(to_iso_date(*date)) : std::nullopt);
}

}  // namespace trygg
