#include "history_page.hpp"

#include "report_list.hpp"

#include <wx/sizer.h>

namespace trygg::gui {

HistoryPage::HistoryPage(wxWindow* parent) : wxPanel(parent)
{
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  history_ = report_list(this, {{N_("När"), 130}, {N_("Vem"), 110}, {N_("Vad"), 420}, {N_("Före"), 160}, {N_("Efter"), 380}});
  sizer->Add(history_, 1, wxEXPAND | wxALL, FromDIP(8));
  SetSizer(sizer);
}

void HistoryPage::show(const std::vector<HistoryLine>& lines)
{
  history_->DeleteAllItems();
  // Newest first: what changed last is what people look for.
  for (auto line = lines.rbegin(); line != lines.rend(); ++line) {
    const long row = history_->InsertItem(history_->GetItemCount(), local_time(line->entry.at));
    history_->SetItem(row, 1, utf8(line->entry.actor));
    history_->SetItem(row, 2, utf8(line->what));
    history_->SetItem(row, 3, utf8(line->before));
    history_->SetItem(row, 4, utf8(line->after));
  }
}

}  // namespace trygg::gui
