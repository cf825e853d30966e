#pragma once

#include "trygg/workspace.hpp"

#include <wx/panel.h>

#include <functional>

class wxChoice;
class wxListCtrl;
class wxSearchCtrl;
class wxStaticText;
class wxInfoBar;

namespace trygg::gui {

class CaseListCtrl;
struct CaseJudgement;

// The first tab: every case with search and filters, and beside it "Idag", what is due or overdue
// across all open cases. Double-click (or Enter) opens a case.
class CasesPage : public wxPanel {
public:
  using OpenCase = std::function<void(CaseId)>;
  CasesPage(wxWindow* parent, Workspace& workspace, OpenCase open_case);

  // Reads the cases again, e.g. after a change in a case tab or another database.
  void reload();
  // A case changed: its row is read again and repainted (a new case: the list is read again), and "Idag".
  void case_changed(CaseId id);
  void set_workspace(Workspace& workspace);
  void set_search(const wxString& text);
  // 0 all, 1 red, 2 yellow, 3 green.
  void set_readiness_filter(int selection);
  // Lists longer than this, in their first order, are read a window at a time (tests set it low).
  void set_window_threshold(std::int64_t rows) { window_threshold_ = rows; }

  [[nodiscard]] CaseListCtrl& case_list() { return *cases_; }
  [[nodiscard]] wxListCtrl& today_list() { return *today_; }
  // What the list last said it could not do (a sort or filter too long to judge), or empty.
  [[nodiscard]] wxString notice() const;
  // What the plugins say above the list for the reader's municipalities, one a line.
  [[nodiscard]] wxString plugin_notices() const;

private:
  void fill_filters();
  void reload_list();
  void reload_today();
  void reload_plugin_notices();
  void show_count(std::int64_t count);
  [[nodiscard]] CaseFilter filter() const;
  [[nodiscard]] CaseJudgement judge(CaseId id) const;

  Workspace* workspace_;
  std::string fact_column_;  // the case fact the list shows, from a plugin's <list-column>
  OpenCase open_case_;
  wxSearchCtrl* search_ = nullptr;
  wxChoice* process_ = nullptr;
  wxChoice* municipality_ = nullptr;
  wxChoice* status_ = nullptr;
  wxChoice* due_ = nullptr;
  wxChoice* readiness_ = nullptr;
  wxStaticText* count_ = nullptr;
  wxStaticText* plugin_notices_ = nullptr;
  wxInfoBar* notice_ = nullptr;
  wxString notice_text_;
  void show_notice(const wxString& text);
  CaseListCtrl* cases_ = nullptr;
  wxListCtrl* today_ = nullptr;
  std::vector<std::string> process_ids_;
  std::vector<CaseId> today_cases_;
  std::int64_t window_threshold_ = 2000;
};

}  // namespace trygg::gui
