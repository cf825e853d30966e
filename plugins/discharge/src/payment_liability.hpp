#pragma once

#include "trygg/sdk/case_snapshot.hpp"
#include "trygg/sdk/versioned_document.hpp"

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace trygg::discharge {

using Timestamp = std::chrono::sys_seconds;

// A region's rule for when the municipality's payment liability (betalningsansvar) starts for a
// patient who stays in hospital after being ready for discharge. See schemas/payment-agreement.xsd.
struct PaymentAgreement : sdk::VersionedDocument {
  enum class DayType { calendar, working };
  struct Amount {
    int from_year = 0;
    int per_day = 0;  // kronor
  };

  DayType day_type = DayType::calendar;
  bool notice_day_is_day_zero = true;
  std::optional<std::chrono::minutes> cut_off;  // since local midnight
  int somatic_days = 0;
  int psychiatric_days = 0;
  std::vector<Amount> amounts;  // ascending from_year

  // The amount for a day: the latest entry whose year has begun; nullopt before the first.
  [[nodiscard]] std::optional<int> amount_on(std::chrono::year_month_day day) const;
};

// Reads and checks an agreement file; throws sdk::ContentError naming file, line and element.
[[nodiscard]] PaymentAgreement read_payment_agreement(const std::filesystem::path& file);

// What the liability clock needs to know about a case.
struct LiabilityCase {
  std::optional<Timestamp> admission_notice;  // inskrivningsmeddelande received by the municipality
  std::optional<Timestamp> ready_notice;      // meddelande om utskrivningsklar
  std::optional<Timestamp> sip_called;        // kallelse till SIP
  bool sip_needed = true;                     // both region and municipality are needed
  bool declined = false;                      // the patient declined support
  bool psychiatric = false;
  std::optional<Timestamp> discharged;
};

struct Liability {
  // The days that run before liability starts (day 0 or 1 up to the agreed number), in order.
  std::vector<std::chrono::year_month_day> grace_days;
  // The first day the municipality pays for, when the ready notice is known.
  std::optional<std::chrono::year_month_day> first_day;
  // Preconditions from the law that are not met (liability does not start while any is).
  std::vector<std::string> unmet;
  int days = 0;    // liable days so far (up to the discharge day, which is not counted, or today)
  long amount = 0;  // kronor for those days
  [[nodiscard]] bool applies() const { return unmet.empty() && first_day.has_value(); }
};

// The event kinds of a discharge case the clock reads.
namespace liability_event {
inline constexpr const char* admission_notice_sent = "admission-notice-sent";
inline constexpr const char* ready_for_discharge = "ready-for-discharge";
inline constexpr const char* sip_called = "sip-called";
inline constexpr const char* sip_not_needed = "sip-not-needed";      // only one huvudman is needed
inline constexpr const char* support_declined = "support-declined";  // the patient declined support
inline constexpr const char* psychiatric_care = "psychiatric-care";  // the stay is psychiatric care
inline constexpr const char* discharged = "discharged";
}  // namespace liability_event

// What the clock needs, read from a case's events (the latest of each kind).
[[nodiscard]] LiabilityCase liability_case_from(const std::vector<sdk::CaseEventSnapshot>& events);

// The payment-liability clock for a case under an agreement, as of `now`.
[[nodiscard]] Liability payment_liability(const PaymentAgreement& agreement, const LiabilityCase& care, Timestamp now);

}  // namespace trygg::discharge
