#pragma once
// Across the open cases that offer scored instruments: who is due for a reassessment, per municipality,
// and per municipality how many are assessed, how many at risk, and how many suggested actions are done.

#include "trygg/care_case.hpp"
#include "trygg/time.hpp"

#include <map>
#include <string>
#include <vector>

namespace trygg {

class Workspace;

struct DueAssessment {
  CaseId case_id = 0;
  std::string person_name;
  std::string person_identity;
  std::string municipality;
  std::string case_title;
  std::string instrument;  // title
  std::optional<Timestamp> last;  // empty: never assessed
  Timestamp due;                  // when never assessed: when the case was opened
  std::string level;              // the latest band's label, or empty
};

struct MunicipalityAssessments {
  int persons = 0;        // open cases offering instruments
  int assessed = 0;       // with at least one assessment, none of them overdue
  int at_risk = 0;        // whose latest result with some instrument is a risk
  int actions = 0;        // suggested actions on risks the instruments fed
  int actions_done = 0;
  [[nodiscard]] double share_assessed() const { return persons == 0 ? 0.0 : static_cast<double>(assessed) / persons; }
  [[nodiscard]] double share_at_risk() const { return persons == 0 ? 0.0 : static_cast<double>(at_risk) / persons; }
};

struct AssessmentOverview {
  std::vector<DueAssessment> due;  // due by `until`, by municipality then due time
  std::map<std::string, MunicipalityAssessments> municipalities;  // "" for cases without one
};

[[nodiscard]] AssessmentOverview assessment_overview(const Workspace& workspace, Timestamp until);

}  // namespace trygg
