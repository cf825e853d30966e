#include "planning_page.hpp"

#include "discharge_window.hpp"
#include "plan_report.hpp"
#include "routine_document.hpp"
#include "trygg/gui_sdk/button_row.hpp"
#include "trygg/sdk/atomic_file.hpp"
#include "trygg/sdk/clock.hpp"

#include "planning_board.hpp"
#include "trygg/gui_sdk/text.hpp"
#include "trygg/sdk/content_error.hpp"
#include "trygg/sdk/text.hpp"
#include "trygg/gui_sdk/palette.hpp"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/filedlg.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>
#include <array>
#include <set>

namespace trygg::gui {
namespace {

using namespace std::chrono;
using namespace trygg::holiday;

// The discharge process's cases and the event kinds that say when one is planned to leave.
constexpr const char* discharge_process = "discharge";
constexpr const char* ready_for_discharge = "ready-for-discharge";
constexpr const char* estimated_discharge = "estimated-discharge";
constexpr const char* discharged = "discharged";

// The needs a discharge case records (plugins/discharge/plugin.xml) and the actor each calls for.
constexpr std::array<std::pair<const char*, Actor>, 5> assessed_needs{{
    {"needs-home-help", Actor::home_help},
    {"needs-home-health-care", Actor::home_health_care},
    {"needs-short-term-care", Actor::short_term_care},
    {"needs-assessment", Actor::needs_assessment},
    {"needs-primary-care", Actor::primary_care},
}};

// Who must be staffed for a case's discharge: its ward and what its assessed needs call for; while no
// need is recorded, a discharge home with home help and home health care (the most common), said so.
std::pair<std::vector<Actor>, bool> actors_of(const sdk::CaseSnapshot& snapshot)
{
  std::vector<Actor> actors{Actor::ward};
  for (const auto& [kind, actor] : assessed_needs) {
    if (snapshot.latest(kind)) {
      actors.push_back(actor);
    }
  }
  if (actors.size() == 1) {
    return {usual_discharge_actors(), true};
  }
  return {actors, false};
}

std::filesystem::path example_of(const sdk::Host& services)
{
  return services.folder() / "content" / "examples" / "planned-discharges.csv";
}

}  // namespace

PlanningPage::PlanningPage(wxWindow* parent, PageHost& host) : wxPanel(parent), host_(host), routines_(read_routine_book(host.services().data_files("staffing-routine.xsd")))
{
  // The region's agreement prices a wait.
  const auto& services = host_.services();
  agreements_ = discharge::AgreementBook(services.data_files("payment-agreement.xsd"), services.data_files("payment-agreement-choice.xsd"),
                                         services.data_files("daily-amounts.xsd"));
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  auto* controls = new wxBoxSizer(wxHORIZONTAL);
  routine_choice_ = new wxChoice(this, wxID_ANY);
  routine_choice_->SetName("planning-routine");
  // First each area as planning follows it by itself, the decided version in force day by day; then each
  // version on its own, for a draft or a remiss to be tried against the same discharges.
  for (const auto& routine : routines_.routines()) {
    const bool known = std::any_of(routine_choices_.begin(), routine_choices_.end(),
                                   [&](const RoutineChoice& choice) { return choice.area == routine.area; });
    if (!known && routines_.last_decided(routine.area) != nullptr) {
      routine_choices_.push_back({routine.area, nullptr});
      routine_choice_->Append(wxString::Format(tr("%s: den beslutade version som gäller varje dag"), utf8(routine.area)));
    }
  }
  for (const auto& routine : routines_.routines()) {
    // A version planning does not follow by itself says what it is.
    const bool decided = routine.status == RoutineStatus::decided;
    routine_choices_.push_back({routine.area, &routine});
    routine_choice_->Append(utf8(routine.name + (decided ? "" : " (" + status_label(routine.status) + ")")));
  }
  routine_choice_->SetSelection(routine_choices_.empty() ? wxNOT_FOUND : 0);
  municipality_choice_ = new wxChoice(this, wxID_ANY);
  period_choice_ = new wxChoice(this, wxID_ANY);
  controls->Add(new wxStaticText(this, wxID_ANY, tr("Rutin")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
  controls->Add(routine_choice_, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(10));
  controls->Add(new wxStaticText(this, wxID_ANY, tr("Kommun")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
  controls->Add(municipality_choice_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(10));
  controls->Add(period_choice_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(10));
  // What to plan and what to do with the plan, on a row of their own so the choices keep their width.
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  add_button(this, *buttons, N_("Öppna ärenden"), "planning-cases", [this](wxCommandEvent&) { plan_cases(); });
  add_button(this, *buttons, N_("Importera CSV…"), "planning-import", [this](wxCommandEvent&) {
    wxFileDialog dialog(this, tr("Planerade utskrivningar"), {}, {}, tr("CSV-filer (*.csv)|*.csv"), wxFD_OPEN);
    if (dialog.ShowModal() == wxID_OK) {
      plan_file(dialog.GetPath().utf8_string());
    }
  });
  add_button(this, *buttons, N_("Exempel"), "planning-example", [this](wxCommandEvent&) { plan_example(); });
  add_button(this, *buttons, N_("Skriv ut…"), "planning-print", [this](wxCommandEvent&) { print(); });
  // The routine itself as its remiss document, with the days its hours leave no discharge window.
  add_button(this, *buttons, N_("Rutinen som dokument…"), "planning-routine-document", [this](wxCommandEvent&) {
    if (const auto* chosen = routine()) {
      host_.preview_html(chosen->name, routine_document_html(*chosen, usual_discharge_actors()));
    }
  });
  add_button(this, *buttons, N_("Exportera…"), "planning-export", [this](wxCommandEvent&) {
    wxFileDialog dialog(this, tr("Exportera planeringen"), {}, "storhelgsplanering.csv", tr("CSV-filer (*.csv)|*.csv"),
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() == wxID_OK) {
      export_csv(dialog.GetPath().utf8_string());
    }
  });
  sizer->Add(controls, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(8));
  sizer->Add(buttons, 0, wxEXPAND | wxALL, FromDIP(8));

  warning_ = new wxStaticText(this, wxID_ANY, {});
  warning_->SetForegroundColour(wx_colour(sdk::palette::alarm_text));
  warning_->SetFont(warning_->GetFont().Bold());
  sizer->Add(warning_, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(8));
  summary_ = new wxStaticText(this, wxID_ANY, {});
  sizer->Add(summary_, 0, wxEXPAND | wxALL, FromDIP(8));
  board_ = new PlanningBoard(this);
  sizer->Add(board_, 3, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(8));
  conflicts_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
  for (const auto& [label, width] : std::initializer_list<std::pair<const char*, int>>{
           {N_("Utskrivning"), 90}, {N_("Kommun"), 100}, {N_("Planerad"), 125}, {N_("Saknas"), 330},
           {N_("Tidigast"), 125}, {N_("Senast före"), 125}, {N_("Väntedagar"), 80}, {N_("Kronor"), 80}, {N_("Rutin"), 170}}) {
    conflicts_->AppendColumn(tr(label), wxLIST_FORMAT_LEFT, FromDIP(width));
  }
  sizer->Add(conflicts_, 2, wxEXPAND | wxALL, FromDIP(8));
  SetSizer(sizer);

  routine_choice_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { replan(); });
  conflicts_->Bind(wxEVT_LIST_COL_CLICK, [this](wxListEvent& event) {
    // A click sorts by the column; a second click on it turns the order round.
    sort_ascending_ = event.GetColumn() == sort_column_ ? !sort_ascending_ : true;
    sort_column_ = std::max(event.GetColumn(), 0);
    replan();
  });
  municipality_choice_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { replan(); });
  period_choice_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { replan(); });
  conflicts_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& event) {
    const auto row = static_cast<std::size_t>(event.GetIndex());
    if (row >= conflict_ids_.size()) {
      return;
    }
    try {
      std::size_t used = 0;
      const auto id = std::stoll(conflict_ids_[row], &used);
      if (used == conflict_ids_[row].size() && host_.services().snapshot(id)) {
        host_.open_case(id);
        return;
      }
    } catch (const std::exception&) {
    }
    wxMessageBox(tr("Utskrivningen kommer från en fil och har inget ärende här."), tr("Inget ärende"), wxOK | wxICON_INFORMATION, this);
  });
  conflicts_->SetName("planning-conflicts");
  warning_->SetName("planning-warning");
  summary_->SetName("planning-summary");
  plan_cases();
  const bool any_covered = std::any_of(plan_.outcomes.begin(), plan_.outcomes.end(),
                                       [](const PlannedOutcome& outcome) { return outcome.routine_in_force; });
  if (!any_covered) {
    // No open discharge falls within the routine: show what the board does, and say why.
    plan_example(tr("exemplet: inga öppna utskrivningar under rutinens period"));
  }
}

