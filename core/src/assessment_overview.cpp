#include "trygg/assessment_overview.hpp"

#include "trygg/workspace.hpp"

#include <algorithm>
#include <set>

namespace trygg {

AssessmentOverview assessment_overview(const Workspace& workspace, Timestamp until)
{
  AssessmentOverview overview;
  const Timestamp now = workspace.current_time();
  // The processes whose cases offer instruments, once each.
  std::set<std::pair<std::string, std::string>> processes;
  for (const auto& plugin : workspace.plugins().plugins()) {
    if (!plugin.loaded || plugin.instruments.empty()) {
      continue;
    }
    for (const auto& risk_template : plugin.risk_templates) {
      processes.emplace(plugin.id, risk_template.process);
    }
  }
  for (const auto& [plugin_id, process] : processes) {
    for (const auto& row : workspace.storage().list_cases({.status = CaseStatus::open, .process = process})) {
      if (row.plugin_id != plugin_id) {
        continue;
      }
      const auto care_case = workspace.storage().find_case(row.id);
      if (!care_case) {
        continue;
      }
      const auto offered = workspace.instruments_for(*care_case);
      if (offered.empty()) {
        continue;
      }
      auto& counts = overview.municipalities[row.municipality];
      ++counts.persons;
      bool any_assessment = false;
      bool any_overdue = false;
      bool at_risk = false;
      std::set<std::int64_t> fed_risks;
      for (const auto& instrument : offered) {
        const auto assessments = workspace.assessments(row.id, instrument);
        DueAssessment due{row.id, row.person_name, row.person_identity, row.municipality, row.title, instrument.instrument->title,
                          std::nullopt, care_case->opened_at, {}};
        if (!assessments.empty()) {
          any_assessment = true;
          const auto& latest = assessments.back();
          const auto& band = instrument.instrument->band_for(latest.score);
          due.last = latest.at;
          due.due = latest.at + std::chrono::days(band.reassess_days.value_or(instrument.instrument->reassess_days));
          due.level = band.label;
          at_risk = at_risk || band.level != ScoredInstrument::Level::none;
          if (latest.risk != 0) {
            fed_risks.insert(latest.risk);
          }
          any_overdue = any_overdue || due.due < now;
        }
        // Never assessed counts as due from the day the case was opened.
        if (due.due <= until) {
          overview.due.push_back(std::move(due));
        }
      }
      counts.assessed += any_assessment && !any_overdue ? 1 : 0;
      counts.at_risk += at_risk ? 1 : 0;
      for (const auto& analysis : workspace.storage().risk_analyses(row.id)) {
        for (const auto& risk : analysis.risks) {
          if (fed_risks.contains(risk.id)) {
            counts.actions += static_cast<int>(risk.actions.size());
            counts.actions_done += static_cast<int>(std::count_if(risk.actions.begin(), risk.actions.end(),
                                                                  [](const RiskAction& action) { return action.done_at.has_value(); }));
          }
        }
      }
    }
  }
  std::sort(overview.due.begin(), overview.due.end(), [](const DueAssessment& a, const DueAssessment& b) {
    return std::tie(a.municipality, a.due, a.case_id) < std::tie(b.municipality, b.due, b.case_id);
  });
  return overview;
}

}  // namespace trygg
