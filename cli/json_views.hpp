#pragma once

#include "trygg/care_case.hpp"
#include "trygg/checklist.hpp"
#include "trygg/content_error.hpp"
#include "trygg/deadline_state.hpp"
#include "trygg/history_entry.hpp"
#include "trygg/plugin_record.hpp"
#include "trygg/risk.hpp"
#include "trygg/sdk/case_view.hpp"

#include <nlohmann/json.hpp>

namespace trygg::cli {

// The JSON shapes of `--json`. Field names are stable: scripts depend on them.
[[nodiscard]] nlohmann::json to_json(const PluginRecord& plugin);
[[nodiscard]] nlohmann::json to_json(const CaseSummary& summary);
[[nodiscard]] nlohmann::json to_json(const CareCase& care_case);
[[nodiscard]] nlohmann::json to_json(const Checklist& checklist);
[[nodiscard]] nlohmann::json to_json(const RiskAnalysis& analysis);
[[nodiscard]] nlohmann::json to_json(const HistoryEntry& entry);
[[nodiscard]] nlohmann::json to_json(const EvaluatedDeadline& deadline);
[[nodiscard]] nlohmann::json to_json(const ContentProblem& problem);
[[nodiscard]] nlohmann::json to_json(const sdk::CaseReadiness& readiness);
[[nodiscard]] const char* to_string(sdk::CaseReadiness::Level level);

}  // namespace trygg::cli