const StaffingRoutine* PlanningPage::routine() const
{
  const int selected = routine_choice_->GetSelection();
  if (selected < 0 || static_cast<std::size_t>(selected) >= routine_choices_.size()) {
    return nullptr;
  }
  const auto& chosen = routine_choices_[static_cast<std::size_t>(selected)];
  if (chosen.version != nullptr) {
    return chosen.version;
  }
  const auto* today = routines_.in_force(chosen.area, sdk::swedish_today());
  return today != nullptr ? today : routines_.last_decided(chosen.area);
}

std::optional<std::string> PlanningPage::area_by_day() const
{
  const int selected = routine_choice_->GetSelection();
  if (selected < 0 || static_cast<std::size_t>(selected) >= routine_choices_.size() ||
      routine_choices_[static_cast<std::size_t>(selected)].version != nullptr) {
    return std::nullopt;
  }
  return routine_choices_[static_cast<std::size_t>(selected)].area;
}

std::string PlanningPage::municipality() const
{
  return municipality_choice_->GetSelection() > 0 ? municipality_choice_->GetStringSelection().utf8_string() : std::string();
}

void PlanningPage::plan_cases()
{
  discharges_.clear();
  // Open discharge cases: planned at the latest ready notice, else the estimated discharge.
  const auto& services = host_.services();
  auto rows = services.cases({.process = discharge_process});
  int assumed_needs = 0;
  std::reverse(rows.begin(), rows.end());  // oldest first, as they were planned
  for (const auto& row : rows) {
    const auto snapshot = services.snapshot(row.id);
    if (!snapshot || snapshot->latest(discharged)) {
      continue;  // gone home
    }
    // The ready notice when there is one, else the estimate recorded last (a changed estimate is a new
    // event, and the newest says when, whether it moved the day earlier or later).
    std::optional<std::chrono::sys_seconds> ready = snapshot->latest(ready_for_discharge);
    if (!ready) {
      ready = snapshot->last_recorded(estimated_discharge);
    }
    if (ready) {
      const auto [actors, assumed] = actors_of(*snapshot);
      assumed_needs += assumed ? 1 : 0;
      discharges_.push_back({std::to_string(row.id), row.title, *ready, row.municipality, actors});
    }
  }
  source_ = tr("öppna utskrivningsärenden");
  if (assumed_needs > 0) {
    source_ += wxString::Format(tr("; %d utan bedömda behov planeras som hem med hemtjänst och hemsjukvård"), assumed_needs);
  }
  replan();
}

