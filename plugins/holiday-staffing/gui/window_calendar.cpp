#include "window_calendar.hpp"

#include "day_header.hpp"

#include "trygg/gui_sdk/palette.hpp"
#include "trygg/gui_sdk/text.hpp"
#include "trygg/sdk/swedish_calendar.hpp"

#include <wx/control.h>
#include <wx/graphics.h>

#include <algorithm>
#include <memory>

namespace trygg::gui {
namespace {

using namespace std::chrono;

// The hours a discharge can happen in, as on the planning board.
constexpr int first_hour = 6;
constexpr int last_hour = 22;

// Where the cells are, for drawing them and for finding the one under the pointer alike.
struct Grid {
  double left = 0;
  double top = 0;
  double day_w = 0;
  double row_h = 0;
  int days_shown = 0;
};

Grid grid_of(const wxWindow& panel, std::size_t rows, year_month_day first, year_month_day last)
{
  const wxSize size = panel.GetClientSize();
  Grid grid;
  grid.left = panel.FromDIP(170);
  grid.top = panel.FromDIP(42);
  grid.days_shown = static_cast<int>((sys_days{last} - sys_days{first}).count()) + 1;
  grid.day_w = (size.x - grid.left - panel.FromDIP(4)) / std::max(grid.days_shown, 1);
  // Rows keep a readable height; a county with many municipalities fills the panel.
  grid.row_h = std::min<double>(panel.FromDIP(34), (size.y - grid.top - panel.FromDIP(4)) / static_cast<double>(std::max<std::size_t>(rows, 1)));
  return grid;
}

const holiday::DayWindows* day_in(const WindowCalendarRow& row, year_month_day day)
{
  const auto found = std::find_if(row.days.begin(), row.days.end(), [&](const holiday::DayWindows& shown) { return shown.day == day; });
  return found == row.days.end() ? nullptr : &*found;
}

}  // namespace

WindowCalendar::WindowCalendar(wxWindow* parent) : DrawnPanel(parent, parent->FromDIP(wxSize(900, 300)))
{
  SetBackgroundColour(*wxWHITE);
  Bind(wxEVT_MOTION, [this](wxMouseEvent& event) {
    const auto* day = day_at(event.GetPosition());
    if (day == nullptr) {
      UnsetToolTip();
      return;
    }
    std::string text = holiday::gap_text(*day);
    for (const auto& opening : holiday::would_open_texts(*day)) {
      text += "\n" + opening;
    }
    if (GetToolTipText() != utf8(text)) {
      SetToolTip(utf8(text));
    }
  });
}

void WindowCalendar::show(std::vector<WindowCalendarRow> rows, year_month_day first, year_month_day last)
{
  rows_ = std::move(rows);
  first_ = first;
  last_ = last;
  Refresh();
}

const holiday::DayWindows* WindowCalendar::day_at(wxPoint point) const
{
  const Grid grid = grid_of(*this, rows_.size(), first_, last_);
  if (rows_.empty() || point.x < grid.left || point.y < grid.top) {
    return nullptr;
  }
  const auto column = static_cast<int>((point.x - grid.left) / grid.day_w);
  const auto row = static_cast<std::size_t>((point.y - grid.top) / grid.row_h);
  if (column >= grid.days_shown || row >= rows_.size()) {
    return nullptr;
  }
  return day_in(rows_[row], year_month_day{sys_days{first_} + days{column}});
}

void WindowCalendar::draw(wxAutoBufferedPaintDC& dc)
{
  if (rows_.empty()) {
    return;
  }
  std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
  const Grid grid = grid_of(*this, rows_.size(), first_, last_);
  const double bottom = grid.top + grid.row_h * static_cast<double>(rows_.size());
  const wxFont font = GetFont();
  const wxFont small = font.Smaller();
  const double hour_w = grid.day_w / (last_hour - first_hour);
  const auto x_of = [&](int column, int minute) {
    const double hours = std::clamp(minute / 60.0, static_cast<double>(first_hour), static_cast<double>(last_hour)) - first_hour;
    return grid.left + column * grid.day_w + hours * hour_w;
  };
  const wxColour open_fill = wx_colour(sdk::palette::ok_background);
  const wxColour window_bar(0x2E, 0x7D, 0x32);
  const wxColour closed_fill = wx_colour(sdk::palette::alarm_background);

  for (int column = 0; column < grid.days_shown; ++column) {
    const year_month_day day{sys_days{first_} + days{column}};
    const double x = grid.left + column * grid.day_w;
    const bool covered = std::any_of(rows_.begin(), rows_.end(), [&](const WindowCalendarRow& row) { return day_in(row, day) != nullptr; });
    draw_day_header(*gc, dc, day, x, grid.day_w, covered);
  }

  for (std::size_t row = 0; row < rows_.size(); ++row) {
    const double y = grid.top + grid.row_h * static_cast<double>(row);
    gc->SetFont(font, *wxBLACK);
    gc->DrawText(wxControl::Ellipsize(utf8(rows_[row].label), dc, wxELLIPSIZE_END, static_cast<int>(grid.left) - 8), 4,
                 y + grid.row_h / 2 - FromDIP(8));
    for (int column = 0; column < grid.days_shown; ++column) {
      const year_month_day day{sys_days{first_} + days{column}};
      const double x = grid.left + column * grid.day_w;
      const auto* shown = day_in(rows_[row], day);
      gc->SetPen(*wxTRANSPARENT_PEN);
      if (shown == nullptr) {
        gc->SetBrush(wxBrush(wxColour(0xB0, 0xB0, 0xB0), wxBRUSHSTYLE_BDIAGONAL_HATCH));
        gc->DrawRectangle(x + 1, y + 1, grid.day_w - 2, grid.row_h - 2);
        continue;
      }
      gc->SetBrush(wxBrush(shown->open() ? open_fill : closed_fill));
      gc->DrawRectangle(x + 1, y + 1, grid.day_w - 2, grid.row_h - 2);
      if (!shown->open()) {
        gc->SetFont(font.Bold(), wx_colour(sdk::palette::alarm_text));
        double w = 0;
        double h = 0;
        gc->GetTextExtent(wxString::FromUTF8("–"), &w, &h);
        gc->DrawText(wxString::FromUTF8("–"), x + (grid.day_w - w) / 2, y + (grid.row_h - h) / 2);
        continue;
      }
      gc->SetBrush(wxBrush(window_bar));
      for (const auto& window : shown->windows) {
        const double x0 = x_of(column, window.from);
        const double x1 = x_of(column, window.to);
        if (x1 > x0) {
          gc->DrawRoundedRectangle(x0, y + grid.row_h * 0.55, x1 - x0, grid.row_h * 0.3, 2);
        }
      }
      // The hours in words where the column is wide enough for them.
      const wxString hours = utf8(holiday::windows_text(shown->windows));
      double w = 0;
      double h = 0;
      gc->SetFont(small, wx_colour(sdk::palette::ok_text));
      gc->GetTextExtent(hours, &w, &h);
      if (w + 4 <= grid.day_w) {
        gc->DrawText(hours, x + 3, y + 2);
      }
    }
  }

  // Column and row lines over the cells, storhelg days' edges included.
  gc->SetPen(wxPen(wxColour(0xD0, 0xD0, 0xD0)));
  for (int column = 0; column <= grid.days_shown; ++column) {
    const double x = grid.left + column * grid.day_w;
    gc->StrokeLine(x, FromDIP(2), x, bottom);
  }
  for (std::size_t row = 0; row <= rows_.size(); ++row) {
    const double y = grid.top + grid.row_h * static_cast<double>(row);
    gc->StrokeLine(0, y, grid.left + grid.days_shown * grid.day_w, y);
  }
}

}  // namespace trygg::gui
