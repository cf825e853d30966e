#pragma once
// What an agreement means in physician time: per unit, vårdcentral and municipality, in minutes and hours
// a week, hours a month and full-time equivalents; scenarios side by side; which input moves the result.

#include "care_units.hpp"
#include "physician_cover.hpp"
#include "physician_agreement.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace trygg::physician {

// Weeks in a year on average (365.2425 / 7): hours a month = hours a week × 52.18 / 12.
inline constexpr double weeks_per_year = 52.18;

// The time a unit needs under an agreement.
struct UnitTime {
  CareUnit unit;  // a copy: the plan outlives the list it was made from
  bool covered = false;           // the agreement has a rate for the unit's category
  double base_minutes = 0;        // count × rate, a week
  double addition_minutes = 0;    // what need adds, a week
  [[nodiscard]] double minutes() const { return base_minutes + addition_minutes; }
};

// Totals for a group of units (a vårdcentral, a municipality, all).
struct TimeTotal {
  double minutes_per_week = 0;
  int units = 0;
  int uncovered_units = 0;  // units in a category the agreement has no rate for
  [[nodiscard]] double hours_per_week() const { return minutes_per_week / 60.0; }
  [[nodiscard]] double hours_per_month() const { return hours_per_week() * weeks_per_year / 12.0; }
};

// How much a full-time physician gives patients a week (contract hours × patient-time share).
struct FteBasis {
  double contract_hours_per_week = 40;
  double patient_time_share = 1;
  [[nodiscard]] double fte(double hours_per_week) const { return hours_per_week / (contract_hours_per_week * patient_time_share); }
};

// One input and what a change of it does to the total: +1 minute on a rate or an addition.
struct Sensitivity {
  std::string input;         // category or addition id
  std::string name;
  double hours_per_week_per_minute = 0;  // the total's change in hours a week for +1 minute
};

struct PhysicianTimePlan {
  std::string agreement_id;
  std::string agreement_name;
  bool example = false;
  FteBasis basis;
  std::vector<UnitTime> units;
  std::map<std::string, TimeTotal> per_primary_care;
  std::map<std::string, TimeTotal> per_municipality;
  TimeTotal total;
  std::vector<Sensitivity> sensitivity;  // largest effect first
  WeekCover cover;  // when a physician can be reached in an ordinary week, and the gaps
  // Minutes a week each rate and addition gives, in the agreement's order (categories, then additions).
  std::vector<std::pair<Sensitivity, double>> minutes_by_input;
  [[nodiscard]] double fte() const { return basis.fte(total.hours_per_week()); }
};

// Throws sdk::ContentError naming each unit (by `file` and line) whose category none of `agreements` knows:
// a misspelling must not quietly count as "not covered".
void check_categories(const std::vector<CareUnit>& units, const std::vector<PhysicianAgreement>& agreements,
                      const std::filesystem::path& file = {});

// The plan for the units under one agreement. `basis` overrides the agreement's contract hours and
// patient-time share when given.
[[nodiscard]] PhysicianTimePlan plan_physician_time(const PhysicianAgreement& agreement, const std::vector<CareUnit>& units,
                                                    const std::optional<FteBasis>& basis = std::nullopt);

}  // namespace trygg::physician
