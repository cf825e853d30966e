#include "planning_board.hpp"

#include "day_header.hpp"

#include "trygg/gui_sdk/text.hpp"
#include "trygg/sdk/swedish_calendar.hpp"
#include "trygg/gui_sdk/palette.hpp"

#include <wx/dcbuffer.h>
#include <wx/graphics.h>

namespace trygg::gui {

using holiday::actor_label;
using holiday::all_actors;
using holiday::Actor;
namespace {

using namespace std::chrono;

constexpr int first_hour = 6;
constexpr int last_hour = 22;

}  // namespace

PlanningBoard::PlanningBoard(wxWindow* parent) : DrawnPanel(parent, parent->FromDIP(wxSize(900, 330)))
{
  SetBackgroundColour(*wxWHITE);
}

void PlanningBoard::show(RoutineOn routine_on, const std::string& municipality, const HolidayPlan& plan, year_month_day first,
                         year_month_day last)
{
  routine_on_ = std::move(routine_on);
  municipality_ = municipality;
  plan_ = plan;
  first_ = first;
  last_ = last;
  Refresh();
}

void PlanningBoard::draw(wxAutoBufferedPaintDC& dc)
{
  if (!routine_on_) {
    return;
  }
  std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
  const wxFont font = GetFont();
  const wxFont small = font.Smaller();
  const int days_shown = static_cast<int>((sys_days{last_} - sys_days{first_}).count()) + 1;
  const auto& actors = all_actors();
  const wxSize size = GetClientSize();
  const double left = FromDIP(200);
  const double top = FromDIP(44);
  const double row_h = (size.y - top - FromDIP(8)) / static_cast<double>(actors.size() + 1);
  const double day_w = (size.x - left - FromDIP(6)) / days_shown;
  const double hour_w = day_w / (last_hour - first_hour);
  const auto x_of = [&](int day_index, int minute) {
    const double hours = std::clamp(minute / 60.0, static_cast<double>(first_hour), static_cast<double>(last_hour)) - first_hour;
    return left + day_index * day_w + hours * hour_w;
  };

  // Day columns: headers, storhelg shading, hatching where no routine is in force.
  for (int i = 0; i < days_shown; ++i) {
    const year_month_day day{sys_days{first_} + days{i}};
    const double x = left + i * day_w;
    const bool working = sdk::is_working_day(day);
    if (routine_on_(day) == nullptr) {
      gc->SetBrush(wxBrush(wx_colour(sdk::palette::alarm_background), wxBRUSHSTYLE_BDIAGONAL_HATCH));
      gc->SetPen(*wxTRANSPARENT_PEN);
      gc->DrawRectangle(x, top, day_w, size.y - top);
    } else if (!working) {
      gc->SetBrush(wxBrush(wxColour(0xE8, 0xEE, 0xF6)));
      gc->SetPen(*wxTRANSPARENT_PEN);
      gc->DrawRectangle(x, top, day_w, size.y - top);
    }
    gc->SetPen(wxPen(wxColour(0xC0, 0xC0, 0xC0)));
    gc->StrokeLine(x, FromDIP(2), x, size.y);
    draw_day_header(*gc, dc, day, x, day_w, routine_on_(day) != nullptr);
  }

  // Actor rows: the staffed windows for the municipality.
  for (std::size_t row = 0; row < actors.size(); ++row) {
    const double y = top + row * row_h;
    gc->SetFont(font, *wxBLACK);
    gc->DrawText(utf8(actor_label(actors[row])), 4, y + row_h / 2 - FromDIP(8));
    gc->SetPen(wxPen(wxColour(0xE0, 0xE0, 0xE0)));
    gc->StrokeLine(0, y, size.x, y);
    for (int i = 0; i < days_shown; ++i) {
      const year_month_day day{sys_days{first_} + days{i}};
      const auto* governing = routine_on_(day);
      const auto staffing = governing != nullptr ? governing->staffing(day, municipality_) : holiday::DayStaffing{};
      const auto windows = staffing.find(actors[row]);
      if (windows == staffing.end()) {
        continue;
      }
      for (const auto& window : windows->second) {
        const double x0 = x_of(i, window.from);
        const double x1 = x_of(i, window.to);
        if (x1 > x0) {
          gc->SetBrush(wxBrush(wxColour(0x4C, 0xAF, 0x50)));
          gc->SetPen(*wxTRANSPARENT_PEN);
          gc->DrawRoundedRectangle(x0, y + row_h * 0.25, x1 - x0, row_h * 0.5, 3);
        }
      }
    }
  }

  // The discharges row.
  const double y = top + actors.size() * row_h;
  gc->SetPen(wxPen(wxColour(0x90, 0x90, 0x90)));
  gc->StrokeLine(0, y, size.x, y);
  gc->SetFont(font.Bold(), *wxBLACK);
  gc->DrawText(tr("Utskrivningar"), 4, y + row_h / 2 - FromDIP(8));
  const double radius = std::max(4.0, std::min(row_h * 0.22, hour_w * 0.9));
  const auto index_of = [&](std::chrono::sys_seconds at) {
    return static_cast<int>((sys_days{sdk::swedish_date(at)} - sys_days{first_}).count());
  };
  int lane = 0;
  for (const auto& outcome : plan_.outcomes) {
    if (!municipality_.empty() && outcome.discharge.municipality != municipality_) {
      continue;
    }
    const int day_index = index_of(outcome.discharge.ready);
    if (day_index < 0 || day_index >= days_shown) {
      continue;
    }
    const double cy = y + row_h * (0.3 + 0.4 * (lane++ % 3) / 2.0);
    const double cx = x_of(day_index, sdk::swedish_minute(outcome.discharge.ready));
    if (!outcome.feasible && outcome.earliest_after) {
      const int suggested_day = index_of(*outcome.earliest_after);
      if (suggested_day >= 0 && suggested_day < days_shown) {
        const double sx = x_of(suggested_day, sdk::swedish_minute(*outcome.earliest_after));
        gc->SetPen(wxPen(wx_colour(sdk::palette::alarm_text), 1, wxPENSTYLE_SHORT_DASH));
        gc->StrokeLine(cx, cy, sx, cy);
        gc->SetBrush(*wxWHITE_BRUSH);
        gc->SetPen(wxPen(wxColour(0x2E, 0x7D, 0x32), 2));
        gc->DrawEllipse(sx - radius, cy - radius, 2 * radius, 2 * radius);
      }
    }
    gc->SetBrush(wxBrush(outcome.feasible ? wxColour(0x2E, 0x7D, 0x32) : wxColour(0xD3, 0x2F, 0x2F)));
    gc->SetPen(wxPen(*wxWHITE, 1));
    gc->DrawEllipse(cx - radius, cy - radius, 2 * radius, 2 * radius);
  }
}

}  // namespace trygg::gui
