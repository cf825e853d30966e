#include "sip_plan_page.hpp"

#include "trygg/gui_sdk/row_table.hpp"
#include "huvudman_list.hpp"
#include "sip_plan_document.hpp"
#include "sip_plan_json.hpp"
#include "trygg/gui_sdk/form_row.hpp"
#include "trygg/sdk/text.hpp"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/combobox.h>
#include <wx/grid.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/textctrl.h>

#include <array>
#include <sstream>

namespace trygg::gui {
namespace {

using sip::participant_kind_label;
using Timestamp = std::chrono::sys_seconds;

constexpr std::array<const char*, 4> participant_kinds{"person", "relative", "huvudman", "other"};

wxString date_text(const std::optional<Timestamp>& at)
{
  return local_date_text(at);
}

std::string text_of(const wxTextCtrl* field)
{
  return field->GetValue().Trim().Trim(false).utf8_string();
}

// A date as typed ("2026-12-10", or with a time); the field's label in the message when it is not one.
std::optional<Timestamp> date_of(const std::string& text, const char* label)
{
  if (text.empty()) {
    return std::nullopt;
  }
  if (auto at = sdk::parse_swedish_time(text)) {
    return at;
  }
  throw std::invalid_argument(sdk::trf("{}: \"{}\" är inget datum; skriv t.ex. 2026-12-10", sdk::tr(label), text));
}

wxTextCtrl* date_field(wxWindow* parent)
{
  auto* field = new wxTextCtrl(parent, wxID_ANY);
  field->SetHint(tr("ÅÅÅÅ-MM-DD"));
  field->SetMinSize(parent->FromDIP(wxSize(120, -1)));
  return field;
}

wxStaticBoxSizer* section(wxWindow* parent, const char* title)
{
  auto* box = new wxStaticBoxSizer(wxVERTICAL, parent, tr(title));
  box->GetStaticBox()->SetFont(box->GetStaticBox()->GetFont().Bold());
  return box;
}

wxFlexGridSizer* form_grid(wxWindow* parent)
{
  auto* grid = new wxFlexGridSizer(4, parent->FromDIP(wxSize(8, 6)));
  grid->AddGrowableCol(1, 1);
  grid->AddGrowableCol(3, 1);
  return grid;
}

}  // namespace

// wx owns child windows (deleted with their parent), which is why they are made with new here.
SipPlanPage::SipPlanPage(wxWindow* parent, PageHost& host, std::int64_t id)
    : wxScrolledWindow(parent), host_(host), id_(id)
{
  SetScrollRate(0, FromDIP(16));
  auto* sizer = new wxBoxSizer(wxVERTICAL);

  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  auto* save_button = new wxButton(this, wxID_SAVE, tr("Spara planen"));
  save_button->SetName("sip-save");
  save_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save(); });
  auto* print_button = new wxButton(this, wxID_ANY, tr("Skriv ut planen…"));
  print_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { print_plan(); });
  auto* reset_button = new wxButton(this, wxID_REVERT_TO_SAVED, tr("Ångra ändringar"));
  reset_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { load(); });
  buttons->Add(save_button, 0, wxRIGHT, FromDIP(6));
  buttons->Add(print_button, 0, wxRIGHT, FromDIP(6));
  buttons->Add(reset_button);
  sizer->Add(buttons, 0, wxALL, FromDIP(8));

  // What the law requires first: needs, interventions per huvudman, others' measures, huvudansvar.
  auto* goals_box = section(this, N_("Den enskildes mål och behov"));
  auto* goals_grid = new wxFlexGridSizer(2, FromDIP(wxSize(8, 6)));
  goals_grid->AddGrowableCol(1, 1);
  goals_ = new wxTextCtrl(this, wxID_ANY, {}, wxDefaultPosition, FromDIP(wxSize(-1, 44)), wxTE_MULTILINE);
  needs_ = new wxTextCtrl(this, wxID_ANY, {}, wxDefaultPosition, FromDIP(wxSize(-1, 60)), wxTE_MULTILINE);
  add_form_row(*goals_grid, this, N_("Mål med egna ord"), goals_);
  add_form_row(*goals_grid, this, N_("Behov av insatser\n(ett per rad)"), needs_);
  goals_box->Add(goals_grid, 0, wxEXPAND | wxALL, FromDIP(6));
  sizer->Add(goals_box, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8));

  auto* interventions_box = section(this, N_("Insatser per huvudman"));
  interventions_ = new RowTable(this, {{N_("Insats"), 300}, {N_("Ansvarig huvudman"), 190}, {N_("Enhet"), 190},
                                        {N_("Start"), 100}, {N_("Uppföljning"), 100}});
  interventions_->grid()->SetName("sip-interventions");
  interventions_box->Add(interventions_, 1, wxEXPAND | wxALL, FromDIP(6));
  sizer->Add(interventions_box, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8));

  auto* others_box = section(this, N_("Åtgärder av andra (skola, Försäkringskassan, Arbetsförmedlingen …)"));
  other_measures_ = new RowTable(this, {{N_("Aktör"), 220}, {N_("Åtgärd"), 520}});
  no_other_measures_ = new wxCheckBox(this, wxID_ANY, tr("Inga andra aktörer har åtgärder"));
  no_other_measures_->SetName("sip-no-other-measures");
  others_box->Add(other_measures_, 1, wxEXPAND | wxALL, FromDIP(6));
  others_box->Add(no_other_measures_, 0, wxLEFT | wxBOTTOM, FromDIP(6));
  sizer->Add(others_box, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8));

  auto* lead_box = section(this, N_("Huvudansvar och uppföljning"));
  auto* lead_grid = form_grid(this);
  huvudansvar_ = new wxComboBox(this, wxID_ANY);
  huvudansvar_->SetName("sip-huvudansvar");
  planning_lead_ = new wxTextCtrl(this, wxID_ANY);
  planning_lead_->SetHint(tr("Namn och roll"));
  follow_up_at_ = date_field(this);
  follow_up_at_->SetName("sip-follow-up-at");
  follow_up_how_ = new wxTextCtrl(this, wxID_ANY);
  add_form_row(*lead_grid, this, N_("Huvudansvar"), huvudansvar_);
  add_form_row(*lead_grid, this, N_("Planeringsansvarig"), planning_lead_);
  add_form_row(*lead_grid, this, N_("Uppföljning"), follow_up_at_);
  add_form_row(*lead_grid, this, N_("Hur"), follow_up_how_);
  lead_box->Add(lead_grid, 0, wxEXPAND | wxALL, FromDIP(6));
  sizer->Add(lead_box, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8));

  auto* consent_box = section(this, N_("Samtycke"));
  auto* consent_grid = form_grid(this);
  consent_given_ = date_field(this);
  consent_by_ = new wxTextCtrl(this, wxID_ANY);
  wxArrayString forms;
  forms.Add(tr("skriftligt"));
  forms.Add(tr("muntligt"));
  consent_form_ = new wxComboBox(this, wxID_ANY, {}, wxDefaultPosition, wxDefaultSize, forms);
  consent_until_ = date_field(this);
  consent_scope_ = new wxTextCtrl(this, wxID_ANY);
  consent_scope_->SetHint(tr("Vilka uppgifter får delas, mellan vilka"));
  consent_excludes_ = new wxTextCtrl(this, wxID_ANY);
  consent_revoked_ = date_field(this);
  add_form_row(*consent_grid, this, N_("Givet"), consent_given_);
  add_form_row(*consent_grid, this, N_("Av"), consent_by_);
  add_form_row(*consent_grid, this, N_("Form"), consent_form_);
  add_form_row(*consent_grid, this, N_("Gäller till"), consent_until_);
  add_form_row(*consent_grid, this, N_("Omfattar"), consent_scope_);
  add_form_row(*consent_grid, this, N_("Omfattar inte"), consent_excludes_);
  add_form_row(*consent_grid, this, N_("Återkallat"), consent_revoked_);
  consent_box->Add(consent_grid, 0, wxEXPAND | wxALL, FromDIP(6));
  sizer->Add(consent_box, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8));

  auto* participants_box = section(this, N_("Deltagare"));
  std::vector<std::string> kinds;
  for (const char* kind : participant_kinds) {
    kinds.push_back(participant_kind_label(kind));
  }
  participants_ = new RowTable(this, {{N_("Slag"), 190}, {N_("Namn"), 170}, {N_("Roll"), 170}, {N_("Huvudman"), 170}, {N_("Enhet"), 170}},
                                {kinds});
  participants_box->Add(participants_, 1, wxEXPAND | wxALL, FromDIP(6));
  sizer->Add(participants_box, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8));

  auto* close_box = section(this, N_("Avslut"));
  auto* close_grid = form_grid(this);
  closed_at_ = date_field(this);
  closing_note_ = new wxTextCtrl(this, wxID_ANY);
  add_form_row(*close_grid, this, N_("Avslutad"), closed_at_);
  add_form_row(*close_grid, this, N_("Anteckning"), closing_note_);
  close_box->Add(close_grid, 0, wxEXPAND | wxALL, FromDIP(6));
  sizer->Add(close_box, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8));

  SetSizer(sizer);
  load();
}

