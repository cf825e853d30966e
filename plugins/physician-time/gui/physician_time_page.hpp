#pragma once

#include "physician_follow_up.hpp"
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
class CoverCalendar;
class RowTable;

// Läkarmedverkan as a workspace tool: a municipality's care units (the example, or a CSV), the agreements
// and proposals to compare (ticked), their hours and FTE side by side in a table and a chart, the figures
// per municipality and vårdcentral for the scenario chosen, and what moves it most. Printable.
class PhysicianTimePage : public wxPanel, public PluginWindow, public UnsavedEdits {
public:
  PhysicianTimePage(wxWindow* parent, PageHost& host);

  // Units from a CSV file; false (and said) when the file cannot be used, and the units shown stay.
  bool load_units(const std::filesystem::path& csv, const wxString& source = {});
  // Delivered time and tasks, followed up against the scenario chosen in the table; false (and said) when
  // the file cannot be used.
  bool load_delivered(const std::filesystem::path& csv);
  // The units as typed in the table: checked like a CSV file, then saved in the workspace (one
  // transaction, with history). False (and said) when a row is wrong: nothing is saved then.
  bool save_units();
  // The delivered weeks as typed in the follow-up's table, checked like a CSV file (and against the units),
  // then saved in the workspace. False (and said) when a row is wrong: nothing is saved then.
  bool save_delivered();
  // The unit's risk analysis (a case of the plugin's unit-risk process): the open one, else a new one.
  void open_unit_risk(const std::string& municipality, const std::string& unit);
  void reload() override { replan(); }
  // Rows typed into the units or the delivered table and not saved (a file loaded is not typing).
  [[nodiscard]] bool has_unsaved_edits() const override;
  [[nodiscard]] std::string edits_title() const override;
  bool save_edits() override;
  void print();
  [[nodiscard]] const std::vector<physician::PhysicianTimePlan>& plans() const { return plans_; }

private:
  void replan();
  void show_detail();
  void show_follow_up();
  void fill_units_table();
  void fill_delivered_table();
  [[nodiscard]] std::vector<std::string> need_ids() const;

  PageHost& host_;
  std::vector<physician::PhysicianAgreement> agreements_;
  std::vector<physician::CareUnit> units_;
  wxString source_;
  std::vector<physician::PhysicianTimePlan> plans_;
  std::vector<std::size_t> plan_agreements_;  // the agreement (index in agreements_) of each plan
  std::vector<physician::DeliveredWeek> delivered_;
  std::filesystem::path delivered_file_;
  std::size_t detail_ = 0;  // the scenario whose figures are shown below
  wxStaticText* summary_ = nullptr;
  wxCheckListBox* scenarios_ = nullptr;
  wxListCtrl* table_ = nullptr;
  ScenarioChart* chart_ = nullptr;
  wxListCtrl* detail_list_ = nullptr;
  wxListCtrl* sensitivity_ = nullptr;
  CoverCalendar* cover_ = nullptr;
  wxStaticText* follow_up_summary_ = nullptr;
  wxListCtrl* follow_up_list_ = nullptr;
  std::vector<std::pair<std::string, std::string>> follow_up_units_;  // municipality and unit of each follow-up row
  RowTable* delivered_table_ = nullptr;
  RowTable* units_table_ = nullptr;
  // Each table's rows as last filled or saved: what "no edits" means.
  std::vector<std::vector<std::string>> units_shown_;
  std::vector<std::vector<std::string>> delivered_shown_;
  std::vector<std::string> need_labels_;  // the need columns' headings
};

}  // namespace trygg::gui
