#pragma once

#include "trygg/sdk/deadline.hpp"
#include "trygg/sdk/case_snapshot.hpp"

#include <vector>

namespace trygg::sip {

namespace event {
inline constexpr const char* ready_for_discharge = "ready-for-discharge";  // in the discharge case
inline constexpr const char* sip_called = "sip-called";
inline constexpr const char* person_met = "person-met";
inline constexpr const char* sip_meeting = "sip-meeting";
inline constexpr const char* followed_up = "followed-up";
}  // namespace event

// A follow-up held up to this long before its date counts as that follow-up.
inline constexpr auto early_follow_up = std::chrono::days(7);

// The SIP's deadlines: kallelse within 3 days of the ready notice when the SIP comes from a discharge,
// met by a kallelse recorded in either case; and the plan's follow-up date.
[[nodiscard]] std::vector<sdk::Deadline> sip_deadlines(const sdk::CaseSnapshot& snapshot);

}  // namespace trygg::sip
