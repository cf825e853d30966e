#include "physician_time_page.hpp"

#include "agreement_appendix.hpp"
#include "cover_calendar.hpp"
#include "scenario_chart.hpp"

#include "trygg/gui_sdk/button_row.hpp"
#include "trygg/gui_sdk/palette.hpp"
#include "trygg/gui_sdk/row_table.hpp"
#include "trygg/sdk/atomic_file.hpp"
#include "trygg/sdk/changes.hpp"
#include "trygg/gui_sdk/text.hpp"
#include "trygg/sdk/content_error.hpp"
#include "trygg/sdk/markup.hpp"

#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/filedlg.h>
#include <wx/grid.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <fmt/format.h>

#include <algorithm>

namespace trygg::gui {
namespace {

using physician::PhysicianTimePlan;

std::filesystem::path example_units(const sdk::Host& services)
{
  return services.folder() / "content" / "examples" / "units.csv";
}

wxString hours(double value)
{
  return wxString::Format("%.2f", value);
}

wxListCtrl* report_list(wxWindow* parent, const char* name, std::initializer_list<std::pair<const char*, int>> columns)
{
  auto* list = new wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
  list->SetName(name);
  for (const auto& [label, width] : columns) {
    list->AppendColumn(tr(label), wxLIST_FORMAT_LEFT, parent->FromDIP(width));
  }
  return list;
}

}  // namespace

PhysicianTimePage::PhysicianTimePage(wxWindow* parent, PageHost& host) : wxPanel(parent), host_(host)
{
  for (const auto& file : host_.services().data_files("physician-agreement.xsd")) {
    agreements_.push_back(physician::read_physician_agreement(file));
  }
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  add_button(this, *buttons, N_("Importera enheter (CSV)…"), "physician-time-import", [this](wxCommandEvent&) {
    wxFileDialog dialog(this, tr("Enheter"), {}, {}, tr("CSV-filer (*.csv)|*.csv"), wxFD_OPEN);
    if (dialog.ShowModal() == wxID_OK) {
      load_units(dialog.GetPath().utf8_string());
    }
  });
  add_button(this, *buttons, N_("Exempel"), "physician-time-example",
             [this](wxCommandEvent&) { load_units(example_units(host_.services()), tr("exemplet")); });
  add_button(this, *buttons, N_("Skriv ut…"), "physician-time-print", [this](wxCommandEvent&) { print(); });
  add_button(this, *buttons, N_("Avtalsbilaga…"), "physician-time-appendix", [this](wxCommandEvent&) {
    // The agreement chosen in the table, as an appendix with what it means for these units.
    if (detail_ < plans_.size()) {
      host_.preview_html(plans_[detail_].agreement_name,
                         physician::agreement_appendix_html(agreements_[plan_agreements_[detail_]], plans_[detail_]));
    }
  });
  add_button(this, *buttons, N_("Spara bilagan som HTML…"), "physician-time-appendix-html", [this](wxCommandEvent&) {
    if (detail_ >= plans_.size()) {
      return;
    }
    wxFileDialog dialog(this, tr("Spara avtalsbilagan"), {}, tr("avtalsbilaga.html"), tr("HTML-filer (*.html)|*.html"),
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK) {
      return;
    }
    try {
      sdk::write_file_atomically(dialog.GetPath().utf8_string(),
                                 physician::agreement_appendix_html(agreements_[plan_agreements_[detail_]], plans_[detail_]));
    } catch (const std::exception& error) {
      wxMessageBox(utf8(error.what()), tr("Bilagan sparades inte"), wxOK | wxICON_ERROR, this);
    }
  });
  sizer->Add(buttons, 0, wxEXPAND | wxALL, FromDIP(8));
  summary_ = new wxStaticText(this, wxID_ANY, {});
  summary_->SetName("physician-time-summary");
  sizer->Add(summary_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8));

