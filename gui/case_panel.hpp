#pragma once

#include "trygg/workspace.hpp"

#include <wx/panel.h>

#include <functional>
#include <memory>
#include <vector>

class wxWrapSizer;
class wxHtmlEasyPrinting;
class wxHtmlWindow;
class wxButton;
class wxListCtrl;
class wxNotebook;
class wxStaticText;

namespace trygg::gui {

class AssessmentPage;
class CaseHeader;
class CaseOverviewPage;
class ChecklistPage;
class HistoryPage;
class RiskPage;
class PluginShelf;

// One open case: a header with the person and progress, the plugin's actions, and a tab for each
// part: overview (events and deadlines), each page the plugin contributes, each checklist, the risk
// analysis and the history. Every edit goes through the workspace; its change notice refreshes the
// case from one read (Workspace::view), which the views below only render.
class CasePanel : public wxPanel {
public:
  CasePanel(wxWindow* parent, Workspace& workspace, PluginShelf& shelf, CaseId id, std::function<void()> changed);
  ~CasePanel() override;

  [[nodiscard]] CaseId case_id() const { return id_; }
  [[nodiscard]] wxString title() const;
  void refresh();
  // Shows the tab whose name is `page` ("overview", "checklist", "risk", "history" or a plugin view id).
  bool show_page(const std::string& page);

  [[nodiscard]] ChecklistPage* checklist_page(std::size_t index) const;
  [[nodiscard]] RiskPage* risk_page() const { return risk_page_; }
  [[nodiscard]] AssessmentPage* assessment_page() const { return assessment_page_; }
  // The tab a plugin's page is in, by the page's id; null when the case has no such page.
  [[nodiscard]] wxWindow* page(const std::string& name) const;
  // What to do when this case opens another, e.g. a SIP started from a discharge.
  void on_open_case(std::function<void(CaseId)> open_case) { open_case_ = std::move(open_case); }
  // The processes that can be opened from this case (the plugins' manifests say which), and opening
  // one of them for the same person, linked to this case: the case's id, or 0 when none was opened.
  // A case that already has an open one of that process opens it instead of making a second.
  [[nodiscard]] const std::vector<Workspace::FollowOn>& follow_ons() const { return follow_ons_; }
  CaseId open_follow_on(std::size_t index, bool ask = true);

  void export_html();
  void print();
  // A case whose process needs consent goes to another unit only under a valid consent naming it: asks
  // to whom (or the person's own copy), then refuses, saying why, or logs the disclosure. True: go on.
  bool disclose(const wxString& what);
  bool disclose_to(const std::string& recipient, bool to_person, const wxString& what);
  // Writes the case report to `file` (what export_html does after asking where).
  bool export_to(const wxString& file);

private:
  void build_pages();
  void ask_event();
  // The event selected in the overview: its time corrected, or withdrawn, with a reason.
  void correct_event();
  void withdraw_event();
  void close_or_reopen();
  [[nodiscard]] wxString linked_cases_text(const std::vector<CaseId>& follow_ons) const;

  Workspace& workspace_;
  PluginShelf& shelf_;
  CaseId id_;
  std::function<void()> changed_;
  std::function<void(CaseId)> open_case_;
  std::optional<CareCase> care_case_;
  CaseHeader* header_ = nullptr;
  wxWrapSizer* actions_ = nullptr;
  wxNotebook* pages_ = nullptr;
  CaseOverviewPage* overview_ = nullptr;
  std::vector<wxWindow*> write_controls_;  // disabled while the case is closed (read-only)
  wxButton* close_button_ = nullptr;
  HistoryPage* history_ = nullptr;
  std::vector<std::pair<std::string, wxHtmlWindow*>> plugin_views_;
  std::vector<ChecklistPage*> checklist_pages_;
  RiskPage* risk_page_ = nullptr;
  AssessmentPage* assessment_page_ = nullptr;
  std::vector<Workspace::FollowOn> follow_ons_;
  std::vector<std::string> page_names_;
  std::unique_ptr<wxHtmlEasyPrinting> printing_;
};

}  // namespace trygg::gui
