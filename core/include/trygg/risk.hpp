#pragma once

#include "trygg/time.hpp"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace trygg {

struct ScaleStep {
  int value = 0;
  std::string label;
  std::string description;
};

// A band of the matrix: every score from min_score up to the next level's min_score.
struct RiskLevel {
  std::string id;
  std::string label;
  int min_score = 1;
  std::string color;  // "#rrggbb"
  bool requires_action = false;
};

struct RiskArea {
  std::string id;
  std::string label;
  std::string description;
};

// Scales, thresholds and areas as an organisation has chosen them (Socialstyrelsen's 4x4 is only
// the common case).
struct RiskTemplate {
  std::string id;
  int version = 0;
  std::string title;
  std::string process;
  std::string description;
  std::vector<ScaleStep> likelihood;
  std::vector<ScaleStep> consequence;
  std::vector<RiskLevel> levels;  // ascending min_score
  std::vector<RiskArea> areas;
  std::filesystem::path source;
  std::string source_xml;  // kept with each analysis so it can be read after the template changes

  [[nodiscard]] int max_likelihood() const { return static_cast<int>(likelihood.size()); }
  [[nodiscard]] int max_consequence() const { return static_cast<int>(consequence.size()); }
  [[nodiscard]] const RiskLevel& level_for(int score) const;
  [[nodiscard]] const RiskArea* area(const std::string& id) const;
};

struct RiskAction {
  std::int64_t id = 0;
  std::string description;
  std::string owner;
  std::optional<std::chrono::year_month_day> due;
  std::optional<Timestamp> done_at;
};

// What a person assesses about one risk; the same whether it is new or already stored.
struct RiskAssessment {
  std::string area;
  std::string description;
  int likelihood = 1;
  int consequence = 1;
  std::optional<int> residual_likelihood;
  std::optional<int> residual_consequence;
  std::optional<std::chrono::year_month_day> follow_up;
  std::vector<RiskAction> actions;

  [[nodiscard]] int score() const { return likelihood * consequence; }
  [[nodiscard]] std::optional<int> residual_score() const
  {
    if (residual_likelihood && residual_consequence) {
      return *residual_likelihood * *residual_consequence;
    }
    return std::nullopt;
  }
};

// What a person enters for a new risk.
using NewRisk = RiskAssessment;

// A risk as stored: the assessment, and who recorded it when.
struct Risk : RiskAssessment {
  std::int64_t id = 0;
  std::string created_by;
  Timestamp created_at;
};

struct RiskAnalysis {
  std::int64_t id = 0;
  RiskTemplate risk_template;
  std::vector<Risk> risks;
};


// Throws a validation Error naming what is wrong: an area the template lacks, no description, a value
// off the template's scales, half a residual risk.
void check_assessment(const RiskTemplate& scales, const RiskAssessment& risk);

}  // namespace trygg