  auto* top = new wxBoxSizer(wxHORIZONTAL);
  scenarios_ = new wxCheckListBox(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(420, 110)));
  scenarios_->SetName("physician-time-scenarios");
  for (std::size_t index = 0; index < agreements_.size(); ++index) {
    scenarios_->Append(utf8(agreements_[index].name) + (agreements_[index].example ? tr(" (exempel)") : wxString()));
    scenarios_->Check(static_cast<unsigned>(index));
  }
  scenarios_->Bind(wxEVT_CHECKLISTBOX, [this](wxCommandEvent&) { replan(); });
  top->Add(scenarios_, 0, wxEXPAND | wxRIGHT, FromDIP(8));
  table_ = report_list(this, "physician-time-table",
                       {{N_("Scenario"), 300}, {N_("Tim/vecka"), 90}, {N_("Tim/månad"), 90}, {N_("Heltid"), 70}, {N_("Skillnad"), 100}});
  table_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) {
    detail_ = static_cast<std::size_t>(event.GetIndex());
    show_detail();
  });
  top->Add(table_, 1, wxEXPAND);
  sizer->Add(top, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(8));

  // Below the table, for the scenario chosen in it: the comparison, the week's cover, and the follow-up.
  auto* book = new wxNotebook(this, wxID_ANY);
  book->SetName("physician-time-views");
  auto* compare = new wxPanel(book);
  auto* compare_sizer = new wxBoxSizer(wxVERTICAL);
  chart_ = new ScenarioChart(compare);
  compare_sizer->Add(chart_, 2, wxEXPAND | wxALL, FromDIP(4));
  auto* bottom = new wxBoxSizer(wxHORIZONTAL);
  detail_list_ = report_list(compare, "physician-time-detail", {{N_("Kommun / vårdcentral"), 300}, {N_("Tim/vecka"), 90}, {N_("Heltid"), 70}, {N_("Enheter"), 70}});
  sensitivity_ = report_list(compare, "physician-time-sensitivity", {{N_("Det som flyttar resultatet (+1 minut)"), 300}, {N_("Tim/vecka"), 90}});
  bottom->Add(detail_list_, 1, wxEXPAND | wxRIGHT, FromDIP(8));
  bottom->Add(sensitivity_, 1, wxEXPAND);
  compare_sizer->Add(bottom, 1, wxEXPAND | wxALL, FromDIP(4));
  compare->SetSizer(compare_sizer);
  book->AddPage(compare, tr("Jämförelse"));

  cover_ = new CoverCalendar(book);
  book->AddPage(cover_, tr("Jour och beredskap"));

  // Follow-up: what was delivered per unit and week (typed here, or imported and then saved), and below it
  // the coverage against the scenario chosen in the table.
  auto* follow = new wxPanel(book);
  auto* follow_sizer = new wxBoxSizer(wxVERTICAL);
  auto* follow_buttons = new wxBoxSizer(wxHORIZONTAL);
  add_button(follow, *follow_buttons, N_("Importera levererat (CSV)…"), "physician-time-import-delivered", [this](wxCommandEvent&) {
    wxFileDialog dialog(this, tr("Levererad läkartid"), {}, {}, tr("CSV-filer (*.csv)|*.csv"), wxFD_OPEN);
    if (dialog.ShowModal() == wxID_OK) {
      load_delivered(dialog.GetPath().utf8_string());
    }
  });
  add_button(follow, *follow_buttons, N_("Exempel"), "physician-time-example-delivered", [this](wxCommandEvent&) {
    load_delivered(host_.services().folder() / "content" / "examples" / "delivered.csv");
  });
  add_button(follow, *follow_buttons, N_("Spara leveransen"), "physician-time-save-delivered",
             [this](wxCommandEvent&) { save_delivered(); });
  add_button(follow, *follow_buttons, N_("Riskanalys för enheten…"), "physician-time-follow-up-risk", [this](wxCommandEvent&) {
    const long row = follow_up_list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (row < 0 || static_cast<std::size_t>(row) >= follow_up_units_.size()) {
      wxMessageBox(tr("Välj en rad i uppföljningen först."), tr("Riskanalys för enheten"), wxOK | wxICON_INFORMATION, this);
      return;
    }
    open_unit_risk(follow_up_units_[static_cast<std::size_t>(row)].first, follow_up_units_[static_cast<std::size_t>(row)].second);
  });
  follow_sizer->Add(follow_buttons, 0, wxALL, FromDIP(4));
  follow_up_summary_ = new wxStaticText(follow, wxID_ANY, tr("Skriv eller importera vad vårdcentralerna levererat per enhet och vecka."));
  follow_up_summary_->SetName("physician-time-follow-up-summary");
  follow_sizer->Add(follow_up_summary_, 0, wxEXPAND | wxALL, FromDIP(4));
  follow_up_list_ = report_list(follow, "physician-time-follow-up",
                                {{N_("Vecka"), 80}, {N_("Enhet"), 260}, {N_("Avtalad min"), 90}, {N_("Levererad min"), 100},
                                 {N_("Täckning"), 80}, {N_("Läge"), 60}, {N_("Missade ronder"), 110}, {N_("Sena genomgångar"), 130}});
  // A red week is where a unit's risk analysis starts: a double click opens it.
  follow_up_list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& event) {
    const auto row = static_cast<std::size_t>(event.GetIndex());
    if (row < follow_up_units_.size()) {
      open_unit_risk(follow_up_units_[row].first, follow_up_units_[row].second);
    }
  });
  follow_sizer->Add(follow_up_list_, 1, wxEXPAND | wxALL, FromDIP(4));
  follow_sizer->Add(new wxStaticText(follow, wxID_ANY, tr("Levererat per enhet och vecka (vecka som 2026-W47):")), 0,
                    wxLEFT | wxTOP, FromDIP(4));
  delivered_table_ = new RowTable(follow,
                                  {{N_("Kommun"), 90}, {N_("Enhet"), 200}, {N_("Vecka"), 80}, {N_("Levererade minuter"), 140},
                                   {N_("Ronder planerade"), 125}, {N_("Ronder gjorda"), 110}, {N_("Genomgångar att göra"), 160},
                                   {N_("Genomgångar gjorda"), 145}, {N_("Samtal jourtid"), 110}, {N_("Besvarade i tid"), 115}});
  delivered_table_->SetName("physician-time-delivered");
  follow_sizer->Add(delivered_table_, 1, wxEXPAND | wxALL, FromDIP(4));
  follow->SetSizer(follow_sizer);
  book->AddPage(follow, tr("Uppföljning"));

  // The units, to type or correct and save in the workspace.
  auto* units_panel = new wxPanel(book);
  auto* units_sizer = new wxBoxSizer(wxVERTICAL);
  std::vector<std::pair<const char*, int>> unit_columns{{N_("Kommun"), 110}, {N_("Enhet"), 220}, {N_("Kategori"), 140},
                                                        {N_("Personer"), 70},  {N_("Platser"), 70}, {N_("Vårdcentral"), 180}};
  std::vector<std::vector<std::string>> unit_choices{{}, {}, {}, {}, {}, {}};
  for (const auto& agreement : agreements_) {
    for (const auto& category : agreement.categories) {
      if (std::find(unit_choices[2].begin(), unit_choices[2].end(), category.id) == unit_choices[2].end()) {
        unit_choices[2].push_back(category.id);
      }
    }
  }
  // One column per need, named as the agreements name it (the labels outlive the table's making).
  for (const auto& need : need_ids()) {
    need_labels_.push_back(need);
    for (const auto& agreement : agreements_) {
      if (const auto* addition = agreement.addition(need)) {
        need_labels_.back() = addition->name;
      }
    }
  }
  for (const auto& label : need_labels_) {
    unit_columns.emplace_back(label.c_str(), 170);
    unit_choices.emplace_back();
  }
  units_table_ = new RowTable(units_panel, unit_columns, unit_choices);
  units_table_->SetName("physician-time-units");
  units_sizer->Add(units_table_, 1, wxEXPAND | wxALL, FromDIP(4));
  auto* units_buttons = new wxBoxSizer(wxHORIZONTAL);
  add_button(units_panel, *units_buttons, N_("Spara enheterna"), "physician-time-save-units", [this](wxCommandEvent&) { save_units(); });
  add_button(units_panel, *units_buttons, N_("Riskanalys för enheten…"), "physician-time-unit-risk", [this](wxCommandEvent&) {
    const auto rows = units_table_->rows();
    const int row = units_table_->grid()->GetGridCursorRow();
    if (row < 0 || static_cast<std::size_t>(row) >= rows.size() || rows[static_cast<std::size_t>(row)][1].empty()) {
      wxMessageBox(tr("Välj en enhet i tabellen först."), tr("Riskanalys för enheten"), wxOK | wxICON_INFORMATION, this);
      return;
    }
    open_unit_risk(rows[static_cast<std::size_t>(row)][0], rows[static_cast<std::size_t>(row)][1]);
  });
  units_sizer->Add(units_buttons, 0, wxALL, FromDIP(4));
  units_panel->SetSizer(units_sizer);
  book->AddPage(units_panel, tr("Enheter"));
  sizer->Add(book, 1, wxEXPAND | wxALL, FromDIP(8));
  SetSizer(sizer);

  // The units saved in the workspace, else the example.
  bool loaded = false;
  if (const auto saved = host_.services().record(0, "units")) {
    try {
      units_ = physician::care_units_from_json(*saved);
      source_ = tr("sparade enheter");
      loaded = true;
      fill_units_table();
      replan();
    } catch (const std::exception& error) {
      wxMessageBox(utf8(error.what()), tr("Enheterna kunde inte läsas"), wxOK | wxICON_ERROR, this);
    }
  }
  if (!loaded) {
    load_units(example_units(host_.services()), tr("exemplet"));
  }
  // What was delivered, as saved in the workspace.
  if (const auto saved = host_.services().record(0, "delivered")) {
    try {
      delivered_ = physician::delivered_from_json(*saved);
      fill_delivered_table();
      show_follow_up();
    } catch (const std::exception& error) {
      wxMessageBox(utf8(error.what()), tr("Leveransen kunde inte läsas"), wxOK | wxICON_ERROR, this);
    }
  }
}

