#include "assessment_dialog.hpp"

#include "gui_text.hpp"
#include "trygg/gui_sdk/palette.hpp"

#include <algorithm>

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/msgdlg.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace trygg::gui {
namespace {

wxString option_text(const ScoredInstrument::Option& option)
{
  return wxString::Format(tr("%s (%d p)"), utf8(option.label), option.points);
}

}  // namespace

AssessmentDialog::AssessmentDialog(wxWindow* parent, const ScoredInstrument& instrument)
    : wxDialog(parent, wxID_ANY, utf8(instrument.title), wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      instrument_(instrument)
{
  SetName("assessment-dialog");
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  if (!instrument.description.empty()) {
    auto* description = new wxStaticText(this, wxID_ANY, utf8(instrument.description));
    description->Wrap(FromDIP(560));
    sizer->Add(description, 0, wxALL, FromDIP(10));
  }
  auto* items = new wxScrolledWindow(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(600, 420)));
  items->SetScrollRate(0, FromDIP(12));
  auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(12, 10)));
  grid->AddGrowableCol(1);
  for (const auto& item : instrument.items) {
    auto* label = new wxStaticText(items, wxID_ANY, utf8(item.label));
    label->SetFont(label->GetFont().Bold());
    if (!item.help.empty()) {
      label->SetToolTip(utf8(item.help));
    }
    grid->Add(label, 0, wxALIGN_TOP | wxTOP, FromDIP(4));
    ItemControls controls;
    if (item.select == ScoredInstrument::Select::one) {
      controls.choice = new wxChoice(items, wxID_ANY);
      controls.choice->SetName("item-" + item.key);
      controls.choice->Append(tr("Välj…"));
      for (const auto& option : item.options) {
        controls.choice->Append(option_text(option));
      }
      controls.choice->SetSelection(0);
      controls.choice->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { show_result(); });
      grid->Add(controls.choice, 1, wxEXPAND);
    } else {
      auto* boxes = new wxBoxSizer(wxVERTICAL);
      if (!item.help.empty()) {
        auto* help = new wxStaticText(items, wxID_ANY, utf8(item.help));
        help->Wrap(FromDIP(380));
        boxes->Add(help, 0, wxBOTTOM, FromDIP(2));
      }
      for (const auto& option : item.options) {
        auto* box = new wxCheckBox(items, wxID_ANY, option_text(option));
        box->SetName("item-" + item.key + "-" + option.value);
        box->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { show_result(); });
        boxes->Add(box, 0, wxBOTTOM, FromDIP(2));
        controls.boxes.push_back(box);
      }
      grid->Add(boxes, 1, wxEXPAND);
    }
    controls_.push_back(std::move(controls));
  }
  auto* inner = new wxBoxSizer(wxVERTICAL);
  inner->Add(grid, 1, wxEXPAND | wxALL, FromDIP(8));
  items->SetSizer(inner);
  // As wide as the answers need (only the height scrolls), as tall as the screen comfortably allows.
  items->SetMinSize(wxSize(std::max(FromDIP(600), inner->GetMinSize().x + FromDIP(40)),
                           std::min(inner->GetMinSize().y + FromDIP(8), FromDIP(460))));
  items->FitInside();
  sizer->Add(items, 1, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(10));
  result_ = new wxStaticText(this, wxID_ANY, " ");
  result_->SetName("assessment-result");
  result_->SetFont(result_->GetFont().Bold().Larger());
  sizer->Add(result_, 0, wxEXPAND | wxALL, FromDIP(10));
  auto* source = new wxStaticText(this, wxID_ANY, utf8(instrument.source + "\n" + instrument.licence));
  source->SetForegroundColour(wx_colour(sdk::palette::quiet_text));
  source->Wrap(FromDIP(600));
  sizer->Add(source, 0, wxLEFT | wxRIGHT, FromDIP(10));
  sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, FromDIP(8));
  SetSizerAndFit(sizer);
  show_result();
}

InstrumentAnswers AssessmentDialog::answers() const
{
  InstrumentAnswers answers;
  for (std::size_t index = 0; index < instrument_.items.size(); ++index) {
    const auto& item = instrument_.items[index];
    const auto& controls = controls_[index];
    if (controls.choice != nullptr) {
      const int selected = controls.choice->GetSelection();
      if (selected > 0) {
        answers[item.key] = {item.options[static_cast<std::size_t>(selected - 1)].value};
      }
      continue;
    }
    auto& chosen = answers[item.key];
    for (std::size_t option = 0; option < controls.boxes.size(); ++option) {
      if (controls.boxes[option]->GetValue()) {
        chosen.push_back(item.options[option].value);
      }
    }
  }
  return answers;
}

void AssessmentDialog::choose(const std::string& item_key, const std::string& value)
{
  for (std::size_t index = 0; index < instrument_.items.size(); ++index) {
    const auto& item = instrument_.items[index];
    if (item.key != item_key) {
      continue;
    }
    for (std::size_t option = 0; option < item.options.size(); ++option) {
      if (item.options[option].value != value) {
        continue;
      }
      if (controls_[index].choice != nullptr) {
        controls_[index].choice->SetSelection(static_cast<int>(option) + 1);
      } else {
        controls_[index].boxes[option]->SetValue(!controls_[index].boxes[option]->GetValue());
      }
    }
  }
  show_result();
}

wxString AssessmentDialog::result_text() const
{
  return result_->GetLabel();
}

void AssessmentDialog::show_result()
{
  const auto chosen = answers();
  const auto problems = answer_problems(instrument_, chosen);
  if (!problems.empty()) {
    // What is still to answer, and the score so far is not shown: a partial sum would read as a result.
    int unanswered = 0;
    for (const auto& item : instrument_.items) {
      const auto found = chosen.find(item.key);
      unanswered += item.select == ScoredInstrument::Select::one && (found == chosen.end() || found->second.empty()) ? 1 : 0;
    }
    result_->SetForegroundColour(wx_colour(sdk::palette::quiet_text));
    result_->SetLabel(wxString::Format(trn("%d fråga kvar att besvara", "%d frågor kvar att besvara", static_cast<unsigned long>(unanswered)),
                                       unanswered));
    return;
  }
  const auto result = score(instrument_, chosen);
  const auto colour = result.band.level == ScoredInstrument::Level::none ? sdk::palette::ok_text
                      : result.band.level == ScoredInstrument::Level::risk ? sdk::palette::warning_text
                                                                           : sdk::palette::alarm_text;
  result_->SetForegroundColour(wx_colour(colour));
  wxString text = wxString::Format(tr("%d poäng: %s"), result.score, utf8(result.band.label));
  for (const auto& note : result.notes) {
    text += "\n" + utf8(note);
  }
  result_->SetLabel(text);
  Layout();
}

bool AssessmentDialog::TransferDataFromWindow()
{
  const auto problems = answer_problems(instrument_, answers());
  if (problems.empty()) {
    return true;
  }
  wxString text;
  for (const auto& problem : problems) {
    text += "\n– " + utf8(problem);
  }
  wxMessageBox(tr("Besvara alla frågor först:") + text, utf8(instrument_.title), wxOK | wxICON_INFORMATION, this);
  return false;
}

}  // namespace trygg::gui
