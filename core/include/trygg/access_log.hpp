#pragma once
// The access log the Patient Data Act asks for (Patientdatalagen 4 kap. 3 §): who read which person's
// data, when, what and from which client, kept beside the history (which already says who changed what).
// Append-only like the history. The follow-up ("logguppföljning") reads both, per person or per user.

#include "trygg/time.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace trygg {

// How a person's data was read: a case opened or shown, printed, exported (a file that leaves Trygg).
enum class AccessAction { read, print, export_file };
[[nodiscard]] const char* to_string(AccessAction action);

// One line of the follow-up: a read from the access log, or a change from the history.
struct AccessLogLine {
  Timestamp at;
  std::string actor;
  std::string client;  // the machine and program a read came from; empty for a change (the history has none)
  std::int64_t case_id = 0;
  std::string person_identity;  // 12 digits; empty for a case about an organisation
  std::string person_name;
  std::string action;  // "read", "print", "export" or "change"
  std::string what;    // what was read or changed
  std::string emergency_reason;  // a read outside the user's units (nödåtkomst): the reason they gave
  std::int64_t history_line = 0;  // a change: its line in the history (0 for a read)
};

// Which lines the follow-up shows: one person's (by personnummer), one user's, or everything, in a period.
struct AccessLogQuery {
  std::string person_identity;  // as typed; normalised before use
  std::string actor;
  std::optional<Timestamp> from;
  std::optional<Timestamp> until;
  bool emergency_only = false;  // only the reads outside one's units
};

// What a line's action means, in the reader's language: "läste", "skrev ut", "exporterade", "ändrade".
[[nodiscard]] std::string access_action_words(const std::string& action);
// A bound of the follow-up's period as people type it: a day (from its first minute) or a Swedish local
// time; none when it is neither.
[[nodiscard]] std::optional<Timestamp> parse_day_or_time(const std::string& text);

// The follow-up as a CSV file: a first line saying it holds personal data, a header, a line each (Swedish
// local times, personnummer as written on paper).
[[nodiscard]] std::string access_log_csv(const std::vector<AccessLogLine>& lines);

// Where a read came from: this machine's name and the program, e.g. "vardcentral-12 (trygg-cli)".
[[nodiscard]] std::string this_client();

}  // namespace trygg