void PhysicianTimePage::open_unit_risk(const std::string& municipality, const std::string& unit)
{
  // One open analysis per unit: the one already begun, else a new case from the plugin's template.
  try {
    auto& services = host_.services();
    std::int64_t id = 0;
    for (const auto& row : services.cases({.process = "unit-risk", .open_only = true, .municipality = municipality})) {
      if (row.title == unit) {
        id = row.id;
        break;
      }
    }
    if (id == 0) {
      id = services.open_case("unit-risk", unit, {}, {}, municipality, 0);
    }
    host_.open_case(id);
  } catch (const std::exception& error) {
    wxMessageBox(utf8(error.what()), tr("Riskanalysen kunde inte öppnas"), wxOK | wxICON_ERROR, this);
  }
}

bool PhysicianTimePage::save_delivered()
{
  std::vector<sdk::CsvRow> rows{{0, physician::delivered_header()}};
  int line = 0;
  for (auto& row : delivered_table_->rows()) {
    rows.push_back({++line, std::move(row)});
  }
  try {
    auto weeks = physician::delivered_from(rows, tr("tabellen").utf8_string());
    // Only units the tool knows: a misspelt unit would otherwise be followed up against nothing.
    if (detail_ < plans_.size()) {
      (void)physician::follow_up(plans_[detail_], weeks, agreements_[plan_agreements_[detail_]], tr("tabellen").utf8_string());
    }
    host_.services().commit(sdk::Changes(0).put_record("delivered", physician::delivered_json(weeks)));
    delivered_ = std::move(weeks);
    delivered_shown_ = delivered_table_->rows();
    delivered_file_ = tr("tabellen").utf8_string();
  } catch (const std::exception& error) {
    wxMessageBox(utf8(error.what()), tr("Leveransen sparades inte"), wxOK | wxICON_ERROR, this);
    return false;
  }
  show_follow_up();
  return true;
}

