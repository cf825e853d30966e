#pragma once
// The routine as the document sent on remiss: who decides it, when it applies, each actor's hours per
// kind of day and on each agreed day, what each municipality does differently, and where the hours
// leave no discharge window. A4, from the file itself, so the document never drifts from what plans.

#include "staffing_routine.hpp"

#include <string>
#include <vector>

namespace trygg::holiday {

// HTML for the print preview or a browser (A4, printable); `needed` are the actors the gap analysis
// asks for on every day.
// The start of a printable A4 page up to <body>, in the style the routine's documents share.
[[nodiscard]] std::string a4_page_head(const std::string& title);

[[nodiscard]] std::string routine_document_html(const StaffingRoutine& routine, const std::vector<Actor>& needed);

}  // namespace trygg::holiday
