#include "case_panel.hpp"

#include "assessment_page.hpp"
#include "disclosure_dialog.hpp"

#include "case_header.hpp"
#include "case_overview_page.hpp"
#include "checklist_page.hpp"
#include "confirmed_write.hpp"
#include "event_dialog.hpp"
#include "form_page.hpp"
#include "gui_text.hpp"
#include "history_page.hpp"
#include "html_print_preview.hpp"
#include "plugin_shelf.hpp"
#include "risk_page.hpp"
#include "trygg/atomic_file.hpp"
#include "trygg/case_report.hpp"
#include "trygg/history_line.hpp"
#include "trygg/i18n.hpp"
#include "trygg/gui_sdk/palette.hpp"

#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/frame.h>
#include <wx/log.h>
#include <wx/gauge.h>
#include <wx/html/htmlwin.h>
#include <wx/html/htmprint.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textdlg.h>
#include <wx/wrapsizer.h>

#include <fstream>
#include <map>
#include <set>

namespace trygg::gui {

// wx owns child windows (deleted with their parent), which is why they are made with new here.
CasePanel::CasePanel(wxWindow* parent, Workspace& workspace, PluginShelf& shelf, CaseId id, std::function<void()> changed)
    : wxPanel(parent), workspace_(workspace), shelf_(shelf), id_(id), changed_(std::move(changed))
{
  care_case_ = workspace_.storage().find_case(id_);
  if (!care_case_) {
    throw StorageError(trygg::trf("Ärende {} finns inte", id_));
  }
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  header_ = new CaseHeader(this);
  sizer->Add(header_, 0, wxEXPAND);

  actions_ = new wxWrapSizer(wxHORIZONTAL);
  const auto add_button = [&](const wxString& label, auto handler) {
    auto* button = new wxButton(this, wxID_ANY, label);
    button->Bind(wxEVT_BUTTON, handler);
    actions_->Add(button, 0, wxRIGHT | wxBOTTOM, FromDIP(6));
    return button;
  };
  write_controls_.push_back(add_button(tr("Ny händelse…"), [this](wxCommandEvent&) { ask_event(); }));
  const auto contributions = workspace_.contributions(*care_case_);
  for (const auto& action : contributions.actions) {
    write_controls_.push_back(add_button(utf8(action.label), [this, action_id = action.id](wxCommandEvent&) {
      // One click records a legal event: the workspace asks first, naming the event and its time.
      std::string message;
      if (write_with_confirmation(this, tr("Åtgärden kunde inte utföras"),
                                  [&](bool confirmed) { message = workspace_.run_action(id_, action_id, confirmed); })) {
        if (auto* frame = dynamic_cast<wxFrame*>(wxGetTopLevelParent(this))) {
          wxLogStatus(frame, "%s", utf8(message));
        }
      }
      changed_();
    }));
  }
  // Processes another plugin lets people open from this one (e.g. a SIP from a discharge).
  follow_ons_ = workspace_.follow_ons_for(*care_case_);
  for (std::size_t index = 0; index < follow_ons_.size(); ++index) {
    write_controls_.push_back(add_button(tr(follow_ons_[index].label.c_str()), [this, index](wxCommandEvent&) { open_follow_on(index); }));
  }
  add_button(tr("Exportera…"), [this](wxCommandEvent&) { export_html(); });
  add_button(tr("Skriv ut…"), [this](wxCommandEvent&) { print(); });
  close_button_ = add_button(tr("Avsluta ärendet"), [this](wxCommandEvent&) { close_or_reopen(); });
  sizer->Add(actions_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(10));
  if (!contributions.error.empty()) {
    auto* warning = new wxStaticText(this, wxID_ANY, utf8(contributions.error));
    warning->SetForegroundColour(wx_colour(sdk::palette::alarm_text));
    sizer->Add(warning, 0, wxLEFT | wxBOTTOM, FromDIP(10));
  }

  pages_ = new wxNotebook(this, wxID_ANY);
  sizer->Add(pages_, 1, wxEXPAND);
  SetSizer(sizer);
  build_pages();
  refresh();
}

CasePanel::~CasePanel() = default;

wxString CasePanel::title() const
{
  // A case about a unit, an agreement or a period is named by its title.
  return care_case_ ? utf8(care_case_->person.named() ? care_case_->person.name : care_case_->title) +
                          wxString::Format(" (%lld)", static_cast<long long>(id_))
                    : wxString();
}

void CasePanel::build_pages()
{
  overview_ = new CaseOverviewPage(pages_, workspace_, [this] { correct_event(); }, [this] { withdraw_event(); });
  const auto& event_controls = overview_->write_controls();
  write_controls_.insert(write_controls_.end(), event_controls.begin(), event_controls.end());
  auto* overview = overview_;
  pages_->AddPage(overview, tr("Översikt"));
  page_names_.push_back("overview");
  // The record forms the process declares (XML), rendered here.
  for (const auto& form : workspace_.forms_for(*care_case_)) {
    auto* page = new FormPage(pages_, workspace_, id_, form, [this] {
      changed_();
    });
    pages_->AddPage(page, utf8(form.form->title));
    page_names_.push_back(form.form->id);
  }
  // The scored instruments the process offers (XML), with each assessment over time.
  if (auto instruments = workspace_.instruments_for(*care_case_); !instruments.empty()) {
    assessment_page_ = new AssessmentPage(pages_, workspace_, id_, std::move(instruments), [this] { changed_(); });
    pages_->AddPage(assessment_page_, tr("Bedömningar"));
    page_names_.push_back("assessments");
  }
  // Pages the plugins' GUI libraries add to cases of this process, as their manifests declare.
  for (const auto& page : shelf_.pages_for(care_case_->process)) {
    if (auto* window = shelf_.make_page(page, pages_, id_)) {
      pages_->AddPage(window, tr(page.info.title.c_str()));
      page_names_.push_back(page.info.id);
    }
  }

  for (const auto& view : workspace_.contributions(*care_case_).views) {
    auto* html = new wxHtmlWindow(pages_);
    pages_->AddPage(html, utf8(view.title));
    plugin_views_.emplace_back(view.id, html);
    page_names_.push_back(view.id);
  }
  for (const auto& checklist : workspace_.storage().checklists(id_)) {
    auto* page = new ChecklistPage(pages_, workspace_, [this] {
      changed_();
    });
    pages_->AddPage(page, utf8(checklist.title));
    checklist_pages_.push_back(page);
    page_names_.push_back(checklist_pages_.size() == 1 ? "checklist" : "checklist-" + std::to_string(checklist_pages_.size()));
  }
  if (!workspace_.storage().risk_analyses(id_).empty()) {
    risk_page_ = new RiskPage(pages_, workspace_, [this] {
      changed_();
    });
    pages_->AddPage(risk_page_, tr("Riskanalys"));
    page_names_.push_back("risk");
  }
  history_ = new HistoryPage(pages_);
  pages_->AddPage(history_, tr("Historik"));
  page_names_.push_back("history");
}

bool CasePanel::show_page(const std::string& page)
{
  for (std::size_t i = 0; i < page_names_.size(); ++i) {
    if (page_names_[i] == page) {
      pages_->SetSelection(i);
      return true;
    }
  }
  return false;
}

wxWindow* CasePanel::page(const std::string& name) const
{
  for (std::size_t i = 0; i < page_names_.size(); ++i) {
    if (page_names_[i] == name) {
      return pages_->GetPage(i);
    }
  }
  return nullptr;
}

ChecklistPage* CasePanel::checklist_page(std::size_t index) const
{
  return index < checklist_pages_.size() ? checklist_pages_[index] : nullptr;
}

void CasePanel::refresh()
{
  try {
    // One read of everything the screen shows (the case, its lists, the plugin's word on it).
    auto view = workspace_.view(id_);
    if (!view) {
      return;
    }
    care_case_ = view->care_case;
    std::string process = care_case_->process;
    if (const auto* plugin = workspace_.plugins().find_loaded(care_case_->plugin_id)) {
      if (const auto* info = plugin->manifest->process(process)) {
        process = info->name;
      }
    }
    header_->show(*view, wxString::Format(tr("Ärende %lld · %s · %s · %s"), static_cast<long long>(id_), utf8(process),
                                          utf8(care_case_->person.municipality),
                                          care_case_->status == CaseStatus::open ? tr("Öppet") : tr("Avslutat")) +
                             (care_case_->title.empty() || !care_case_->person.named() ? wxString() : "\n" + utf8(care_case_->title)) +
                             linked_cases_text(view->follow_on_cases));
    const auto& checklists = view->checklists;
    for (std::size_t i = 0; i < checklists.size() && i < checklist_pages_.size(); ++i) {
      checklist_pages_[i]->show(*care_case_, checklists[i]);
    }
    if (risk_page_ != nullptr && !view->risk_analyses.empty()) {
      risk_page_->show(view->risk_analyses.front());
    }
    if (assessment_page_ != nullptr) {
      assessment_page_->show();
    }
    // A closed case is read-only until it is reopened.
    const bool open = care_case_->status == CaseStatus::open;
    for (auto* control : write_controls_) {
      control->Enable(open);
    }
    for (auto* page : checklist_pages_) {
      page->set_read_only(!open);
    }
    if (risk_page_ != nullptr) {
      risk_page_->Enable(open);
    }
    if (assessment_page_ != nullptr) {
      assessment_page_->new_button().Enable(open);
    }
    close_button_->SetLabel(open ? tr("Avsluta ärendet") : tr("Öppna igen…"));
    overview_->show(*view);
    history_->show(view->history);
    for (const auto& [view_id, window] : plugin_views_) {
      for (const auto& page : view->contributions.views) {
        if (page.id == view_id) {
          window->SetPage(utf8(page.html));
        }
      }
    }
    Layout();
  } catch (const std::exception& error) {
    wxMessageBox(utf8(error.what()), tr("Ärendet kunde inte läsas"), wxOK | wxICON_ERROR, this);
  }
}

void CasePanel::ask_event()
{
  EventDialog dialog(this, workspace_.event_kinds(*care_case_), {});
  if (dialog.ShowModal() != wxID_OK) {
    return;
  }
  write_with_confirmation(this, tr("Händelsen sparades inte"), [&](bool confirmed) {
    workspace_.record_event(id_, {dialog.kind(), dialog.at(), dialog.note()}, confirmed);
  });
  changed_();
}

void CasePanel::correct_event()
{
  const CaseEvent* event = overview_->selected_event();
  if (event == nullptr) {
    return;
  }
  EventDialog dialog(this, workspace_.event_kinds(*care_case_),
                     {tr("Rätta händelsens tid"), tr("Den gamla tiden och skälet sparas i historiken."), event->kind, event->at,
                      false, tr("Varför rättas tiden?")});
  if (dialog.ShowModal() != wxID_OK) {
    return;
  }
  const auto event_id = event->id;
  write_with_confirmation(this, tr("Händelsen rättades inte"), [&](bool confirmed) {
    workspace_.correct_event(event_id, dialog.at(), dialog.note(), confirmed);
  });
  changed_();
}

void CasePanel::withdraw_event()
{
  const CaseEvent* event = overview_->selected_event();
  if (event == nullptr) {
    return;
  }
  wxTextEntryDialog dialog(this,
                           wxString::Format(tr("Ta tillbaka \"%s\" %s? Den räknas inte längre, men finns kvar i historiken "
                                               "med skälet. Varför?"),
                                            utf8(workspace_.event_label(*care_case_, event->kind)), local_time(event->at)),
                           tr("Ta tillbaka händelsen"));
  if (dialog.ShowModal() != wxID_OK || dialog.GetValue().Trim().empty()) {
    return;
  }
  const auto event_id = event->id;
  write_with_confirmation(this, tr("Händelsen togs inte tillbaka"),
                          [&](bool) { workspace_.withdraw_event(event_id, dialog.GetValue().Trim().utf8_string()); });
  changed_();
}

wxString CasePanel::linked_cases_text(const std::vector<CaseId>& follow_ons) const
{
  wxString text;
  if (care_case_->linked_case) {
    text += "\n" + wxString::Format(tr("Öppnat från ärende %lld"), static_cast<long long>(*care_case_->linked_case));
  }
  for (const CaseId follow_on : follow_ons) {
    text += (follow_on == follow_ons.front() ? "\n" + tr("Kopplade ärenden: ") : ", ") +
            wxString::Format("%lld", static_cast<long long>(follow_on));
  }
  return text;
}

CaseId CasePanel::open_follow_on(std::size_t index, bool ask)
{
  if (index >= follow_ons_.size()) {
    return 0;
  }
  const auto& follow_on = follow_ons_[index];
  try {
    // One follow-on of a kind per case: a second click opens the one already there.
    for (const CaseId existing : workspace_.storage().follow_on_cases(id_)) {
      const auto other = workspace_.storage().find_case(existing);
      if (other && other->process == follow_on.process && other->status == CaseStatus::open) {
        if (ask && wxMessageBox(wxString::Format(tr("Ärendet har redan ett kopplat ärende av det slaget (ärende %lld). Öppna det?"),
                                                 static_cast<long long>(existing)),
                                tr(follow_on.label.c_str()), wxYES_NO | wxICON_QUESTION, this) != wxYES) {
          return 0;
        }
        if (open_case_) {
          open_case_(existing);
        }
        return existing;
      }
    }
    if (ask && wxMessageBox(wxString::Format(tr("Öppna \"%s\" för %s, kopplat till det här ärendet? Fristerna räknas då "
                                                "också från det här ärendets händelser."),
                                             tr(follow_on.label.c_str()), utf8(care_case_->person.name)),
                            tr(follow_on.label.c_str()), wxYES_NO | wxICON_QUESTION, this) != wxYES) {
      return 0;
    }
    const CaseId id = workspace_.open_follow_on(id_, follow_on);
    refresh();
    if (open_case_) {
      open_case_(id);
    }
    return id;
  } catch (const std::exception& error) {
    wxMessageBox(utf8(error.what()), tr("Ärendet kunde inte öppnas"), wxOK | wxICON_ERROR, this);
    return 0;
  }
}

void CasePanel::close_or_reopen()
{
  if (care_case_->status == CaseStatus::closed) {
    wxTextEntryDialog dialog(this, tr("Varför öppnas ärendet igen? Skälet sparas i historiken."), tr("Öppna ärendet igen"));
    if (dialog.ShowModal() != wxID_OK || dialog.GetValue().Trim().empty()) {
      return;
    }
    write_with_confirmation(this, tr("Ärendet kunde inte öppnas igen"),
                            [&](bool) { workspace_.reopen_case(id_, dialog.GetValue().Trim().utf8_string()); });
  } else {
    if (wxMessageBox(tr("Avsluta ärendet? Det finns kvar och kan sökas fram, men kan bara läsas tills det öppnas igen."),
                     tr("Avsluta ärendet"), wxYES_NO | wxICON_QUESTION, this) != wxYES) {
      return;
    }
    write_with_confirmation(this, tr("Ärendet kunde inte avslutas"), [&](bool) { workspace_.close_case(id_); });
  }
  changed_();
}

bool CasePanel::disclose(const wxString& what)
{
  if (!care_case_ || !workspace_.needs_consent(*care_case_)) {
    return true;
  }
  DisclosureDialog dialog(this, workspace_.disclosure_check(*care_case_, {}).recipients);
  if (dialog.ShowModal() != wxID_OK) {
    return false;
  }
  return disclose_to(dialog.recipient(), dialog.to_person(), what);
}

bool CasePanel::disclose_to(const std::string& recipient, bool to_person, const wxString& what)
{
  try {
    workspace_.disclose(id_, recipient, what.utf8_string(), to_person);
  } catch (const std::exception& error) {
    wxMessageBox(utf8(error.what()), tr("Uppgifterna lämnas inte ut"), wxOK | wxICON_WARNING, this);
    return false;
  }
  return true;
}

void CasePanel::export_html()
{
  wxFileDialog dialog(this, tr("Exportera ärendet"), {}, wxString::Format("arende-%lld.html", static_cast<long long>(id_)),
                      tr("HTML-filer (*.html)|*.html"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
  // Where first, then to whom: a disclosure is logged only for an export that happens.
  if (dialog.ShowModal() != wxID_OK || !disclose(tr("ärenderapport (export)"))) {
    return;
  }
  export_to(dialog.GetPath());
}

bool CasePanel::export_to(const wxString& file)
{
  try {
    workspace_.log_access(id_, AccessAction::export_file, file.utf8_string());  // logged before it leaves
    const auto html = case_report_html(workspace_, id_);
    write_file_atomically(file.utf8_string(), html);  // never a half export under the file's name
  } catch (const std::exception& error) {
    wxMessageBox(utf8(error.what()), tr("Exporten misslyckades"), wxOK | wxICON_ERROR, this);
    return false;
  }
  return true;
}

void CasePanel::print()
{
  if (!disclose(tr("ärenderapport (utskrift)"))) {
    return;
  }
  try {
    workspace_.log_access(id_, AccessAction::print, tr("ärenderapport").utf8_string());
    preview_html(printing_, *this, tr("Trygg"), case_report_html(workspace_, id_));
  } catch (const std::exception& error) {
    wxMessageBox(utf8(error.what()), tr("Utskriften misslyckades"), wxOK | wxICON_ERROR, this);
  }
}

}  // namespace trygg::gui
