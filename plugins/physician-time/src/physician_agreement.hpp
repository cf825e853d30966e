#pragma once

#include "trygg/sdk/versioned_document.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace trygg::physician {

// A physician-time agreement (läkaravtal) between a region and municipalities: rates per category of
// municipal care, what need adds, reachability and tasks (schemas/physician-agreement.xsd).
struct PhysicianAgreement : sdk::VersionedDocument {
  struct Party {
    std::string kind;  // region, municipality, primary-care
    std::string name;
  };
  struct Category {
    std::string id;    // sabo, sabo-demens, korttid, lss-bostad, home-health-care …
    std::string name;
    double minutes_per_week = 0;
    bool per_place = false;  // false: per person enrolled
  };
  struct Addition {
    std::string id;    // new-admission, medication-review, sip-meeting, palliative …
    std::string name;
    double minutes = 0;
    bool per_person_week = false;  // false: per event, counted a year
  };
  struct Window {
    std::string name;
    std::string days;  // "mon tue wed thu": each of them; else one stretch from from_day to to_day
    std::string from_day;
    std::string to_day;
    bool holiday_eve = false;
    std::string from;
    std::string to;
  };
  struct Task {
    std::string id;
    std::string name;
    std::string frequency;  // weekly, monthly, yearly, when-needed
  };
  struct Indicator {
    std::string id;
    std::string name;
    std::optional<double> target;
  };

  std::vector<Party> parties;
  double contract_hours_per_week = 40;
  double patient_time_share = 1;
  std::vector<Category> categories;
  std::vector<Addition> additions;
  std::optional<Window> office_hours;
  std::vector<Window> out_of_hours;
  int phone_minutes = 0;    // response targets out of hours; 0 when the agreement has none
  int on_site_minutes = 0;
  std::vector<Task> tasks;
  std::vector<Indicator> indicators;

  [[nodiscard]] const Category* category(const std::string& id) const;
  [[nodiscard]] const Addition* addition(const std::string& id) const;
};

// Reads and checks an agreement; throws sdk::ContentError naming file, line and element (a category or
// addition twice, an agreement without rates).
[[nodiscard]] PhysicianAgreement read_physician_agreement(const std::filesystem::path& file);

// Agreements of the same id whose validity periods overlap: named in a ContentError, since which one
// applies would depend on file order.
void check_no_overlap(const std::vector<PhysicianAgreement>& agreements);

}  // namespace trygg::physician
