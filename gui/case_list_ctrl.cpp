#include "case_list_ctrl.hpp"

#include "gui_text.hpp"
#include "trygg/gui_sdk/palette.hpp"

#include <algorithm>
#include <memory>

#include <wx/msgdlg.h>
#include <wx/progdlg.h>

namespace trygg::gui {
namespace {

enum Column { id, identity, name, municipality, process, progress, next_due, readiness, fact, status, title };

// A windowed list reads rows a block at a time and keeps a screenful many times over: scrolling back
// and forth does not read again, and memory stays flat however long the list is.
constexpr std::int64_t block_rows = 100;
constexpr std::size_t blocks_kept = 64;

}  // namespace

CaseListCtrl::CaseListCtrl(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL)
{
  AppendColumn(tr("Ärende"), wxLIST_FORMAT_RIGHT, FromDIP(72));  // seven digits: a region's millionth case
  AppendColumn(tr("Personnummer"), wxLIST_FORMAT_LEFT, FromDIP(110));
  AppendColumn(tr("Namn"), wxLIST_FORMAT_LEFT, FromDIP(130));
  AppendColumn(tr("Kommun"), wxLIST_FORMAT_LEFT, FromDIP(90));
  AppendColumn(tr("Process"), wxLIST_FORMAT_LEFT, FromDIP(120));
  AppendColumn(tr("Klart"), wxLIST_FORMAT_RIGHT, FromDIP(52));
  AppendColumn(tr("Nästa frist"), wxLIST_FORMAT_LEFT, FromDIP(125));
  AppendColumn(tr("Hemgång"), wxLIST_FORMAT_LEFT, FromDIP(70));
  AppendColumn({}, wxLIST_FORMAT_LEFT, FromDIP(90));  // titled by the plugin whose fact it shows
  AppendColumn(tr("Status"), wxLIST_FORMAT_LEFT, FromDIP(62));
  AppendColumn(tr("Rubrik"), wxLIST_FORMAT_LEFT, FromDIP(280));
  overdue_.SetTextColour(wx_colour(sdk::palette::alarm_text));
  due_today_.SetTextColour(wx_colour(sdk::palette::warning_text));
  Bind(wxEVT_LIST_COL_CLICK, [this](wxListEvent& event) { sort_by(event.GetColumn()); });
}

void CaseListCtrl::show_window(std::int64_t total, Fetch fetch, LoadAll load_all, std::map<std::string, std::string> process_names)
{
  rows_.clear();
  blocks_.clear();
  fetch_ = std::move(fetch);
  load_all_ = std::move(load_all);
  process_names_ = std::move(process_names);
  shown_at_ = now();
  sort_column_ = Column::id;
  sort_ascending_ = false;
  SetItemCount(static_cast<long>(total));
  Refresh();
}

const CaseSummary* CaseListCtrl::row_at(long item) const
{
  if (item < 0) {
    return nullptr;
  }
  if (!fetch_) {
    return static_cast<std::size_t>(item) < rows_.size() ? &rows_[static_cast<std::size_t>(item)] : nullptr;
  }
  const std::int64_t block = item / block_rows;
  auto found = blocks_.find(block);
  if (found == blocks_.end()) {
    if (blocks_.size() >= blocks_kept) {
      blocks_.clear();
    }
    try {
      found = blocks_.emplace(block, fetch_(block * block_rows, static_cast<int>(block_rows))).first;
    } catch (const std::exception&) {
      return nullptr;  // the list's reload reports what is wrong with the database
    }
  }
  const auto at = static_cast<std::size_t>(item - block * block_rows);
  return at < found->second.size() ? &found->second[at] : nullptr;
}

void CaseListCtrl::show(std::vector<CaseSummary> rows, std::map<std::string, std::string> process_names)
{
  fetch_ = nullptr;
  load_all_ = nullptr;
  blocks_.clear();
  rows_ = std::move(rows);
  process_names_ = std::move(process_names);
  shown_at_ = now();
  if (sort_column_ != Column::id || sort_ascending_) {
    const int column = sort_column_;
    sort_ascending_ = !sort_ascending_;  // sort_by flips it back
    sort_by(column);
  }
  SetItemCount(static_cast<long>(rows_.size()));
  Refresh();
}

bool CaseListCtrl::update_row(const CaseSummary& row)
{
  if (fetch_) {
    for (auto& [block, rows] : blocks_) {
      for (std::size_t at = 0; at < rows.size(); ++at) {
        if (rows[at].id == row.id) {
          rows[at] = row;
          judgements_.erase(row.id);
          RefreshItem(static_cast<long>(block * block_rows + static_cast<std::int64_t>(at)));
          return true;
        }
      }
    }
    return false;  // not read yet: the list is read again where it is
  }
  const auto shown = std::find_if(rows_.begin(), rows_.end(), [&](const CaseSummary& candidate) { return candidate.id == row.id; });
  if (shown == rows_.end()) {
    return false;
  }
  *shown = row;
  judgements_.erase(row.id);
  RefreshItem(static_cast<long>(shown - rows_.begin()));
  return true;
}

void CaseListCtrl::set_fact_title(const wxString& title)
{
  wxListItem column;
  column.SetMask(wxLIST_MASK_TEXT);
  column.SetText(title);
  SetColumn(Column::fact, column);
}

std::optional<CaseId> CaseListCtrl::selected_case() const
{
  const auto* row = row_at(GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED));
  return row != nullptr ? std::optional<CaseId>(row->id) : std::nullopt;
}

