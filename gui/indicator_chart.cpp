#include "indicator_chart.hpp"

#include "gui_text.hpp"
#include "trygg/gui_sdk/palette.hpp"

#include <algorithm>
#include <cmath>

namespace trygg::gui {
namespace {

constexpr int left_margin = 48;
constexpr int top_margin = 28;
constexpr int bottom_margin = 44;

wxString figure_text(double value)
{
  return std::abs(value - std::round(value)) < 0.05 ? wxString::Format("%.0f", value) : wxString::Format("%.1f", value);
}

}  // namespace

IndicatorChart::IndicatorChart(wxWindow* parent) : DrawnPanel(parent, parent->FromDIP(wxSize(700, 240)))
{
  SetBackgroundColour(*wxWHITE);
  SetName("indicator-chart");
  Bind(wxEVT_MOTION, [this](wxMouseEvent& event) {
    const auto index = group_at(event.GetPosition());
    if (!index || !result_) {
      UnsetToolTip();
      return;
    }
    const auto& cell = result_->groups[*index];
    const auto& definition = *result_->definition;
    const auto figure = indicator_figure(definition, cell);
    wxString text = utf8(cell.group) + ": ";
    if (definition.measure == IndicatorDefinition::Measure::days) {
      text += figure ? wxString::Format(tr("medel %s dagar över %d episoder"), figure_text(*figure), cell.cases) : tr("inga episoder");
    } else {
      text += wxString::Format("%d %s", cell.cases, utf8(definition.unit));
    }
    SetToolTip(text);
  });
}

void IndicatorChart::show(std::optional<IndicatorResult> result)
{
  result_ = std::move(result);
  Refresh();
}

wxRect IndicatorChart::bar_slot(std::size_t index) const
{
  const wxSize size = GetClientSize();
  const int count = std::max<int>(1, static_cast<int>(result_->groups.size()));
  const int width = std::max(1, (size.x - FromDIP(left_margin) - FromDIP(8)) / count);
  return {FromDIP(left_margin) + static_cast<int>(index) * width, FromDIP(top_margin), width, size.y - FromDIP(top_margin) - FromDIP(bottom_margin)};
}

std::optional<std::size_t> IndicatorChart::group_at(wxPoint point) const
{
  if (!result_) {
    return std::nullopt;
  }
  for (std::size_t index = 0; index < result_->groups.size(); ++index) {
    if (bar_slot(index).Contains(point)) {
      return index;
    }
  }
  return std::nullopt;
}

void IndicatorChart::draw(wxAutoBufferedPaintDC& dc)
{
  dc.SetFont(GetFont());
  dc.SetTextForeground(*wxBLACK);
  if (!result_ || result_->groups.empty()) {
    dc.DrawText(tr("Inga ärenden i perioden."), FromDIP(8), FromDIP(8));
    return;
  }
  const auto& definition = *result_->definition;
  // The county's figure is a mean to compare each municipality's with; a count's total is no such figure.
  const auto total = definition.measure == IndicatorDefinition::Measure::days ? indicator_figure(definition, result_->total) : std::nullopt;
  double top = total.value_or(0);
  for (const auto& cell : result_->groups) {
    top = std::max(top, indicator_figure(definition, cell).value_or(0));
  }
  top = top <= 0 ? 1 : top * 1.15;
  const wxRect first = bar_slot(0);
  const auto y_of = [&](double value) { return first.GetBottom() - static_cast<int>(value / top * first.GetHeight()); };
  // The scale: 0 and the top, in the indicator's unit.
  dc.SetPen(wxPen(wx_colour(sdk::palette::header_background)));
  dc.DrawLine(FromDIP(left_margin), first.GetBottom(), GetClientSize().x - FromDIP(8), first.GetBottom());
  dc.SetTextForeground(wx_colour(sdk::palette::quiet_text));
  dc.DrawText("0", FromDIP(6), first.GetBottom() - dc.GetCharHeight() / 2);
  dc.DrawText(figure_text(top / 1.15), FromDIP(6), y_of(top / 1.15) - dc.GetCharHeight() / 2);
  dc.DrawText(utf8(definition.measure == IndicatorDefinition::Measure::days ? tr("medel, dagar").utf8_string() : definition.unit), FromDIP(6),
              FromDIP(4));
  for (std::size_t index = 0; index < result_->groups.size(); ++index) {
    const auto& cell = result_->groups[index];
    const wxRect slot = bar_slot(index);
    const int bar_width = std::max(FromDIP(4), slot.width * 3 / 5);
    const int x = slot.x + (slot.width - bar_width) / 2;
    const auto figure = indicator_figure(definition, cell);
    if (figure) {
      const int y = y_of(*figure);
      dc.SetPen(*wxTRANSPARENT_PEN);
      dc.SetBrush(wxBrush(wx_colour(sdk::palette::series[0])));
      dc.DrawRectangle(x, y, bar_width, first.GetBottom() - y);
      dc.SetTextForeground(*wxBLACK);
      const wxString value = figure_text(*figure);
      dc.DrawText(value, x + (bar_width - dc.GetTextExtent(value).x) / 2, y - dc.GetCharHeight() - FromDIP(2));
    }
    // The group and its number of cases under the bar, cut to the slot so neighbours never overlap.
    dc.SetTextForeground(*wxBLACK);
    wxString label = utf8(cell.group);
    while (label.length() > 1 && dc.GetTextExtent(label).x > slot.width - FromDIP(4)) {
      label.RemoveLast();
    }
    dc.DrawText(label, slot.x + (slot.width - dc.GetTextExtent(label).x) / 2, first.GetBottom() + FromDIP(4));
    const wxString cases = wxString::Format("n=%d", cell.cases);
    dc.SetTextForeground(wx_colour(sdk::palette::quiet_text));
    dc.DrawText(cases, slot.x + (slot.width - dc.GetTextExtent(cases).x) / 2, first.GetBottom() + FromDIP(4) + dc.GetCharHeight());
  }
  // The county's figure across every bar, to compare each with.
  if (total) {
    const int y = y_of(*total);
    dc.SetPen(wxPen(wx_colour(sdk::palette::series[2]), FromDIP(2), wxPENSTYLE_LONG_DASH));
    dc.DrawLine(FromDIP(left_margin), y, GetClientSize().x - FromDIP(8), y);
    dc.SetTextForeground(wx_colour(sdk::palette::series[2]));
    const wxString text = wxString::Format(tr("Länet: %s"), figure_text(*total));
    dc.DrawText(text, GetClientSize().x - FromDIP(8) - dc.GetTextExtent(text).x, y - dc.GetCharHeight() - FromDIP(2));
  }
}

}  // namespace trygg::gui