SipPlanPage::~SipPlanPage() = default;

void SipPlanPage::load()
{
  try {
    const auto document = host_.services().record(id_, sip::plan_record);
    fill(document ? sip::sip_plan_from_json(*document) : sip::SipPlan{});
    shown_ = sip::sip_plan_to_json(plan_from_form());
  } catch (const std::exception& error) {
    wxMessageBox(utf8(error.what()), tr("Planen kunde inte läsas"), wxOK | wxICON_ERROR, this);
  }
}

bool SipPlanPage::has_unsaved_edits() const
{
  try {
    return sip::sip_plan_to_json(plan_from_form()) != shown_;
  } catch (const std::exception&) {
    return true;  // a half-typed date is typing too
  }
}

std::string SipPlanPage::edits_title() const
{
  return tr("SIP-planen").utf8_string();
}

void SipPlanPage::fill(const sip::SipPlan& plan)
{
  const auto& consent = plan.consent;
  consent_given_->ChangeValue(date_text(consent.given_at));
  consent_by_->ChangeValue(utf8(consent.given_by));
  consent_form_->SetValue(utf8(consent.form));
  consent_scope_->ChangeValue(utf8(consent.scope));
  consent_excludes_->ChangeValue(utf8(consent.excludes));
  consent_until_->ChangeValue(date_text(consent.valid_until));
  consent_revoked_->ChangeValue(date_text(consent.revoked_at));
  // Offered: the person's huvudmän as the region lists them (the region and their municipality), then any
  // other name the plan already uses.
  huvudansvar_->Clear();
  const auto snapshot = host_.services().snapshot(id_);
  auto names = sip::Huvudmen::from(host_.services()).for_person(snapshot ? snapshot->municipality() : std::string());
  for (const auto& name : plan.huvudman_names()) {
    if (!sip::is_among(names, name)) {
      names.push_back(name);
    }
  }
  for (const auto& name : names) {
    huvudansvar_->Append(utf8(name));
  }
  huvudansvar_->SetValue(utf8(plan.huvudansvar));
  planning_lead_->ChangeValue(utf8(plan.planning_lead));
  follow_up_at_->ChangeValue(date_text(plan.follow_up_at));
  follow_up_how_->ChangeValue(utf8(plan.follow_up_how));
  goals_->ChangeValue(utf8(plan.goals));
  std::string needs;
  for (const auto& need : plan.needs) {
    needs += (needs.empty() ? "" : "\n") + need;
  }
  needs_->ChangeValue(utf8(needs));
  std::vector<std::vector<std::string>> rows;
  for (const auto& participant : plan.participants) {
    rows.push_back({participant_kind_label(participant.kind), participant.name, participant.role, participant.huvudman, participant.unit});
  }
  participants_->set_rows(rows);
  rows.clear();
  for (const auto& intervention : plan.interventions) {
    rows.push_back({intervention.what, intervention.huvudman, intervention.unit, date_text(intervention.start).utf8_string(),
                    date_text(intervention.follow_up).utf8_string()});
  }
  interventions_->set_rows(rows);
  rows.clear();
  for (const auto& measure : plan.other_measures) {
    rows.push_back({measure.actor, measure.what});
  }
  other_measures_->set_rows(rows);
  no_other_measures_->SetValue(plan.no_other_measures);
  closed_at_->ChangeValue(date_text(plan.closed_at));
  closing_note_->ChangeValue(utf8(plan.closing_note));
  FitInside();
}

