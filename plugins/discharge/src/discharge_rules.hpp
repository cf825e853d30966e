#pragma once

#include "payment_liability.hpp"
#include "trygg/sdk/case_snapshot.hpp"
#include "trygg/sdk/deadline.hpp"

#include <vector>

namespace trygg::discharge {

// Event kinds a discharge case records.
namespace event {
inline constexpr const char* admitted = "admitted";
inline constexpr const char* admission_notice_sent = "admission-notice-sent";
inline constexpr const char* fast_vardkontakt_appointed = "fast-vardkontakt-appointed";
inline constexpr const char* ready_for_discharge = "ready-for-discharge";
inline constexpr const char* sip_called = "sip-called";
inline constexpr const char* information_transferred = "information-transferred";
inline constexpr const char* discharged = "discharged";
inline constexpr const char* sip_not_needed = "sip-not-needed";
}  // namespace event

// The first ready notice of the stay: the kallelse till SIP is due from it, and a patient who stops
// being ready and is ready again does not need a second one.
[[nodiscard]] std::optional<std::chrono::sys_seconds> first_ready_notice(const sdk::CaseSnapshot& snapshot);

// The kallelse till SIP that answers the first ready notice: the first one sent since, in this case or
// a case tied to it (a SIP opened from it). One answer for the deadline and the payment clock alike.
[[nodiscard]] std::optional<std::chrono::sys_seconds> kallelse_after_ready_notice(const sdk::CaseSnapshot& snapshot);

// What the payment clock needs from a case, with the kallelse as its deadline counts it (above).
[[nodiscard]] LiabilityCase liability_case_from(const sdk::CaseSnapshot& snapshot);

// The law's deadlines (Lag 2017:612) that follow from the events recorded so far. A deadline
// appears once the event it runs from is known.
[[nodiscard]] std::vector<sdk::Deadline> legal_deadlines(const sdk::CaseSnapshot& snapshot);

}  // namespace trygg::discharge
