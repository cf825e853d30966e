#include "physician_time_plan.hpp"

#include "trygg/sdk/content_error.hpp"
#include "trygg/sdk/text.hpp"

#include <algorithm>
#include <set>

namespace trygg::physician {

void check_categories(const std::vector<CareUnit>& units, const std::vector<PhysicianAgreement>& agreements,
                      const std::filesystem::path& file)
{
  std::set<std::string> known;
  for (const auto& agreement : agreements) {
    for (const auto& category : agreement.categories) {
      known.insert(category.id);
    }
  }
  std::string names;
  for (const auto& id : known) {
    names += (names.empty() ? "" : ", ") + id;
  }
  std::vector<sdk::ContentProblem> problems;
  for (const auto& unit : units) {
    if (!known.contains(unit.category)) {
      problems.push_back({file, unit.line, {}, sdk::trf("{}: okänd kategori \"{}\"; avtalen känner {}", unit.name, unit.category, names)});
    }
  }
  if (!problems.empty()) {
    throw sdk::ContentError(std::move(problems));
  }
}

PhysicianTimePlan plan_physician_time(const PhysicianAgreement& agreement, const std::vector<CareUnit>& units,
                                      const std::optional<FteBasis>& basis)
{
  PhysicianTimePlan plan;
  plan.agreement_id = agreement.id;
  plan.agreement_name = agreement.name;
  plan.example = agreement.example;
  plan.basis = basis.value_or(FteBasis{agreement.contract_hours_per_week, agreement.patient_time_share});
  plan.cover = week_cover(agreement);
  std::map<std::string, double> effect;   // input id -> hours a week for +1 minute
  std::map<std::string, double> minutes;  // input id -> minutes a week it gives
  for (const auto& unit : units) {
    UnitTime time{unit, false, 0, 0};
    if (const auto* category = agreement.category(unit.category)) {
      time.covered = true;
      const int count = category->per_place ? unit.places : unit.people;
      time.base_minutes = count * category->minutes_per_week;
      effect[category->id] += count / 60.0;
      minutes[category->id] += time.base_minutes;
      for (const auto& addition : agreement.additions) {
        const auto need = unit.need.find(addition.id);
        const int counted = need == unit.need.end() ? 0 : need->second;
        // Events are counted a year and spread over its weeks; people in a phase count every week.
        const double per_week = addition.per_person_week ? counted : counted / weeks_per_year;
        time.addition_minutes += per_week * addition.minutes;
        effect[addition.id] += per_week / 60.0;
        minutes[addition.id] += per_week * addition.minutes;
      }
    }
    plan.units.push_back(time);
    for (auto* total : {&plan.per_primary_care[unit.primary_care], &plan.per_municipality[unit.municipality], &plan.total}) {
      total->minutes_per_week += time.minutes();
      ++total->units;
      total->uncovered_units += time.covered ? 0 : 1;
    }
  }
  for (const auto& category : agreement.categories) {
    plan.sensitivity.push_back({category.id, category.name, effect[category.id]});
    plan.minutes_by_input.emplace_back(plan.sensitivity.back(), minutes[category.id]);
  }
  for (const auto& addition : agreement.additions) {
    plan.sensitivity.push_back({addition.id, addition.name, effect[addition.id]});
    plan.minutes_by_input.emplace_back(plan.sensitivity.back(), minutes[addition.id]);
  }
  std::stable_sort(plan.sensitivity.begin(), plan.sensitivity.end(),
                   [](const Sensitivity& a, const Sensitivity& b) { return a.hours_per_week_per_minute > b.hours_per_week_per_minute; });
  return plan;
}

}  // namespace trygg::physician
