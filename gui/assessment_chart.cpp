#include "assessment_chart.hpp"

#include "gui_text.hpp"
#include "trygg/gui_sdk/palette.hpp"

#include <algorithm>

namespace trygg::gui {

AssessmentChart::AssessmentChart(wxWindow* parent) : DrawnPanel(parent, parent->FromDIP(wxSize(520, 260)))
{
  SetBackgroundColour(*wxWHITE);
  SetName("assessment-chart");
}

void AssessmentChart::show(const ScoredInstrument* instrument, std::vector<Assessment> assessments, std::optional<Timestamp> next_due)
{
  instrument_ = instrument != nullptr ? std::optional<ScoredInstrument>(*instrument) : std::nullopt;
  assessments_ = std::move(assessments);
  next_due_ = next_due;
  Refresh();
}

void AssessmentChart::draw(wxAutoBufferedPaintDC& dc)
{
  dc.SetFont(GetFont());
  if (!instrument_) {
    return;
  }
  const wxSize size = GetClientSize();
  const int left = FromDIP(44);
  const int right = size.x - FromDIP(16);
  const int top = FromDIP(26);
  const int bottom = size.y - FromDIP(30);
  if (right - left < FromDIP(60) || bottom - top < FromDIP(40)) {
    return;
  }
  dc.SetTextForeground(*wxBLACK);
  dc.DrawText(utf8(instrument_->title), left, FromDIP(4));
  const int lowest = instrument_->lowest();
  const int highest = std::max(instrument_->highest(), lowest + 1);
  // Score to y: the scale runs the instrument's whole range; half a step of margin at both ends.
  const auto y_of = [&](double score) {
    return static_cast<int>(bottom - (score - lowest + 0.5) / (highest - lowest + 1.0) * (bottom - top));
  };
  for (const auto& band : instrument_->bands) {
    const auto colour = band.level == ScoredInstrument::Level::none ? sdk::palette::ok_background
                        : band.level == ScoredInstrument::Level::risk ? sdk::palette::caution_background
                                                                      : sdk::palette::alarm_background;
    const int band_top = y_of(band.max + 0.5);
    const int band_bottom = y_of(band.min - 0.5);
    dc.SetPen(*wxTRANSPARENT_PEN);
    dc.SetBrush(wxBrush(wx_colour(colour)));
    dc.DrawRectangle(left, band_top, right - left, band_bottom - band_top);
    dc.SetTextForeground(wx_colour(sdk::palette::quiet_text));
    const wxString label = utf8(band.label);
    if (band_bottom - band_top >= dc.GetCharHeight()) {
      dc.DrawText(label, left + FromDIP(4), band_top + FromDIP(1));
    }
    // The band's edges on the scale.
    dc.DrawText(wxString::Format("%d", band.min), left - dc.GetTextExtent(wxString::Format("%d", band.min)).x - FromDIP(6),
                y_of(band.min) - dc.GetCharHeight() / 2);
    if (band.max != band.min) {
      dc.DrawText(wxString::Format("%d", band.max), left - dc.GetTextExtent(wxString::Format("%d", band.max)).x - FromDIP(6),
                  y_of(band.max) - dc.GetCharHeight() / 2);
    }
  }
  dc.SetTextForeground(*wxBLACK);
  if (assessments_.empty()) {
    const wxString none = tr("Ingen bedömning ännu");
    dc.DrawText(none, (left + right - dc.GetTextExtent(none).x) / 2, (top + bottom) / 2 - dc.GetCharHeight() / 2);
    return;
  }
  // Time to x: from the first assessment to the next due (or the last assessment), in days.
  const Timestamp first = assessments_.front().at;
  Timestamp last = std::max(assessments_.back().at, next_due_.value_or(assessments_.back().at));
  if (last <= first) {
    last = first + std::chrono::days(1);
  }
  const int inner_left = left + FromDIP(24);
  const int inner_right = right - FromDIP(24);
  const auto x_of = [&](Timestamp at) {
    return inner_left + static_cast<int>(static_cast<double>((at - first).count()) / static_cast<double>((last - first).count()) *
                                         (inner_right - inner_left));
  };
  dc.SetPen(wxPen(wx_colour(sdk::palette::series[0]), FromDIP(2)));
  for (std::size_t index = 1; index < assessments_.size(); ++index) {
    dc.DrawLine(x_of(assessments_[index - 1].at), y_of(assessments_[index - 1].score), x_of(assessments_[index].at),
                y_of(assessments_[index].score));
  }
  dc.SetBrush(wxBrush(wx_colour(sdk::palette::series[0])));
  int last_label_end = -1000;
  for (const auto& assessment : assessments_) {
    const int x = x_of(assessment.at);
    const int y = y_of(assessment.score);
    dc.DrawCircle(x, y, FromDIP(4));
    const wxString score = wxString::Format("%d", assessment.score);
    dc.DrawText(score, x - dc.GetTextExtent(score).x / 2, y - dc.GetCharHeight() - FromDIP(4));
    // Dates under the axis, skipping one that would overlap the one before.
    const wxString date = local_date_text(assessment.at);
    const int width = dc.GetTextExtent(date).x;
    if (x - width / 2 > last_label_end + FromDIP(6)) {
      dc.DrawText(date, x - width / 2, bottom + FromDIP(6));
      last_label_end = x + width / 2;
    }
  }
  if (next_due_) {
    const int x = x_of(*next_due_);
    dc.SetPen(wxPen(wx_colour(sdk::palette::alarm_text), FromDIP(1), wxPENSTYLE_SHORT_DASH));
    dc.DrawLine(x, top, x, bottom);
    const wxString next = tr("Nästa") + " " + local_date_text(*next_due_);
    dc.SetTextForeground(wx_colour(sdk::palette::alarm_text));
    dc.DrawText(next, std::min(x - dc.GetTextExtent(next).x / 2, right - dc.GetTextExtent(next).x), top - dc.GetCharHeight());
  }
}

}  // namespace trygg::gui
