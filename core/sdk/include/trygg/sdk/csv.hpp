#pragma once
// Reading the small CSV files people export from spreadsheets (planned discharges, care units, delivered
// time): bounded, so a wrong file (or /dev/zero) is refused where it is found, and each row keeps its line
// number for the errors. Header-only. (3.2)

#include "trygg/sdk/content_error.hpp"
#include "trygg/sdk/text.hpp"

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace trygg::sdk {

// One line of a CSV file, as read.
struct CsvRow {
  int line = 0;  // 1-based
  std::vector<std::string> fields;
};

// A field as a CSV file writes it: quoted (quotes doubled) when it holds a comma, a quote or a line break.
[[nodiscard]] inline std::string csv_field(const std::string& text)
{
  if (text.find_first_of(",\"\r\n") == std::string::npos) {
    return text;
  }
  std::string quoted = "\"";
  for (const char c : text) {
    quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  }
  return quoted + "\"";
}

// Splits a line at `separator` outside double quotes; fields are trimmed of spaces, tabs and CR.
[[nodiscard]] inline std::vector<std::string> split_csv_line(const std::string& text, char separator = ',')
{
  std::vector<std::string> parts;
  std::string part;
  bool quoted = false;
  for (const char c : text) {
    if (c == '"') {
      quoted = !quoted;
    } else if (c == separator && !quoted) {
      parts.push_back(part);
      part.clear();
    } else {
      part += c;
    }
  }
  parts.push_back(part);
  for (auto& value : parts) {
    const auto first = value.find_first_not_of(" \t\r");
    const auto last = value.find_last_not_of(" \t\r");
    value = first == std::string::npos ? std::string() : value.substr(first, last - first + 1);
  }
  return parts;
}

// Every non-blank line of a file, split. A first line whose first field is `header_first_field` is the
// header and left out; without it (or with an empty `header_first_field`), the first line is data. Throws ContentError naming the file (and the
// line) when it cannot be read, a line is longer than any row people write, or there are more rows than
// a region has.
[[nodiscard]] inline std::vector<CsvRow> read_csv_rows(const std::filesystem::path& csv, const std::string& header_first_field = {})
{
  std::ifstream in(csv, std::ios::binary);
  if (!in) {
    throw ContentError({{csv, 0, {}, tr("filen finns inte eller kan inte läsas")}});
  }
  constexpr std::size_t longest_line = 4096;
  constexpr int most_rows = 1'000'000;
  std::vector<CsvRow> rows;
  std::string line;
  int number = 0;
  while (true) {
    line.clear();
    char c = 0;
    bool any = false;
    while (in.get(c) && c != '\n') {
      any = true;
      if (line.size() == longest_line) {
        throw ContentError({{csv, number + 1, {}, trf("raden är längre än {} tecken; är det rätt fil?", longest_line)}});
      }
      line.push_back(c);
    }
    if (!any && !in) {
      break;
    }
    if (++number > most_rows) {
      throw ContentError({{csv, number, {}, trf("fler än {} rader; dela upp filen", most_rows)}});
    }
    if (line.find_first_not_of(" \t\r") == std::string::npos) {
      continue;  // blank lines
    }
    auto fields = split_csv_line(line);
    if (number == 1 && !header_first_field.empty() && !fields.empty() && fields[0] == header_first_field) {
      continue;  // the header, when there is one
    }
    rows.push_back({number, std::move(fields)});
  }
  return rows;
}

}  // namespace trygg::sdk
