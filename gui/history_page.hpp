#pragma once

#include "trygg/history_line.hpp"

#include <wx/panel.h>

#include <vector>

class wxListCtrl;

namespace trygg::gui {

// A case's history, newest first, in the words the CLI and the printout use too.
class HistoryPage : public wxPanel {
public:
  explicit HistoryPage(wxWindow* parent);
  void show(const std::vector<HistoryLine>& lines);

private:
  wxListCtrl* history_ = nullptr;
};

}  // namespace trygg::gui
