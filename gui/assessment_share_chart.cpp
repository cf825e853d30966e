#include "assessment_share_chart.hpp"

#include "gui_text.hpp"
#include "trygg/gui_sdk/palette.hpp"

#include <algorithm>

namespace trygg::gui {

AssessmentShareChart::AssessmentShareChart(wxWindow* parent) : DrawnPanel(parent, parent->FromDIP(wxSize(700, 200)))
{
  SetBackgroundColour(*wxWHITE);
  SetName("assessment-share-chart");
}

void AssessmentShareChart::show(std::map<std::string, MunicipalityAssessments> municipalities)
{
  municipalities_ = std::move(municipalities);
  Refresh();
}

void AssessmentShareChart::draw(wxAutoBufferedPaintDC& dc)
{
  dc.SetFont(GetFont());
  dc.SetTextForeground(*wxBLACK);
  if (municipalities_.empty()) {
    dc.DrawText(tr("Inga öppna ärenden med bedömningsinstrument."), FromDIP(8), FromDIP(8));
    return;
  }
  const wxSize size = GetClientSize();
  const int label_width = FromDIP(150);
  const auto figures = [](const MunicipalityAssessments& counts) {
    return wxString::Format(tr("%d av %d bedömda, %d med risk; åtgärder %d av %d klara"), counts.assessed, counts.persons, counts.at_risk,
                            counts.actions_done, counts.actions);
  };
  // Room for the longest line of figures, so none is cut off.
  int figures_width = 0;
  for (const auto& [name, counts] : municipalities_) {
    figures_width = std::max(figures_width, dc.GetTextExtent(figures(counts)).x + FromDIP(16));
  }
  const int bar_area = std::max(FromDIP(60), size.x - label_width - figures_width - FromDIP(16));
  const int legend = FromDIP(22);
  const int row = std::max(FromDIP(30), (size.y - legend - FromDIP(8)) / static_cast<int>(municipalities_.size()));
  const int bar = std::max(FromDIP(6), row / 3);
  const wxColour assessed = wx_colour(sdk::palette::ok_text);
  const wxColour at_risk = wx_colour(sdk::palette::series[2]);
  // Legend first, so the colours are read before the bars.
  dc.SetPen(*wxTRANSPARENT_PEN);
  dc.SetBrush(wxBrush(assessed));
  dc.DrawRectangle(label_width, FromDIP(6), FromDIP(12), FromDIP(10));
  dc.DrawText(tr("Bedömda i tid"), label_width + FromDIP(16), FromDIP(2));
  dc.SetBrush(wxBrush(at_risk));
  dc.DrawRectangle(label_width + FromDIP(140), FromDIP(6), FromDIP(12), FromDIP(10));
  dc.DrawText(tr("Med risk"), label_width + FromDIP(156), FromDIP(2));
  int y = legend + FromDIP(4);
  for (const auto& [name, counts] : municipalities_) {
    dc.SetTextForeground(*wxBLACK);
    dc.DrawText(name.empty() ? wxString::FromUTF8("–") : utf8(name), FromDIP(6), y + (row - dc.GetCharHeight()) / 2);
    // A grey track is 100 percent, so a short bar reads as a share, not as a count.
    dc.SetBrush(wxBrush(wx_colour(sdk::palette::header_background)));
    dc.DrawRectangle(label_width, y + row / 2 - bar, bar_area, bar);
    dc.DrawRectangle(label_width, y + row / 2 + 1, bar_area, bar);
    dc.SetBrush(wxBrush(assessed));
    dc.DrawRectangle(label_width, y + row / 2 - bar, static_cast<int>(bar_area * counts.share_assessed()), bar);
    dc.SetBrush(wxBrush(at_risk));
    dc.DrawRectangle(label_width, y + row / 2 + 1, static_cast<int>(bar_area * counts.share_at_risk()), bar);
    dc.SetTextForeground(wx_colour(sdk::palette::quiet_text));
    dc.DrawText(figures(counts), label_width + bar_area + FromDIP(8), y + (row - dc.GetCharHeight()) / 2);
    y += row;
  }
}

}  // namespace trygg::gui