void PlanningPage::plan_file(const std::filesystem::path& csv, const wxString& source)
{
  try {
    discharges_ = read_planned_discharges(csv);
    source_ = source.empty() ? utf8(csv.filename().string()) : source;
  } catch (const sdk::ContentError& error) {
    wxMessageBox(utf8(error.what()), tr("Filen kunde inte läsas"), wxOK | wxICON_ERROR, this);
    return;
  }
  replan();
}

bool PlanningPage::plan_example(const wxString& source)
{
  const int selected = routine_choice_->GetSelection();
  if (selected < 0) {
    return false;
  }
  const auto file = example_of(host_.services());
  std::error_code ignored;
  if (!std::filesystem::exists(file, ignored)) {
    wxMessageBox(tr("Pluginen har inget exempel."), tr("Exempel"), wxOK | wxICON_INFORMATION, this);
    return false;
  }
  plan_file(file, source);
  return true;
}

void PlanningPage::print()
{
  if (const auto* chosen = routine()) {
    host_.preview_html(tr("Storhelgsplanering").utf8_string(), plan_report_html(*chosen, plan_, source_.utf8_string()));
  }
}

bool PlanningPage::export_csv(const std::filesystem::path& file)
{
  const auto* chosen = routine();
  if (chosen == nullptr) {
    return false;
  }
  // Written beside the file and renamed into place: a failed write never leaves half a file behind.
  try {
    sdk::write_file_atomically(file, plan_csv(*chosen, plan_));
  } catch (const std::exception& error) {
    wxMessageBox(utf8(error.what()), tr("Exportera planeringen"), wxOK | wxICON_ERROR, this);
    return false;
  }
  return true;
}

