#pragma once

#include "trygg/workspace.hpp"

#include <wx/frame.h>
#include <wx/timer.h>

#include <memory>
#include <optional>
#include <thread>

class wxAuiNotebook;
class wxAuiNotebookEvent;
class wxInfoBar;
class wxMenu;

namespace trygg::gui {

class AccessLogPage;
class FollowUpPage;
class AssessmentOverviewPage;

class CasePanel;
class CasesPage;
class PluginShelf;

// The main window: the case list (first tab, always there) and a tab per open case. Menus follow
// the desktop's conventions; the window remembers its size and the database last used.
class MainFrame : public wxFrame {
public:
  explicit MainFrame(std::unique_ptr<Workspace> workspace);
  ~MainFrame() override;

  [[nodiscard]] Workspace& workspace() { return *workspace_; }
  [[nodiscard]] CasesPage& cases_page() { return *cases_; }
  // Opens the case in a tab, or brings its tab forward; null when it cannot be opened.
  CasePanel* open_case(CaseId id);
  [[nodiscard]] CasePanel* current_case() const;
  // Visa > Riskbedömningar: opened, or brought forward and read again.
  AssessmentOverviewPage* show_assessments();
  // Visa > Logguppföljning (Ctrl+3): one tab, shown again when asked again.
  AccessLogPage* show_access_log();
  // Visa > Uppföljning: the indicators, opened once and brought forward after.
  FollowUpPage* show_follow_up();
  // Opens (or brings forward, showing again what is stored) a plugin's workspace tool by its id from
  // the manifest; null when no loaded plugin has it or it could not be made.
  wxWindow* open_tool(const std::string& tool_id);
  [[nodiscard]] PluginShelf& shelf() { return *shelf_; }
  // Reads everything again, e.g. after the plugins changed. False when the person chose to stay with
  // unsaved edits in a tab (asked first), and nothing changed.
  bool reopen_workspace(const std::string& database);
  // Closes a case or tool tab (never the list), after asking about edits not saved in it; false when
  // the tab stays.
  bool close_tab(std::size_t page);
  // The database file checked in the background after it opened (quick_check, and the history's hash
  // chain): empty until done; what was found is shown in a bar above the tabs.
  [[nodiscard]] const std::optional<Storage::FileCheck>& database_check() const { return database_check_; }
  [[nodiscard]] const wxString& database_notice() const { return database_notice_; }
  // Every two seconds (a timer): the cases other clients of the database changed, shown as they are now.
  void look_for_changes();

private:
  void build_menu();
  void on_new_case();
  void on_open_database();
  // Arkiv > Anslut till server…: the region's shared database, by its address.
  void on_connect_server();
  void on_plugins();
  void on_close_tab(wxAuiNotebookEvent& event);
  void on_close(wxCloseEvent& event);
  void show_status();
  void reload_cases();
  // A plugin's page or tool changed a case: its tab and the list show it.
  void case_changed(CaseId id);
  void listen_for_changes();
  void make_shelf();
  void fill_tools_menu();
  // The check of the file waits for the window's first idle moment, so it never delays the first paint.
  void start_database_check();
  void stop_database_check();
  void on_first_idle(wxIdleEvent& event);
  // Arkiv > Säkerhetskopior…: a copy in the chosen folder when the newest there is old enough.
  void run_scheduled_backup();
  void show_database_check(const Storage::FileCheck& check, const std::string& failure);
  // Asks about unsaved edits in one tab, or in all of them; false when the person chose to stay.
  [[nodiscard]] bool settle_edits(std::size_t page);
  [[nodiscard]] bool settle_all_edits();

  std::unique_ptr<Workspace> workspace_;
  std::unique_ptr<PluginShelf> shelf_;
  wxMenu* tools_menu_ = nullptr;
  wxAuiNotebook* tabs_ = nullptr;
  CasesPage* cases_ = nullptr;
  wxInfoBar* notice_ = nullptr;
  std::optional<Storage::FileCheck> database_check_;
  wxString database_notice_;
  wxTimer changes_timer_;
  bool changes_unreachable_ = false;  // said once until the database answers again
  // Asked to stop and joined before the frame or its workspace goes.
  std::jthread database_checker_;
};

}  // namespace trygg::gui