std::vector<std::string> PhysicianTimePage::need_ids() const
{
  std::vector<std::string> ids;
  for (const auto& agreement : agreements_) {
    for (const auto& addition : agreement.additions) {
      if (std::find(ids.begin(), ids.end(), addition.id) == ids.end()) {
        ids.push_back(addition.id);
      }
    }
  }
  return ids;
}

void PhysicianTimePage::fill_units_table()
{
  units_table_->set_rows(physician::care_unit_rows(units_, need_ids()));
  units_shown_ = units_table_->rows();
}

void PhysicianTimePage::fill_delivered_table()
{
  delivered_table_->set_rows(physician::delivered_rows(delivered_));
  delivered_shown_ = delivered_table_->rows();
}

bool PhysicianTimePage::has_unsaved_edits() const
{
  return units_table_->rows() != units_shown_ || delivered_table_->rows() != delivered_shown_;
}

std::string PhysicianTimePage::edits_title() const
{
  return tr("Tabellerna med enheter och levererad tid").utf8_string();
}

bool PhysicianTimePage::save_edits()
{
  const bool units_saved = units_table_->rows() == units_shown_ || save_units();
  return units_saved && (delivered_table_->rows() == delivered_shown_ || save_delivered());
}

bool PhysicianTimePage::save_units()
{
  std::vector<sdk::CsvRow> rows{{0, physician::care_unit_header(need_ids())}};
  int line = 0;
  for (auto& row : units_table_->rows()) {
    rows.push_back({++line, std::move(row)});
  }
  try {
    auto units = physician::care_units_from(rows, tr("tabellen").utf8_string());
    physician::check_categories(units, agreements_, tr("tabellen").utf8_string());
    host_.services().commit(sdk::Changes(0).put_record("units", physician::care_units_json(units)));
    units_ = std::move(units);
    units_shown_ = units_table_->rows();
    source_ = tr("sparade enheter");
  } catch (const std::exception& error) {
    wxMessageBox(utf8(error.what()), tr("Enheterna sparades inte"), wxOK | wxICON_ERROR, this);
    return false;
  }
  replan();
  return true;
}