void PlanningPage::replan()
{
  const StaffingRoutine* chosen = routine();
  if (chosen == nullptr) {
    warning_->SetLabel(tr("Pluginen har ingen bemanningsrutin: lägg till en i dess content/routines."));
    return;
  }
  // Municipalities: the routine's own and those of the discharges.
  const std::string keep = municipality();
  std::set<std::string> names;
  for (const auto& [name, schedule] : chosen->municipalities) {
    names.insert(name);
  }
  for (const auto& discharge : discharges_) {
    names.insert(discharge.municipality);
  }
  municipality_choice_->Clear();
  municipality_choice_->Append(tr("Regionens tider (alla kommuner)"));
  for (const auto& name : names) {
    municipality_choice_->Append(utf8(name));
  }
  const int found = keep.empty() ? 0 : municipality_choice_->FindString(utf8(keep));
  municipality_choice_->SetSelection(found == wxNOT_FOUND ? 0 : found);

  // Discharges in a municipality the routine does not know are not planned with the region's hours:
  // they are named in the warning instead.
  std::vector<PlannedDischarge> known;
  wxString unknown;
  for (const auto& discharge : discharges_) {
    if (chosen->knows_municipality(discharge.municipality)) {
      known.push_back(discharge);
    } else {
      unknown += (unknown.empty() ? "" : ", ") + utf8(discharge.id + " (" + discharge.municipality + ")");
    }
  }
  const auto by_day = area_by_day();
  const auto pricing = [this](const std::string& place) { return agreements_.selector(place); };
  plan_ = by_day ? plan_discharges(routines_, *by_day, known, pricing) : plan_discharges(*chosen, known, pricing);
  // Which version the board draws each day with: the one in force, or the version chosen within its validity.
  PlanningBoard::RoutineOn routine_on = [chosen](year_month_day day) { return chosen->in_force(day) ? chosen : nullptr; };
  year_month_day span_first = chosen->valid_from;
  year_month_day span_last = chosen->last_day();
  if (by_day) {
    routine_on = [this, area = *by_day](year_month_day day) { return routines_.in_force(area, day); };
    for (const auto& version : routines_.routines()) {
      if (version.area == *by_day && version.status == RoutineStatus::decided) {
        span_first = std::min(span_first, version.valid_from);
        span_last = std::max(span_last, version.last_day());
      }
    }
  }

  // Periods: around the planned discharges, or one storhelg of the routine's years.
  const int keep_period = period_choice_->GetSelection();
  blocks_ = storhelg_blocks_between(span_first, year_month_day{sys_days{span_last} + days{14}});
  period_choice_->Clear();
  period_choice_->Append(tr("Runt de planerade utskrivningarna"));
  for (const auto& block : blocks_) {
    period_choice_->Append(utf8(block.name + " " + sdk::to_iso_date(block.first)));
  }
  period_choice_->SetSelection(keep_period > 0 && static_cast<std::size_t>(keep_period) <= blocks_.size() ? keep_period : 0);

  // The days shown: the chosen storhelg, around the planned discharges, else the Christmas blocks.
  year_month_day first = chosen->last_day();
  year_month_day last = chosen->last_day();
  if (const int period = period_choice_->GetSelection(); period > 0) {
    first = blocks_[static_cast<std::size_t>(period - 1)].first;
    last = blocks_[static_cast<std::size_t>(period - 1)].last;
  } else if (!discharges_.empty()) {
    first = last = sdk::swedish_date(discharges_.front().ready);
    for (const auto& discharge : discharges_) {
      first = std::min(first, sdk::swedish_date(discharge.ready));
      last = std::max(last, sdk::swedish_date(discharge.ready));
    }
  } else {
    const auto blocks = storhelg_blocks(static_cast<int>(chosen->last_day().year()), {"jul", "nyar"});
    first = blocks.front().first;
    last = blocks.back().last;
  }
  first = year_month_day{sys_days{first} - days{1}};
  last = year_month_day{std::min(sys_days{last} + days{1}, sys_days{first} + days{15})};
  board_->show(routine_on, municipality(), plan_, first, last);

  // Loud: the area's last decided routine ending soon or ended, and days no routine covers (after the
  // last decided one: "ingen gällande rutin", naming it).
  wxString warning;
  if (const auto expiry = routines_.expiry(chosen->area, sdk::swedish_today())) {
    warning = utf8(expiry->text());
  }
  if (!plan_.uncovered_days.empty()) {
    wxString days_text;
    for (const auto& day : plan_.uncovered_days) {
      days_text += (days_text.empty() ? "" : ", ") + utf8(sdk::to_iso_date(day));
    }
    warning += (warning.empty() ? "" : "\n") +
               wxString::Format(tr("VARNING: ingen bemanningsrutin gäller %s. Rutinen gäller %s – %s."), days_text,
                                utf8(sdk::to_iso_date(chosen->valid_from)), utf8(sdk::to_iso_date(chosen->last_day())));
    const auto* last = routines_.last_decided(chosen->area);
    if (last && sys_days{plan_.uncovered_days.back()} > sys_days{last->last_day()}) {
      warning += " " + utf8(routines_.no_routine_text(chosen->area, plan_.uncovered_days.back()));
    }
  }
  if (!unknown.empty()) {
    wxString known_names;
    for (const auto& [name, schedule] : chosen->municipalities) {
      known_names += (known_names.empty() ? "" : ", ") + utf8(name);
    }
    warning += (warning.empty() ? "" : "\n") +
               wxString::Format(tr("Inte planerade: rutinen känner inte kommunen för %s. Den känner %s."), unknown, known_names);
  }
  warning_->SetLabel(warning);
  int infeasible = 0;
  // The conflicts: of the municipality chosen above (all when none is), sorted by the column clicked.
  const std::string shown_municipality = municipality();
  std::vector<std::pair<std::array<wxString, 9>, std::string>> rows;
  for (const auto& outcome : plan_.outcomes) {
    if (outcome.feasible) {
      continue;
    }
    ++infeasible;
    if (!shown_municipality.empty() && outcome.discharge.municipality != shown_municipality) {
      continue;
    }
    // Outside the routine nothing is judged: no actor blamed, no wait or cost made up.
    rows.push_back({{utf8(outcome.discharge.id), utf8(outcome.discharge.municipality), local_time(outcome.discharge.ready),
                     outcome.routine_in_force ? utf8(actors_text(outcome.not_staffed)) : tr("utanför rutinen"),
                     !outcome.earliest_after && outcome.after_routine_end ? tr("inte före rutinens slut") : local_time(outcome.earliest_after),
                     local_time(outcome.latest_before),
                     utf8(wait_text(outcome)),
                     utf8(kronor_text(outcome)),
                     utf8(governing_text(outcome))},
                    outcome.discharge.id});
  }
  const auto column = static_cast<std::size_t>(sort_column_);
  std::stable_sort(rows.begin(), rows.end(), [&](const auto& a, const auto& b) {
    // Numbers as numbers (waiting days, kronor), the rest as text (times sort as written, ÅÅÅÅ-MM-DD).
    long x = 0;
    long y = 0;
    const bool numbers = a.first[column].ToLong(&x) && b.first[column].ToLong(&y);
    const bool less = numbers ? x < y : a.first[column].CmpNoCase(b.first[column]) < 0;
    const bool greater = numbers ? y < x : b.first[column].CmpNoCase(a.first[column]) < 0;
    return sort_ascending_ ? less : greater;
  });
  conflicts_->DeleteAllItems();
  conflict_ids_.clear();
  for (const auto& [cells, id] : rows) {
    const long row = conflicts_->InsertItem(conflicts_->GetItemCount(), cells[0]);
    for (std::size_t cell = 1; cell < cells.size(); ++cell) {
      conflicts_->SetItem(row, static_cast<int>(cell), cells[cell]);
    }
    conflict_ids_.push_back(id);
  }
  summary_->SetLabel(wxString::Format(tr("%zu planerade utskrivningar (%s), %d kan inte ske vid planerad tid. Grönt: bemannat. "
                                         "Röd punkt: konflikt; ring: tidigaste möjliga tid."),
                                      plan_.outcomes.size(), source_, infeasible));
  Layout();
}

}  // namespace trygg::gui
