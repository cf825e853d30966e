#pragma once

#include "holiday_planner.hpp"
#include "routine_book.hpp"
#include "storhelg.hpp"

#include "trygg/gui_sdk/gui_plugin.hpp"

#include <wx/panel.h>

#include <optional>
#include <string>
#include <vector>

class wxChoice;
class wxListCtrl;
class wxStaticText;

namespace trygg::gui {

class PlanningBoard;

// Storhelg planning: a routine, the discharges planned over it (from open discharge cases, a CSV
// file or the shipped example), the board, and the conflicts with what to do instead. Opens with
// the open discharge cases, or with the example when there are none, and says which it shows.
class PlanningPage : public wxPanel, public PluginWindow {
public:
  PlanningPage(wxWindow* parent, PageHost& host);

  void plan_cases();                                 // open discharge cases in the database
  // A CSV of planned discharges; `source` is what the summary calls them (else the file's name).
  void plan_file(const std::filesystem::path& csv, const wxString& source = {});
  bool plan_example(const wxString& source = {});  // the plugin's example
  void reload() override { plan_cases(); }
  void print();                                         // the plan in the print preview
  bool export_csv(const std::filesystem::path& file);  // the plan as CSV; false (and said) when it cannot be written
  [[nodiscard]] const holiday::HolidayPlan& plan() const { return plan_; }

private:
  void replan();
  // The version chosen, or, when an area is planned day by day, the one that speaks for it (in force
  // today, else its last decided one): its name heads the printout, its validity the periods.
  [[nodiscard]] const holiday::StaffingRoutine* routine() const;
  // The area when it is planned with whichever decided version is in force on each day.
  [[nodiscard]] std::optional<std::string> area_by_day() const;
  [[nodiscard]] std::string municipality() const;

  PageHost& host_;
  holiday::RoutineBook routines_;
  discharge::AgreementBook agreements_;  // what a wait costs: each municipality's chosen agreement, else the law's rule
  std::vector<holiday::PlannedDischarge> discharges_;
  wxString source_;  // what the discharges come from, for the summary
  holiday::HolidayPlan plan_;
  // Behind the routine choice: each area day by day (no version), then every version.
  struct RoutineChoice {
    std::string area;
    const holiday::StaffingRoutine* version = nullptr;
  };
  std::vector<RoutineChoice> routine_choices_;
  wxChoice* routine_choice_ = nullptr;
  wxChoice* municipality_choice_ = nullptr;
  wxChoice* period_choice_ = nullptr;
  std::vector<holiday::StorhelgBlock> blocks_;
  wxStaticText* warning_ = nullptr;
  wxStaticText* summary_ = nullptr;
  PlanningBoard* board_ = nullptr;
  wxListCtrl* conflicts_ = nullptr;
  std::vector<std::string> conflict_ids_;
  int sort_column_ = 2;  // the planned time
  bool sort_ascending_ = true;
};

}  // namespace trygg::gui
