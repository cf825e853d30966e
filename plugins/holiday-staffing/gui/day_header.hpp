#pragma once

#include <wx/dc.h>
#include <wx/graphics.h>

#include <chrono>

namespace trygg::gui {

// A day's column header on the holiday boards: "tor 24/12" (blue on a day off), and under it the
// holiday's name, or "ingen rutin" in red when no routine covers the day.
void draw_day_header(wxGraphicsContext& gc, wxDC& dc, std::chrono::year_month_day day, double x, double width, bool covered);

}  // namespace trygg::gui