const CaseJudgement& CaseListCtrl::judgement(const CaseSummary& row) const
{
  auto found = judgements_.find(row.id);
  if (found == judgements_.end()) {
    found = judgements_.emplace(row.id, judge_ ? judge_(row.id) : CaseJudgement{}).first;
  }
  return found->second;
}

void CaseListCtrl::judge_all() const
{
  std::unique_ptr<wxProgressDialog> progress;
  if (rows_.size() > 200) {
    progress = std::make_unique<wxProgressDialog>(tr("Bedömer ärenden"), tr("Hemgångsklar och betalningsansvar…"),
                                                  static_cast<int>(rows_.size()), wxGetTopLevelParent(const_cast<CaseListCtrl*>(this)),
                                                  wxPD_APP_MODAL | wxPD_AUTO_HIDE | wxPD_ELAPSED_TIME);
  }
  for (std::size_t i = 0; i < rows_.size(); ++i) {
    (void)judgement(rows_[i]);
    if (progress && i % 50 == 0) {
      progress->Update(static_cast<int>(i));
    }
  }
}

void CaseListCtrl::sort_by(int column)
{
  if (fetch_) {
    // Another order needs every row: read them all, once.
    try {
      show(load_all_(), process_names_);
    } catch (const std::exception& error) {
      wxMessageBox(utf8(error.what()), tr("Ärendena kunde inte läsas"), wxOK | wxICON_ERROR, this);
      return;
    }
  }
  if (column == Column::readiness || column == Column::fact) {
    judge_all();
  }
  sort_ascending_ = column == sort_column_ ? !sort_ascending_ : true;
  sort_column_ = column;
  const auto key = [column](const CaseSummary& row) {
    switch (column) {
      case Column::identity:
        return row.person_identity;
      case Column::name:
        return row.person_name;
      case Column::municipality:
        return row.municipality;
      case Column::process:
        return row.process;
      case Column::next_due:
        return row.next_due ? to_iso_utc(*row.next_due) : std::string("~");
      case Column::title:
        return row.title;
      default:
        return std::string();
    }
  };
  const auto judged = [this, column](const CaseSummary& row) -> double {
    const auto& judgement = this->judgement(row);
    if (column == Column::readiness) {
      return judgement.level;
    }
    return judgement.fact.empty() ? 1e12 : judgement.fact_sort;
  };
  const bool ascending = sort_ascending_;
  std::stable_sort(rows_.begin(), rows_.end(), [&](const CaseSummary& a, const CaseSummary& b) {
    if (column == Column::readiness || column == Column::fact) {
      return ascending ? judged(a) < judged(b) : judged(b) < judged(a);
    }
    if (column == Column::id || column == Column::progress || column == Column::status) {
      const auto number = [column](const CaseSummary& row) -> double {
        if (column == Column::progress) {
          return row.items_total == 0 ? 1.0 : static_cast<double>(row.items_done) / row.items_total;
        }
        return column == Column::status ? static_cast<double>(row.status) : static_cast<double>(row.id);
      };
      return ascending ? number(a) < number(b) : number(b) < number(a);
    }
    return ascending ? key(a) < key(b) : key(b) < key(a);
  });
  Refresh();
}

wxString CaseListCtrl::OnGetItemText(long item, long column) const
{
  const auto* found = row_at(item);
  if (found == nullptr) {
    return {};
  }
  const auto& row = *found;
  switch (column) {
    case Column::id:
      return wxString::Format("%lld", static_cast<long long>(row.id));
    case Column::identity:
      return display_identity(row.person_identity);
    case Column::name:
      return utf8(row.person_name);
    case Column::municipality:
      return utf8(row.municipality);
    case Column::process: {
      const auto name = process_names_.find(row.process);
      return utf8(name != process_names_.end() ? name->second : row.process);
    }
    case Column::progress:
      return wxString::Format("%d/%d", row.items_done, row.items_total);
    case Column::next_due:
      return row.next_due ? utf8(format_local_deadline(*row.next_due)) : wxString();
    case Column::readiness:
      return judgement(row).label;
    case Column::fact: {
      return judgement(row).fact;
    }
    case Column::status:
      return row.status == CaseStatus::open ? tr("Öppet") : tr("Avslutat");
    case Column::title:
      return utf8(row.title);
    default:
      return {};
  }
}

wxItemAttr* CaseListCtrl::OnGetItemAttr(long item) const
{
  const auto* found = row_at(item);
  if (found == nullptr) {
    return nullptr;
  }
  const auto& row = *found;
  if (!row.next_due || row.status != CaseStatus::open) {
    return nullptr;
  }
  if (*row.next_due < shown_at_) {
    return &overdue_;
  }
  return *row.next_due <= end_of_local_day(shown_at_) ? &due_today_ : nullptr;
}

}  // namespace trygg::gui
