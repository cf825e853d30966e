#pragma once

#include "trygg/workspace.hpp"

#include <string>

namespace trygg {

// A whole case (events, deadlines, checklists, risks with the matrix, history) as one self-contained
// HTML page, for print and for handing over. Everything from the database is escaped.
[[nodiscard]] std::string case_report_html(const Workspace& workspace, CaseId id);

}  // namespace trygg
