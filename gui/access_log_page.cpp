#include "access_log_page.hpp"
#include "cell_tooltips.hpp"

#include "gui_text.hpp"
#include "heading.hpp"
#include "trygg/atomic_file.hpp"
#include "trygg/gui_sdk/palette.hpp"
#include "trygg/personal_identity.hpp"
#include "trygg/workspace.hpp"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/filedlg.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace trygg::gui {
namespace {

// A day (from its first minute) or a time, as people type them; nothing typed is no bound.
std::optional<Timestamp> bound(const wxTextCtrl& field, const wxString& name)
{
  const auto text = field.GetValue().Trim().Trim(false).utf8_string();
  if (text.empty()) {
    return std::nullopt;
  }
  if (auto at = parse_day_or_time(text)) {
    return at;
  }
  throw std::invalid_argument(wxString::Format(tr("%s: skriv ett datum (ÅÅÅÅ-MM-DD) eller en tid (ÅÅÅÅ-MM-DD TT:MM)"), name).utf8_string());
}

}  // namespace

AccessLogPage::AccessLogPage(wxWindow* parent, const Workspace& workspace, std::function<void(CaseId)> open_case)
    : wxPanel(parent), workspace_(workspace), open_case_(std::move(open_case))
{
  auto* top = new wxBoxSizer(wxVERTICAL);
  top->Add(heading(this, tr("Logguppföljning: vem som läst eller ändrat en persons uppgifter")), 0, wxALL, FromDIP(8));
  auto* fields = new wxFlexGridSizer(2, 5, FromDIP(4), FromDIP(8));
  const auto field = [this, fields](const wxString& label, const wxString& hint, int width) {
    fields->Add(new wxStaticText(this, wxID_ANY, label));
    auto* text = new wxTextCtrl(this, wxID_ANY, {}, wxDefaultPosition, FromDIP(wxSize(width, -1)), wxTE_PROCESS_ENTER);
    text->SetHint(hint);
    text->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { show(); });
    return text;
  };
  // Labels in the first row, fields (and the buttons) in the second.
  person_ = field(tr("Personnummer"), tr("ÅÅÅÅMMDD-NNNN"), 150);
  user_ = field(tr("Användare"), tr("alla"), 130);
  from_ = field(tr("Från och med"), tr("ÅÅÅÅ-MM-DD"), 120);
  until_ = field(tr("Till (ej med)"), tr("ÅÅÅÅ-MM-DD"), 120);
  fields->AddSpacer(0);
  for (auto* text : {person_, user_, from_, until_}) {
    fields->Add(text);
  }
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  auto* show_button = new wxButton(this, wxID_ANY, tr("Visa"));
  auto* export_button = new wxButton(this, wxID_ANY, tr("Exportera CSV…"));
  // The reads outside the readers' own municipalities, each with its reason: what a follow-up looks at first.
  emergency_only_ = new wxCheckBox(this, wxID_ANY, tr("Bara nödåtkomst"));
  emergency_only_->SetName("emergency-only");
  emergency_only_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { show(); });
  buttons->Add(show_button, 0, wxRIGHT, FromDIP(6));
  buttons->Add(export_button, 0, wxRIGHT, FromDIP(12));
  buttons->Add(emergency_only_, 0, wxALIGN_CENTER_VERTICAL);
  fields->Add(buttons);
  top->Add(fields, 0, wxLEFT | wxRIGHT, FromDIP(8));
  summary_ = new wxStaticText(this, wxID_ANY, {});
  top->Add(summary_, 0, wxALL, FromDIP(8));
  list_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
  list_->SetName("access-log");
  show_cut_cells_as_tooltips(*list_);
  for (const auto& [title, width] : std::vector<std::pair<wxString, int>>{{tr("Tid"), 125},
                                                                            {tr("Användare"), 100},
                                                                            {tr("Åtgärd"), 85},
                                                                            {tr("Person"), 150},
                                                                            {tr("Personnummer"), 110},
                                                                            {tr("Ärende"), 60},
                                                                            {tr("Vad"), 330},
                                                                            {tr("Klient"), 170},
                                                                            {tr("Nödåtkomst: skäl"), 220}}) {
    list_->AppendColumn(title, wxLIST_FORMAT_LEFT, FromDIP(width));
  }
  top->Add(list_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8));
  SetSizer(top);

  show_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { show(); });
  export_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    wxFileDialog dialog(this, tr("Exportera logguppföljningen"), {}, "logguppfoljning.csv", tr("CSV-filer (*.csv)|*.csv"),
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() == wxID_OK) {
      (void)export_csv(dialog.GetPath().utf8_string());
    }
  });
  list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& event) {
    const auto row = static_cast<std::size_t>(event.GetIndex());
    if (row < lines_.size() && open_case_) {
      open_case_(lines_[row].case_id);
    }
  });
}

