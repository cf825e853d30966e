#include "routine_editor_dialog.hpp"

#include "routine_comparison.hpp"
#include "routine_document.hpp"

#include "trygg/gui_sdk/button_row.hpp"
#include "trygg/gui_sdk/palette.hpp"
#include "trygg/gui_sdk/text.hpp"
#include "trygg/sdk/swedish_calendar.hpp"
#include "trygg/sdk/swedish_time.hpp"
#include "trygg/sdk/text.hpp"

#include <wx/choice.h>
#include <wx/filedlg.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>

#include <algorithm>

namespace trygg::gui {
namespace {

using namespace std::chrono;
using namespace trygg::holiday;

constexpr DayKind kinds[] = {DayKind::working, DayKind::non_working, DayKind::storhelg};

std::string place_label(const std::string& municipality)
{
  return municipality.empty() ? tr("Regionen (alla kommuner)").utf8_string() : municipality;
}

}  // namespace

RoutineEditorDialog::RoutineEditorDialog(wxWindow* parent, PageHost& host, RoutineEditor editor, bool on_disk,
                                         std::optional<StaffingRoutine> replaced, std::function<std::string(const std::filesystem::path&)> saved)
    : wxDialog(parent, wxID_ANY, {}, wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER | wxMAXIMIZE_BOX),
      host_(host), editor_(std::move(editor)), replaced_(std::move(replaced)), saved_(std::move(saved)),
      saved_once_(on_disk)
{
  SetName("routine-editor");
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  status_ = new wxStaticText(this, wxID_ANY, {});
  status_->SetName("routine-editor-status");
  sizer->Add(status_, 0, wxEXPAND | wxALL, FromDIP(8));

  // Which hours: a schedule, then a day of it.
  auto* where = new wxBoxSizer(wxHORIZONTAL);
  where->Add(new wxStaticText(this, wxID_ANY, tr("Tider för")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
  place_choice_ = new wxChoice(this, wxID_ANY);
  place_choice_->SetName("routine-editor-place");
  places_.emplace_back();
  for (const auto& [name, schedule] : editor_.routine().municipalities) {
    places_.push_back(name);
  }
  for (const auto& each : places_) {
    place_choice_->Append(utf8(place_label(each)));
  }
  place_choice_->SetSelection(0);
  where->Add(place_choice_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(12));
  where->Add(new wxStaticText(this, wxID_ANY, tr("Dag")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
  day_choice_ = new wxChoice(this, wxID_ANY);
  day_choice_->SetName("routine-editor-day");
  where->Add(day_choice_, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
  add_button(this, *where, N_("Ny överenskommen dag…"), "routine-editor-add-day", [this](wxCommandEvent&) {
    // Offers the first holiday of the validity the schedule has not agreed yet.
    const auto agreed = editor_.agreed_days(municipality());
    wxString offered;
    for (int year = static_cast<int>(editor_.routine().valid_from.year()); offered.empty() && year <= static_cast<int>(editor_.routine().last_day().year());
         ++year) {
      for (const auto& holiday : sdk::swedish_holidays(year)) {
        if (editor_.routine().in_force(holiday.date) && std::find(agreed.begin(), agreed.end(), holiday.date) == agreed.end()) {
          offered = utf8(sdk::to_iso_date(holiday.date));
          break;
        }
      }
    }
    wxTextEntryDialog ask(this, tr("Datum för den nya överenskomna dagen (ÅÅÅÅ-MM-DD). Den börjar med de tider den har i dag."),
                          tr("Ny överenskommen dag"), offered);
    if (ask.ShowModal() != wxID_OK) {
      return;
    }
    if (const auto date = sdk::from_iso_date(ask.GetValue().utf8_string())) {
      (void)add_day(*date);
    } else {
      tell(sdk::trf("\"{}\" är inget datum (ÅÅÅÅ-MM-DD)", ask.GetValue().utf8_string()));
    }
  });
  remove_day_ = add_button(this, *where, N_("Ta bort dagen"), "routine-editor-remove-day", [this](wxCommandEvent&) { remove_day(); });
  sizer->Add(where, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(8));

  // Each actor's hours: what the place gives, and beside it what governs when it gives none.
  auto* grid = new wxFlexGridSizer(3, FromDIP(wxSize(10, 6)));
  grid->AddGrowableCol(2);
  for (const auto actor : all_actors()) {
    grid->Add(new wxStaticText(this, wxID_ANY, utf8(actor_label(actor))), 0, wxALIGN_CENTER_VERTICAL);
    auto* field = new wxTextCtrl(this, wxID_ANY, {}, wxDefaultPosition, FromDIP(wxSize(200, -1)), wxTE_PROCESS_ENTER);
    field->SetName("routine-editor-hours-" + std::string(to_string(actor)));
    field->SetToolTip(wxString::Format(tr("Tider som 08–14 eller 08:30–12, 13–16. Tomt: ingen egen tid (i en kommun: regionens). "
                                          "\"%s\": inte bemannad."),
                                       tr(unstaffed_word)));
    field->Bind(wxEVT_TEXT_ENTER, [this, actor](wxCommandEvent&) { commit(actor); });
    field->Bind(wxEVT_KILL_FOCUS, [this, actor](wxFocusEvent& event) {
      event.Skip();
      CallAfter([this, actor] { commit(actor); });  // after the focus has moved, so a message does not fight it
    });
    grid->Add(field, 0, wxALIGN_CENTER_VERTICAL);
    auto* hint = new wxStaticText(this, wxID_ANY, {});
    hint->SetName("routine-editor-hint-" + std::string(to_string(actor)));
    hint->SetForegroundColour(wx_colour(sdk::palette::quiet_text));
    grid->Add(hint, 1, wxALIGN_CENTER_VERTICAL | wxEXPAND);
    fields_.emplace_back(actor, field);
    hints_.emplace_back(actor, hint);
  }
  sizer->Add(grid, 0, wxEXPAND | wxALL, FromDIP(8));
  error_ = new wxStaticText(this, wxID_ANY, {});
  error_->SetName("routine-editor-error");
  error_->SetForegroundColour(wx_colour(sdk::palette::alarm_text));
  sizer->Add(error_, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(8));

  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  undo_ = add_button(this, *buttons, N_("Ångra"), "routine-editor-undo", [this](wxCommandEvent&) { undo(); });
  redo_ = add_button(this, *buttons, N_("Gör om"), "routine-editor-redo", [this](wxCommandEvent&) { redo(); });
  add_button(this, *buttons, N_("Spara"), "routine-editor-save", [this](wxCommandEvent&) { (void)save_edits(); });
  add_button(this, *buttons, N_("Spara som…"), "routine-editor-save-as", [this](wxCommandEvent&) { (void)save_as(); });
  auto* compare = add_button(this, *buttons, N_("Jämför med den ersatta…"), "routine-editor-compare", [this](wxCommandEvent&) {
    const auto comparison = compare_routines(*replaced_, editor_.routine());
    host_.preview_html(comparison.before_title + " → " + comparison.after_title, comparison_html(comparison));
  });
  compare->Enable(replaced_.has_value());
  add_button(this, *buttons, N_("Som dokument…"), "routine-editor-document", [this](wxCommandEvent&) {
    host_.preview_html(editor_.routine().name, routine_document_html(editor_.routine(), usual_discharge_actors()));
  });
  add_button(this, *buttons, N_("Stäng"), "routine-editor-close", [this](wxCommandEvent&) { Close(); });
  sizer->Add(buttons, 0, wxEXPAND | wxALL, FromDIP(8));

  summary_ = new wxStaticText(this, wxID_ANY, {});
  summary_->SetName("routine-editor-summary");
  sizer->Add(summary_, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(8));
  gaps_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 200)), wxLC_REPORT | wxLC_SINGLE_SEL);
  gaps_->SetName("routine-editor-gaps");
  gaps_->AppendColumn(tr("Utan utskrivningsfönster"), wxLIST_FORMAT_LEFT, FromDIP(640));
  gaps_->AppendColumn(tr("Det som skulle öppna ett"), wxLIST_FORMAT_LEFT, FromDIP(360));
  sizer->Add(gaps_, 1, wxEXPAND | wxALL, FromDIP(8));
  SetSizer(sizer);
  SetSize(FromDIP(wxSize(1040, 720)));
  CentreOnParent();

  // Ctrl+Z and Ctrl+Y as in every editor; the buttons say what they would undo or redo.
  wxAcceleratorEntry keys[] = {{wxACCEL_CTRL, 'Z', undo_->GetId()}, {wxACCEL_CTRL, 'Y', redo_->GetId()},
                               {wxACCEL_CTRL | wxACCEL_SHIFT, 'Z', redo_->GetId()}};
  SetAcceleratorTable(wxAcceleratorTable(3, keys));
  place_choice_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
    fill_days();
    show_hours();
    show_windows();
  });
  day_choice_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { show_hours(); });
  Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& event) {
    if (event.CanVeto() && has_unsaved_edits()) {
      wxMessageDialog question(this, wxString::Format(tr("%s har ändringar som inte är sparade. Spara dem?"), utf8(edits_title())),
                               tr("Ändringar som inte är sparade"), wxYES_NO | wxCANCEL | wxICON_QUESTION);
      question.SetYesNoCancelLabels(tr("&Spara"), tr("Spara &inte"), tr("Avbryt"));
      const int answer = question.ShowModal();
      if (answer == wxID_CANCEL || (answer == wxID_YES && !save_edits())) {
        event.Veto();
        return;
      }
    }
    Destroy();
  });
  fill_days();
  after_change();
}

