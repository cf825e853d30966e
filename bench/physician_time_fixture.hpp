#pragma once
// A region for the physician-time benches: N care units across Sörmland's nine municipalities and forty
// vårdcentraler, and five scenarios (the shipped agreements and two variants of the proposal).

#include "physician_time_plan.hpp"

#include <array>
#include <string>
#include <vector>

namespace trygg::bench {

inline std::vector<physician::PhysicianAgreement> physician_scenarios(const std::filesystem::path& source)
{
  using physician::read_physician_agreement;
  const auto folder = source / "plugins/physician-time/content/agreements";
  std::vector<physician::PhysicianAgreement> scenarios{read_physician_agreement(folder / "sormland-6-min.xml"),
                                                       read_physician_agreement(folder / "sormland-9-min-proposal.xml"),
                                                       read_physician_agreement(folder / "sormland-need-steered.xml")};
  for (const double home_care : {4.5, 6.0}) {
    auto variant = scenarios[1];
    variant.name += " (" + std::to_string(home_care).substr(0, 3) + " min i hemmet)";
    for (auto& category : variant.categories) {
      if (category.id == "home-health-care") {
        category.minutes_per_week = home_care;
      }
    }
    scenarios.push_back(std::move(variant));
  }
  return scenarios;
}

inline std::vector<physician::CareUnit> physician_units(long count)
{
  const std::array<const char*, 5> categories{"sabo", "sabo-demens", "korttid", "lss-bostad", "home-health-care"};
  const std::array<const char*, 9> municipalities{"Eskilstuna", "Flen",      "Gnesta", "Katrineholm", "Nyköping",
                                                  "Oxelösund",  "Strängnäs", "Trosa",  "Vingåker"};
  std::vector<physician::CareUnit> units;
  for (long i = 0; i < count; ++i) {
    const auto index = static_cast<std::size_t>(i);
    units.push_back({municipalities[index % municipalities.size()], "Enhet " + std::to_string(i), categories[index % categories.size()],
                     static_cast<int>(10 + i % 90), static_cast<int>(10 + i % 80), "Vårdcentral " + std::to_string(i % 40),
                     {{"new-admission", static_cast<int>(i % 30)}, {"medication-review", static_cast<int>(i % 60)},
                      {"sip-meeting", static_cast<int>(i % 8)}, {"palliative", static_cast<int>(i % 4)}},
                     0});
  }
  return units;
}

}  // namespace trygg::bench
