#pragma once

#include "agreement_book.hpp"
#include "payment_agreement.hpp"

#include "trygg/sdk/case_snapshot.hpp"

#include <chrono>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace trygg::discharge {

using Timestamp = std::chrono::sys_seconds;

// What the liability clock needs to know about a stay in hospital.
struct LiabilityCase {
  std::optional<Timestamp> admission_notice;  // inskrivningsmeddelande received by the municipality
  std::vector<Timestamp> ready_notices;       // meddelanden om utskrivningsklar, oldest first
  std::vector<Timestamp> not_ready;           // "no longer ready for discharge", oldest first
  std::optional<Timestamp> sip_called;        // the kallelse till SIP that answers the first ready notice
  bool sip_needed = true;                     // both region and municipality are needed
  std::optional<Timestamp> declined;          // the patient declined support
  CareKind care = CareKind::somatic;
  std::optional<Timestamp> discharged;
};

// One run of the clock: from a ready notice until the patient is no longer ready, goes home, or
// declines support. A ready notice sent again while the patient is ready does not restart it.
struct LiabilityEpisode {
  Timestamp ready;
  std::optional<Timestamp> ended;
  std::string agreement_id;    // the agreement that prices it (empty: none applies)
  std::string agreement_name;
  bool agreement_example = false;
  std::string basis;           // why that agreement ("ingen överenskommelse vald för Flen: lagens regel")
  // The days that run before liability starts (day 0 or 1 up to the agreed number), in order.
  std::vector<std::chrono::year_month_day> grace_days;
  // The first day the rule makes the municipality pay for.
  std::optional<std::chrono::year_month_day> first_day;
  // The first day it does pay for: later than first_day while a precondition was not yet met.
  std::optional<std::chrono::year_month_day> liable_from;
  std::vector<std::string> unmet;  // why no day of it is priced
  std::vector<std::string> notes;  // why days were left out
  int days = 0;
  long amount = 0;              // kronor, for the days whose year has a known amount
  int days_without_amount = 0;  // days in a year with no known amount
};

struct Liability {
  std::vector<LiabilityEpisode> episodes;  // oldest first
  int days = 0;                            // liable days so far, every episode
  long amount = 0;                         // kronor for the days with a known amount
  int days_without_amount = 0;
  std::set<int> years_without_amount;

  // The episode running now, or the last one.
  [[nodiscard]] const LiabilityEpisode* current() const { return episodes.empty() ? nullptr : &episodes.back(); }
  // The first day of liability in the current episode, when the rule gives one.
  [[nodiscard]] std::optional<std::chrono::year_month_day> first_day() const;
  // Why no liability runs now (the current episode's unmet preconditions).
  [[nodiscard]] const std::vector<std::string>& unmet() const;
  // Whether the municipality pays for any day, or will once the grace days have run.
  [[nodiscard]] bool applies() const;
  // Whether every liable day has a known amount.
  [[nodiscard]] bool amount_known() const { return days_without_amount == 0; }
};

// The event kinds of a discharge case the clock reads.
namespace liability_event {
inline constexpr const char* admission_notice_sent = "admission-notice-sent";
inline constexpr const char* ready_for_discharge = "ready-for-discharge";
inline constexpr const char* not_ready_for_discharge = "not-ready-for-discharge";
inline constexpr const char* sip_called = "sip-called";
inline constexpr const char* sip_not_needed = "sip-not-needed";      // only one huvudman is needed
inline constexpr const char* support_declined = "support-declined";  // the patient declined support
inline constexpr const char* psychiatric_care = "psychiatric-care";  // the stay is psychiatric care
inline constexpr const char* compulsory_care = "compulsory-care";    // psykiatrisk tvångsvård (LPT/LRV)
inline constexpr const char* discharged = "discharged";
}  // namespace liability_event

// What the clock needs, read from a case's events.
[[nodiscard]] LiabilityCase liability_case_from(const std::vector<sdk::CaseEventSnapshot>& events);

// The ready notice that opened the episode running now, or the last one: a notice sent again while the
// patient is ready repeats it; one after "not ready" opens a new episode.
[[nodiscard]] std::optional<Timestamp> opening_ready_notice(const LiabilityCase& care);

// The payment-liability clock for a stay as of `now`, each episode priced under the agreement the
// selector gives for the day its notice counts from.
[[nodiscard]] Liability payment_liability(const AgreementSelector& select, const LiabilityCase& care, Timestamp now);

// Kronor as Swedes write them: "46 500 kr".
[[nodiscard]] std::string format_kronor(long amount);

// "4 dagar, 37 200 kr" / "4 dagar, belopp okänt för 2026" / "6 dagar, 18 600 kr + 4 dagar utan känt belopp (2026)".
[[nodiscard]] std::string priced_days_text(const Liability& liability);

}  // namespace trygg::discharge
