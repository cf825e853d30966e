#include "risk_matrix_panel.hpp"

#include "gui_text.hpp"

#include <wx/dcbuffer.h>
#include <wx/control.h>
#include <wx/graphics.h>

#include <map>

namespace trygg::gui {
namespace {

wxColour colour_of(const std::string& hex)
{
  wxColour colour;
  colour.Set(wxString::FromUTF8(hex));
  return colour.IsOk() ? colour : *wxLIGHT_GREY;
}

}  // namespace

RiskMatrixPanel::RiskMatrixPanel(wxWindow* parent) : DrawnPanel(parent, parent->FromDIP(wxSize(460, 400)))
{
}

void RiskMatrixPanel::show(const RiskAnalysis& analysis)
{
  analysis_ = analysis;
  Refresh();
}

void RiskMatrixPanel::draw(wxAutoBufferedPaintDC& dc)
{
  const auto& scales = analysis_.risk_template;
  const int rows = scales.max_likelihood();
  const int columns = scales.max_consequence();
  if (rows == 0 || columns == 0) {
    return;
  }
  std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
  if (!gc) {
    return;
  }
  const wxFont font = GetFont();
  const wxFont small = font.Smaller();
  const wxFont bold = font.Bold();
  const auto text_width = [&](const wxString& text, const wxFont& with) {
    gc->SetFont(with, *wxBLACK);
    double width = 0;
    double height = 0;
    gc->GetTextExtent(text, &width, &height);
    return width;
  };

  // Row labels decide the left margin; two lines of column labels and the axis title the bottom.
  double left = 0;
  for (const auto& step : scales.likelihood) {
    left = std::max(left, text_width(wxString::Format("S%d ", step.value) + utf8(step.label), font));
  }
  left += FromDIP(10);
  const wxSize size = GetClientSize();
  const double top = FromDIP(26);
  const double bottom = FromDIP(48);
  const double cell_w = (size.x - left - FromDIP(6)) / columns;
  const double cell_h = (size.y - top - bottom) / rows;
  const auto cell_x = [&](int consequence) { return left + (consequence - 1) * cell_w; };
  const auto cell_y = [&](int likelihood) { return top + (rows - likelihood) * cell_h; };

  gc->SetFont(bold, *wxBLACK);
  gc->DrawText(tr("Sannolikhet"), 0, 2);
  for (int likelihood = 1; likelihood <= rows; ++likelihood) {
    for (int consequence = 1; consequence <= columns; ++consequence) {
      const auto& level = scales.level_for(likelihood * consequence);
      gc->SetBrush(wxBrush(colour_of(level.color)));
      gc->SetPen(wxPen(*wxWHITE, 2));
      gc->DrawRectangle(cell_x(consequence), cell_y(likelihood), cell_w, cell_h);
      gc->SetFont(small, wxColour(0, 0, 0, 140));
      gc->DrawText(wxString::Format("%d", likelihood * consequence), cell_x(consequence) + 4, cell_y(likelihood) + 2);
    }
    const auto& step = scales.likelihood[static_cast<std::size_t>(likelihood - 1)];
    gc->SetFont(font, *wxBLACK);
    gc->DrawText(wxString::Format("S%d ", likelihood) + utf8(step.label), 0, cell_y(likelihood) + cell_h / 2 - FromDIP(8));
  }
  for (int consequence = 1; consequence <= columns; ++consequence) {
    const auto& step = scales.consequence[static_cast<std::size_t>(consequence - 1)];
    const wxString label = wxControl::Ellipsize(utf8(step.label), dc, wxELLIPSIZE_END, static_cast<int>(cell_w) - 4);
    gc->SetFont(font, *wxBLACK);
    gc->DrawText(wxString::Format("K%d", consequence), cell_x(consequence) + 3, top + rows * cell_h + 3);
    gc->SetFont(small, wxColour(60, 60, 60));
    gc->DrawText(label, cell_x(consequence) + 3, top + rows * cell_h + FromDIP(20));
  }
  gc->SetFont(bold, *wxBLACK);
  gc->DrawText(tr("Konsekvens"), left, size.y - FromDIP(14));

  // Several risks in one cell sit side by side. A filled disc is the risk as assessed; a ring is
  // the residual risk after actions, joined to it by a dashed line.
  std::map<std::pair<int, int>, int> placed;
  const double radius = std::max(8.0, std::min(cell_w, cell_h) * 0.15);
  const auto spot = [&](int likelihood, int consequence) {
    const int index = placed[{likelihood, consequence}]++;
    const double x = cell_x(consequence) + radius * 1.6 + (index % 3) * radius * 2.3;
    const double y = cell_y(likelihood) + cell_h * 0.55 + (index / 3) * radius * 2.3;
    return std::pair{x, y};
  };
  const auto centred_number = [&](int number, double x, double y, const wxColour& colour) {
    const wxString text = wxString::Format("%d", number);
    gc->SetFont(bold, colour);
    double width = 0;
    double height = 0;
    gc->GetTextExtent(text, &width, &height);
    gc->DrawText(text, x - width / 2, y - height / 2);
  };
  int number = 1;
  for (const auto& risk : analysis_.risks) {
    const auto [x, y] = spot(risk.likelihood, risk.consequence);
    if (risk.residual_likelihood && risk.residual_consequence) {
      const auto [rx, ry] = spot(*risk.residual_likelihood, *risk.residual_consequence);
      gc->SetPen(wxPen(wxColour(40, 40, 40), 2, wxPENSTYLE_SHORT_DASH));
      gc->StrokeLine(x, y, rx, ry);
      gc->SetBrush(*wxWHITE_BRUSH);
      gc->SetPen(wxPen(wxColour(40, 40, 40), 2));
      gc->DrawEllipse(rx - radius, ry - radius, 2 * radius, 2 * radius);
      centred_number(number, rx, ry, wxColour(40, 40, 40));
    }
    gc->SetBrush(wxBrush(wxColour(30, 30, 30)));
    gc->SetPen(wxPen(*wxWHITE, 2));
    gc->DrawEllipse(x - radius, y - radius, 2 * radius, 2 * radius);
    centred_number(number, x, y, *wxWHITE);
    ++number;
  }
}

}  // namespace trygg::gui