std::string RoutineEditorDialog::edits_title() const
{
  return sdk::trf("Bemanningsrutinen {} version {}", editor_.routine().id, editor_.routine().version);
}

std::string RoutineEditorDialog::municipality() const
{
  const int chosen = place_choice_->GetSelection();
  return chosen > 0 ? places_[static_cast<std::size_t>(chosen)] : std::string();
}

HoursDay RoutineEditorDialog::day() const
{
  const int chosen = day_choice_->GetSelection();
  return chosen >= 0 && static_cast<std::size_t>(chosen) < days_.size() ? days_[static_cast<std::size_t>(chosen)] : HoursDay{};
}

void RoutineEditorDialog::choose(const std::string& municipality, const HoursDay& day)
{
  const auto place = std::find(places_.begin(), places_.end(), municipality);
  place_choice_->SetSelection(place == places_.end() ? 0 : static_cast<int>(place - places_.begin()));
  fill_days();
  const auto found = std::find(days_.begin(), days_.end(), day);
  day_choice_->SetSelection(found == days_.end() ? 0 : static_cast<int>(found - days_.begin()));
  show_hours();
  show_windows();
}

void RoutineEditorDialog::fill_days()
{
  const auto kept = day();
  days_.clear();
  for (const auto kind : kinds) {
    days_.push_back({kind, {}});
  }
  for (const auto date : editor_.agreed_days(municipality())) {
    days_.push_back({DayKind::agreed, date});
  }
  day_choice_->Clear();
  for (const auto& each : days_) {
    day_choice_->Append(utf8(hours_day_label(each)));
  }
  const auto found = std::find(days_.begin(), days_.end(), kept);
  day_choice_->SetSelection(found == days_.end() ? 0 : static_cast<int>(found - days_.begin()));
}

