#pragma once

#include "trygg/gui_sdk/gui_plugin.hpp"

#include <wx/panel.h>

#include <string>
#include <vector>

class wxGrid;

namespace trygg::gui {

// A small editable table of rows (a SIP's participants, a form's contacts) with buttons to add and
// remove rows. Rows left entirely empty are not part of the plan.
class TRYGG_GUI_SDK_API RowTable : public wxPanel {
public:
  // `columns`: Swedish labels (translated here) with widths; `choices` per column, empty for free text.
  RowTable(wxWindow* parent, std::vector<std::pair<const char*, int>> columns,
            std::vector<std::vector<std::string>> choices = {});

  void set_rows(const std::vector<std::vector<std::string>>& rows);
  [[nodiscard]] std::vector<std::vector<std::string>> rows() const;
  [[nodiscard]] wxGrid* grid() const { return grid_; }

private:
  wxGrid* grid_ = nullptr;
  int column_count_ = 0;
};

}  // namespace trygg::gui
