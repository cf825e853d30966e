#pragma once

#include "trygg/workspace.hpp"

#include <wx/panel.h>

#include <functional>

class wxGauge;
class wxListCtrl;
class wxStaticText;

namespace trygg::gui {

// One checklist of a case: items grouped by phase, with state, who and when, due time and comment.
// Every change is saved the moment it is made, through the storage layer.
class ChecklistPage : public wxPanel {
public:
  ChecklistPage(wxWindow* parent, Workspace& workspace, std::function<void()> changed);
  void show(const CareCase& care_case, const Checklist& checklist);
  // A closed case's checklist can be read, not changed.
  void set_read_only(bool read_only);

  // Selects the item with this template key; false when there is none.
  bool select_item(const std::string& key);

private:
  [[nodiscard]] std::optional<std::int64_t> selected_item() const;
  void change(const ItemChange& change);
  void ask_not_applicable();
  void ask_comment();

  Workspace& workspace_;
  std::function<void()> changed_;
  wxListCtrl* items_ = nullptr;
  wxStaticText* guidance_ = nullptr;  // the selected item's guidance from the template
  wxGauge* progress_ = nullptr;
  wxStaticText* progress_label_ = nullptr;
  std::vector<const ChecklistItem*> rows_;  // null for a phase heading
  std::vector<wxWindow*> buttons_;
  bool read_only_ = false;
  std::optional<CareCase> care_case_;
  Checklist checklist_;
};

}  // namespace trygg::gui