bool PhysicianTimePage::load_units(const std::filesystem::path& csv, const wxString& source)
{
  try {
    auto units = physician::read_care_units(csv);
    physician::check_categories(units, agreements_, csv);
    units_ = std::move(units);
    source_ = source.empty() ? utf8(csv.filename().string()) : source;
    fill_units_table();
  } catch (const sdk::ContentError& error) {
    wxMessageBox(utf8(error.what()), tr("Enheterna kunde inte läsas"), wxOK | wxICON_ERROR, this);
    return false;
  }
  replan();
  return true;
}

void PhysicianTimePage::replan()
{
  plans_.clear();
  plan_agreements_.clear();
  for (std::size_t index = 0; index < agreements_.size(); ++index) {
    if (scenarios_->IsChecked(static_cast<unsigned>(index))) {
      plans_.push_back(physician::plan_physician_time(agreements_[index], units_));
      plan_agreements_.push_back(index);
    }
  }
  summary_->SetLabel(wxString::Format(tr("%zu enheter (%s). Det första ikryssade avtalet är utgångsläget."), units_.size(), source_));
  table_->DeleteAllItems();
  for (const auto& plan : plans_) {
    const long row = table_->InsertItem(table_->GetItemCount(), utf8(plan.agreement_name));
    table_->SetItem(row, 1, hours(plan.total.hours_per_week()));
    table_->SetItem(row, 2, hours(plan.total.hours_per_month()));
    table_->SetItem(row, 3, hours(plan.fte()));
    const double difference = plan.total.hours_per_week() - plans_.front().total.hours_per_week();
    table_->SetItem(row, 4, &plan == &plans_.front() ? wxString::FromUTF8("–") : wxString::Format("%+.2f", difference));
  }
  chart_->show(plans_);
  detail_ = std::min(detail_, plans_.empty() ? std::size_t{0} : plans_.size() - 1);
  show_detail();
  Layout();
}

