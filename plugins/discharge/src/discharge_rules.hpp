#pragma once

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
}  // namespace event

// The law's deadlines (Lag 2017:612) that follow from the events recorded so far. A deadline
// appears once the event it runs from is known.
[[nodiscard]] std::vector<sdk::Deadline> legal_deadlines(const sdk::CaseSnapshot& snapshot);

}  // namespace trygg::discharge
