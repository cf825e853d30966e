#include "routines_page.hpp"

#include "new_version_dialog.hpp"
#include "routine_document.hpp"
#include "routine_editor_dialog.hpp"
#include "window_calendar.hpp"

#include "trygg/gui_sdk/button_row.hpp"
#include "trygg/gui_sdk/palette.hpp"
#include "trygg/gui_sdk/text.hpp"
#include "trygg/sdk/clock.hpp"
#include "trygg/sdk/swedish_time.hpp"
#include "trygg/sdk/text.hpp"
#include "trygg/sdk/xml_file.hpp"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/wrapsizer.h>

#include <algorithm>
#include <cstdlib>

namespace trygg::gui {
namespace {

using namespace std::chrono;
using namespace trygg::holiday;

const char* const month_names[] = {N_("januari"), N_("februari"), N_("mars"), N_("april"), N_("maj"), N_("juni"), N_("juli"),
                                   N_("augusti"), N_("september"), N_("oktober"), N_("november"), N_("december")};

year_month_day shifted(year_month_day day, int by)
{
  return year_month_day{sys_days{day} + days{by}};
}

// Where a new version is saved unless the person chooses otherwise: beside the user's own Trygg data
// (as the freedesktop base directories place it), until a plugin carries it.
std::filesystem::path own_routines_folder()
{
  const char* data_home = std::getenv("XDG_DATA_HOME");
  const char* home = std::getenv("HOME");
  const std::filesystem::path base = data_home != nullptr && *data_home != '\0' ? std::filesystem::path(data_home)
                                     : std::filesystem::path(home != nullptr ? home : ".") / ".local" / "share";
  return base / "trygg" / "rutiner";
}

}  // namespace

RoutinesPage::RoutinesPage(wxWindow* parent, PageHost& host)
    : wxPanel(parent), host_(host), routines_(read_routine_book(host.services().data_files("staffing-routine.xsd")))
{
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  warning_ = new wxStaticText(this, wxID_ANY, {});
  warning_->SetForegroundColour(wx_colour(sdk::palette::alarm_text));
  warning_->SetFont(warning_->GetFont().Bold());
  warning_->SetName("routines-warning");
  sizer->Add(warning_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(8));

  versions_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 130)), wxLC_REPORT | wxLC_SINGLE_SEL);
  versions_->SetName("routines-versions");
  for (const auto& [label, width] : std::initializer_list<std::pair<const char*, int>>{
           {N_("I dag"), 50}, {N_("Område"), 150}, {N_("Id"), 170}, {N_("Version"), 60}, {N_("Status"), 140},
           {N_("Gäller"), 180}, {N_("Beslutad"), 250}, {N_("Ersätter"), 150}, {N_("Namn"), 420}}) {
    versions_->AppendColumn(tr(label), wxLIST_FORMAT_LEFT, FromDIP(width));
  }
  sizer->Add(versions_, 0, wxEXPAND | wxALL, FromDIP(8));

  // What to look at: a period, the actors a discharge needs; and what to do with the version.
  // Seven actors do not fit beside the period on a laptop's screen: the row wraps.
  auto* controls = new wxWrapSizer(wxHORIZONTAL);
  controls->Add(new wxStaticText(this, wxID_ANY, tr("Period")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
  period_choice_ = new wxChoice(this, wxID_ANY);
  period_choice_->SetName("routines-period");
  controls->Add(period_choice_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(12));
  controls->Add(new wxStaticText(this, wxID_ANY, tr("En utskrivning behöver")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
  for (const auto actor : all_actors()) {
    auto* box = new wxCheckBox(this, wxID_ANY, utf8(actor_label(actor)));
    box->SetName("routines-actor-" + std::string(to_string(actor)));
    const auto& usual = usual_discharge_actors();
    box->SetValue(std::find(usual.begin(), usual.end(), actor) != usual.end());
    box->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { show_routine(); });
    controls->Add(box, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT | wxTOP | wxBOTTOM, FromDIP(4));
    actor_boxes_.emplace_back(actor, box);
  }
  sizer->Add(controls, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(8));

  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  buttons->Add(new wxStaticText(this, wxID_ANY, tr("Jämför med")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
  compare_choice_ = new wxChoice(this, wxID_ANY);
  compare_choice_->SetName("routines-compare-with");
  buttons->Add(compare_choice_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
  add_button(this, *buttons, N_("Jämför…"), "routines-compare", [this](wxCommandEvent&) { compare(); });
  add_button(this, *buttons, N_("Rutinen som dokument…"), "routines-document", [this](wxCommandEvent&) {
    if (const auto* chosen = routine()) {
      host_.preview_html(chosen->name, routine_document_html(*chosen, needed()));
    }
  });
  // Writing the next version: made from the chosen one, then its hours in a form.
  add_button(this, *buttons, N_("Ny version…"), "routines-new-version", [this](wxCommandEvent&) {
    if (const auto* chosen = routine()) {
      NewVersionDialog ask(this, *chosen);
      if (ask.ShowModal() == wxID_OK) {
        (void)new_version(*ask.request());
      }
    }
  });
  edit_ = add_button(this, *buttons, N_("Redigera…"), "routines-edit", [this](wxCommandEvent&) { (void)edit(); });
  compare_result_ = new wxStaticText(this, wxID_ANY, {});
  compare_result_->SetName("routines-compare-result");
  buttons->Add(compare_result_, 1, wxALIGN_CENTER_VERTICAL | wxLEFT, FromDIP(6));
  sizer->Add(buttons, 0, wxEXPAND | wxALL, FromDIP(8));

  summary_ = new wxStaticText(this, wxID_ANY, {});
  summary_->SetName("routines-summary");
  sizer->Add(summary_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8));
  calendar_ = new WindowCalendar(this);
  calendar_->SetName("routines-calendar");
  sizer->Add(calendar_, 3, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(8));
  gaps_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
  gaps_->SetName("routines-gaps");
  gaps_->AppendColumn(tr("Utan utskrivningsfönster"), wxLIST_FORMAT_LEFT, FromDIP(620));
  gaps_->AppendColumn(tr("Det som skulle öppna ett"), wxLIST_FORMAT_LEFT, FromDIP(560));
  sizer->Add(gaps_, 2, wxEXPAND | wxALL, FromDIP(8));
  SetSizer(sizer);

  versions_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { follow_selection(); });
  period_choice_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { show_windows(); });

  fill_versions();
  // Opens on the version in force today, else the first.
  long chosen = 0;
  const auto today = sdk::swedish_today();
  for (std::size_t i = 0; i < routines_.routines().size(); ++i) {
    if (routines_.in_force(routines_.routines()[i].area, today) == &routines_.routines()[i]) {
      chosen = static_cast<long>(i);
      break;
    }
  }
  if (versions_->GetItemCount() > 0) {
    versions_->SetItemState(chosen, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
  }
  follow_selection();
}

void RoutinesPage::follow_selection()
{
  // Selecting a row may or may not send its event (by platform): whichever comes first shows it, once.
  if (routine() != shown_ || shown_ == nullptr) {
    show_routine();
  }
}

void RoutinesPage::reload()
{
  const long selected = versions_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
  fill_versions();
  if (selected >= 0 && selected < versions_->GetItemCount()) {
    versions_->SetItemState(selected, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
  }
  show_routine();
}

void RoutinesPage::fill_versions()
{
  const auto today = sdk::swedish_today();
  versions_->DeleteAllItems();
  for (const auto& routine : routines_.routines()) {
    const long row = versions_->InsertItem(versions_->GetItemCount(), routines_.in_force(routine.area, today) == &routine ? "*" : "");
    versions_->SetItem(row, 1, utf8(routine.area));
    versions_->SetItem(row, 2, utf8(routine.id));
    versions_->SetItem(row, 3, wxString::Format("%d", routine.version));
    versions_->SetItem(row, 4, utf8(status_label(routine.status)) + (routine.example ? tr(" (exempel)") : wxString()));
    versions_->SetItem(row, 5, utf8(sdk::to_iso_date(routine.valid_from) + " – " + sdk::to_iso_date(routine.last_day())));
    if (routine.decided_on) {
      versions_->SetItem(row, 6, utf8(sdk::to_iso_date(*routine.decided_on) + " " + routine.decided_by +
                                      (routine.reference.empty() ? "" : " (" + routine.reference + ")")));
    }
    versions_->SetItem(row, 7, utf8(routine.replaces));
    versions_->SetItem(row, 8, utf8(routine.name));
  }
  // Each area whose last decided version ends soon, or has ended, says so above the list.
  wxString notices;
  for (const auto& expiry : routines_.expiries_to_tell(today)) {
    notices += (notices.empty() ? "" : "\n") + utf8(expiry.text());
  }
  warning_->SetLabel(notices);
  warning_->Show(!notices.empty());
  Layout();
}

const StaffingRoutine* RoutinesPage::routine() const
{
  const long selected = versions_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
  const auto& all = routines_.routines();
  return selected >= 0 && static_cast<std::size_t>(selected) < all.size() ? &all[static_cast<std::size_t>(selected)] : nullptr;
}

bool RoutinesPage::choose_routine(const std::string& id)
{
  const auto& all = routines_.routines();
  const auto found = std::find_if(all.begin(), all.end(), [&](const StaffingRoutine& routine) { return routine.id == id; });
  if (found == all.end()) {
    return false;
  }
  versions_->SetItemState(found - all.begin(), wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
  follow_selection();
  return true;
}

std::vector<Actor> RoutinesPage::needed() const
{
  std::vector<Actor> actors;
  for (const auto& [actor, box] : actor_boxes_) {
    if (box->GetValue()) {
      actors.push_back(actor);
    }
  }
  return actors;
}

void RoutinesPage::show_routine()
{
  const auto* chosen = routine();
  shown_ = chosen;
  windows_.clear();
  closed_days_ = 0;
  if (chosen == nullptr) {
    calendar_->show({}, {}, {});
    gaps_->DeleteAllItems();
    summary_->SetLabel(tr("Ingen bemanningsrutin finns bland pluginens filer."));
    return;
  }

  edit_->Enable(chosen->status == RoutineStatus::draft || chosen->status == RoutineStatus::on_remiss);
  edit_->SetToolTip(edit_->IsEnabled() ? wxString() : tr("En beslutad eller upphävd version ändras inte: gör en ny version."));

  // What to compare with: the version it replaces when it names one, else the one before it in the list.
  compare_choice_->Clear();
  compare_ids_.clear();
  compare_result_->SetLabel({});
  int preferred = wxNOT_FOUND;
  for (const auto& other : routines_.routines()) {
    if (&other == chosen) {
      continue;
    }
    if (other.id == chosen->replaces || (preferred == wxNOT_FOUND && other.area == chosen->area)) {
      preferred = static_cast<int>(compare_ids_.size());
    }
    compare_choice_->Append(utf8(other.id + " v" + std::to_string(other.version) + " (" + status_label(other.status) + ")"));
    compare_ids_.push_back(other.id);
  }
  compare_choice_->SetSelection(preferred != wxNOT_FOUND ? preferred : (compare_ids_.empty() ? wxNOT_FOUND : 0));

  // Periods: each storhelg in the validity (with the day on either side), then each month.
  const int kept = period_choice_->GetSelection();
  const wxString kept_label = kept >= 0 ? period_choice_->GetString(static_cast<unsigned>(kept)) : wxString();
  period_choice_->Clear();
  periods_.clear();
  const auto today = sdk::swedish_today();
  int preferred_period = wxNOT_FOUND;
  for (const auto& block : storhelg_blocks_between(chosen->valid_from, chosen->last_day())) {
    if (preferred_period == wxNOT_FOUND && block.last >= today) {
      preferred_period = static_cast<int>(periods_.size());  // the storhelg now or next
    }
    period_choice_->Append(utf8(block.name + " " + sdk::to_iso_date(block.first) + " – " + sdk::to_iso_date(block.last)));
    periods_.emplace_back(shifted(block.first, -1), shifted(block.last, 1));
  }
  for (auto each = year_month{chosen->valid_from.year(), chosen->valid_from.month()};
       each <= year_month{chosen->last_day().year(), chosen->last_day().month()}; each += months{1}) {
    period_choice_->Append(tr(month_names[static_cast<unsigned>(each.month()) - 1]) + wxString::Format(" %d", static_cast<int>(each.year())));
    periods_.emplace_back(year_month_day{each / 1}, year_month_day{each / std::chrono::last});
  }
  const int same = kept_label.empty() ? wxNOT_FOUND : period_choice_->FindString(kept_label);
  period_choice_->SetSelection(same != wxNOT_FOUND ? same : (preferred_period != wxNOT_FOUND ? preferred_period : 0));

  // The windows over the whole validity, for every place: the summary counts them all.
  const auto actors = needed();
  if (!actors.empty()) {
    for (const auto& place : window_places(*chosen)) {
      auto days = discharge_windows(*chosen, place, chosen->valid_from, chosen->last_day(), actors);
      closed_days_ += static_cast<int>(std::count_if(days.begin(), days.end(), [](const DayWindows& day) { return !day.open(); }));
      windows_.emplace_back(place, std::move(days));
    }
  }
  show_windows();
}

void RoutinesPage::show_windows()
{
  const auto* chosen = routine();
  const int period = period_choice_->GetSelection();
  if (chosen == nullptr || period < 0 || static_cast<std::size_t>(period) >= periods_.size()) {
    return;
  }
  const auto [first, last] = periods_[static_cast<std::size_t>(period)];
  if (windows_.empty()) {
    calendar_->show({}, first, last);
    gaps_->DeleteAllItems();
    summary_->SetLabel(tr("Kryssa i minst en aktör som en utskrivning behöver."));
    return;
  }
  std::vector<WindowCalendarRow> rows;
  gaps_->DeleteAllItems();
  int closed_here = 0;
  int shown_here = 0;
  for (const auto& [place, days] : windows_) {
    WindowCalendarRow row{place.empty() ? tr("Regionens tider").utf8_string() : place, {}};
    for (const auto& day : days) {
      if (day.day < first || day.day > last) {
        continue;
      }
      row.days.push_back(day);
      ++shown_here;
      if (!day.open()) {
        ++closed_here;
        const long item = gaps_->InsertItem(gaps_->GetItemCount(), utf8(gap_text(day)));
        gaps_->SetItem(item, 1, utf8(would_open_line(day)));
      }
    }
    rows.push_back(std::move(row));
  }
  calendar_->show(std::move(rows), first, last);
  // Counted per municipality and day, as the gap list below has a row for each.
  summary_->SetLabel(wxString::Format(tr("%s: %d av %d kommundagar utan utskrivningsfönster; under hela giltighetstiden %d."),
                                      period_choice_->GetStringSelection(), closed_here, shown_here, closed_days_));
}

RoutineEditorDialog* RoutinesPage::open_editor(RoutineEditor editor, bool on_disk)
{
  std::optional<StaffingRoutine> replaced;
  for (const auto& other : routines_.routines()) {
    if (other.id == editor.routine().replaces) {
      replaced = other;
    }
  }
  auto* dialog = new RoutineEditorDialog(this, host_, std::move(editor), on_disk, std::move(replaced),
                                         [this](const std::filesystem::path& saved) { return reread(saved); });  // wx owns it
  dialog->Show();
  return dialog;
}

RoutineEditorDialog* RoutinesPage::new_version(const NewVersionRequest& request)
{
  const auto* chosen = routine();
  if (chosen == nullptr) {
    return nullptr;
  }
  try {
    auto made = holiday::new_version(chosen->file, request);
    return open_editor(RoutineEditor(std::move(made.xml), own_routines_folder() / (request.id + ".xml")), false);
  } catch (const std::exception& refused) {
    compare_result_->SetLabel(utf8(refused.what()));
    wxMessageBox(utf8(refused.what()), tr("Ny version"), wxOK | wxICON_WARNING, this);
    return nullptr;
  }
}

RoutineEditorDialog* RoutinesPage::edit()
{
  const auto* chosen = routine();
  if (chosen == nullptr || !edit_->IsEnabled()) {
    return nullptr;
  }
  try {
    return open_editor(RoutineEditor(sdk::read_text_file(chosen->file), chosen->file), true);
  } catch (const std::exception& refused) {
    wxMessageBox(utf8(refused.what()), tr("Redigera"), wxOK | wxICON_WARNING, this);
    return nullptr;
  }
}

std::string RoutinesPage::reread(const std::filesystem::path& saved)
{
  const auto files = host_.services().data_files("staffing-routine.xsd");
  const bool known = std::any_of(files.begin(), files.end(), [&](const std::filesystem::path& file) {
    std::error_code ignored;
    return std::filesystem::equivalent(file, saved, ignored);
  });
  if (!known) {
    return sdk::trf("Sparad i {}. Planeringen läser rutiner ur pluginerna: lägg filen i en plugin (se README, Bemanningsrutiner) "
                    "för att planera med den.", saved.string());
  }
  // The list follows the file; a book that no longer holds together keeps the one read before, and says why.
  const auto* chosen = routine();
  const std::string chosen_id = chosen != nullptr ? chosen->id : std::string();
  try {
    routines_ = read_routine_book(files);
  } catch (const std::exception& refused) {
    return sdk::trf("Sparad i {}, men rutinerna hänger inte ihop: {}", saved.string(), refused.what());
  }
  shown_ = nullptr;
  fill_versions();
  if (!choose_routine(chosen_id) && versions_->GetItemCount() > 0) {
    versions_->SetItemState(0, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    follow_selection();
  }
  return sdk::trf("Sparad i {}; rutinerna är lästa igen.", saved.string());
}

std::optional<RoutineComparison> RoutinesPage::compare()
{
  const auto* chosen = routine();
  const int other = compare_choice_->GetSelection();
  if (chosen == nullptr || other < 0 || static_cast<std::size_t>(other) >= compare_ids_.size()) {
    return std::nullopt;
  }
  const auto& all = routines_.routines();
  // compare_ids_ holds only ids of the book's routines: the other version is there.
  const auto with = std::find_if(all.begin(), all.end(), [&](const StaffingRoutine& routine) { return routine.id == compare_ids_[static_cast<std::size_t>(other)]; });
  // The one valid from earlier is "before", whichever way round the person chose them.
  const bool chosen_first = chosen->valid_from < with->valid_from;
  auto comparison = chosen_first ? compare_routines(*chosen, *with) : compare_routines(*with, *chosen);
  // Said beside the button too, so what changed is known before the preview is read.
  compare_result_->SetLabel(wxString::Format(tr("%s → %s: %zu ändrade tider, %zu ändrade uppgifter om rutinen"), utf8(comparison.before_title),
                                             utf8(comparison.after_title), comparison.hours.size(), comparison.header.size()));
  host_.preview_html(comparison.before_title + " → " + comparison.after_title, comparison_html(comparison));
  return comparison;
}

}  // namespace trygg::gui
