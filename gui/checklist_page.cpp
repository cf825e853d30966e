#include "checklist_page.hpp"
#include "cell_tooltips.hpp"

#include "confirmed_write.hpp"
#include "event_dialog.hpp"
#include "gui_text.hpp"
#include "trygg/gui_sdk/palette.hpp"

#include <wx/button.h>
#include <wx/gauge.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textdlg.h>

namespace trygg::gui {
namespace {

wxString state_mark(ItemState state)
{
  const char* mark = state == ItemState::done             ? "✔ "
                     : state == ItemState::in_progress    ? "◐ "
                     : state == ItemState::not_applicable ? "– "
                                                          : "☐ ";
  return wxString::FromUTF8(mark) + utf8(item_state_label(state));
}

}  // namespace

ChecklistPage::ChecklistPage(wxWindow* parent, Workspace& workspace, std::function<void()> changed)
    : wxPanel(parent), workspace_(workspace), changed_(std::move(changed))
{
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  auto* progress_row = new wxBoxSizer(wxHORIZONTAL);
  progress_ = new wxGauge(this, wxID_ANY, 100, wxDefaultPosition, FromDIP(wxSize(220, 14)));
  progress_label_ = new wxStaticText(this, wxID_ANY, {});
  progress_row->Add(progress_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(8));
  progress_row->Add(progress_label_, 0, wxALIGN_CENTER_VERTICAL);
  sizer->Add(progress_row, 0, wxALL, FromDIP(8));

  items_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
  items_->SetName("checklist-items");
  show_cut_cells_as_tooltips(*items_);
  items_->AppendColumn(tr("Status"), wxLIST_FORMAT_LEFT, FromDIP(120));
  items_->AppendColumn(tr("Punkt"), wxLIST_FORMAT_LEFT, FromDIP(400));
  // Items that stand for an event: ticking one records the event, recording the event ticks it.
  items_->AppendColumn(tr("Följer händelsen"), wxLIST_FORMAT_LEFT, FromDIP(190));
  items_->AppendColumn(tr("Ansvar"), wxLIST_FORMAT_LEFT, FromDIP(210));
  items_->AppendColumn(tr("Senast"), wxLIST_FORMAT_LEFT, FromDIP(135));
  items_->AppendColumn(tr("Vem och när"), wxLIST_FORMAT_LEFT, FromDIP(170));
  items_->AppendColumn(tr("Kommentar / orsak"), wxLIST_FORMAT_LEFT, FromDIP(240));
  sizer->Add(items_, 1, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(8));
  // The template's guidance for the selected item (marked (i) in the list): where it belongs, at hand.
  guidance_ = new wxStaticText(this, wxID_ANY, {});
  guidance_->SetName("checklist-guidance");
  guidance_->SetForegroundColour(wx_colour(sdk::palette::guidance_text));
  sizer->Add(guidance_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(8));
  items_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) {
    const auto row = static_cast<std::size_t>(event.GetIndex());
    const auto* item = row < rows_.size() ? rows_[row] : nullptr;
    guidance_->SetLabel(item != nullptr && !item->guidance.empty() ? tr("Vägledning: ") + utf8(item->guidance) : wxString());
    guidance_->Wrap(GetClientSize().x - FromDIP(24));
    Layout();
  });

  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  const auto add_button = [&](const char* label, const char* name, auto handler) {
    auto* button = new wxButton(this, wxID_ANY, tr(label), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, name);
    button->Bind(wxEVT_BUTTON, handler);
    buttons->Add(button, 0, wxRIGHT, FromDIP(6));
    buttons_.push_back(button);
  };
  add_button("Klar", "checklist-done", [this](wxCommandEvent&) { change({ItemState::done, std::nullopt, std::nullopt}); });
  add_button("Pågår", "checklist-in-progress",
             [this](wxCommandEvent&) { change({ItemState::in_progress, std::nullopt, std::nullopt}); });
  add_button("Ej påbörjad", "checklist-not-started",
             [this](wxCommandEvent&) { change({ItemState::not_started, std::nullopt, std::nullopt}); });
  add_button("Ej aktuell…", "checklist-not-applicable", [this](wxCommandEvent&) { ask_not_applicable(); });
  add_button("Kommentar…", "checklist-comment", [this](wxCommandEvent&) { ask_comment(); });
  sizer->Add(buttons, 0, wxALL, FromDIP(8));
  SetSizer(sizer);
  items_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) {
    // Double-click toggles between done and not started: the quickest way through a list.
    if (const auto id = selected_item(); id && !read_only_) {
      for (const auto* item : rows_) {
        if (item != nullptr && item->id == *id) {
          change({item->state == ItemState::done ? ItemState::not_started : ItemState::done, std::nullopt, std::nullopt});
          return;
        }
      }
    }
  });
}

void ChecklistPage::set_read_only(bool read_only)
{
  read_only_ = read_only;
  for (auto* button : buttons_) {
    button->Enable(!read_only);
  }
}

