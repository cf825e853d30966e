#pragma once
// Following up an agreement: the time and tasks delivered per unit and week against what the agreement
// requires, as coverage with a traffic light.

#include "delivered_weeks.hpp"
#include "physician_time_plan.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace trygg::physician {

enum class Light { green, yellow, red };

struct FollowUpRow {
  DeliveredWeek delivered;  // a copy: the follow-up outlives the list it was made from
  double required_minutes = 0;  // a week, under the agreement
  double coverage = 0;          // delivered / required; 1 when nothing is required
  Light light = Light::green;
  int rounds_missed = 0;
  int reviews_overdue = 0;
};

struct FollowUp {
  double target = 0.9;  // the agreement's coverage indicator, else 0.9
  std::vector<FollowUpRow> rows;
  double required_minutes = 0;
  double delivered_minutes = 0;
  int rounds_missed = 0;
  int reviews_overdue = 0;
  int calls = 0;
  int calls_in_time = 0;
  [[nodiscard]] double coverage() const { return required_minutes > 0 ? delivered_minutes / required_minutes : 1.0; }
};

// Throws sdk::ContentError naming each delivered row whose unit the units file does not have.
[[nodiscard]] FollowUp follow_up(const PhysicianTimePlan& plan, const std::vector<DeliveredWeek>& delivered,
                                 const PhysicianAgreement& agreement, const std::filesystem::path& delivered_file = {});

// Green at or above the target, yellow within 15 percentage points below it, red under that.
[[nodiscard]] Light light_for(double coverage, double target);
[[nodiscard]] const char* light_label(Light light);  // "grön", "gul", "röd" (translated by the caller's tr)

}  // namespace trygg::physician