void PhysicianTimePage::show_detail()
{
  detail_list_->DeleteAllItems();
  sensitivity_->DeleteAllItems();
  if (detail_ >= plans_.size()) {
    cover_->show({}, {});
    show_follow_up();
    return;
  }
  const auto& plan = plans_[detail_];
  cover_->show(plan.cover, plan.agreement_name);
  show_follow_up();
  for (const auto& [name, total] : plan.per_municipality) {
    const long row = detail_list_->InsertItem(detail_list_->GetItemCount(), utf8(name));
    detail_list_->SetItem(row, 1, hours(total.hours_per_week()));
    detail_list_->SetItem(row, 2, hours(plan.basis.fte(total.hours_per_week())));
    detail_list_->SetItem(row, 3, wxString::Format("%d", total.units));
  }
  for (const auto& [name, total] : plan.per_primary_care) {
    const long row = detail_list_->InsertItem(detail_list_->GetItemCount(), "   " + utf8(name));
    detail_list_->SetItem(row, 1, hours(total.hours_per_week()));
    detail_list_->SetItem(row, 2, hours(plan.basis.fte(total.hours_per_week())));
    detail_list_->SetItem(row, 3, wxString::Format("%d", total.units));
  }
  for (const auto& time : plan.units) {
    if (!time.covered) {
      const long row = detail_list_->InsertItem(detail_list_->GetItemCount(),
                                                wxString::Format(tr("Utan taxa: %s"), utf8(time.unit.name)));
      detail_list_->SetItem(row, 1, "0");
    }
  }
  for (const auto& input : plan.sensitivity) {
    const long row = sensitivity_->InsertItem(sensitivity_->GetItemCount(), utf8(input.name));
    sensitivity_->SetItem(row, 1, wxString::Format("%+.2f", input.hours_per_week_per_minute));
  }
}

bool PhysicianTimePage::load_delivered(const std::filesystem::path& csv)
{
  try {
    delivered_ = physician::read_delivered(csv);
    delivered_file_ = csv;
    fill_delivered_table();
  } catch (const sdk::ContentError& error) {
    wxMessageBox(utf8(error.what()), tr("Leveransen kunde inte läsas"), wxOK | wxICON_ERROR, this);
    return false;
  }
  show_follow_up();
  Layout();
  return true;
}