void RoutineEditorDialog::show_hours()
{
  const auto here = place();
  const bool region = here.municipality.empty();
  const auto& schedule = region ? editor_.routine().region : *editor_.routine().schedule_of(here.municipality);
  // Storhelg days the schedule leaves to its other non-working days read as those until given their own.
  const bool borrowed = here.day.kind == DayKind::storhelg && !schedule.storhelg_day;
  for (std::size_t i = 0; i < fields_.size(); ++i) {
    const auto actor = fields_[i].first;
    const auto own = editor_.windows(here, actor);
    fields_[i].second->ChangeValue(!own ? wxString() : own->empty() ? tr(unstaffed_word) : utf8(windows_text(*own)));
    std::string hint;
    if (!region) {
      const auto theirs = editor_.windows({"", here.day}, actor);
      const std::string region_hours = sdk::trf("regionens tider: {}", theirs ? windows_text(*theirs) : tr("inte bemannad").utf8_string());
      hint = own && own->empty() ? sdk::trf("inte bemannad här ({})", region_hours) : own ? std::string() : region_hours;
    } else if (!own) {
      hint = tr("inte bemannad").utf8_string();
    }
    if (borrowed) {
      hint += (hint.empty() ? "" : "; ") + tr("som helger och helgdagar tills storhelgsdagarna får egna tider").utf8_string();
    }
    hints_[i].second->SetLabel(utf8(hint));
  }
  remove_day_->Enable(here.day.kind == DayKind::agreed);
  Layout();
}

void RoutineEditorDialog::show_windows()
{
  gaps_->DeleteAllItems();
  closed_days_ = 0;
  const auto& routine = editor_.routine();
  const auto chosen = municipality();
  int listed = 0;
  for (const auto& where : window_places(routine)) {
    for (const auto& each : discharge_windows(routine, where, routine.valid_from, routine.last_day(), usual_discharge_actors())) {
      if (each.open()) {
        continue;
      }
      ++closed_days_;
      if (chosen.empty() || chosen == where) {
        const long item = gaps_->InsertItem(gaps_->GetItemCount(), utf8(gap_text(each)));
        gaps_->SetItem(item, 1, utf8(would_open_line(each)));
        ++listed;
      }
    }
  }
  std::string needed;
  for (const auto actor : usual_discharge_actors()) {
    needed += (needed.empty() ? "" : ", ") + actor_short_label(actor);
  }
  summary_->SetLabel(wxString::Format(trn("%d kommundag utan utskrivningsfönster %s – %s (med %s); %d av dem listas nedan.",
                                          "%d kommundagar utan utskrivningsfönster %s – %s (med %s); %d av dem listas nedan.",
                                          static_cast<unsigned long>(closed_days_)),
                                      closed_days_, utf8(sdk::to_iso_date(routine.valid_from)), utf8(sdk::to_iso_date(routine.last_day())),
                                      utf8(needed), listed));
}

