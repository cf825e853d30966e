#include "case_list_ctrl.hpp"
#include "gui_text.hpp"

#include <wx/intl.h>

namespace trygg::gui {
namespace {

enum Column { id, identity, name, municipality, process, progress, status, title };

wxString display_identity(const std::string& digits)
{
  return digits.size() == 12 ? utf8(digits.substr(0, 8) + "-" + digits.substr(8)) : utf8(digits);
}

}  // namespace

CaseListCtrl::CaseListCtrl(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL)
{
  AppendColumn(tr("Ärende"), wxLIST_FORMAT_RIGHT, FromDIP(64));
  AppendColumn(tr("Personnummer"), wxLIST_FORMAT_LEFT, FromDIP(120));
  AppendColumn(tr("Namn"), wxLIST_FORMAT_LEFT, FromDIP(160));
  AppendColumn(tr("Kommun"), wxLIST_FORMAT_LEFT, FromDIP(110));
  AppendColumn(tr("Process"), wxLIST_FORMAT_LEFT, FromDIP(200));
  AppendColumn(tr("Klart"), wxLIST_FORMAT_RIGHT, FromDIP(64));
  AppendColumn(tr("Status"), wxLIST_FORMAT_LEFT, FromDIP(70));
  AppendColumn(tr("Rubrik"), wxLIST_FORMAT_LEFT, FromDIP(300));
}

void CaseListCtrl::show(std::vector<CaseSummary> rows, std::map<std::string, std::string> process_names)
{
  rows_ = std::move(rows);
  process_names_ = std::move(process_names);
  SetItemCount(static_cast<long>(rows_.size()));
  Refresh();
}

wxString CaseListCtrl::OnGetItemText(long item, long column) const
{
  if (item < 0 || static_cast<std::size_t>(item) >= rows_.size()) {
    return {};
  }
  const auto& row = rows_[static_cast<std::size_t>(item)];
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
    case Column::status:
      return row.status == CaseStatus::open ? tr("Öppet") : tr("Avslutat");
    case Column::title:
      return utf8(row.title);
    default:
      return {};
  }
}

}  // namespace trygg::gui
