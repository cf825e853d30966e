#pragma once
// Consent to share a person's information with another unit (the acute process: "information goes to
// another unit only after consent"). The consent is a record form a process owner declares; the host
// reads four of its fields to decide whether a disclosure may happen.

#include "trygg/record_form.hpp"

#include <chrono>
#include <string>
#include <vector>

namespace trygg {

// What a consent form must hold for the gate to read it: covers and recipients (a table with a column
// `unit`) and valid-until (a date), all required, and revoked (yes-no). Empty when it does.
[[nodiscard]] std::string consent_form_problem(const RecordForm& form);

struct ConsentCheck {
  bool allowed = false;
  std::string why;                      // why not, in people's words; empty when allowed
  std::vector<std::string> recipients;  // the units the consent names, for choosing one
  std::string recipient;                // the allowed recipient as the consent names it
};

// Whether a stored consent (the form's JSON, or empty for none) lets information go to `recipient` on
// `today`: given, not revoked, valid through that whole day, and naming the recipient (case and accents
// folded as Swedish readers compare names).
[[nodiscard]] ConsentCheck check_consent(const std::string& json, const std::string& recipient, std::chrono::year_month_day today);

}  // namespace trygg
