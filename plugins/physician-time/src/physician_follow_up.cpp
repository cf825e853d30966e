#include "physician_follow_up.hpp"

#include "trygg/sdk/content_error.hpp"
#include "trygg/sdk/text.hpp"

#include <algorithm>

namespace trygg::physician {

Light light_for(double coverage, double target)
{
  if (coverage >= target) {
    return Light::green;
  }
  return coverage >= target - 0.15 ? Light::yellow : Light::red;
}

const char* light_label(Light light)
{
  switch (light) {
    case Light::green: return N_("grön");
    case Light::yellow: return N_("gul");
    case Light::red: return N_("röd");
  }
  return N_("röd");
}

FollowUp follow_up(const PhysicianTimePlan& plan, const std::vector<DeliveredWeek>& delivered, const PhysicianAgreement& agreement,
                   const std::filesystem::path& delivered_file)
{
  FollowUp result;
  for (const auto& indicator : agreement.indicators) {
    if (indicator.id == "coverage" && indicator.target) {
      result.target = *indicator.target;
    }
  }
  std::vector<sdk::ContentProblem> problems;
  for (const auto& week : delivered) {
    const UnitTime* required = nullptr;
    for (const auto& time : plan.units) {
      if (time.unit.municipality == week.municipality && time.unit.name == week.unit) {
        required = &time;
      }
    }
    if (required == nullptr) {
      problems.push_back({delivered_file, week.line, {}, sdk::trf("enheten {} i {} finns inte bland enheterna", week.unit, week.municipality)});
      continue;
    }
    FollowUpRow row{week, required->minutes(), 1.0, Light::green, std::max(0, week.rounds_planned - week.rounds_done),
                    std::max(0, week.reviews_due - week.reviews_done)};
    row.coverage = row.required_minutes > 0 ? week.delivered_minutes / row.required_minutes : 1.0;
    row.light = light_for(row.coverage, result.target);
    result.required_minutes += row.required_minutes;
    result.delivered_minutes += week.delivered_minutes;
    result.rounds_missed += row.rounds_missed;
    result.reviews_overdue += row.reviews_overdue;
    result.calls += week.calls;
    result.calls_in_time += week.calls_in_time;
    result.rows.push_back(row);
  }
  if (!problems.empty()) {
    throw sdk::ContentError(std::move(problems));
  }
  return result;
}

}  // namespace trygg::physician
