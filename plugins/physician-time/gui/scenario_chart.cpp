#include "scenario_chart.hpp"

#include "trygg/gui_sdk/palette.hpp"
#include "trygg/gui_sdk/text.hpp"

#include <algorithm>
#include <map>

namespace trygg::gui {

ScenarioChart::ScenarioChart(wxWindow* parent) : DrawnPanel(parent, parent->FromDIP(wxSize(700, 220)))
{
  SetBackgroundColour(*wxWHITE);
  SetName("physician-time-chart");
}

void ScenarioChart::show(std::vector<physician::PhysicianTimePlan> plans)
{
  plans_ = std::move(plans);
  Refresh();
}

void ScenarioChart::draw(wxAutoBufferedPaintDC& dc)
{
  if (plans_.empty()) {
    return;
  }
  // One colour per input, the same in every bar.
  std::map<std::string, wxColour> colours;
  std::vector<std::pair<std::string, std::string>> legend;  // id, name
  for (const auto& plan : plans_) {
    for (const auto& [input, minutes] : plan.minutes_by_input) {
      if (!colours.contains(input.input)) {
        const auto& series = sdk::palette::series[colours.size() % std::size(sdk::palette::series)];
        colours[input.input] = wx_colour(series);
        legend.emplace_back(input.input, input.name);
      }
    }
  }
  double largest = 0;
  for (const auto& plan : plans_) {
    largest = std::max(largest, plan.total.hours_per_week());
  }
  largest = std::max(largest, 1.0);
  const wxSize size = GetClientSize();
  dc.SetFont(GetFont());
  const auto value_text = [](const physician::PhysicianTimePlan& plan) {
    return wxString::Format(tr("%.1f tim/v · %.2f heltid"), plan.total.hours_per_week(), plan.fte());
  };
  // Room after the longest bar for its figure, so no figure is clipped.
  int value_width = 0;
  for (const auto& plan : plans_) {
    value_width = std::max(value_width, dc.GetTextExtent(value_text(plan)).x);
  }
  value_width += FromDIP(12);
  const int label_width = FromDIP(260);
  const int bar_area = std::max(size.x - label_width - value_width - FromDIP(16), FromDIP(50));
  const int legend_rows = static_cast<int>((legend.size() + 2) / 3);
  const int legend_height = legend_rows * FromDIP(18) + FromDIP(6);
  const int row = std::max(FromDIP(22), (size.y - legend_height - FromDIP(8)) / static_cast<int>(plans_.size()));
  const int bar_height = row * 3 / 5;
  int y = FromDIP(4);
  for (const auto& plan : plans_) {
    dc.SetTextForeground(*wxBLACK);
    wxString name = utf8(plan.agreement_name);
    while (dc.GetTextExtent(name).x > label_width - FromDIP(8) && name.length() > 4) {
      name = name.Left(name.length() - 2) + wxString::FromUTF8("…");
    }
    dc.DrawText(name, FromDIP(4), y + (row - dc.GetCharHeight()) / 2);
    double x = label_width;
    for (const auto& [input, minutes] : plan.minutes_by_input) {
      const double width = minutes / 60.0 / largest * bar_area;
      if (width <= 0) {
        continue;
      }
      dc.SetBrush(wxBrush(colours[input.input]));
      dc.SetPen(wxPen(*wxWHITE));
      dc.DrawRectangle(static_cast<int>(x), y + (row - bar_height) / 2, std::max(1, static_cast<int>(width)), bar_height);
      x += width;
    }
    dc.SetTextForeground(wx_colour(sdk::palette::quiet_text));
    dc.DrawText(value_text(plan), static_cast<int>(x) + FromDIP(6), y + (row - dc.GetCharHeight()) / 2);
    y += row;
  }
  // The legend: what each colour is.
  y += FromDIP(6);
  const int column_width = std::max((size.x - FromDIP(8)) / 3, FromDIP(120));
  for (std::size_t index = 0; index < legend.size(); ++index) {
    const int x = FromDIP(4) + static_cast<int>(index % 3) * column_width;
    const int line = y + static_cast<int>(index / 3) * FromDIP(18);
    dc.SetBrush(wxBrush(colours[legend[index].first]));
    dc.SetPen(*wxTRANSPARENT_PEN);
    dc.DrawRectangle(x, line + FromDIP(3), FromDIP(12), FromDIP(12));
    dc.SetTextForeground(*wxBLACK);
    dc.DrawText(utf8(legend[index].second), x + FromDIP(16), line);
  }
}

}  // namespace trygg::gui