void ChecklistPage::show(const CareCase& care_case, const Checklist& checklist)
{
  const auto keep = selected_item();
  care_case_ = care_case;
  checklist_ = checklist;
  items_->DeleteAllItems();
  rows_.clear();
  const Timestamp at = now();
  int settled = 0;
  std::string phase;
  for (const auto& item : checklist_.items) {
    if (item.phase_id != phase) {
      phase = item.phase_id;
      const long row = items_->InsertItem(items_->GetItemCount(), wxString());
      items_->SetItem(row, 1, utf8(item.phase_title));
      items_->SetItemFont(row, items_->GetFont().Bold());
      items_->SetItemBackgroundColour(row, wx_colour(sdk::palette::header_background));
      rows_.push_back(nullptr);
    }
    const long row = items_->InsertItem(items_->GetItemCount(), state_mark(item.state));
    items_->SetItem(row, 1, utf8(item.text) + (item.guidance.empty() ? wxString() : wxString("  (i)")));
    items_->SetItem(row, 2, item.settled_by_event.empty() ? wxString() : utf8(workspace_.event_label(care_case, item.settled_by_event)));
    items_->SetItem(row, 3, utf8(std::string(to_string(item.huvudman)) + " · " + item.role));
    // Due times read as the deadlines they may stand for do: "2026-12-24 24:00", not the next day's 00:00.
    items_->SetItem(row, 4, item.due_at ? utf8(format_local_deadline(*item.due_at)) : wxString());
    items_->SetItem(row, 5, item.changed_at ? utf8(item.changed_by) + " " + local_time(item.changed_at) : wxString());
    const std::string note = item.state == ItemState::not_applicable ? item.not_applicable_reason : item.comment;
    items_->SetItem(row, 6, utf8(note));
    if (!item.settled() && item.due_at && *item.due_at < at) {
      items_->SetItemTextColour(row, wx_colour(sdk::palette::alarm_text));  // overdue
    } else if (item.settled()) {
      items_->SetItemTextColour(row, wx_colour(sdk::palette::ok_text));
    }
    if (keep && item.id == *keep) {
      items_->SetItemState(row, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    }
    rows_.push_back(&item);
    settled += item.settled() ? 1 : 0;
  }
  const int total = static_cast<int>(checklist_.items.size());
  progress_->SetValue(total == 0 ? 0 : settled * 100 / total);
  progress_label_->SetLabel(wxString::Format(tr("%d av %d klara"), settled, total));
}

bool ChecklistPage::select_item(const std::string& key)
{
  for (std::size_t row = 0; row < rows_.size(); ++row) {
    if (rows_[row] != nullptr && rows_[row]->key == key) {
      items_->SetItemState(static_cast<long>(row), wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                           wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
      return true;
    }
  }
  return false;
}

std::optional<std::int64_t> ChecklistPage::selected_item() const
{
  const long row = items_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
  if (row < 0 || static_cast<std::size_t>(row) >= rows_.size() || rows_[static_cast<std::size_t>(row)] == nullptr) {
    return std::nullopt;
  }
  return rows_[static_cast<std::size_t>(row)]->id;
}

void ChecklistPage::change(const ItemChange& change)
{
  const auto item = selected_item();
  if (!item) {
    wxMessageBox(tr("Välj först en punkt i listan."), tr("Ingen punkt vald"), wxOK | wxICON_INFORMATION, this);
    return;
  }
  ItemChange asked = change;
  const ChecklistItem* row = nullptr;
  for (const auto* candidate : rows_) {
    if (candidate != nullptr && candidate->id == *item) {
      row = candidate;
    }
  }
  // Ticking an item that stands for an event records the event: ask when it happened.
  if (row != nullptr && care_case_ && !row->settled_by_event.empty() && change.state == ItemState::done &&
      row->state != ItemState::done) {
    const auto label = workspace_.event_label(*care_case_, row->settled_by_event);
    EventDialog dialog(this, workspace_.event_kinds(*care_case_),
                       {tr("Punkten registrerar en händelse"),
                        wxString::Format(tr("\"%s\" följer händelsen \"%s\": den registreras i ärendet när punkten "
                                            "bockas av. När skedde den?"),
                                         utf8(row->text), utf8(label)),
                        row->settled_by_event, std::nullopt, false, {}});
    if (dialog.ShowModal() != wxID_OK) {
      return;
    }
    asked.event_at = dialog.at();
  }
  write_with_confirmation(this, tr("Ändringen sparades inte"),
                          [&](bool confirmed) { workspace_.change_item(*item, asked, confirmed); });
  changed_();
}

void ChecklistPage::ask_not_applicable()
{
  if (!selected_item()) {
    change({});
    return;
  }
  wxTextEntryDialog dialog(this, tr("Varför är punkten inte aktuell?"), tr("Ej aktuell"));
  if (dialog.ShowModal() != wxID_OK) {
    return;
  }
  if (dialog.GetValue().Trim().empty()) {
    // Never a silent no: the item stays as it was, and the person knows why.
    wxMessageBox(tr("Punkten ändrades inte: ange varför den inte är aktuell."), tr("Skäl saknas"), wxOK | wxICON_INFORMATION, this);
    return;
  }
  change({ItemState::not_applicable, dialog.GetValue().Trim().utf8_string(), std::nullopt});
}

void ChecklistPage::ask_comment()
{
  const auto item = selected_item();
  if (!item) {
    change({});
    return;
  }
  wxString current;
  for (const auto* row : rows_) {
    if (row != nullptr && row->id == *item) {
      current = utf8(row->comment);
    }
  }
  wxTextEntryDialog dialog(this, tr("Kommentar"), tr("Kommentar till punkten"), current, wxOK | wxCANCEL | wxTE_MULTILINE);
  if (dialog.ShowModal() == wxID_OK) {
    change({std::nullopt, std::nullopt, dialog.GetValue().utf8_string()});
  }
}

}  // namespace trygg::gui
