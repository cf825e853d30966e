#include "case_list_ctrl.hpp"
#include "cell_tooltips.hpp"

#include "gui_text.hpp"
#include "trygg/i18n.hpp"
#include "trygg/sdk/text_fold.hpp"
#include "trygg/gui_sdk/palette.hpp"

#include <algorithm>
#include <memory>
#include <tuple>

#include <wx/msgdlg.h>
#include <wx/progdlg.h>

namespace trygg::gui {
namespace {

enum Column { id, identity, name, municipality, process, progress, next_due, readiness, fact, status, title };

// A windowed list reads rows a block at a time and keeps a screenful many times over: scrolling back
// and forth does not read again, and memory stays flat however long the list is.
constexpr std::int64_t block_rows = 100;
constexpr std::size_t blocks_kept = 64;

// The stored order a column sorts by; none for the live ones.
std::optional<CaseSortKey> stored_key(int column)
{
  switch (column) {
    case Column::id: return CaseSortKey::id;
    case Column::identity: return CaseSortKey::identity;
    case Column::name: return CaseSortKey::name;
    case Column::municipality: return CaseSortKey::municipality;
    case Column::process: return CaseSortKey::process;
    case Column::progress: return CaseSortKey::progress;
    case Column::next_due: return CaseSortKey::next_due;
    case Column::status: return CaseSortKey::status;
    case Column::title: return CaseSortKey::title;
    default: return std::nullopt;
  }
}

}  // namespace

CaseListCtrl::CaseListCtrl(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL)
{
  show_cut_cells_as_tooltips(*this);
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
  total_ = total;
  if (!stored_key(sort_column_)) {
    sort_column_ = Column::id;  // a live order cannot be read a window at a time
    sort_ascending_ = false;
  }
  ShowSortIndicator(sort_column_, sort_ascending_);
  SetItemCount(static_cast<long>(total));
  Refresh();
}

std::optional<CaseOrder> CaseListCtrl::stored_order() const
{
  const auto key = stored_key(sort_column_);
  return key ? std::optional<CaseOrder>(CaseOrder{*key, sort_ascending_}) : std::nullopt;
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
      found = blocks_.emplace(block, fetch_(*stored_order(), block * block_rows, static_cast<int>(block_rows))).first;
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
  sort_rows();
  ShowSortIndicator(sort_column_, sort_ascending_);
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
  const bool ascending = column == sort_column_ ? !sort_ascending_ : true;
  const auto selected = selected_case();
  if (fetch_ && stored_key(column)) {
    // The database reads the windows in the new order: nothing is read now but what comes on screen.
    // Where the selected case went is not known without reading: the selection goes.
    sort_column_ = column;
    sort_ascending_ = ascending;
    blocks_.clear();
    if (const long item = GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED); item >= 0) {
      SetItemState(item, 0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    }
    ShowSortIndicator(sort_column_, sort_ascending_);
    Refresh();
    return;
  }
  if (fetch_) {
    // A live column is judged row by row: only a list short enough to judge whole sorts by it.
    if (total_ > live_sort_bound_) {
      if (notice_) {
        notice_(wxString::Format(tr("Listan har %s ärenden. Den här kolumnen bedöms för varje ärende när det visas, så listan "
                                    "sorteras efter den bara när den har högst %s: välj process, kommun eller frist först."),
                                 utf8(grouped_number(total_)), utf8(grouped_number(live_sort_bound_))));
      }
      return;
    }
    try {
      rows_ = load_all_();
      fetch_ = nullptr;
      load_all_ = nullptr;
      blocks_.clear();
    } catch (const std::exception& error) {
      wxMessageBox(utf8(error.what()), tr("Ärendena kunde inte läsas"), wxOK | wxICON_ERROR, this);
      return;
    }
  }
  sort_column_ = column;
  sort_ascending_ = ascending;
  sort_rows();
  SetItemCount(static_cast<long>(rows_.size()));
  // The selected case stays selected, where the new order put it.
  if (const long item = GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED); item >= 0) {
    SetItemState(item, 0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
  }
  if (selected) {
    const auto moved = std::find_if(rows_.begin(), rows_.end(), [&](const CaseSummary& row) { return row.id == *selected; });
    if (moved != rows_.end()) {
      const long item = static_cast<long>(moved - rows_.begin());
      SetItemState(item, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
      EnsureVisible(item);
    }
  }
  ShowSortIndicator(sort_column_, sort_ascending_);
  Refresh();
}

void CaseListCtrl::sort_rows()
{
  const int column = sort_column_;
  const bool ascending = sort_ascending_;
  if (column == Column::id && !ascending) {
    return;  // read in this order
  }
  if (column == Column::readiness || column == Column::fact) {
    judge_all();
    const auto judged = [this, column](const CaseSummary& row) -> double {
      const auto& judgement = this->judgement(row);
      if (column == Column::readiness) {
        return judgement.level;
      }
      return judgement.fact.empty() ? 1e12 : judgement.fact_sort;
    };
    std::stable_sort(rows_.begin(), rows_.end(), [&](const CaseSummary& a, const CaseSummary& b) {
      return ascending ? judged(a) < judged(b) : judged(b) < judged(a);
    });
    return;
  }
  // The stored orders, exactly as the database reads them (Storage::case_window): Swedish keys for
  // text, a case without a due time last, ties by case number in the same direction.
  struct Keyed {
    std::string text;
    double number = 0;
    CaseSummary row;
  };
  std::vector<Keyed> keyed;
  keyed.reserve(rows_.size());
  for (auto& row : rows_) {
    Keyed entry;
    switch (*stored_key(column)) {
      case CaseSortKey::identity: entry.text = row.person_identity; break;
      case CaseSortKey::name: entry.text = sdk::swedish_sort_key(row.person_name); break;
      case CaseSortKey::municipality: entry.text = sdk::swedish_sort_key(row.municipality); break;
      case CaseSortKey::process: entry.text = row.process; break;
      case CaseSortKey::progress: entry.number = row.items_total == 0 ? 1.0 : static_cast<double>(row.items_done) / row.items_total; break;
      case CaseSortKey::next_due: entry.text = row.next_due ? to_iso_utc(*row.next_due) : std::string("~"); break;
      case CaseSortKey::status: entry.number = row.status == CaseStatus::closed ? 1 : 0; break;
      case CaseSortKey::title: entry.text = sdk::swedish_sort_key(row.title); break;
      case CaseSortKey::id: break;
    }
    entry.row = std::move(row);
    keyed.push_back(std::move(entry));
  }
  std::sort(keyed.begin(), keyed.end(), [ascending](const Keyed& a, const Keyed& b) {
    const auto left = std::tie(a.text, a.number, a.row.id);
    const auto right = std::tie(b.text, b.number, b.row.id);
    return ascending ? left < right : right < left;
  });
  for (std::size_t at = 0; at < keyed.size(); ++at) {
    rows_[at] = std::move(keyed[at].row);
  }
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
