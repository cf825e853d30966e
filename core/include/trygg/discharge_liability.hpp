#pragma once

#include "trygg/care_case.hpp"
#include "trygg/payment_agreement.hpp"

namespace trygg {

// The event kinds of a discharge case that the payment-liability clock reads. A discharge plugin
// records these kinds; they are named here because the clock (core) and the plugin must agree.
namespace discharge_event {
inline constexpr const char* admission_notice_sent = "admission-notice-sent";
inline constexpr const char* ready_for_discharge = "ready-for-discharge";
inline constexpr const char* sip_called = "sip-called";
inline constexpr const char* sip_not_needed = "sip-not-needed";      // only one huvudman is needed
inline constexpr const char* support_declined = "support-declined";  // the patient declined support
inline constexpr const char* psychiatric_care = "psychiatric-care";  // the stay is psychiatric care
inline constexpr const char* discharged = "discharged";
}  // namespace discharge_event

// What the clock needs, read from a case's events (the latest of each kind).
[[nodiscard]] LiabilityCase liability_case_from(const std::vector<CaseEvent>& events);

}  // namespace trygg
