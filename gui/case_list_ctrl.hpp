#pragma once

#include "trygg/care_case.hpp"

#include <wx/listctrl.h>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace trygg::gui {

// What a process's rules say about a case, for the list: the traffic light and the fact a plugin
// asks the list to show (e.g. when payment liability starts). Judged live (they depend on the clock), so the list asks only for rows it needs.
struct CaseJudgement {
  int level = -1;  // 0 green, 1 yellow, 2 red; -1 when the process has no such judgement
  wxString label;
  wxString fact;          // the process's first case fact, briefly (e.g. the day liability started)
  double fact_sort = 0;
};

// The case list. Virtual: rows are drawn from the summaries on demand, so the control costs the
// same for nine cases as for a hundred thousand. Click a column header to sort by it.
class CaseListCtrl : public wxListCtrl {
public:
  using Judge = std::function<CaseJudgement(CaseId)>;
  explicit CaseListCtrl(wxWindow* parent);
  void set_judge(Judge judge) { judge_ = std::move(judge); }
  // The judgement of a row, computed once per list.
  [[nodiscard]] const CaseJudgement& judgement(const CaseSummary& row) const;
  // Computes the judgements of every row, with progress shown when the list is long.
  void judge_all() const;
  // Judgements go stale when cases change: forget them before showing rows read anew.
  void forget_judgements() { judgements_.clear(); }
  // process_names: the names plugins give their processes, shown instead of the ids.
  void show(std::vector<CaseSummary> rows, std::map<std::string, std::string> process_names);
  [[nodiscard]] const std::vector<CaseSummary>& rows() const { return rows_; }
  // Replaces the shown row of this case and repaints it alone; false when the case is not shown.
  bool update_row(const CaseSummary& row);
  [[nodiscard]] std::optional<CaseId> selected_case() const;
  // The title of the column that shows a plugin's case fact (its manifest's <list-column>).
  void set_fact_title(const wxString& title);

private:
  [[nodiscard]] wxString OnGetItemText(long item, long column) const override;
  [[nodiscard]] wxItemAttr* OnGetItemAttr(long item) const override;
  void sort_by(int column);

  std::vector<CaseSummary> rows_;
  std::map<std::string, std::string> process_names_;
  Timestamp shown_at_;
  int sort_column_ = 0;
  bool sort_ascending_ = false;
  Judge judge_;
  mutable std::map<CaseId, CaseJudgement> judgements_;
  mutable wxItemAttr overdue_;
  mutable wxItemAttr due_today_;
};

}  // namespace trygg::gui
