#pragma once

#include "trygg/discharge_planner.hpp"
#include "trygg/storhelg.hpp"
#include "trygg/workspace.hpp"

#include <wx/panel.h>

#include <functional>

class wxChoice;
class wxListCtrl;
class wxStaticText;

namespace trygg::gui {

class PlanningBoard;

// Storhelg planning: a routine, the discharges planned over it (from open discharge cases, a CSV
// file or the shipped example), the board, and the conflicts with what to do instead.
class PlanningPage : public wxPanel {
public:
  using OpenCase = std::function<void(CaseId)>;
  PlanningPage(wxWindow* parent, Workspace& workspace, OpenCase open_case);

  void plan_cases();                                    // open discharge cases in the database
  void plan_file(const std::filesystem::path& csv);     // a CSV of planned discharges
  bool plan_example();                                  // the routine plugin's example, if it ships one
  [[nodiscard]] const HolidayPlan& plan() const { return plan_; }

private:
  void replan();
  [[nodiscard]] const StaffingRoutine* routine() const;
  [[nodiscard]] std::string municipality() const;

  Workspace& workspace_;
  OpenCase open_case_;
  std::vector<std::pair<const PluginRecord*, const StaffingRoutine*>> routines_;
  std::vector<PlannedDischarge> discharges_;
  HolidayPlan plan_;
  wxChoice* routine_choice_ = nullptr;
  wxChoice* municipality_choice_ = nullptr;
  wxChoice* period_choice_ = nullptr;
  std::vector<StorhelgBlock> blocks_;
  wxStaticText* warning_ = nullptr;
  wxStaticText* summary_ = nullptr;
  PlanningBoard* board_ = nullptr;
  wxListCtrl* conflicts_ = nullptr;
  std::vector<std::string> conflict_ids_;
};

}  // namespace trygg::gui