sip::SipPlan SipPlanPage::plan_from_form() const
{
  sip::SipPlan plan;
  plan.consent = {date_of(text_of(consent_given_), N_("Samtycke givet")),
                  text_of(consent_by_),
                  consent_form_->GetValue().Trim().Trim(false).utf8_string(),
                  text_of(consent_scope_),
                  text_of(consent_excludes_),
                  date_of(text_of(consent_until_), N_("Samtycket gäller till")),
                  date_of(text_of(consent_revoked_), N_("Samtycket återkallat"))};
  plan.huvudansvar = huvudansvar_->GetValue().Trim().Trim(false).utf8_string();
  plan.planning_lead = text_of(planning_lead_);
  plan.follow_up_at = date_of(text_of(follow_up_at_), N_("Uppföljning"));
  plan.follow_up_how = text_of(follow_up_how_);
  plan.goals = text_of(goals_);
  std::istringstream needs(text_of(needs_));
  for (std::string line; std::getline(needs, line);) {
    if (line.find_first_not_of(" \t\r") != std::string::npos) {
      plan.needs.push_back(line);
    }
  }
  for (const auto& row : participants_->rows()) {
    std::string kind = "other";
    for (const char* candidate : participant_kinds) {
      if (row[0] == participant_kind_label(candidate) || row[0] == candidate) {
        kind = candidate;
      }
    }
    plan.participants.push_back({kind, row[1], row[2], row[3], row[4]});
  }
  for (const auto& row : interventions_->rows()) {
    plan.interventions.push_back({row[0], row[1], row[2], date_of(row[3], N_("Insatsens start")),
                                  date_of(row[4], N_("Insatsens uppföljning"))});
  }
  for (const auto& row : other_measures_->rows()) {
    plan.other_measures.push_back({row[0], row[1]});
  }
  plan.no_other_measures = no_other_measures_->GetValue();
  plan.closed_at = date_of(text_of(closed_at_), N_("Avslutad"));
  plan.closing_note = text_of(closing_note_);
  return plan;
}

bool SipPlanPage::save()
{
  try {
    host_.services().commit(sip::plan_changes(id_, plan_from_form()));
  } catch (const std::exception& error) {
    wxMessageBox(utf8(error.what()), tr("Planen sparades inte"), wxOK | wxICON_ERROR, this);
    return false;
  }
  load();
  host_.case_changed(id_);
  return true;
}

void SipPlanPage::print_plan()
{
  try {
    host_.services().log_access(id_, "print", tr("SIP-dokumentet").utf8_string());  // printed: in the access log first
    host_.preview_html(tr("SIP").utf8_string(), sip::plan_document(host_.services(), id_).html);
  } catch (const std::exception& error) {
    wxMessageBox(utf8(error.what()), tr("Utskriften misslyckades"), wxOK | wxICON_ERROR, this);
  }
}

}  // namespace trygg::gui
