#pragma once

#include "trygg/sdk/csv.hpp"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace trygg::physician {

// A unit of municipal care the physician serves: a nursing home, a short-term unit, an LSS home, the home
// health care of an area. Counts only: no person is named.
struct CareUnit {
  std::string municipality;
  std::string name;
  std::string category;      // an agreement's category id
  int people = 0;            // people enrolled or living there
  int places = 0;
  std::string primary_care;  // the vårdcentral that provides the physician
  // Need: counts a year of events ("new-admission", "medication-review", "sip-meeting") and people now
  // ("palliative"), by the agreement's addition ids.
  std::map<std::string, int> need;
  int line = 0;  // where it came from in a CSV file
};

// A count in a CSV field: a whole number from 0 to a million, or nothing when the text is not one.
[[nodiscard]] std::optional<int> count_of(const std::string& text);

// municipality,unit,category,people,places,primary_care[,<addition id>…]: the columns after primary_care
// are named by the header (e.g. new-admission,medication-review,sip-meeting,palliative) and hold counts.
// The header is required. Throws sdk::ContentError naming each bad row, so nothing is half-read.
[[nodiscard]] std::vector<CareUnit> read_care_units(const std::filesystem::path& csv);

// The same from rows already split (the first is the header), e.g. a table typed in the app; `where`
// names them in the errors.
[[nodiscard]] std::vector<CareUnit> care_units_from(const std::vector<sdk::CsvRow>& rows, const std::filesystem::path& where);

// The header and rows of units as a table shows them: the fixed columns, then one per need in `needs`.
[[nodiscard]] std::vector<std::string> care_unit_header(const std::vector<std::string>& needs);
[[nodiscard]] std::vector<std::vector<std::string>> care_unit_rows(const std::vector<CareUnit>& units, const std::vector<std::string>& needs);

// Units saved in the workspace (the plugin's record "units"): a JSON document, and back. Throws
// std::runtime_error for a document that is not one.
[[nodiscard]] std::string care_units_json(const std::vector<CareUnit>& units);
[[nodiscard]] std::vector<CareUnit> care_units_from_json(const std::string& json);

}  // namespace trygg::physician
