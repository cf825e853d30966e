#pragma once
// The agreement as an appendix to print or send: who, what each category gets, what need adds, when a
// physician can be reached and how fast, the tasks, how it is followed up, and what it means in hours
// for the units counted.

#include "physician_agreement.hpp"
#include "physician_time_plan.hpp"

#include <string>

namespace trygg::physician {

[[nodiscard]] std::string agreement_appendix_html(const PhysicianAgreement& agreement, const PhysicianTimePlan& plan);

}  // namespace trygg::physician
