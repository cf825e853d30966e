#include "trygg/gui_sdk/row_table.hpp"

#include "trygg/gui_sdk/text.hpp"

#include <algorithm>

#include <wx/button.h>
#include <wx/dcclient.h>
#include <wx/grid.h>
#include <wx/sizer.h>

namespace trygg::gui {

RowTable::RowTable(wxWindow* parent, std::vector<std::pair<const char*, int>> columns,
                     std::vector<std::vector<std::string>> choices)
    : wxPanel(parent), column_count_(static_cast<int>(columns.size()))
{
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  grid_ = new wxGrid(this, wxID_ANY);
  grid_->CreateGrid(0, column_count_);
  grid_->HideRowLabels();
  grid_->SetDefaultRowSize(FromDIP(24));
  for (int column = 0; column < column_count_; ++column) {
    const wxString label = tr(columns[static_cast<std::size_t>(column)].first);
    grid_->SetColLabelValue(column, label);
    // At least as wide as its heading in the grid's (bold) label font: a translation or a larger font
    // must not cut the heading off.
    const int heading = grid_->GetTextExtent(label).GetWidth();
    wxClientDC measure(grid_);
    measure.SetFont(grid_->GetLabelFont());
    const int label_width = std::max(heading, measure.GetTextExtent(label).GetWidth()) + FromDIP(16);
    grid_->SetColSize(column, std::max(FromDIP(columns[static_cast<std::size_t>(column)].second), label_width));
    if (static_cast<std::size_t>(column) < choices.size() && !choices[static_cast<std::size_t>(column)].empty()) {
      wxArrayString options;
      for (const auto& option : choices[static_cast<std::size_t>(column)]) {
        options.Add(utf8(option));
      }
      auto* attribute = new wxGridCellAttr;  // reference-counted by the grid
      attribute->SetEditor(new wxGridCellChoiceEditor(options, true));
      grid_->SetColAttr(column, attribute);
    }
  }
  grid_->SetMinSize(FromDIP(wxSize(-1, 130)));
  sizer->Add(grid_, 1, wxEXPAND);
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  auto* add = new wxButton(this, wxID_ANY, tr("Lägg till rad"));
  auto* remove = new wxButton(this, wxID_ANY, tr("Ta bort rad"));
  add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    grid_->AppendRows(1);
    grid_->SetGridCursor(grid_->GetNumberRows() - 1, 0);
    grid_->SetFocus();
  });
  remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    const int row = grid_->GetGridCursorRow();
    if (row >= 0 && row < grid_->GetNumberRows()) {
      grid_->DeleteRows(row, 1);
    }
  });
  buttons->Add(add, 0, wxRIGHT, FromDIP(6));
  buttons->Add(remove);
  sizer->Add(buttons, 0, wxTOP, FromDIP(4));
  SetSizer(sizer);
}

void RowTable::set_rows(const std::vector<std::vector<std::string>>& rows)
{
  if (grid_->GetNumberRows() > 0) {
    grid_->DeleteRows(0, grid_->GetNumberRows());
  }
  grid_->AppendRows(static_cast<int>(rows.size()));
  for (std::size_t row = 0; row < rows.size(); ++row) {
    for (int column = 0; column < column_count_ && static_cast<std::size_t>(column) < rows[row].size(); ++column) {
      grid_->SetCellValue(static_cast<int>(row), column, utf8(rows[row][static_cast<std::size_t>(column)]));
    }
  }
}

std::vector<std::vector<std::string>> RowTable::rows() const
{
  if (grid_->IsCellEditControlEnabled()) {
    grid_->SaveEditControlValue();  // what is being typed counts
  }
  std::vector<std::vector<std::string>> rows;
  for (int row = 0; row < grid_->GetNumberRows(); ++row) {
    std::vector<std::string> values;
    bool any = false;
    for (int column = 0; column < column_count_; ++column) {
      values.push_back(grid_->GetCellValue(row, column).Trim().Trim(false).utf8_string());
      any = any || !values.back().empty();
    }
    if (any) {
      rows.push_back(std::move(values));
    }
  }
  return rows;
}

}  // namespace trygg::gui
