#include "case_panel.hpp"

#include "checklist_page.hpp"
#include "confirmed_write.hpp"
#include "event_dialog.hpp"
#include "form_page.hpp"
#include "gui_text.hpp"
#include "html_print_preview.hpp"
#include "plugin_shelf.hpp"
#include "risk_page.hpp"
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
namespace {

wxListCtrl* report_list(wxWindow* parent, std::initializer_list<std::pair<const char*, int>> columns)
{
  auto* list = new wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
  for (const auto& [label, width] : columns) {
    list->AppendColumn(tr(label), wxLIST_FORMAT_LEFT, parent->FromDIP(width));
  }
  return list;
}

}  // namespace

// wx owns child windows (deleted with their parent), which is why they are made with new here.
CasePanel::CasePanel(wxWindow* parent, Workspace& workspace, PluginShelf& shelf, CaseId id, std::function<void()> changed)
    : wxPanel(parent), workspace_(workspace), shelf_(shelf), id_(id), changed_(std::move(changed))
{
  care_case_ = workspace_.storage().find_case(id_);
  if (!care_case_) {
    throw StorageError(trygg::trf("Ärende {} finns inte", id_));
  }
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  auto* header = new wxBoxSizer(wxHORIZONTAL);
  auto* names = new wxBoxSizer(wxVERTICAL);
  person_ = new wxStaticText(this, wxID_ANY, {});
  person_->SetFont(person_->GetFont().Bold().Scaled(1.35F));
  details_ = new wxStaticText(this, wxID_ANY, {});
  names->Add(person_);
  names->Add(details_, 0, wxTOP, FromDIP(2));
  header->Add(names, 1, wxEXPAND);
  // The plugin's traffic light (e.g. hemgångsklar) and the figures it works out (facts), when the
  // process has them: what a coordinator looks at first.
  auto* status = new wxBoxSizer(wxVERTICAL);
  readiness_ = new wxStaticText(this, wxID_ANY, {}, wxDefaultPosition, wxDefaultSize, wxST_NO_AUTORESIZE);
  readiness_->SetFont(readiness_->GetFont().Bold());
  readiness_->SetMinSize(FromDIP(wxSize(330, -1)));
  readiness_reasons_ = new wxStaticText(this, wxID_ANY, {});
  facts_ = new wxStaticText(this, wxID_ANY, {});
  status->Add(readiness_, 0, wxEXPAND);
  status->Add(readiness_reasons_, 0, wxEXPAND | wxTOP, FromDIP(2));
  status->Add(facts_, 0, wxTOP, FromDIP(4));
  header->Add(status, 0, wxRIGHT | wxALIGN_CENTER_VERTICAL, FromDIP(16));
  auto* progress = new wxBoxSizer(wxVERTICAL);
  progress_label_ = new wxStaticText(this, wxID_ANY, {});
  progress_ = new wxGauge(this, wxID_ANY, 100, wxDefaultPosition, FromDIP(wxSize(200, 14)));
  progress->Add(progress_label_, 0, wxALIGN_RIGHT);
  progress->Add(progress_, 0, wxTOP, FromDIP(4));
  header->Add(progress, 0, wxALIGN_CENTER_VERTICAL);
  sizer->Add(header, 0, wxEXPAND | wxALL, FromDIP(10));

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
        if (auto* frame = wxDynamicCast(wxGetTopLevelParent(this), wxFrame)) {
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
  return care_case_ ? utf8(care_case_->person.name) + wxString::Format(" (%lld)", static_cast<long long>(id_)) : wxString();
}

void CasePanel::build_pages()
{
  auto* overview = new wxPanel(pages_);
  auto* overview_sizer = new wxBoxSizer(wxHORIZONTAL);
  events_ = report_list(overview, {{N_("Tid"), 130}, {N_("Händelse"), 220}, {N_("Anteckning"), 200}, {N_("Registrerad av"), 130}});
  deadlines_ = report_list(overview, {{N_("Frist"), 300}, {N_("Senast"), 130}, {N_("Läge"), 110}, {N_("Källa"), 200}});
  auto* events_column = new wxBoxSizer(wxVERTICAL);
  events_column->Add(events_, 1, wxEXPAND);
  auto* event_buttons = new wxBoxSizer(wxHORIZONTAL);
  for (const auto& [label, handler] : std::initializer_list<std::pair<const char*, void (CasePanel::*)()>>{
           {N_("Rätta tiden…"), &CasePanel::correct_event}, {N_("Ta tillbaka…"), &CasePanel::withdraw_event}}) {
    auto* button = new wxButton(overview, wxID_ANY, tr(label));
    button->Bind(wxEVT_BUTTON, [this, handler](wxCommandEvent&) { (this->*handler)(); });
    event_buttons->Add(button, 0, wxRIGHT, FromDIP(6));
    write_controls_.push_back(button);
  }
  events_column->Add(event_buttons, 0, wxTOP, FromDIP(6));
  overview_sizer->Add(events_column, 1, wxEXPAND | wxALL, FromDIP(8));
  overview_sizer->Add(deadlines_, 1, wxEXPAND | wxALL, FromDIP(8));
  overview->SetSizer(overview_sizer);
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
  auto* history_panel = new wxPanel(pages_);
  auto* history_sizer = new wxBoxSizer(wxVERTICAL);
  history_ = report_list(history_panel, {{N_("När"), 130}, {N_("Vem"), 110}, {N_("Vad"), 420}, {N_("Före"), 160}, {N_("Efter"), 380}});
  history_sizer->Add(history_, 1, wxEXPAND | wxALL, FromDIP(8));
  history_panel->SetSizer(history_sizer);
  pages_->AddPage(history_panel, tr("Historik"));
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
    const auto& person = care_case_->person;
    person_->SetLabel(utf8(person.name) + "   " + display_identity(person.identity));
    std::string process = care_case_->process;
    if (const auto* plugin = workspace_.plugins().find_loaded(care_case_->plugin_id)) {
      if (const auto* info = plugin->manifest->process(process)) {
        process = info->name;
      }
    }
    details_->SetLabel(wxString::Format(tr("Ärende %lld · %s · %s · %s"), static_cast<long long>(id_), utf8(process),
                                        utf8(person.municipality),
                                        care_case_->status == CaseStatus::open ? tr("Öppet") : tr("Avslutat")) +
                       (care_case_->title.empty() ? wxString() : "\n" + utf8(care_case_->title)) + linked_cases_text(view->follow_on_cases));
    const auto& checklists = view->checklists;
    int total = 0;
    int settled = 0;
    for (std::size_t i = 0; i < checklists.size(); ++i) {
      for (const auto& item : checklists[i].items) {
        ++total;
        settled += item.settled() ? 1 : 0;
      }
      if (i < checklist_pages_.size()) {
        checklist_pages_[i]->show(*care_case_, checklists[i]);
      }
    }
    progress_->SetValue(total == 0 ? 0 : settled * 100 / total);
    progress_label_->SetLabel(wxString::Format(tr("%d av %d punkter klara"), settled, total));
    if (risk_page_ != nullptr && !view->risk_analyses.empty()) {
      risk_page_->show(view->risk_analyses.front());
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
    close_button_->SetLabel(open ? tr("Avsluta ärendet") : tr("Öppna igen…"));
    fill_overview(*view);
    fill_history(view->history);
    fill_readiness_and_facts(*view);
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

void CasePanel::fill_overview(const CaseView& view)
{
  const auto& care_case = view.care_case;
  events_->DeleteAllItems();
  for (const auto& event : care_case.events) {
    const long row = events_->InsertItem(events_->GetItemCount(), local_time(event.at));
    events_->SetItem(row, 1, utf8(workspace_.event_label(care_case, event.kind)));
    events_->SetItem(row, 2, utf8(event.note));
    events_->SetItem(row, 3, utf8(event.recorded_by));
  }
  deadlines_->DeleteAllItems();
  for (const auto& item : view.deadlines.deadlines) {
    const long row = deadlines_->InsertItem(deadlines_->GetItemCount(), utf8(item.deadline.label));
    deadlines_->SetItem(row, 1, utf8(format_local_deadline(item.deadline.due)));
    deadlines_->SetItem(row, 2, utf8(deadline_state_label(item.state)));
    deadlines_->SetItem(row, 3, utf8(item.deadline.source));
    deadlines_->SetItemBackgroundColour(row, wx_colour(sdk::state_background(item.state)));
  }
}

void CasePanel::fill_readiness_and_facts(const CaseView& view)
{
  const auto& readiness = view.readiness;
  // Without its plugin the case has no deadlines, judgement or figures: that must not look like "nothing due".
  if (const auto& problem = view.plugin_problem; !problem.empty()) {
    readiness_->SetBackgroundColour(wx_colour(sdk::palette::alarm_background));
    readiness_->SetLabel(wxString::FromUTF8("✖ ") + tr("Processens plugin är inte laddad"));
    readiness_reasons_->SetLabel(utf8(problem));
    readiness_reasons_->Wrap(FromDIP(360));
    facts_->SetLabel({});
    return;
  }
  if (readiness.readiness) {
    const auto& r = *readiness.readiness;
    const bool green = r.level == sdk::CaseReadiness::Level::green;
    const bool red = r.level == sdk::CaseReadiness::Level::red;
    readiness_->SetBackgroundColour(green ? wx_colour(sdk::palette::ok_background) : red ? wx_colour(sdk::palette::alarm_background) : wx_colour(sdk::palette::caution_background));
    readiness_->SetLabel(wxString::FromUTF8("● ") + utf8(r.label));
    wxString reasons;
    for (const auto& finding : r.findings) {
      const bool blocking = finding.level == sdk::CaseReadiness::Level::red;
      reasons += (reasons.empty() ? "" : "\n") + wxString::FromUTF8(blocking ? "✖ " : "– ") + utf8(finding.text);
    }
    readiness_reasons_->SetLabel(reasons);
  } else {
    readiness_->SetLabel(readiness.error.empty() ? wxString() : utf8(readiness.error));
    readiness_reasons_->SetLabel({});
  }
  // The figures the process works out for the case (e.g. the payment-liability clock).
  const auto& facts = view.facts;
  wxString text;
  wxString detail;
  for (const auto& fact : facts.facts) {
    text += (text.empty() ? "" : "\n") + utf8(fact.text);
    detail += (detail.empty() ? "" : "\n\n") + utf8(fact.detail);
  }
  facts_->SetLabel(facts.error.empty() ? text : utf8(facts.error));
  facts_->SetToolTip(detail);
  readiness_reasons_->Wrap(FromDIP(360));
  facts_->Wrap(FromDIP(360));
}

void CasePanel::fill_history(const std::vector<HistoryLine>& lines)
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

const CaseEvent* CasePanel::selected_event() const
{
  const long row = events_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
  if (row < 0 || static_cast<std::size_t>(row) >= care_case_->events.size()) {
    wxMessageBox(tr("Välj först en händelse i listan."), tr("Ingen händelse vald"), wxOK | wxICON_INFORMATION,
                 const_cast<CasePanel*>(this));
    return nullptr;
  }
  return &care_case_->events[static_cast<std::size_t>(row)];
}

void CasePanel::correct_event()
{
  const CaseEvent* event = selected_event();
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
  const CaseEvent* event = selected_event();
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

void CasePanel::export_html()
{
  wxFileDialog dialog(this, tr("Exportera ärendet"), {}, wxString::Format("arende-%lld.html", static_cast<long long>(id_)),
                      tr("HTML-filer (*.html)|*.html"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
  if (dialog.ShowModal() != wxID_OK) {
    return;
  }
  try {
    const auto html = case_report_html(workspace_, id_);
    std::ofstream out(dialog.GetPath().utf8_string(), std::ios::binary | std::ios::trunc);
    out << html;
    out.close();
    if (!out) {
      throw std::runtime_error(trygg::trf("{} kunde inte skrivas", dialog.GetPath().utf8_string()));
    }
  } catch (const std::exception& error) {
    wxMessageBox(utf8(error.what()), tr("Exporten misslyckades"), wxOK | wxICON_ERROR, this);
  }
}

void CasePanel::print()
{
  try {
    preview_html(printing_, *this, tr("Trygg"), case_report_html(workspace_, id_));
  } catch (const std::exception& error) {
    wxMessageBox(utf8(error.what()), tr("Utskriften misslyckades"), wxOK | wxICON_ERROR, this);
  }
}

}  // namespace trygg::gui
