#pragma once

#include "trygg/care_case.hpp"
#include "trygg/risk.hpp"
#include "trygg/history_entry.hpp"

#include <string>
#include <vector>

namespace trygg {

class Workspace;

// One line of a case's history as people read it: what changed, named as they know it (the item's
// text, the event's name, a plugin's field in its words), and the values in display form (Swedish
// local time, the state's label). The screen, the CLI and the printout all show these.
struct HistoryLine {
  HistoryEntry entry;  // as stored
  std::string what;
  std::string before;
  std::string after;
};

// The case's history, oldest first.
[[nodiscard]] std::vector<HistoryLine> history_lines(const Workspace& workspace, CaseId id);
// The same from parts already read (one read per refresh).
[[nodiscard]] std::vector<HistoryLine> history_lines(const Workspace& workspace, const CareCase& care_case,
                                                     const std::vector<Checklist>& checklists,
                                                     const std::vector<RiskAnalysis>& analyses);

}  // namespace trygg