void AccessLogPage::set_query(const wxString& person, const wxString& user, const wxString& from, const wxString& until,
                              bool emergency_only)
{
  emergency_only_->SetValue(emergency_only);
  person_->ChangeValue(person);
  user_->ChangeValue(user);
  from_->ChangeValue(from);
  until_->ChangeValue(until);
  show();
}

void AccessLogPage::show()
{
  list_->DeleteAllItems();
  lines_.clear();
  summary_->SetForegroundColour(GetForegroundColour());
  try {
    const AccessLogQuery query{person_->GetValue().Trim().Trim(false).utf8_string(), user_->GetValue().Trim().Trim(false).utf8_string(),
                               bound(*from_, tr("Från och med")), bound(*until_, tr("Till (ej med)")), emergency_only_->GetValue()};
    if (query.person_identity.empty() && query.actor.empty() && !query.emergency_only) {
      summary_->SetLabel(tr("Ange ett personnummer eller en användare (eller båda), och gärna en period, eller välj bara nödåtkomst."));
      Layout();
      return;
    }
    lines_ = workspace_.access_log(query);
  } catch (const std::exception& error) {
    summary_->SetForegroundColour(wx_colour(sdk::palette::alarm_text));
    summary_->SetLabel(utf8(error.what()));
    Layout();
    return;
  }
  std::size_t reads = 0;
  std::size_t emergencies = 0;
  for (const auto& line : lines_) {
    const long row = list_->InsertItem(list_->GetItemCount(), utf8(format_local(line.at)));
    list_->SetItem(row, 1, utf8(line.actor));
    list_->SetItem(row, 2, utf8(access_action_words(line.action)));
    list_->SetItem(row, 3, utf8(line.person_name));
    list_->SetItem(row, 4, line.person_identity.empty() ? wxString() : display_identity(line.person_identity));
    list_->SetItem(row, 5, wxString::Format("%lld", static_cast<long long>(line.case_id)));
    list_->SetItem(row, 6, utf8(line.what));
    list_->SetItem(row, 7, utf8(line.client));
    list_->SetItem(row, 8, utf8(line.emergency_reason));
    if (!line.emergency_reason.empty()) {
      list_->SetItemTextColour(row, wx_colour(sdk::palette::alarm_text));  // flagged: read outside one's municipalities
      ++emergencies;
    }
    reads += line.action == "change" ? 0 : 1;
  }
  summary_->SetLabel(wxString::Format(tr("Rader: %zu. Läst (öppnat, visat, skrivit ut, exporterat): %zu. Ändrat: %zu."), lines_.size(),
                                      reads, lines_.size() - reads) +
                     (emergencies == 0 ? wxString() : " " + wxString::Format(tr("Nödåtkomst: %zu."), emergencies)));
  Layout();
}

bool AccessLogPage::export_csv(const std::string& file)
{
  try {
    write_file_atomically(file, access_log_csv(lines_));  // 0600: it names persons
  } catch (const std::exception& error) {
    summary_->SetForegroundColour(wx_colour(sdk::palette::alarm_text));
    summary_->SetLabel(utf8(error.what()));
    Layout();
    return false;
  }
  summary_->SetLabel(wxString::Format(tr("%zu rader sparade i %s"), lines_.size(), utf8(file)));
  Layout();
  return true;
}

wxString AccessLogPage::message() const
{
  return summary_->GetLabel();
}

}  // namespace trygg::gui
