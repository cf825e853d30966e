#pragma once

#include "physician_time_plan.hpp"

#include "trygg/gui_sdk/gui_plugin.hpp"

#include <wx/panel.h>

#include <filesystem>
#include <vector>

class wxCheckListBox;
class wxListCtrl;
class wxStaticText;

namespace trygg::gui {

class ScenarioChart;

// Läkarmedverkan as a workspace tool: a municipality's care units (the example, or a CSV), the agreements
// and proposals to compare (ticked), their hours and FTE side by side in a table and a chart, the figures
// per municipality and vårdcentral for the scenario chosen, and what moves it most. Printable.
class PhysicianTimePage : public wxPanel, public PluginWindow {
public:
  PhysicianTimePage(wxWindow* parent, PageHost& host);

  // Units from a CSV file; false (and said) when the file cannot be used, and the units shown stay.
  bool load_units(const std::filesystem::path& csv, const wxString& source = {});
  void reload() override { replan(); }
  void print();
  [[nodiscard]] const std::vector<physician::PhysicianTimePlan>& plans() const { return plans_; }

private:
  void replan();
  void show_detail();

  PageHost& host_;
  std::vector<physician::PhysicianAgreement> agreements_;
  std::vector<physician::CareUnit> units_;
  wxString source_;
  std::vector<physician::PhysicianTimePlan> plans_;
  std::size_t detail_ = 0;  // the scenario whose figures are shown below
  wxStaticText* summary_ = nullptr;
  wxCheckListBox* scenarios_ = nullptr;
  wxListCtrl* table_ = nullptr;
  ScenarioChart* chart_ = nullptr;
  wxListCtrl* detail_list_ = nullptr;
  wxListCtrl* sensitivity_ = nullptr;
};

}  // namespace trygg::gui
