#pragma once

#include "discharge_window.hpp"
#include "routine_book.hpp"
#include "routine_comparison.hpp"
#include "routine_editor.hpp"
#include "routine_redating.hpp"
#include "storhelg.hpp"

#include "trygg/gui_sdk/gui_plugin.hpp"

#include <wx/panel.h>

#include <optional>
#include <string>
#include <vector>

class wxButton;
class wxCheckBox;
class wxChoice;
class wxListCtrl;
class wxStaticText;

namespace trygg::gui {

class RoutineEditorDialog;
class WindowCalendar;

// The staffing routines as a process owner keeps them: every version with its status and validity and
// the one in force today; for the chosen version, a calendar of the discharge windows its hours leave,
// day by day and municipality by municipality, with the days that have none and whose staffing would
// open one; and what changed against another version, or the version as its remiss document.
class RoutinesPage : public wxPanel, public PluginWindow {
public:
  RoutinesPage(wxWindow* parent, PageHost& host);

  void reload() override;  // "in force today" and the expiry notice follow the clock
  // Chooses a version by id; false when there is none.
  bool choose_routine(const std::string& id);
  // Previews what changed from the version chosen to compare with, to the chosen one, and returns it.
  std::optional<holiday::RoutineComparison> compare();
  // The next version of the chosen one, made as asked and opened in the form, not yet saved; null (and
  // said) when the request is refused.
  RoutineEditorDialog* new_version(const holiday::NewVersionRequest& request);
  // The chosen version's file in the form; null for a decided or revoked version (a change to one is a
  // new version).
  RoutineEditorDialog* edit();
  [[nodiscard]] std::vector<holiday::Actor> needed() const;
  // The days without a window in the whole validity, for every place (after show_windows).
  [[nodiscard]] int closed_days() const { return closed_days_; }

private:
  [[nodiscard]] const holiday::StaffingRoutine* routine() const;
  void fill_versions();
  void follow_selection();  // shows the selected version unless it is shown already
  void show_routine();  // the chosen version: periods, what to compare with, then its windows
  void show_windows();  // the calendar and the gap list for the chosen period and actors
  RoutineEditorDialog* open_editor(holiday::RoutineEditor editor, bool on_disk);
  // Reads the routines again after the form saved one: what to say about the file.
  std::string reread(const std::filesystem::path& saved);

  PageHost& host_;
  holiday::RoutineBook routines_;
  std::vector<std::string> compare_ids_;  // behind the choice of what to compare with
  std::vector<std::pair<std::chrono::year_month_day, std::chrono::year_month_day>> periods_;
  std::vector<std::pair<holiday::Actor, wxCheckBox*>> actor_boxes_;
  // Every place's windows over the whole validity, computed once per version and actors.
  std::vector<std::pair<std::string, std::vector<holiday::DayWindows>>> windows_;
  int closed_days_ = 0;
  const holiday::StaffingRoutine* shown_ = nullptr;
  wxStaticText* warning_ = nullptr;
  wxListCtrl* versions_ = nullptr;
  wxChoice* period_choice_ = nullptr;
  wxChoice* compare_choice_ = nullptr;
  wxStaticText* compare_result_ = nullptr;
  wxButton* edit_ = nullptr;
  wxStaticText* summary_ = nullptr;
  WindowCalendar* calendar_ = nullptr;
  wxListCtrl* gaps_ = nullptr;
};

}  // namespace trygg::gui