void RoutineEditorDialog::after_change()
{
  const auto& routine = editor_.routine();
  SetTitle(wxString::Format(tr("Redigera bemanningsrutin: %s version %d"), utf8(routine.id), routine.version) +
           (has_unsaved_edits() ? " *" : ""));
  status_->SetLabel(utf8(routine.name + "\n" +
                         sdk::trf("{}, gäller {} – {}. Fil: {}{}", status_label(routine.status), sdk::to_iso_date(routine.valid_from),
                                  sdk::to_iso_date(routine.last_day()), editor_.file().string(),
                                  saved_once_ ? (editor_.modified() ? tr(" (ändrad, inte sparad)").utf8_string() : std::string())
                                              : tr(" (inte sparad än)").utf8_string())));
  undo_->Enable(editor_.can_undo());
  redo_->Enable(editor_.can_redo());
  undo_->SetToolTip(editor_.can_undo() ? utf8(sdk::trf("Ångra: {}", editor_.undo_text())) : wxString());
  redo_->SetToolTip(editor_.can_redo() ? utf8(sdk::trf("Gör om: {}", editor_.redo_text())) : wxString());
  fill_days();
  show_hours();
  show_windows();
}

void RoutineEditorDialog::tell(const std::string& text, bool is_error)
{
  error_->SetForegroundColour(wx_colour(is_error ? sdk::palette::alarm_text : sdk::palette::ok_text));
  error_->SetLabel(utf8(text));
  error_->Wrap(GetClientSize().GetWidth() - FromDIP(16));
  Layout();
}

void RoutineEditorDialog::commit(Actor actor)
{
  const auto field = std::find_if(fields_.begin(), fields_.end(), [actor](const auto& entry) { return entry.first == actor; });
  if (field != fields_.end() && !IsBeingDeleted()) {
    (void)type_hours(actor, field->second->GetValue());
  }
}

std::string RoutineEditorDialog::type_hours(Actor actor, const wxString& text)
{
  const auto typed = read_typed_windows(text.utf8_string());
  std::string error;
  if (!typed.error.empty()) {
    error = sdk::trf("{}: {}", actor_label(actor), typed.error);
  } else {
    // Empty: no hours of its own; "ingen": not staffed, which for the region is the same as no hours.
    const auto wanted = typed.unstaffed && !municipality().empty() ? std::optional(std::vector<TimeWindow>{})
                        : typed.windows.empty()                    ? std::nullopt
                                                                   : std::optional(typed.windows);
    if (wanted != editor_.windows(place(), actor)) {
      try {
        editor_.set_windows(place(), actor, wanted);
      } catch (const std::exception& refused) {
        error = refused.what();
      }
    }
  }
  tell(error);
  if (error.empty()) {
    after_change();
  }
  return error;
}

std::string RoutineEditorDialog::add_day(year_month_day date)
{
  try {
    editor_.add_day(municipality(), date);
  } catch (const std::exception& refused) {
    tell(refused.what());
    return refused.what();
  }
  tell({});
  after_change();
  choose(municipality(), {DayKind::agreed, date});
  return {};
}

void RoutineEditorDialog::remove_day()
{
  if (day().kind != DayKind::agreed) {
    return;
  }
  try {
    editor_.remove_day(municipality(), day().date);
  } catch (const std::exception& refused) {
    tell(refused.what());
    return;
  }
  tell({});
  after_change();
}

void RoutineEditorDialog::undo()
{
  editor_.undo();
  tell({});
  after_change();
}

void RoutineEditorDialog::redo()
{
  editor_.redo();
  tell({});
  after_change();
}

bool RoutineEditorDialog::save_to(const std::filesystem::path& file)
{
  try {
    std::filesystem::create_directories(file.parent_path());
    editor_.save(file);
  } catch (const std::exception& failed) {
    tell(sdk::trf("Rutinen kunde inte sparas: {}. Det som är redigerat finns kvar här.", failed.what()));
    return false;
  }
  saved_once_ = true;
  after_change();
  tell(saved_ ? saved_(file) : std::string(), false);
  return true;
}

bool RoutineEditorDialog::save_as()
{
  const auto& file = editor_.file();
  wxFileDialog dialog(this, tr("Spara bemanningsrutinen"), utf8(file.parent_path().string()), utf8(file.filename().string()),
                      tr("Bemanningsrutiner (*.xml)|*.xml"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
  return dialog.ShowModal() == wxID_OK && save_to(dialog.GetPath().utf8_string());
}

bool RoutineEditorDialog::save_edits()
{
  // A new version goes to the file offered unless that would write over another: then the person chooses.
  return !saved_once_ && std::filesystem::exists(editor_.file()) ? save_as() : save_to(editor_.file());
}

}  // namespace trygg::gui
