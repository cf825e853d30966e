#pragma once

#include "trygg/care_case.hpp"

#include <wx/listctrl.h>

#include <map>
#include <string>
#include <vector>

namespace trygg::gui {

// The case list. Virtual: rows are drawn from the summaries on demand, so the control costs the
// same for nine cases as for a hundred thousand. Click a column header to sort by it.
class CaseListCtrl : public wxListCtrl {
public:
  explicit CaseListCtrl(wxWindow* parent);
  // process_names: the names plugins give their processes, shown instead of the ids.
  void show(std::vector<CaseSummary> rows, std::map<std::string, std::string> process_names);
  [[nodiscard]] const std::vector<CaseSummary>& rows() const { return rows_; }
  [[nodiscard]] std::optional<CaseId> selected_case() const;

private:
  [[nodiscard]] wxString OnGetItemText(long item, long column) const override;
  [[nodiscard]] wxItemAttr* OnGetItemAttr(long item) const override;
  void sort_by(int column);

  std::vector<CaseSummary> rows_;
  std::map<std::string, std::string> process_names_;
  Timestamp shown_at_;
  int sort_column_ = 0;
  bool sort_ascending_ = false;
  mutable wxItemAttr overdue_;
  mutable wxItemAttr due_today_;
};

}  // namespace trygg::gui
