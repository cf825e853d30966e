#pragma once

#include "trygg/plugin_record.hpp"

#include <wx/listctrl.h>

#include <vector>

namespace trygg::gui {

// Loaded and rejected plugins, the rejected ones with the reason in full.
class PluginListCtrl : public wxListCtrl {
public:
  explicit PluginListCtrl(wxWindow* parent);
  void show(const std::vector<PluginRecord>& plugins);
};

}  // namespace trygg::gui
