#pragma once
// What the vårdcentraler report they delivered, per unit and ISO week: read from a CSV file, typed in the
// tool's table, or kept in the workspace as JSON. Every way in is checked the same way.

#include "trygg/sdk/csv.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace trygg::physician {

// What a vårdcentral reports for a unit and a week.
struct DeliveredWeek {
  std::string municipality;
  std::string unit;
  std::string week;  // ISO week, "2026-W47"
  double delivered_minutes = 0;
  int rounds_planned = 0;
  int rounds_done = 0;
  int reviews_due = 0;   // medication reviews due that week
  int reviews_done = 0;
  int calls = 0;         // out-of-hours calls
  int calls_in_time = 0; // answered within the agreement's phone target
  int line = 0;          // where it was read: a file's line or a table's row
};

// municipality,unit,week,delivered_minutes,rounds_planned,rounds_done,reviews_due,reviews_done,calls,calls_in_time
// with a header. Throws sdk::ContentError naming each bad row; nothing is half-read.
[[nodiscard]] std::vector<DeliveredWeek> read_delivered(const std::filesystem::path& csv);
// The same from rows already split (the header first), `where` naming them in messages.
[[nodiscard]] std::vector<DeliveredWeek> delivered_from(const std::vector<sdk::CsvRow>& rows, const std::filesystem::path& where);

[[nodiscard]] std::vector<std::string> delivered_header();
// Each week as the text of the header's fields, for a table to edit.
[[nodiscard]] std::vector<std::vector<std::string>> delivered_rows(const std::vector<DeliveredWeek>& weeks);

// As kept in the workspace's record store.
[[nodiscard]] std::string delivered_json(const std::vector<DeliveredWeek>& weeks);
// Throws sdk::ContentError when the saved weeks no longer pass the checks (named by row).
[[nodiscard]] std::vector<DeliveredWeek> delivered_from_json(const std::string& json);

}  // namespace trygg::physician
