#include "case_header.hpp"

#include "gui_text.hpp"
#include "trygg/gui_sdk/palette.hpp"

#include <wx/gauge.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace trygg::gui {

// wx owns child windows (deleted with their parent), which is why they are made with new here.
CaseHeader::CaseHeader(wxWindow* parent) : wxPanel(parent)
{
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
  auto* outer = new wxBoxSizer(wxVERTICAL);
  outer->Add(header, 0, wxEXPAND | wxALL, FromDIP(10));
  SetSizer(outer);
}

void CaseHeader::show(const CaseView& view, const wxString& details)
{
  const auto& person = view.care_case.person;
  // A case about a unit, an agreement or a period is known by its title.
  person_->SetLabel(person.named() ? utf8(person.name) + "   " + display_identity(person.identity) : utf8(view.care_case.title));
  details_->SetLabel(details);
  int total = 0;
  int settled = 0;
  for (const auto& checklist : view.checklists) {
    for (const auto& item : checklist.items) {
      ++total;
      settled += item.settled() ? 1 : 0;
    }
  }
  progress_->SetValue(total == 0 ? 0 : settled * 100 / total);
  progress_label_->SetLabel(wxString::Format(tr("%d av %d punkter klara"), settled, total));
  show_judgement(view);
  Layout();
}

void CaseHeader::show_judgement(const CaseView& view)
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

}  // namespace trygg::gui