void PhysicianTimePage::show_follow_up()
{
  follow_up_list_->DeleteAllItems();
  follow_up_units_.clear();
  if (delivered_.empty() || detail_ >= plans_.size()) {
    return;
  }
  const auto& plan = plans_[detail_];
  const auto& agreement = agreements_[plan_agreements_[detail_]];
  physician::FollowUp result;
  try {
    result = physician::follow_up(plan, delivered_, agreement, delivered_file_);
  } catch (const sdk::ContentError& error) {
    follow_up_summary_->SetLabel(utf8(error.what()));
    return;
  }
  const auto background = [](physician::Light light) {
    switch (light) {
      case physician::Light::green: return wx_colour(sdk::palette::ok_background);
      case physician::Light::yellow: return wx_colour(sdk::palette::caution_background);
      case physician::Light::red: return wx_colour(sdk::palette::alarm_background);
    }
    return wx_colour(sdk::palette::plain_background);
  };
  for (const auto& row : result.rows) {
    const long item = follow_up_list_->InsertItem(follow_up_list_->GetItemCount(), utf8(row.delivered.week));
    follow_up_units_.emplace_back(row.delivered.municipality, row.delivered.unit);
    follow_up_list_->SetItem(item, 1, utf8(row.delivered.unit + " (" + row.delivered.municipality + ")"));
    follow_up_list_->SetItem(item, 2, wxString::Format("%.0f", row.required_minutes));
    follow_up_list_->SetItem(item, 3, wxString::Format("%.0f", row.delivered.delivered_minutes));
    follow_up_list_->SetItem(item, 4, wxString::Format("%.0f %%", row.coverage * 100));
    follow_up_list_->SetItem(item, 5, tr(physician::light_label(row.light)));
    follow_up_list_->SetItem(item, 6, wxString::Format("%d", row.rounds_missed));
    follow_up_list_->SetItem(item, 7, wxString::Format("%d", row.reviews_overdue));
    follow_up_list_->SetItemBackgroundColour(item, background(row.light));
  }
  follow_up_summary_->SetLabel(wxString::Format(tr("Mot %s: %.0f procent av avtalad tid (mål %.0f procent).\nMissade ronder: %d; "
                                                   "försenade läkemedelsgenomgångar: %d; samtal jourtid besvarade i tid: %d av %d."),
                                                utf8(plan.agreement_name), result.coverage() * 100, result.target * 100,
                                                result.rounds_missed, result.reviews_overdue, result.calls_in_time, result.calls));
  follow_up_summary_->GetParent()->Layout();  // two lines now: the list below moves down, nothing is cut
}

void PhysicianTimePage::print()
{
  const auto e = [](const std::string& text) { return sdk::escape_markup(text); };
  std::string html = "<!DOCTYPE html>\n<html lang=sv><head><meta charset=utf-8><title>" + e(tr("Läkarmedverkan").utf8_string()) +
                     "</title><style>body{font-family:sans-serif;font-size:10pt}table{border-collapse:collapse;margin-bottom:1em}"
                     "td,th{border:1px solid #999;padding:2px 5px;text-align:left}</style></head><body>";
  html += "<h1>" + e(tr("Läkarmedverkan: scenarier sida vid sida").utf8_string()) + "</h1>";
  html += "<p>" + e(summary_->GetLabel().utf8_string()) + "</p><table><tr>";
  for (const char* head : {N_("Scenario"), N_("Tim/vecka"), N_("Tim/månad"), N_("Heltid"), N_("Skillnad")}) {
    html += "<th>" + e(tr(head).utf8_string()) + "</th>";
  }
  html += "</tr>";
  for (long row = 0; row < table_->GetItemCount(); ++row) {
    html += "<tr>";
    for (int column = 0; column < 5; ++column) {
      html += "<td>" + e(table_->GetItemText(row, column).utf8_string()) + "</td>";
    }
    html += "</tr>";
  }
  html += "</table>";
  for (const auto& plan : plans_) {
    html += "<h2>" + e(plan.agreement_name) + "</h2><p>" +
            e(wxString::Format(tr("En heltid: %.2f tim/vecka × %.0f %% patienttid"), plan.basis.contract_hours_per_week,
                               plan.basis.patient_time_share * 100)
                  .utf8_string()) +
            "</p><table>";
    for (const auto& [name, total] : plan.per_municipality) {
      html += fmt::format("<tr><td>{}</td><td>{:.2f} {}</td><td>{:.2f} {}</td></tr>", e(name), total.hours_per_week(),
                          e(tr("tim/vecka").utf8_string()), plan.basis.fte(total.hours_per_week()), e(tr("heltid").utf8_string()));
    }
    html += "</table>";
  }
  html += "</body></html>\n";
  host_.preview_html(tr("Läkarmedverkan").utf8_string(), html);
}

}  // namespace trygg::gui
