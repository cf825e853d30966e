#pragma once

#include "trygg/care_case.hpp"

#include <wx/listctrl.h>

#include <cstdint>
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

// The case list. Virtual: rows are drawn from the summaries on demand. A long list is read a window at
// a time (show_window): only the rows on screen are fetched, in the order clicked, so it costs the same
// for a thousand cases as for a million. Click a column header to sort by it: the stored columns sort in
// the database; the live ones (the traffic light, a plugin's fact) are judged row by row, so only a list
// of at most `live_sort_bound` cases sorts by them.
class CaseListCtrl : public wxListCtrl {
public:
  using Judge = std::function<CaseJudgement(CaseId)>;
  // Rows [first, first + count) of the list in `order`.
  using Fetch = std::function<std::vector<CaseSummary>(CaseOrder order, std::int64_t first, int count)>;
  using LoadAll = std::function<std::vector<CaseSummary>()>;
  using Notice = std::function<void(const wxString&)>;
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
  // `total` rows in the list's order (a stored one: newest first after a live one), fetched as they come
  // on screen; `load_all` reads them all when a sort by a live column asks for it (up to live_sort_bound()).
  void show_window(std::int64_t total, Fetch fetch, LoadAll load_all, std::map<std::string, std::string> process_names);
  [[nodiscard]] bool windowed() const { return static_cast<bool>(fetch_); }
  // The order the list is in, when the database can read it in that order (not a live column).
  [[nodiscard]] std::optional<CaseOrder> stored_order() const;
  // Sorts as a click on the column's header does (tests, and the header itself).
  void sort_by(int column);
  // The longest list the live columns sort (or filter) by: each row is judged by its plugin's rules.
  [[nodiscard]] std::int64_t live_sort_bound() const { return live_sort_bound_; }
  void set_live_sort_bound(std::int64_t rows) { live_sort_bound_ = rows; }
  // Where the list says why it did not do what was asked (a sort too long to judge), without a dialog.
  void set_notice(Notice notice) { notice_ = std::move(notice); }
  // The rows held in memory: all of them, or none when windowed (then row_at).
  [[nodiscard]] const std::vector<CaseSummary>& rows() const { return rows_; }
  // The row at a position, fetched when windowed and not yet read; null past the end or when it cannot be read.
  [[nodiscard]] const CaseSummary* row_at(long item) const;
  // Replaces the shown row of this case and repaints it alone; false when the case is not shown.
  bool update_row(const CaseSummary& row);
  [[nodiscard]] std::optional<CaseId> selected_case() const;
  // The title of the column that shows a plugin's case fact (its manifest's <list-column>).
  void set_fact_title(const wxString& title);

private:
  [[nodiscard]] wxString OnGetItemText(long item, long column) const override;
  [[nodiscard]] wxItemAttr* OnGetItemAttr(long item) const override;
  void sort_rows();

  std::vector<CaseSummary> rows_;
  Fetch fetch_;  // set while windowed
  LoadAll load_all_;
  mutable std::map<std::int64_t, std::vector<CaseSummary>> blocks_;  // windows read, by block number
  std::int64_t total_ = 0;  // rows in a windowed list
  std::int64_t live_sort_bound_ = 20'000;
  Notice notice_;
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
