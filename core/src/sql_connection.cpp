#include "sql_connection.hpp"

#include <algorithm>
#include <cctype>

namespace trygg::sql {

NumberedSql numbered_parameters(std::string_view sql)
{
  NumberedSql result;
  result.sql.reserve(sql.size() + 16);
  for (std::size_t at = 0; at < sql.size(); ++at) {
    const char c = sql[at];
    if (c == '\'' || c == '"') {
      // A quoted text or name, with its doubled quotes, as it is.
      const std::size_t end = sql.find(c, at + 1);
      const std::size_t stop = end == std::string_view::npos ? sql.size() : end + 1;
      result.sql.append(sql.substr(at, stop - at));
      at = stop - 1;
      continue;
    }
    if (c != '?') {
      result.sql += c;
      continue;
    }
    std::size_t digits = at + 1;
    while (digits < sql.size() && std::isdigit(static_cast<unsigned char>(sql[digits])) != 0) {
      ++digits;
    }
    // A bare ? is the one after the highest so far, as SQLite numbers it.
    const int number = digits > at + 1 ? std::stoi(std::string(sql.substr(at + 1, digits - at - 1))) : result.parameters + 1;
    result.parameters = std::max(result.parameters, number);
    result.sql += '$' + std::to_string(number);
    at = digits - 1;
  }
  return result;
}

}  // namespace trygg::sql
