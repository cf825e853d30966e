#pragma once
// A case's assessments with one scored instrument, as kept in the record store: every assessment, oldest
// first, with its answers, score, band and the risk it fed. The record's history is the audit trail.

#include "trygg/scored_instrument.hpp"
#include "trygg/time.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace trygg {

struct Assessment {
  Timestamp at;
  InstrumentAnswers answers;
  int score = 0;
  std::string band;        // the band's id when it was made
  std::int64_t risk = 0;   // the risk it fed, or 0
};

// The assessments in a stored record (empty for none or for a record that cannot be read).
[[nodiscard]] std::vector<Assessment> assessments_from_json(const std::string& json);
[[nodiscard]] std::string assessments_json(const std::vector<Assessment>& assessments);

// "Downton Fall Risk Index: bedömning 2: poäng" for a history line's JSON pointer into the record.
[[nodiscard]] std::string assessment_field_label(const ScoredInstrument& instrument, const std::string& pointer);

}  // namespace trygg
