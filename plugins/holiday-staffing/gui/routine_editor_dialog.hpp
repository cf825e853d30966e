#pragma once

#include "discharge_window.hpp"
#include "routine_editor.hpp"

#include "trygg/gui_sdk/gui_plugin.hpp"

#include <wx/dialog.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

class wxButton;
class wxChoice;
class wxListCtrl;
class wxStaticText;
class wxTextCtrl;

namespace trygg::gui {

// A routine's hours in a form, no XML needed: a municipality (or the region), a kind of day or an agreed
// day, and each actor's hours as text ("08–14, 16–19"); agreed days added and removed; undo and redo of
// every change; the days the edited hours leave without a discharge window, counted and listed as the
// routines tool lists them; what changed against the version it replaces, and the remiss document.
// Saved as the routine's own XML. Modeless, so the routines tool stays in view beside it.
class RoutineEditorDialog : public wxDialog, public UnsavedEdits {
public:
  // `on_disk`: the editor's file holds what it opened (false for a new version: its first save goes to
  // the file offered, or through "Spara som" when one of that name is there already). `replaced`: the version this one takes over from, to compare with (none: nothing to
  // compare). `saved`: told the file after each save, so the routines tool reads it again; what it
  // returns is said under the form ("planned with from now on", or how to have it planned with).
  RoutineEditorDialog(wxWindow* parent, PageHost& host, holiday::RoutineEditor editor, bool on_disk,
                      std::optional<holiday::StaffingRoutine> replaced, std::function<std::string(const std::filesystem::path&)> saved);

  [[nodiscard]] const holiday::RoutineEditor& editor() const { return editor_; }
  // What the form shows: the region ("") or a municipality, and a day.
  void choose(const std::string& municipality, const holiday::HoursDay& day);
  // As if typed into the actor's field and Enter pressed: the error said under the form, "" when taken.
  std::string type_hours(holiday::Actor actor, const wxString& text);
  std::string add_day(std::chrono::year_month_day day);  // the error, "" when added (and chosen)
  void remove_day();                                     // the agreed day chosen
  void undo();
  void redo();
  bool save_to(const std::filesystem::path& file);  // false, after saying why, when it cannot be written
  // The days without a discharge window over the whole validity, for every place.
  [[nodiscard]] int closed_days() const { return closed_days_; }

  [[nodiscard]] bool has_unsaved_edits() const override { return editor_.modified() || !saved_once_; }
  [[nodiscard]] std::string edits_title() const override;
  bool save_edits() override;

private:
  [[nodiscard]] std::string municipality() const;
  [[nodiscard]] holiday::HoursDay day() const;
  [[nodiscard]] holiday::HoursPlace place() const { return {municipality(), day()}; }
  void fill_days();     // the day choice for the schedule chosen, keeping the day when it is still there
  void show_hours();    // each actor's hours at the place, and what governs where it names none
  void show_windows();  // the summary and the gap list
  void after_change();  // everything that follows the routine's text
  void commit(holiday::Actor actor);
  void tell(const std::string& text, bool is_error = true);  // under the form: what was refused, or what saving did
  bool save_as();

  PageHost& host_;
  holiday::RoutineEditor editor_;
  std::optional<holiday::StaffingRoutine> replaced_;
  std::function<std::string(const std::filesystem::path&)> saved_;
  bool saved_once_ = false;  // a new version lives only here until it is first saved
  std::vector<std::string> places_;  // behind the place choice: "" for the region
  std::vector<holiday::HoursDay> days_;
  int closed_days_ = 0;
  wxChoice* place_choice_ = nullptr;
  wxChoice* day_choice_ = nullptr;
  std::vector<std::pair<holiday::Actor, wxTextCtrl*>> fields_;
  std::vector<std::pair<holiday::Actor, wxStaticText*>> hints_;
  wxStaticText* error_ = nullptr;
  wxStaticText* status_ = nullptr;
  wxButton* undo_ = nullptr;
  wxButton* redo_ = nullptr;
  wxButton* remove_day_ = nullptr;
  wxStaticText* summary_ = nullptr;
  wxListCtrl* gaps_ = nullptr;
};

}  // namespace trygg::gui
