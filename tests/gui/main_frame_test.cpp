// The desktop app driven through its real widgets under Xvfb, checked against the database.
#include "access_log_page.hpp"
#include "assessment_dialog.hpp"
#include "assessment_overview_page.hpp"
#include "assessment_page.hpp"
#include "case_list_ctrl.hpp"
#include "disclosure_dialog.hpp"
#include "case_panel.hpp"
#include "cell_tooltips.hpp"
#include "cases_page.hpp"
#include "checklist_page.hpp"
#include "date_field.hpp"
#include "follow_up_page.hpp"
#include "main_frame.hpp"
#include "missing_database.hpp"
#include "plugin_list_ctrl.hpp"
#include "plugins_dialog.hpp"
#include "print_width.hpp"
#include "risk_dialog.hpp"
#include "risk_page.hpp"
#include "screenshot.hpp"
#include "shortcuts_dialog.hpp"
#include "test_support.hpp"
#include "trygg/case_report.hpp"
#include "trygg/demo_data.hpp"
#include "trygg/sdk/test_clock.hpp"

#include <SQLiteCpp/Database.h>
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <fstream>

#include <wx/app.h>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/combobox.h>
#include <wx/grid.h>
#include <wx/textctrl.h>
#include <wx/image.h>
#include <wx/msgdlg.h>
#include "trygg/gui_sdk/gui_plugin.hpp"
#include "trygg/gui_sdk/row_table.hpp"

#include <wx/checklst.h>
#include <wx/listctrl.h>
#include <wx/choice.h>
#include <wx/print.h>
#include <wx/testing.h>
#include <wx/stattext.h>
#include <wx/textdlg.h>

#include <algorithm>
#include <map>
#include <set>

using namespace trygg;

namespace {

// Lets the event loop run until GTK has mapped and painted what was shown.
void settle(int milliseconds = 300)
{
  const auto until = wxGetLocalTimeMillis() + milliseconds;
  while (wxGetLocalTimeMillis() < until) {
    wxTheApp->Yield(true);
    wxMilliSleep(10);
  }
}

// Clicks a button the way a person does: the button's own click event, handled by its handlers.
// A window below `parent` by its name, e.g. a plugin page's field; fails the test when there is none.
wxWindow* named(wxWindow& parent, const char* name)
{
  auto* window = wxWindow::FindWindowByName(name, &parent);
  REQUIRE_MESSAGE(window != nullptr, "no " << name);
  return window;
}

void click(wxWindow& parent, const char* name)
{
  auto* button = dynamic_cast<wxButton*>(wxWindow::FindWindowByName(name, &parent));
  REQUIRE_MESSAGE(button != nullptr, "no button " << name);
  wxCommandEvent event(wxEVT_BUTTON, button->GetId());
  event.SetEventObject(button);
  button->ProcessWindowEvent(event);
}

// Answers the new-risk dialog as a nurse would, through its own fields and its own validation.
class FillRiskDialog : public wxModalExpectation {
protected:
  int Invoke(wxDialog* dialog) const override
  {
    auto* risk_dialog = dynamic_cast<gui::RiskDialog*>(dialog);
    if (risk_dialog == nullptr) {
      return wxID_NONE;
    }
    risk_dialog->fill("pressure-ulcers", "Trycksår på hälen", 3, 3);
    return static_cast<wxWindow*>(risk_dialog)->TransferDataFromWindow() ? wxID_OK : wxID_CANCEL;
  }
  wxString GetDefaultDescription() const override { return "RiskDialog"; }
};

// Reassesses a risk: the same dialog, filled in with the risk, changed where a nurse would.
class ReassessRiskDialog : public wxModalExpectation {
protected:
  int Invoke(wxDialog* dialog) const override
  {
    auto* risk_dialog = dynamic_cast<gui::RiskDialog*>(dialog);
    if (risk_dialog == nullptr) {
      return wxID_NONE;
    }
    const auto before = risk_dialog->risk();
    CHECK(before.description == "Ostadig vid förflyttning, bor ensam");  // filled in from the risk
    risk_dialog->fill(before.area, "Ostadig, rollator levererad", 2, before.consequence);
    return static_cast<wxWindow*>(risk_dialog)->TransferDataFromWindow() ? wxID_OK : wxID_CANCEL;
  }
  wxString GetDefaultDescription() const override { return "RiskDialog (reassess)"; }
};

// The routine editor the routines tool opened beside it (modeless, its own top-level window), if any.
struct RoutineEditorWindow {
  wxTopLevelWindow* window = nullptr;
  RoutineEditorWindow()
  {
    for (auto* each : wxTopLevelWindows) {
      if (each->GetName() == "routine-editor" && !each->IsBeingDeleted()) {
        window = dynamic_cast<wxTopLevelWindow*>(each);
      }
    }
  }
};

std::string read_text(const std::filesystem::path& file)
{
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Types a reason into the "not applicable" question.
class AnswerText : public wxModalExpectation {
public:
  explicit AnswerText(wxString answer) : answer_(std::move(answer)) {}

protected:
  int Invoke(wxDialog* dialog) const override
  {
    auto* text = dynamic_cast<wxTextEntryDialog*>(dialog);
    if (text == nullptr) {
      return wxID_NONE;
    }
    text->SetValue(answer_);
    return wxID_OK;
  }
  wxString GetDefaultDescription() const override { return "wxTextEntryDialog"; }

private:
  wxString answer_;
};

// Says when an item's event happened, in the dialog a tick of such an item opens.
class AnswerEventTime : public wxModalExpectation {
public:
  explicit AnswerEventTime(wxString when) : when_(std::move(when)) {}

protected:
  int Invoke(wxDialog* dialog) const override
  {
    auto* time = dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName("event-time", dialog));
    if (time == nullptr) {
      return wxID_NONE;
    }
    time->SetValue(when_);
    return static_cast<wxWindow*>(dialog)->TransferDataFromWindow() ? wxID_OK : wxID_CANCEL;
  }
  wxString GetDefaultDescription() const override { return "EventDialog"; }

private:
  wxString when_;
};

// Keeps what a plugin command writes, to measure or read it.
class CapturedIo : public sdk::CommandIo {
public:
  std::string output;
  [[nodiscard]] bool json() const override { return false; }
  void out(std::string_view text) override { output += text; }
  void err(std::string_view) override {}
  [[nodiscard]] std::string read_input(const std::string&) override { return {}; }
  void write_output(const std::string& text, const std::string&) override { output += text; }
};

struct DemoApp {
  test::TempFolder folder;
  gui::MainFrame* frame = nullptr;

  DemoApp()
  {
    ::setenv("XDG_CONFIG_HOME", (folder / "config").c_str(), 1);
    auto workspace = std::make_unique<Workspace>(folder / "gui.db", test::bundled_plugins(), "gui-test");
    REQUIRE(seed_demo_data(*workspace) == 14);
    frame = new gui::MainFrame(std::move(workspace));
    frame->Show();
    settle();
  }
  // The risk page of a case, opened in its tab as a person would.
  gui::RiskPage* risk_page_of_case(CaseId id)
  {
    auto* panel = frame->open_case(id);
    REQUIRE(panel != nullptr);
    REQUIRE(panel->show_page("risk"));
    REQUIRE(panel->risk_page() != nullptr);
    return panel->risk_page();
  }

  // The demo's (last listed) case of a process, opened on one of its tabs as a person would.
  gui::CasePanel* open_case_of(const char* process, const char* page)
  {
    CaseId id = 0;
    for (const auto& row : frame->workspace().storage().list_cases({})) {
      id = row.process == process ? row.id : id;
    }
    REQUIRE(id != 0);
    auto* panel = frame->open_case(id);
    REQUIRE(panel != nullptr);
    REQUIRE(panel->show_page(page));
    return panel;
  }

  DemoApp(const DemoApp&) = delete;
  DemoApp& operator=(const DemoApp&) = delete;
  ~DemoApp()
  {
    frame->Destroy();
    settle(50);
  }
};

}  // namespace

TEST_CASE("GUI - the case list shows the demo cases, searches and lists what is due today")
{
  DemoApp app;
  auto& cases = app.frame->cases_page();
  CHECK(cases.case_list().GetItemCount() == 14);
  // The newest first.
  CaseId newest = 0;
  for (const auto& row : app.frame->workspace().storage().list_cases({})) {
    newest = std::max(newest, row.id);
  }
  CHECK(cases.case_list().GetItemText(0, 0) == wxString::Format("%lld", static_cast<long long>(newest)));
  // Among them, the coordinator's planning case for the storhelg ahead.
  bool storhelg = false;
  for (long row = 0; row < cases.case_list().GetItemCount(); ++row) {
    storhelg = storhelg || cases.case_list().GetItemText(row, 4) == wxString::FromUTF8("Storhelgsplanering");
  }
  CHECK(storhelg);
  CHECK(cases.today_list().GetItemCount() >= 1);
  // Hemgångsklar is judged live by the discharge plugin; the demo has red discharge cases.
  cases.set_readiness_filter(1);
  const int red = cases.case_list().GetItemCount();
  CHECK(red >= 1);
  for (long row = 0; row < red; ++row) {
    CHECK(cases.case_list().GetItemText(row, 7) == wxString::FromUTF8("Röd"));
  }
  cases.set_readiness_filter(0);
  CHECK(cases.case_list().GetItemCount() == 14);
  cases.set_search("Greta");
  CHECK(cases.case_list().GetItemCount() == 2);  // her discharge and her SIP
  cases.set_search("19311130");
  CHECK(cases.case_list().GetItemCount() == 2);
  CHECK(cases.case_list().GetItemText(0, 2) == wxString::FromUTF8("Ingrid Åkesson"));
  CHECK_FALSE(cases.case_list().GetItemText(0, 7).empty());  // a discharge case has a light
}

TEST_CASE("GUI - ticking a checklist item through the real button saves it with who and when")
{
  DemoApp app;
  auto* panel = app.frame->open_case(1);
  REQUIRE(panel != nullptr);
  REQUIRE(panel->show_page("checklist"));
  settle(100);
  auto* page = panel->checklist_page(0);
  REQUIRE(page != nullptr);
  // The template's guidance shows where it belongs: under the list, for the item selected.
  REQUIRE(page->select_item("admission-notice"));
  CHECK(dynamic_cast<wxStaticText*>(named(*page, "checklist-guidance"))->GetLabel().StartsWith(wxString::FromUTF8("Vägledning: ")));
  REQUIRE(page->select_item("medicines-bridged"));
  const auto before = now();
  click(*page, "checklist-done");

  auto& storage = app.frame->workspace().storage();
  const auto item = storage.checklists(1).at(0).items.at(5);
  REQUIRE(item.key == "medicines-bridged");
  CHECK(item.state == ItemState::done);
  CHECK(item.changed_by == "gui-test");
  REQUIRE(item.changed_at);
  CHECK(*item.changed_at >= before - std::chrono::seconds(1));
  const auto history = storage.history(1);
  CHECK(history.back().entity == "checklist-item");
  CHECK(history.back().new_value == "done");
  CHECK(history.back().actor == "gui-test");
  // Opening the case was a read of the person's data: in the access log, once, with this client.
  const auto reads = storage.access_log({.actor = "gui-test"});
  CHECK(std::count_if(reads.begin(), reads.end(), [](const AccessLogLine& line) { return line.action == "read" && line.case_id == 1; }) == 1);
  CHECK(app.frame->open_case(1) == panel);  // an open tab is shown again, not read again
  CHECK(storage.access_log({.actor = "gui-test"}).size() == reads.size());

  SUBCASE("'not applicable' asks why, and keeps the answer")
  {
    REQUIRE(page->select_item("aids-delivered"));
    wxTEST_DIALOG(click(*page, "checklist-not-applicable"), AnswerText(wxString::FromUTF8("Inga hjälpmedel behövs")));
    const auto aids = storage.checklists(1).at(0).items.at(6);
    CHECK(aids.state == ItemState::not_applicable);
    CHECK(aids.not_applicable_reason == "Inga hjälpmedel behövs");
  }
  SUBCASE("'not applicable' with no reason changes nothing, and says so")
  {
    REQUIRE(page->select_item("aids-delivered"));
    const auto before_state = storage.checklists(1).at(0).items.at(6).state;
    wxTEST_DIALOG(click(*page, "checklist-not-applicable"), AnswerText(wxString()), wxExpectModal<wxMessageDialog>(wxID_OK));
    CHECK(storage.checklists(1).at(0).items.at(6).state == before_state);
  }
}

// The message a dialog shows, checked to hold `expected`, then closed with OK.
class ExpectMessageWith : public wxModalExpectation {
public:
  explicit ExpectMessageWith(std::string expected) : expected_(std::move(expected)) {}

protected:
  int Invoke(wxDialog* dialog) const override
  {
    auto* message = dynamic_cast<wxMessageDialog*>(dialog);
    REQUIRE(message != nullptr);
    CHECK_MESSAGE(message->GetMessage().utf8_string().find(expected_) != std::string::npos, message->GetMessage().utf8_string());
    return wxID_OK;
  }
  wxString GetDefaultDescription() const override { return "message with " + expected_; }

private:
  std::string expected_;
};

TEST_CASE("GUI - a colleague's change on the same database shows within seconds, and a tick on top of it is refused with what changed")
{
  DemoApp app;
  auto& storage = app.frame->workspace().storage();
  auto* panel = app.frame->open_case(1);
  REQUIRE(panel != nullptr);
  REQUIRE(panel->show_page("checklist"));
  settle(100);
  auto* page = panel->checklist_page(1);
  REQUIRE(page != nullptr);
  auto* items = dynamic_cast<wxListCtrl*>(named(*page, "checklist-items"));
  REQUIRE(items != nullptr);
  const auto shown_by = [&](const std::string& text) {
    for (long row = 0; row < items->GetItemCount(); ++row) {
      if (items->GetItemText(row, 1).utf8_string().starts_with(text)) {
        return items->GetItemText(row, 5).utf8_string();
      }
    }
    return std::string("(no row)");
  };
  // Items of the municipality's checklist not settled yet (ticking one that stands for an event would ask
  // when it happened).
  std::vector<ChecklistItem> untouched;
  const auto lists = storage.checklists(1);
  for (const auto& item : lists.at(1).items) {
    if (item.state != ItemState::done && item.state != ItemState::not_applicable && item.settled_by_event.empty()) {
      untouched.push_back(item);
    }
  }
  REQUIRE(untouched.size() >= 3);

  // Bertil, on another computer, ticks an item of the same case while Anna has it open.
  Workspace bertil(app.folder / "gui.db", test::bundled_plugins(), "bertil");
  bertil.change_item(untouched[0].id, {ItemState::done, std::nullopt, std::nullopt});

  // Her tick on the screen she had is refused, saying whose change and what; the tab then shows it.
  REQUIRE(page->select_item(untouched[1].key));
  wxTEST_DIALOG(click(*page, "checklist-done"), ExpectMessageWith("bertil"));
  const auto state_of = [&](const ChecklistItem& wanted) {
    const auto now_stored = storage.checklists(1);
    for (const auto& item : now_stored.at(1).items) {
      if (item.id == wanted.id) {
        return item;
      }
    }
    return ChecklistItem{};
  };
  CHECK(state_of(untouched[1]).state == untouched[1].state);
  settle(100);
  page = panel->checklist_page(1);
  CHECK(shown_by(untouched[0].text).starts_with("bertil"));
  // Redone on what she now sees: saved.
  REQUIRE(page->select_item(untouched[1].key));
  click(*page, "checklist-done");
  CHECK(state_of(untouched[1]).state == ItemState::done);
  CHECK(state_of(untouched[1]).changed_by == "gui-test");

  // Bertil's next change reaches her list and her open tab by itself, within the app's two seconds.
  const auto row_before = storage.case_summary(1).value();
  REQUIRE(bertil.view(1));
  bertil.change_item(untouched[2].id, {ItemState::not_applicable, std::string("ordnat per telefon"), std::nullopt});
  settle(2500);
  const auto& rows = app.frame->cases_page().case_list().rows();
  const auto shown = std::find_if(rows.begin(), rows.end(), [](const CaseSummary& row) { return row.id == 1; });
  REQUIRE(shown != rows.end());
  CHECK(shown->items_done == row_before.items_done + 1);
  CHECK(shown_by(untouched[2].text).starts_with("bertil"));
}

TEST_CASE("GUI - a cell its column cuts shows its whole text as a tooltip, a cell that fits shows none")
{
  DemoApp app;
  auto* panel = app.frame->open_case(1);
  REQUIRE(panel != nullptr);
  REQUIRE(panel->show_page("checklist"));
  settle(100);
  auto* items = dynamic_cast<wxListCtrl*>(named(*panel->checklist_page(0), "checklist-items"));
  REQUIRE(items != nullptr);
  items->SetColumnWidth(1, items->FromDIP(120));  // "Punkt": narrower than the items' texts
  const int in_status = items->GetColumnWidth(0) / 2;
  const int in_text = items->GetColumnWidth(0) + 10;
  long cut_row = -1;
  for (long row = 0; row < items->GetItemCount() && cut_row < 0; ++row) {
    cut_row = items->GetItemText(row, 1).length() > 40 ? row : -1;
  }
  REQUIRE(cut_row >= 0);
  CHECK(gui::cut_cell_text(*items, cut_row, in_text) == items->GetItemText(cut_row, 1));
  CHECK(gui::cut_cell_text(*items, cut_row, in_status).empty());  // "✓ Klar" fits
  items->SetColumnWidth(1, items->FromDIP(2000));
  CHECK(gui::cut_cell_text(*items, cut_row, in_text).empty());  // wide enough: no tooltip
  CHECK(gui::cut_cell_text(*items, items->GetItemCount() + 5, in_text).empty());  // below the rows
}

TEST_CASE("GUI - ticking an item that follows an event records the event at the time given, the list row follows at once")
{
  DemoApp app;
  auto& storage = app.frame->workspace().storage();
  const auto row_before = storage.case_summary(2).value();
  auto* panel = app.frame->open_case(2);
  REQUIRE(panel != nullptr);
  REQUIRE(panel->show_page("checklist"));
  settle(100);
  auto* page = panel->checklist_page(0);
  REQUIRE(page != nullptr);
  REQUIRE(page->select_item("estimated-discharge"));
  const auto when = now() - std::chrono::hours(2);
  wxTEST_DIALOG(click(*page, "checklist-done"), AnswerEventTime(wxString::FromUTF8(format_local(when))));

  const auto care_case = storage.find_case(2).value();
  const auto event = std::find_if(care_case.events.begin(), care_case.events.end(),
                                  [](const CaseEvent& e) { return e.kind == "estimated-discharge"; });
  REQUIRE(event != care_case.events.end());
  CHECK(event->at == std::chrono::floor<std::chrono::minutes>(when));
  const auto checklists = storage.checklists(2);
  for (const auto& item : checklists.at(0).items) {
    if (item.key == "estimated-discharge") {
      CHECK(item.state == ItemState::done);
    }
  }
  // The change notice repainted the case's row in the list without reading the list again.
  const auto& rows = app.frame->cases_page().case_list().rows();
  const auto shown = std::find_if(rows.begin(), rows.end(), [](const CaseSummary& row) { return row.id == 2; });
  REQUIRE(shown != rows.end());
  CHECK(shown->items_done == row_before.items_done + 1);
}

TEST_CASE("GUI - a date field reads dates as ÅÅÅÅ-MM-DD whatever the locale, and refuses what is not one")
{
  DemoApp app;
  auto* field = new gui::DateField(app.frame, std::chrono::year{2026} / 11 / 26);
  CHECK(field->GetValue() == "2026-11-26");  // not 11/26/2026
  field->SetValue("2026-12-24");
  CHECK(field->date() == std::chrono::year{2026} / 12 / 24);
  field->SetValue("20261231");
  CHECK(field->date() == std::chrono::year{2026} / 12 / 31);
  field->SetValue("11/26/2026");
  CHECK_FALSE(field->date());
  field->SetValue("2026-02-30");
  CHECK_FALSE(field->date());
  field->Destroy();
}

TEST_CASE("GUI - printouts fit an A4 portrait page: nothing is cut at the right edge")
{
  DemoApp app;
  // The measure itself: a table too wide for the page is measured wider than the page.
  std::string too_wide = "<table border=1><tr>";
  for (int column = 0; column < 12; ++column) {
    too_wide += "<td nowrap>Kolumnrubrik nummer " + std::to_string(column) + "</td>";
  }
  CHECK(gui::printed_width(too_wide + "</tr></table>") > gui::a4_text_width_px);
  for (const CaseId id : {1, 3, 5, 7, 10}) {
    CAPTURE(id);
    const auto html = case_report_html(app.frame->workspace(), id);
    MESSAGE("case " << id << ": " << gui::printed_width(html) << " of " << gui::a4_text_width_px);
    CHECK(gui::printed_width(html) <= gui::a4_text_width_px);
  }
  // The SIP plan printed for the person and each huvudman, follow-up dates included.
  const auto& plugins = app.frame->workspace().plugins();
  const auto* sip = plugins.find_loaded("se.trygg.sip");
  REQUIRE(sip != nullptr);
  std::vector<CaseId> sips;
  for (const auto& row : app.frame->workspace().storage().list_cases({})) {
    if (row.process == "sip" && sips.size() < 2) {
      sips.push_back(row.id);
    }
  }
  REQUIRE(sips.size() == 2);
  for (const CaseId id : sips) {
    CAPTURE(id);
    CapturedIo io;
    REQUIRE(plugins.run_command(*sip, "sip", {"document", std::to_string(id)}, io) == 0);
    MESSAGE("SIP " << id << ": " << gui::printed_width(io.output));
    CHECK(io.output.find("Uppföljning") != std::string::npos);
    CHECK(gui::printed_width(io.output) <= gui::a4_text_width_px);
  }
  // A staffing routine as its remiss document, and what changed between two versions of it.
  const auto* holiday = plugins.find_loaded("se.trygg.holiday-staffing");
  REQUIRE(holiday != nullptr);
  const auto printed = app.folder.path() / "printed.html";
  std::vector<std::vector<std::string>> commands{
      {"holiday-routine-compare", "--old", "sormland-jul-2026", "--new", "sormland-2027-2028", "--out", printed.string()},
      {"holiday-routine-compare", "--old", "skane-jul-2022", "--new", "jonkoping-2022", "--out", printed.string()}};
  for (const char* routine : {"sormland-jul-2026", "sormland-2027-2028", "skane-jul-2022", "jonkoping-2022"}) {
    commands.push_back({"holiday-routine-document", "--routine", routine, "--out", printed.string()});
  }
  for (const auto& command : commands) {
    CAPTURE(command[2]);
    CapturedIo io;
    REQUIRE(plugins.run_command(*holiday, command.front(), {command.begin() + 1, command.end()}, io) == 0);
    std::ifstream written(printed);
    const std::string html((std::istreambuf_iterator<char>(written)), std::istreambuf_iterator<char>());
    MESSAGE(command.front() << " " << command[2] << ": " << gui::printed_width(html));
    CHECK(gui::printed_width(html) <= gui::a4_text_width_px);
  }
}

TEST_CASE("GUI - adding a risk through the real dialog saves it and places it in the matrix")
{
  DemoApp app;
  auto* page = app.risk_page_of_case(1);
  const auto risks_before = app.frame->workspace().storage().risk_analyses(1).at(0).risks.size();
  wxTEST_DIALOG(click(*page, "risk-new"), FillRiskDialog());

  const auto risks = app.frame->workspace().storage().risk_analyses(1).at(0).risks;
  REQUIRE(risks.size() == risks_before + 1);
  CHECK(risks.back().area == "pressure-ulcers");
  CHECK(risks.back().description == "Trycksår på hälen");
  CHECK(risks.back().score() == 9);
  CHECK(risks.back().created_by == "gui-test");
  CHECK(app.frame->workspace().storage().history(1).back().entity == "risk");
}

TEST_CASE("GUI - a risk is reassessed and its action marked done through the real widgets")
{
  DemoApp app;
  auto* page = app.risk_page_of_case(1);
  REQUIRE(page->select_risk(0));
  wxTEST_DIALOG(click(*page, "risk-edit"), ReassessRiskDialog());
  REQUIRE(page->select_risk(0));
  click(*page, "risk-action-done");

  const auto risk = app.frame->workspace().storage().risk_analyses(1).at(0).risks.at(0);
  CHECK(risk.description == "Ostadig, rollator levererad");
  CHECK(risk.likelihood == 2);
  REQUIRE_FALSE(risk.actions.empty());
  CHECK(risk.actions[0].done_at.has_value());
  CHECK(app.frame->workspace().storage().history(1).back().field == "done");
}

TEST_CASE("GUI - the SIP plan editor saves what is typed, each field to the history, and the check follows")
{
  DemoApp app;
  auto& workspace = app.frame->workspace();
  auto& storage = workspace.storage();
  const auto sips = storage.list_cases({.process = "sip", .search = "Ingrid"});
  REQUIRE(sips.size() == 1);
  const CaseId id = sips.front().id;
  const auto check = [&] { return workspace.readiness(*storage.find_case(id)).readiness.value(); };
  REQUIRE(check().blocking());  // the demo leaves out huvudansvar, others' measures and an intervention's huvudman

  auto* panel = app.frame->open_case(id);
  REQUIRE(panel != nullptr);
  REQUIRE(panel->show_page("plan"));
  auto* page = panel->page("plan");  // made by the SIP plugin's own GUI library
  REQUIRE(page != nullptr);
  settle(100);
  const auto find = [&](const char* name) { return named(*page, name); };
  // The huvudmän on offer are the person's: Region Sörmland and Katrineholms kommun, as the region lists them.
  auto* huvudansvar = dynamic_cast<wxComboBox*>(find("sip-huvudansvar"));
  CHECK(huvudansvar->FindString(wxString::FromUTF8("Katrineholms kommun")) != wxNOT_FOUND);
  CHECK(huvudansvar->FindString(wxString::FromUTF8("Region Sörmland")) != wxNOT_FOUND);
  huvudansvar->SetValue(wxString::FromUTF8("Katrineholms kommun"));
  dynamic_cast<wxCheckBox*>(find("sip-no-other-measures"))->SetValue(true);
  auto* interventions = dynamic_cast<wxGrid*>(find("sip-interventions"));
  REQUIRE(interventions->GetCellValue(1, 1).empty());
  interventions->SetCellValue(1, 1, wxString::FromUTF8("Region Sörmland"));
  click(*page, "sip-save");

  const auto stored_plan = [&] { return nlohmann::json::parse(storage.plugin_record("se.trygg.sip", id, "plan").value()); };
  const auto plan = stored_plan();
  CHECK(plan["huvudansvar"] == "Katrineholms kommun");
  CHECK(plan["no_other_measures"] == true);
  CHECK(plan["interventions"][1]["huvudman"] == "Region Sörmland");
  CHECK(plan["interventions"].size() == 4);
  CHECK_FALSE(check().blocking());
  const auto history = storage.history(id);
  CHECK(history.back().entity == "record");
  CHECK(history.back().actor == "gui-test");
  CHECK(workspace.record_field_label(history.back()).rfind("SIP-plan: ", 0) == 0);

  SUBCASE("a date that cannot be read is named and nothing is saved")
  {
    dynamic_cast<wxTextCtrl*>(find("sip-follow-up-at"))->SetValue(wxString::FromUTF8("nästa vecka"));
    wxTEST_DIALOG(click(*page, "sip-save"), wxExpectModal<wxMessageDialog>(wxOK));
    CHECK(storage.history(id).size() == history.size());
    CHECK(stored_plan()["follow_up_at"] == plan["follow_up_at"]);
  }
}

TEST_CASE("GUI - a SIP is started from a discharge case, and the follow-up calendar lists the SIPs due")
{
  DemoApp app;
  auto& storage = app.frame->workspace().storage();
  auto* discharge = app.frame->open_case(2);
  REQUIRE(discharge != nullptr);
  REQUIRE(discharge->follow_ons().size() == 1);  // the SIP plugin's manifest: opened from a discharge
  CHECK(discharge->follow_ons()[0].label == "Starta SIP…");
  const CaseId sip = discharge->open_follow_on(0, false);
  REQUIRE(sip > 0);
  CHECK(storage.find_case(sip)->linked_case == 2);
  CHECK(storage.find_case(sip)->person.name == storage.find_case(2)->person.name);
  REQUIRE(app.frame->current_case() != nullptr);
  CHECK(app.frame->current_case()->case_id() == sip);  // opened in its own tab

  // A second "Starta SIP…" opens the SIP already there instead of making another.
  CHECK(discharge->open_follow_on(0, false) == sip);
  CHECK(storage.follow_on_cases(2).size() == 1);

  auto* follow_ups = app.frame->open_tool("follow-ups");  // the SIP plugin's tool
  REQUIRE(follow_ups != nullptr);
  wxListCtrl* list = nullptr;
  for (auto* child : follow_ups->GetChildren()) {
    list = list != nullptr ? list : dynamic_cast<wxListCtrl*>(child);
  }
  REQUIRE(list != nullptr);
  CHECK(list->GetItemCount() == 4);  // the demo's four plans, all within six weeks
  CHECK(app.frame->open_tool("follow-ups") == follow_ups);  // one tab, brought forward
}

TEST_CASE("GUI - a declared record form (Min plan) is filled in and saved through its widgets, a missing required field is named")
{
  DemoApp app;
  auto& storage = app.frame->workspace().storage();
  const auto cases = storage.list_cases({.process = "proactive"});
  REQUIRE_FALSE(cases.empty());
  const CaseId id = cases.back().id;
  auto* panel = app.frame->open_case(id);
  REQUIRE(panel != nullptr);
  REQUIRE(panel->show_page("min-plan"));
  auto* page = panel->page("min-plan");
  REQUIRE(page != nullptr);
  settle(100);
  const auto find = [&](const char* name) { return named(*page, name); };
  dynamic_cast<wxTextCtrl*>(find("form-what-matters"))->SetValue(wxString::FromUTF8("Att få bo kvar hemma med katten"));
  dynamic_cast<wxCheckBox*>(find("form-has-when-needed"))->SetValue(true);
  const auto before = storage.history(id).size();
  // Läkemedel vid behov is checked but not named: required, so nothing is saved and a message says why.
  wxTEST_DIALOG(click(*page, "form-save"), wxExpectModal<wxMessageDialog>(wxOK));
  CHECK(storage.history(id).size() == before);
  CHECK_FALSE(storage.plugin_record("se.trygg.proactive", id, "min-plan"));

  dynamic_cast<wxTextCtrl*>(find("form-when-needed"))->SetValue(wxString::FromUTF8("Furix 40 mg vid svullna ben"));
  auto* contacts = dynamic_cast<wxGrid*>(find("form-contacts"));
  contacts->AppendRows(1);
  contacts->SetCellValue(0, 0, wxString::FromUTF8("Hemsjukvården"));
  contacts->SetCellValue(0, 2, "0150-123 45");
  click(*page, "form-save");
  const auto stored = nlohmann::json::parse(storage.plugin_record("se.trygg.proactive", id, "min-plan").value());
  CHECK(stored["what-matters"] == "Att få bo kvar hemma med katten");
  CHECK(stored["has-when-needed"] == true);
  CHECK(stored["contacts"][0]["phone"] == "0150-123 45");
  CHECK_FALSE(stored.contains("responsible"));  // left empty, not saved as anything
  const auto history = storage.history(id);
  CHECK(history.size() > before);
  CHECK(history.back().actor == "gui-test");
  CHECK(app.frame->workspace().record_field_label(history.back()).rfind("Min plan: ", 0) == 0);
}

TEST_CASE("GUI - the storhelg planning tool plans the open discharge cases and the example")
{
  // A November day: the demo's discharges, ready shortly before it, fall outside the routine's December.
  const sdk::TestClock clock("2026-11-20 10:00");
  DemoApp app;
  auto* planning = app.frame->open_tool("planning");  // the holiday-staffing plugin's tool
  REQUIRE(planning != nullptr);
  const auto find = [&](const char* name) { return named(*planning, name); };
  auto* summary = dynamic_cast<wxStaticText*>(find("planning-summary"));
  auto* conflicts = dynamic_cast<wxListCtrl*>(find("planning-conflicts"));
  // No open discharge within the routine: it opens on the example, and says so.
  // 14 discharges planned from 23 December, five of them cannot happen when planned.
  CHECK(summary->GetLabel().StartsWith("14 "));
  CHECK(summary->GetLabel().Contains("exemplet"));
  CHECK(conflicts->GetItemCount() == 5);
  // Brought forward again, it plans the open discharge cases that are ready for discharge: one tab.
  CHECK(app.frame->open_tool("planning") == planning);
  CHECK(summary->GetLabel().StartsWith("2 "));
  CHECK(summary->GetLabel().Contains(wxString::FromUTF8("öppna utskrivningsärenden")));
  // Neither has its needs assessed yet: the board says what it assumed.
  CHECK(summary->GetLabel().Contains(wxString::FromUTF8("2 utan bedömda behov")));
  click(*planning, "planning-example");
  CHECK(summary->GetLabel().StartsWith("14 "));
}

TEST_CASE("GUI - in the routine's December the storhelg planning tool opens on the open discharge cases")
{
  // 22 December: the demo's two ready discharges (ready 20 and 200 hours before) fall within the routine.
  const sdk::TestClock clock("2026-12-22 10:00");
  DemoApp app;
  auto* planning = app.frame->open_tool("planning");
  REQUIRE(planning != nullptr);
  auto* summary = dynamic_cast<wxStaticText*>(named(*planning, "planning-summary"));
  auto* conflicts = dynamic_cast<wxListCtrl*>(named(*planning, "planning-conflicts"));
  CHECK(summary->GetLabel().StartsWith("2 "));
  CHECK(summary->GetLabel().Contains(wxString::FromUTF8("öppna utskrivningsärenden")));
  CHECK_FALSE(summary->GetLabel().Contains("exemplet"));
  // Ready Monday 21 December 14:00 is staffed; ready Monday 14 December at 02:00 the ward is not.
  REQUIRE(conflicts->GetItemCount() == 1);
  CHECK(conflicts->GetItemText(0, 2) == "2026-12-14 02:00");
  // The routine ends in nine days and no decided version follows: said above the board.
  auto* warning = dynamic_cast<wxStaticText*>(named(*planning, "planning-warning"));
  CHECK(warning->GetLabel().Contains(wxString::FromUTF8("upphör 2026-12-31 (om 9 dagar)")));
  // Planned as planning follows the area by itself, each day under the decided version in force, and each row says which.
  CHECK(dynamic_cast<wxChoice*>(named(*planning, "planning-routine"))->GetStringSelection().StartsWith(
      wxString::FromUTF8("Region Sörmland: den beslutade version som gäller varje dag")));
  CHECK(conflicts->GetItemText(0, 8) == "sormland-jul-2026 v1");
  // The example is one click away, as on any other day; its two January discharges fall where no version is in force.
  click(*planning, "planning-example");
  CHECK(summary->GetLabel().StartsWith("14 "));
  int without_routine = 0;
  for (long row = 0; row < conflicts->GetItemCount(); ++row) {
    without_routine += conflicts->GetItemText(row, 8) == wxString::FromUTF8("ingen gällande rutin") ? 1 : 0;
  }
  CHECK(without_routine == 2);
}

TEST_CASE("GUI - after the last decided routine has ended the storhelg planning tool says there is none in force, naming it")
{
  const sdk::TestClock clock("2027-01-10 10:00");
  DemoApp app;
  auto* planning = app.frame->open_tool("planning");
  REQUIRE(planning != nullptr);
  auto* warning = dynamic_cast<wxStaticText*>(named(*planning, "planning-warning"));
  CHECK(warning->GetLabel().Contains(wxString::FromUTF8("Ingen gällande bemanningsrutin för Region Sörmland")));
  CHECK(warning->GetLabel().Contains("2026-12-31"));
}

TEST_CASE("GUI - the routines tool lists the versions, draws each day's discharge windows per municipality, and compares two versions")
{
  const sdk::TestClock clock("2026-12-07 10:00");
  DemoApp app;
  auto* tool = app.frame->open_tool("routines");  // the holiday-staffing plugin's second tool
  REQUIRE(tool != nullptr);
  const auto find = [&](const char* name) { return named(*tool, name); };
  auto* versions = dynamic_cast<wxListCtrl*>(find("routines-versions"));
  auto* warning = dynamic_cast<wxStaticText*>(find("routines-warning"));
  auto* period = dynamic_cast<wxChoice*>(find("routines-period"));
  auto* gaps = dynamic_cast<wxListCtrl*>(find("routines-gaps"));
  auto* summary = dynamic_cast<wxStaticText*>(find("routines-summary"));
  REQUIRE(versions != nullptr);
  REQUIRE(period != nullptr);
  const auto row_of = [&](const char* id) {
    for (long row = 0; row < versions->GetItemCount(); ++row) {
      if (versions->GetItemText(row, 2) == id) {
        return row;
      }
    }
    return -1L;
  };
  const auto select = [&](long row) {
    REQUIRE(row >= 0);
    versions->SetItemState(row, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    wxListEvent selected(wxEVT_LIST_ITEM_SELECTED, versions->GetId());
    selected.m_itemIndex = row;
    versions->GetEventHandler()->ProcessEvent(selected);
  };
  const auto tick = [&](const char* name, bool on) {
    auto* box = dynamic_cast<wxCheckBox*>(find(name));
    REQUIRE(box != nullptr);
    box->SetValue(on);
    wxCommandEvent ticked(wxEVT_CHECKBOX, box->GetId());
    ticked.SetInt(on ? 1 : 0);
    box->GetEventHandler()->ProcessEvent(ticked);
  };
  // Every version, the one in force today marked and shown; a draft is never in force.
  const long in_force = row_of("sormland-jul-2026");
  const long draft = row_of("sormland-2027-2028");
  CHECK(versions->GetItemText(in_force, 0) == "*");
  CHECK(versions->GetItemText(draft, 0) == "");
  CHECK(versions->GetItemText(draft, 7) == "sormland-jul-2026");  // what it replaces
  CHECK(versions->GetItemState(in_force, wxLIST_STATE_SELECTED) != 0);
  // The routine in force ends in 24 days: said; routines that ended in 2022 are history, not news.
  CHECK(warning->GetLabel().Contains(wxString::FromUTF8("upphör 2026-12-31 (om 24 dagar)")));
  // The case list says so too, above the list, for the municipalities it governs (the file's user: all).
  CHECK(app.frame->cases_page().plugin_notices().Contains(wxString::FromUTF8("upphör 2026-12-31 (om 24 dagar)")));
  CHECK_FALSE(warning->GetLabel().Contains(wxString::FromUTF8("Jönköping")));
  // It opens on the storhelg ahead: Christmas, one row per municipality, the day before and after included.
  CHECK(period->GetStringSelection().StartsWith("Julhelgen 2026-12-24"));
  const auto* calendar = named(*tool, "routines-calendar");
  REQUIRE(calendar != nullptr);

  // The draft with primary care needed too: nobody staffs primary care on nyårsdagen, so every
  // municipality has a day without a window there, each listed with what would open one.
  select(draft);
  tick("routines-actor-primary-care", true);
  REQUIRE(period->GetStringSelection().StartsWith(wxString::FromUTF8("Nyårshelgen 2026-12-31")));
  REQUIRE(gaps->GetItemCount() > 0);
  int new_years_day = 0;
  for (long row = 0; row < gaps->GetItemCount(); ++row) {
    if (gaps->GetItemText(row, 0).StartsWith("2027-01-01, ")) {
      ++new_years_day;
      CHECK(gaps->GetItemText(row, 0).Contains(wxString::FromUTF8("Primärvård")));
      CHECK(gaps->GetItemText(row, 1).Contains(wxString::FromUTF8("skulle öppna ett fönster")));
    }
  }
  CHECK(new_years_day == 9);  // the county's nine municipalities
  // The summary counts what the list shows: one row per municipality and day without a window.
  CHECK(summary->GetLabel().Contains(wxString::Format(": %d av ", gaps->GetItemCount())));
  // Primary care not needed: fewer days without a window, in the period and over the validity.
  const int with_primary_care = gaps->GetItemCount();
  tick("routines-actor-primary-care", false);
  CHECK(gaps->GetItemCount() < with_primary_care);

  // What changed: offered against the version the draft replaces, the earlier one first whichever is chosen.
  auto* compare_with = dynamic_cast<wxChoice*>(find("routines-compare-with"));
  CHECK(compare_with->GetStringSelection().StartsWith("sormland-jul-2026 v1"));
  click(*tool, "routines-compare");
  auto* result = dynamic_cast<wxStaticText*>(find("routines-compare-result"));
  const wxString from_draft = result->GetLabel();
  CHECK(from_draft.StartsWith(wxString::FromUTF8("sormland-jul-2026 v1 (beslutad) → sormland-2027-2028 v2 (utkast): ")));
  select(in_force);
  REQUIRE(compare_with->SetStringSelection("sormland-2027-2028 v2 (utkast)"));
  click(*tool, "routines-compare");
  CHECK(result->GetLabel() == from_draft);
  // The comparisons opened in the print preview: closed again, as a person would.
  for (auto* window : wxTopLevelWindows) {
    if (window != app.frame && dynamic_cast<wxPreviewFrame*>(window) != nullptr) {
      window->Destroy();
    }
  }
}

// Accepts the new-version dialog as offered (the next years, version plus one).
class AcceptDialog : public wxModalExpectation {
protected:
  int Invoke(wxDialog* dialog) const override { return dialog->GetName() == "new-version" ? wxID_OK : wxID_NONE; }
  wxString GetDefaultDescription() const override { return "new-version"; }
};

TEST_CASE("GUI - a new routine version from the one in force, its hours edited in a form with undo, saved as the routine's XML")
{
  const sdk::TestClock clock("2026-12-07 10:00");
  const test::TempFolder folder;
  DemoApp app;
  auto* tool = app.frame->open_tool("routines");
  REQUIRE(tool != nullptr);
  auto* versions = dynamic_cast<wxListCtrl*>(named(*tool, "routines-versions"));
  REQUIRE(versions != nullptr);
  // The version in force is chosen: decided, so it is not edited in place; its next version is.
  CHECK_FALSE(named(*tool, "routines-edit")->IsEnabled());
  // A new version is saved among the user's own data unless they choose otherwise: here, the test's folder.
  const char* data_home = std::getenv("XDG_DATA_HOME");
  const std::string kept_data_home = data_home != nullptr ? data_home : "";
  ::setenv("XDG_DATA_HOME", folder.path().c_str(), 1);
  wxTEST_DIALOG(click(*tool, "routines-new-version"), AcceptDialog());
  if (data_home != nullptr) {
    ::setenv("XDG_DATA_HOME", kept_data_home.c_str(), 1);
  } else {
    ::unsetenv("XDG_DATA_HOME");
  }
  RoutineEditorWindow editor;
  REQUIRE(editor.window != nullptr);
  auto& form = *editor.window;
  const auto text = [&](const char* name) { return dynamic_cast<wxStaticText*>(named(form, name))->GetLabel(); };
  const auto choose = [&](const char* name, const wxString& label) {
    auto* choice = dynamic_cast<wxChoice*>(named(form, name));
    REQUIRE(choice->SetStringSelection(label));
    wxCommandEvent chosen(wxEVT_CHOICE, choice->GetId());
    chosen.SetInt(choice->GetSelection());
    choice->GetEventHandler()->ProcessEvent(chosen);
  };
  auto* home_help = dynamic_cast<wxTextCtrl*>(named(form, "routine-editor-hours-home-help"));
  const auto type = [&](wxTextCtrl* field, const wxString& hours) {
    field->ChangeValue(hours);
    wxCommandEvent entered(wxEVT_TEXT_ENTER, field->GetId());
    field->GetEventHandler()->ProcessEvent(entered);
  };
  // The offered next version: 2027, a draft not yet saved, Christmas moved to its 2027 dates.
  CHECK(form.GetTitle().Contains("sormland-jul-2027 version 2"));
  CHECK(text("routine-editor-status").Contains(wxString::FromUTF8("utkast, gäller 2027-01-01 – 2027-12-31")));
  CHECK(text("routine-editor-status").Contains(wxString::FromUTF8("inte sparad än")));
  const auto closed_days = [&] {
    long count = -1;
    text("routine-editor-summary").BeforeFirst(' ').ToLong(&count);
    return count;
  };
  const long before = closed_days();
  REQUIRE(before >= 0);

  // Flen's home help on julafton, as the region's form shows it, then moved to the evening.
  choose("routine-editor-place", "Flen");
  choose("routine-editor-day", wxString::FromUTF8("2027-12-24 julafton"));
  CHECK(home_help->GetValue() == wxString::FromUTF8("10–13"));
  CHECK(text("routine-editor-hint-ward").Contains(wxString::FromUTF8("regionens tider: 08–14")));
  type(home_help, "15-19");
  CHECK(text("routine-editor-error").empty());
  CHECK(home_help->GetValue() == wxString::FromUTF8("15–19"));
  CHECK(form.GetTitle().EndsWith(" *"));
  // Ward 08–14 and home help 15–19 never meet: one more day without a window, listed with what would open one.
  CHECK(closed_days() == before + 1);
  auto* gaps = dynamic_cast<wxListCtrl*>(named(form, "routine-editor-gaps"));
  bool listed = false;
  for (long row = 0; row < gaps->GetItemCount(); ++row) {
    listed = listed || (gaps->GetItemText(row, 0).StartsWith("2027-12-24, Flen") && gaps->GetItemText(row, 0).Contains(wxString::FromUTF8("15–19")));
  }
  CHECK(listed);
  // Hours that do not read, or run backwards, are said and change nothing.
  type(home_help, "19-15");
  CHECK(text("routine-editor-error").Contains(wxString::FromUTF8("Hemtjänst: \"19-15\" slutar innan den börjar")));
  CHECK(closed_days() == before + 1);
  // Undo and redo, by button.
  click(form, "routine-editor-undo");
  CHECK(home_help->GetValue() == wxString::FromUTF8("10–13"));
  CHECK(closed_days() == before);
  CHECK(text("routine-editor-error").empty());
  click(form, "routine-editor-redo");
  CHECK(home_help->GetValue() == wxString::FromUTF8("15–19"));

  // Midsummer eve becomes an agreed day for the region: the same hours until edited.
  choose("routine-editor-place", wxString::FromUTF8("Regionen (alla kommuner)"));
  wxTEST_DIALOG(click(form, "routine-editor-add-day"), AnswerText("2027-06-25"));
  CHECK(dynamic_cast<wxChoice*>(named(form, "routine-editor-day"))->GetStringSelection() == wxString::FromUTF8("2027-06-25 midsommarafton"));
  CHECK(closed_days() == before + 1);
  type(dynamic_cast<wxTextCtrl*>(named(form, "routine-editor-hours-ward")), "");
  CHECK(text("routine-editor-hint-ward") == wxString::FromUTF8("inte bemannad"));
  CHECK(closed_days() == before + 1 + 9);  // no ward on midsummer eve: no window in any of the nine municipalities
  // A municipality's actor not staffed at all, whatever the region's hours: "ingen"; then undone.
  choose("routine-editor-place", "Trosa");
  choose("routine-editor-day", wxString::FromUTF8("2027-12-24 julafton"));
  type(dynamic_cast<wxTextCtrl*>(named(form, "routine-editor-hours-home-health-care")), "ingen");
  CHECK(text("routine-editor-hint-home-health-care").StartsWith(wxString::FromUTF8("inte bemannad här (regionens tider: 09–15)")));
  CHECK(closed_days() == before + 1 + 9 + 1);
  click(form, "routine-editor-undo");
  CHECK(closed_days() == before + 1 + 9);

  // Saved as the routine's XML where it was offered; no question on closing after that.
  const auto file = folder.path() / "trygg" / "rutiner" / "sormland-jul-2027.xml";
  CHECK(text("routine-editor-status").Contains(wxString::FromUTF8(file.string())));
  click(form, "routine-editor-save");
  REQUIRE_MESSAGE(std::filesystem::exists(file), text("routine-editor-error").utf8_string());
  const auto saved = read_text(file);
  CHECK(saved.find("<!-- midsommarafton -->") != std::string::npos);
  CHECK(saved.find("<window actor=\"home-help\" from=\"15:00\" to=\"19:00\" />") != std::string::npos);
  CHECK(saved.find("status=\"utkast\"") != std::string::npos);
  CHECK(text("routine-editor-error").Contains(wxString::FromUTF8("lägg filen i en plugin")));
  CHECK_FALSE(form.GetTitle().EndsWith(" *"));
  // A change not saved is asked about on closing: stay, then throw it away.
  type(home_help, "16-19");
  wxTEST_DIALOG(form.Close(), wxExpectModal<wxMessageDialog>(wxID_CANCEL));
  CHECK(RoutineEditorWindow().window == &form);
  wxTEST_DIALOG(form.Close(), wxExpectModal<wxMessageDialog>(wxID_NO));
  settle(50);
  CHECK(RoutineEditorWindow().window == nullptr);
  CHECK(read_text(file) == saved);
}

TEST_CASE("GUI - Uppföljning shows an indicator per municipality in a table and a chart, with the county's figure")
{
  const sdk::TestClock clock("2026-12-07 10:00");
  DemoApp app;
  auto& workspace = app.frame->workspace();
  // Two discharges from Flen in November: two days and the same day.
  const auto discharged = [&](const char* ready, const char* home) {
    const auto id = workspace.open_case("se.trygg.discharge", "discharge", "Höftfraktur", Person{test::tolvan, "Tolvan Tolvansson", "Flen"});
    workspace.record_event(id, {"admitted", sdk::parse_swedish_time("2026-11-01 08:00").value(), ""}, true);
    workspace.record_event(id, {"ready-for-discharge", sdk::parse_swedish_time(ready).value(), ""}, true);
    workspace.record_event(id, {"discharged", sdk::parse_swedish_time(home).value(), ""}, true);
    return id;
  };
  const auto two_days = discharged("2026-11-02 09:00", "2026-11-04 14:00");
  const auto same_day = discharged("2026-11-10 08:00", "2026-11-10 15:00");
  auto* page = app.frame->show_follow_up();
  REQUIRE(page != nullptr);
  CHECK(app.frame->show_follow_up() == page);  // one tab, brought forward
  REQUIRE(page->choose_indicator("discharge.ready-days"));
  page->set_period(from_iso_date("2026-11-01").value(), from_iso_date("2026-11-30").value());
  // The definition and its source above the figures.
  CHECK(page->message().Contains(wxString::FromUTF8("alla episoder, samma dag = 0 dagar")));
  const auto& table = page->table();
  REQUIRE(table.GetItemCount() >= 2);
  long flen = -1;
  for (long row = 0; row < table.GetItemCount(); ++row) {
    flen = table.GetItemText(row, 0) == "Flen" ? row : flen;
  }
  REQUIRE(flen >= 0);
  CHECK(table.GetItemText(flen, 1) == "2");    // episodes
  CHECK(table.GetItemText(flen, 2) == "1.0");  // mean days
  CHECK(table.GetItemText(flen, 5) == "50 %");  // the same day
  CHECK(table.GetItemText(table.GetItemCount() - 1, 0) == "Totalt");
  // The cases behind the figure, for the double-click.
  REQUIRE(page->result().has_value());
  bool found = false;
  for (const auto& cell : page->result()->groups) {
    if (cell.group == "Flen") {
      found = true;
      CHECK(cell.case_ids == std::vector<CaseId>{two_days, same_day});
    }
  }
  CHECK(found);
  // Per month: November alone.
  page->set_grouping(IndicatorGrouping::month);
  CHECK(table.GetItemText(0, 0) == "2026-11");
  REQUIRE(named(*page, "indicator-chart") != nullptr);
  // A period backwards is said, and nothing is shown as if it were a figure.
  page->set_period(from_iso_date("2026-11-30").value(), from_iso_date("2026-11-01").value());
  CHECK(page->message().Contains(wxString::FromUTF8("det första inte efter det sista")));
  CHECK(table.GetItemCount() == 0);
}

TEST_CASE("GUI - the physician-time tool compares the agreements in a table and a chart, and follows the ticks")
{
  DemoApp app;
  auto* tool = app.frame->open_tool("physician-time");  // the physician-time plugin's tool
  REQUIRE(tool != nullptr);
  const auto find = [&](const char* name) { return named(*tool, name); };
  auto* table = dynamic_cast<wxListCtrl*>(find("physician-time-table"));
  auto* scenarios = dynamic_cast<wxCheckListBox*>(find("physician-time-scenarios"));
  auto* detail = dynamic_cast<wxListCtrl*>(find("physician-time-detail"));
  REQUIRE(table != nullptr);
  REQUIRE(scenarios != nullptr);
  REQUIRE(find("physician-time-chart") != nullptr);
  CHECK(table->GetItemCount() == 4);
  CHECK(table->GetItemText(0, 4) == wxString::FromUTF8("–"));  // the first is the baseline
  // Eskilstuna's 120 SÄBO residents at 6 minutes: 12 hours a week.
  CHECK(detail->GetItemText(0, 0) == "Eskilstuna");
  CHECK(detail->GetItemText(0, 1) == "12.00");
  // Unticking today's agreement makes the next, the proposal, the baseline.
  scenarios->Check(0, false);
  wxCommandEvent toggled(wxEVT_CHECKLISTBOX, scenarios->GetId());
  toggled.SetInt(0);
  scenarios->GetEventHandler()->ProcessEvent(toggled);
  CHECK(table->GetItemCount() == 3);
  CHECK(table->GetItemText(0, 4) == wxString::FromUTF8("–"));
  CHECK(detail->GetItemText(0, 1) == "47.25");
  REQUIRE(find("physician-time-cover") != nullptr);
  // The follow-up of the example's delivered week against the scenario chosen: six rows, Solbacken red.
  click(*tool, "physician-time-example-delivered");
  auto* follow_up = dynamic_cast<wxListCtrl*>(find("physician-time-follow-up"));
  REQUIRE(follow_up != nullptr);
  CHECK(follow_up->GetItemCount() == 6);
  CHECK(follow_up->GetItemText(1, 5) == wxString::FromUTF8("röd"));

  // The units typed in the table are checked and saved in the workspace; a bad count saves nothing.
  auto* units = dynamic_cast<gui::RowTable*>(find("physician-time-units"));
  REQUIRE(units != nullptr);
  units->grid()->SetCellValue(0, 3, "100");  // Tallåsen: 100 residents instead of 70
  click(*tool, "physician-time-save-units");
  const auto saved = app.frame->workspace().storage().plugin_record("se.trygg.physician-time", 0, "units");
  REQUIRE(saved);
  CHECK(saved->find("\"people\":100") != std::string::npos);
  CHECK(detail->GetItemText(0, 1) == "51.75");  // the plan follows the saved units: 30 more residents × 9 minutes

  // Delivered time typed in the follow-up's table is saved in the workspace and followed up at once:
  // Solbacken's 300 minutes become 450 of 450, and the row turns green.
  auto* delivered = dynamic_cast<gui::RowTable*>(find("physician-time-delivered"));
  REQUIRE(delivered != nullptr);
  CHECK(delivered->rows().size() == 6);  // the example, shown for editing
  delivered->grid()->SetCellValue(1, 3, "450");
  click(*tool, "physician-time-save-delivered");
  const auto delivered_saved = app.frame->workspace().storage().plugin_record("se.trygg.physician-time", 0, "delivered");
  REQUIRE(delivered_saved);
  CHECK(delivered_saved->find("\"450\"") != std::string::npos);
  CHECK(follow_up->GetItemText(1, 5) == wxString::FromUTF8("grön"));

  // A unit's risk analysis is a case of its own, without a person, opened once and found again.
  const auto unit_risks = [&] { return app.frame->workspace().storage().list_cases({.process = "unit-risk"}); };
  CHECK(unit_risks().empty());
  units->grid()->SetGridCursor(1, 0);
  click(*tool, "physician-time-unit-risk");
  REQUIRE(unit_risks().size() == 1);
  CHECK(unit_risks()[0].title == units->rows()[1][1]);
  CHECK(unit_risks()[0].municipality == units->rows()[1][0]);
  CHECK(unit_risks()[0].person_identity.empty());
  const auto analysis = app.frame->workspace().storage().risk_analyses(unit_risks()[0].id);
  REQUIRE(analysis.size() == 1);
  CHECK(analysis[0].risk_template.area("out-of-hours") != nullptr);
  click(*tool, "physician-time-unit-risk");
  CHECK(unit_risks().size() == 1);
}

TEST_CASE("GUI - a nurse assesses with an instrument: nothing is answered by default, the score shows as answered, and the result reaches the tab, the chart and the risk analysis")
{
  DemoApp app;
  auto& workspace = app.frame->workspace();
  auto* panel = app.open_case_of("proactive", "assessments");
  const CaseId proactive = panel->case_id();
  auto* page = panel->assessment_page();
  REQUIRE(page != nullptr);
  CHECK(page->list().GetItemCount() == 5);
  CHECK(page->list().GetItemText(0, 1) == "aldrig");

  const auto offered = workspace.instruments_for(*workspace.storage().find_case(proactive));
  {
    gui::AssessmentDialog dialog(panel, *offered[0].instrument);  // Downton
    CHECK(dialog.answers().count("previous-falls") == 0);        // "Välj…": not answered by default
    CHECK(dialog.result_text().Contains(wxString::FromUTF8("frågor kvar")));
    dialog.choose("previous-falls", "yes");
    dialog.choose("medication", "sedatives");
    dialog.choose("medication", "diuretics");
    dialog.choose("mental", "oriented");
    dialog.choose("gait", "aid");
    CHECK(dialog.result_text().StartsWith(wxString::FromUTF8("4 poäng: Risk för fall")));
    REQUIRE(page->record(0, dialog.answers()));
  }
  settle();
  CHECK(page->list().GetItemText(0, 2) == "4");
  CHECK(page->list().GetItemText(0, 3) == wxString::FromUTF8("Risk för fall"));
  REQUIRE(named(*panel, "assessment-chart") != nullptr);
  const auto risks = workspace.storage().risk_analyses(proactive).at(0).risks;
  CHECK(std::any_of(risks.begin(), risks.end(), [](const Risk& risk) { return risk.area == "falls" && risk.score() == 9; }));

  // Visa > Riskbedömningar lists the instruments still to assess for this person, and not Downton, now done.
  auto* overview = app.frame->show_assessments();
  REQUIRE(overview != nullptr);
  REQUIRE(named(*app.frame, "assessment-share-chart") != nullptr);
  int rows_for_case = 0;
  for (long row = 0; row < overview->due_list().GetItemCount(); ++row) {
    const bool this_person = overview->due_list().GetItemText(row, 2) == gui::display_identity(workspace.storage().find_case(proactive)->person.identity);
    rows_for_case += this_person ? 1 : 0;
    CHECK_FALSE((this_person && overview->due_list().GetItemText(row, 4).StartsWith("Downton")));
  }
  CHECK(rows_for_case == 4);
  CHECK(app.frame->show_assessments() == overview);  // brought forward, not a second tab
}

TEST_CASE("GUI - an acute case is not exported or printed for another unit without consent, with one it goes, and is logged")
{
  DemoApp app;
  auto& workspace = app.frame->workspace();
  auto* panel = app.open_case_of("acute", "consent");  // the consent form's tab
  const CaseId acute = panel->case_id();
  const auto logged = [&] {
    int count = 0;
    for (const auto& entry : workspace.storage().history(acute)) {
      count += entry.entity == "disclosure" ? 1 : 0;
    }
    return count;
  };
  // Without a consent: refused, said, nothing logged.
  bool went = true;
  wxTEST_DIALOG(went = panel->disclose_to("Hemsjukvården Flen", false, "rapport"), wxExpectModal<wxMessageDialog>(wxID_OK));
  CHECK_FALSE(went);
  CHECK(logged() == 0);
  // The person's own copy needs none.
  CHECK(panel->disclose_to({}, true, "rapport"));
  CHECK(logged() == 1);
  const auto form = workspace.forms_for(*workspace.storage().find_case(acute)).at(0);
  workspace.save_form(acute, form, R"({"given-by": "person", "given-on": "2026-11-20", "covers": "Besöksorsak",
                                       "recipients": [{"unit": "Hemsjukvården Flen"}], "valid-until": "2099-12-31"})");
  CHECK(panel->disclose_to("Hemsjukvården Flen", false, "rapport"));
  CHECK(logged() == 2);
  // The dialog offers the consent's units.
  gui::DisclosureDialog dialog(panel, workspace.disclosure_check(*workspace.storage().find_case(acute), {}).recipients);
  CHECK(dialog.recipient() == "Hemsjukvården Flen");
}

TEST_CASE("GUI - a database whose history was rewritten with SQL is checked in the background and said in a bar above the tabs")
{
  const test::TempFolder folder;
  ::setenv("XDG_CONFIG_HOME", (folder / "config").c_str(), 1);
  const auto file = folder / "tampered.db";
  {
    Workspace workspace(file, test::bundled_plugins(), "gui-test");
    REQUIRE(seed_demo_data(workspace) == 14);
  }
  {
    SQLite::Database raw(file, SQLite::OPEN_READWRITE);
    raw.exec("DROP TRIGGER history_is_append_only_on_update; UPDATE history SET actor = 'mallory' WHERE id = 4; "
             "CREATE TRIGGER history_is_append_only_on_update BEFORE UPDATE ON history BEGIN SELECT RAISE(ABORT, 'x'); END;");
  }
  auto* frame = new gui::MainFrame(std::make_unique<Workspace>(file, test::bundled_plugins(), "gui-test"));
  frame->Show();
  for (int waited = 0; waited < 100 && !frame->database_check(); ++waited) {
    settle(50);
  }
  REQUIRE(frame->database_check());
  REQUIRE(frame->database_check()->breaks.size() == 1);
  CHECK(frame->database_check()->breaks[0].id == 4);
  CHECK(frame->database_notice().Contains(wxString::FromUTF8("ändrats utanför Trygg")));
  CHECK(frame->database_notice().Contains("rad 4"));
  frame->Destroy();
  settle(50);
}

TEST_CASE("GUI - the database used last time is gone: asked, never replaced without a word")
{
  std::optional<std::string> chosen = std::string("unset");
  wxTEST_DIALOG(chosen = gui::choose_missing_database(nullptr, "/nowhere/trygg.db"), wxExpectModal<wxMessageDialog>(wxID_NO));
  REQUIRE(chosen);
  CHECK(chosen->empty());  // the user's own database, chosen
  wxTEST_DIALOG(chosen = gui::choose_missing_database(nullptr, "/nowhere/trygg.db"), wxExpectModal<wxMessageDialog>(wxID_CANCEL));
  CHECK_FALSE(chosen);  // quit
}

TEST_CASE("GUI - Hjälp > Kortkommandon lists the shell's and the plugins' keys, and no key does two things")
{
  DemoApp app;
  const auto shortcuts = gui::menu_shortcuts(*app.frame->GetMenuBar());
  std::map<wxString, wxString> by_key;
  for (const auto& [key, command] : shortcuts) {
    INFO(key.utf8_string(), ": ", command.utf8_string());
    CHECK(by_key.emplace(key, command).second);  // a plugin's tool must not take a key already in use
  }
  CHECK(by_key.count("Ctrl+N") == 1);
  CHECK(by_key["Ctrl+L"].Contains(wxString::FromUTF8("Läkarmedverkan")));  // a plugin's tool
  CHECK(by_key["Ctrl+G"].Contains("storhelg"));
  // Export and print wait for a case in front.
  wxUpdateUIEvent print(wxID_PRINT);
  app.frame->ProcessWindowEvent(print);
  CHECK_FALSE(print.GetEnabled());
}

TEST_CASE("GUI - the plugins dialog lists loaded and rejected plugins with why")
{
  const test::TempFolder folder;
  auto paths = test::bundled_plugins();
  paths.push_back({TRYGG_TEST_PLUGIN_DIR, PluginOrigin::environment});
  const PluginHost host(paths, test::trusting_test_plugins());
  auto* parent = new wxFrame(nullptr, wxID_ANY, "parent");
  {
    gui::PluginsDialog dialog(parent, host.plugins(), folder / "plugins.xml");
    auto& list = dialog.list();
    CHECK(list.GetItemCount() == static_cast<int>(host.plugins().size()));
    CHECK(list.GetItemCount() >= 10);
    int rejected = 0;
    for (long row = 0; row < list.GetItemCount(); ++row) {
      if (list.GetItemText(row, 3) == wxString::FromUTF8("avvisad")) {
        ++rejected;
        CHECK_FALSE(list.GetItemText(row, 5).empty());
      }
    }
    CHECK(rejected == 7);  // every broken test plugin, the old-API one included
  }
  parent->Destroy();
}

TEST_CASE("GUI - the screenshot is a real picture, not an empty rectangle")
{
  DemoApp app;
  const auto file = app.folder / "main.png";
  CHECK(gui::save_screenshot(*app.frame, file).empty());
  wxImage image(wxString::FromUTF8(file.string()), wxBITMAP_TYPE_PNG);
  REQUIRE(image.IsOk());
  CHECK(image.GetWidth() >= 800);
  std::set<unsigned long> colours;
  for (int y = 0; y < image.GetHeight(); y += 7) {
    for (int x = 0; x < image.GetWidth(); x += 7) {
      colours.insert((image.GetRed(x, y) << 16U) | (image.GetGreen(x, y) << 8U) | image.GetBlue(x, y));
    }
  }
  CHECK(colours.size() > 8);
}

TEST_CASE("GUI - a tab or the app closed with a SIP plan or a form typed in but not saved asks first: stay, throw away or save")
{
  DemoApp app;
  auto& storage = app.frame->workspace().storage();
  const auto stored = [&](const char* plugin, CaseId id, const char* record) {
    return nlohmann::json::parse(storage.plugin_record(plugin, id, record).value_or("{}"));
  };

  SUBCASE("the SIP plan (a plugin's page)")
  {
    const auto open_plan = [&] {
      auto* page = app.open_case_of("sip", "plan")->page("plan");
      REQUIRE(page != nullptr);
      settle(100);
      return page;
    };
    auto* page = open_plan();
    const CaseId id = app.frame->current_case()->case_id();
    const auto huvudansvar_before = stored("se.trygg.sip", id, "plan").value("huvudansvar", std::string());
    // Nothing typed: the tab closes without a word.
    CHECK(app.frame->close_tab(1));

    page = open_plan();
    const auto type_huvudansvar = [&](wxWindow* on) {
      dynamic_cast<wxComboBox*>(named(*on, "sip-huvudansvar"))->SetValue(wxString::FromUTF8("Region Sörmland"));
    };
    type_huvudansvar(page);
    // Avbryt: the tab and the typing stay, also when the shell asks the page to show what is stored.
    wxTEST_DIALOG(CHECK_FALSE(app.frame->close_tab(1)), wxExpectModal<wxMessageDialog>(wxID_CANCEL));
    dynamic_cast<gui::PluginWindow*>(page)->reload();
    CHECK(dynamic_cast<wxComboBox*>(named(*page, "sip-huvudansvar"))->GetValue() == wxString::FromUTF8("Region Sörmland"));
    // Quitting asks too; Avbryt keeps the app open.
    wxTEST_DIALOG(app.frame->Close(), wxExpectModal<wxMessageDialog>(wxID_CANCEL));
    CHECK_FALSE(app.frame->IsBeingDeleted());
    // Spara inte: the tab closes and nothing is stored.
    wxTEST_DIALOG(CHECK(app.frame->close_tab(1)), wxExpectModal<wxMessageDialog>(wxID_NO));
    CHECK(stored("se.trygg.sip", id, "plan").value("huvudansvar", std::string()) == huvudansvar_before);

    // A half-typed date is an edit; Spara refuses it with a message, and the tab stays.
    page = open_plan();
    dynamic_cast<wxTextCtrl*>(named(*page, "sip-follow-up-at"))->SetValue(wxString::FromUTF8("nästa vecka"));
    wxTEST_DIALOG(CHECK_FALSE(app.frame->close_tab(1)), wxExpectModal<wxMessageDialog>(wxID_YES),
                  wxExpectModal<wxMessageDialog>(wxID_OK));
    dynamic_cast<wxTextCtrl*>(named(*page, "sip-follow-up-at"))->SetValue("2027-01-15");
    type_huvudansvar(page);
    // Spara: saved, then closed.
    wxTEST_DIALOG(CHECK(app.frame->close_tab(1)), wxExpectModal<wxMessageDialog>(wxID_YES));
    CHECK(stored("se.trygg.sip", id, "plan")["huvudansvar"] == "Region Sörmland");
  }

  SUBCASE("a record form the process declares (Min plan)")
  {
    auto* page = app.open_case_of("proactive", "min-plan")->page("min-plan");
    REQUIRE(page != nullptr);
    const CaseId id = app.frame->current_case()->case_id();
    settle(100);
    dynamic_cast<wxTextCtrl*>(named(*page, "form-what-matters"))->SetValue(wxString::FromUTF8("Att få bo kvar hemma"));
    wxTEST_DIALOG(CHECK(app.frame->close_tab(1)), wxExpectModal<wxMessageDialog>(wxID_YES));
    CHECK(stored("se.trygg.proactive", id, "min-plan")["what-matters"] == "Att få bo kvar hemma");
  }

  SUBCASE("a workspace tool's tables (physician time)")
  {
    auto* tool = app.frame->open_tool("physician-time");
    REQUIRE(tool != nullptr);
    settle(100);
    // A file loaded or the example shown is not typing: the tool closes without a word.
    click(*tool, "physician-time-example-delivered");
    CHECK(app.frame->close_tab(1));
    tool = app.frame->open_tool("physician-time");
    auto* units = dynamic_cast<gui::RowTable*>(named(*tool, "physician-time-units"));
    REQUIRE(units != nullptr);
    units->grid()->SetCellValue(0, 3, "100");
    wxTEST_DIALOG(CHECK_FALSE(app.frame->close_tab(1)), wxExpectModal<wxMessageDialog>(wxID_CANCEL));
    wxTEST_DIALOG(CHECK(app.frame->close_tab(1)), wxExpectModal<wxMessageDialog>(wxID_YES));
    const auto saved = storage.plugin_record("se.trygg.physician-time", 0, "units");
    REQUIRE(saved);
    CHECK(saved->find("100") != std::string::npos);
  }
}

TEST_CASE("GUI - a long case list is read a window at a time: the same rows, selection and repaint, in any stored order")
{
  DemoApp app;
  auto& page = app.frame->cases_page();
  auto& list = page.case_list();
  REQUIRE_FALSE(list.windowed());  // 13 demo cases: read whole
  const auto whole = list.rows();
  REQUIRE(whole.size() > 6);

  page.set_window_threshold(5);
  page.reload();
  REQUIRE(list.windowed());
  REQUIRE(list.GetItemCount() == static_cast<int>(whole.size()));
  for (std::size_t n = 0; n < whole.size(); ++n) {
    CAPTURE(n);
    const auto* row = list.row_at(static_cast<long>(n));
    REQUIRE(row != nullptr);
    CHECK(row->id == whole[n].id);
    CHECK(list.GetItemText(static_cast<long>(n), 0) == wxString::Format("%lld", static_cast<long long>(whole[n].id)));
  }
  CHECK(list.row_at(static_cast<long>(whole.size())) == nullptr);
  list.SetItemState(3, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
  CHECK(list.selected_case() == whole[3].id);

  // A tick in a case repaints its row where it is, without reading the list again.
  const CaseId id = whole[2].id;
  auto& workspace = app.frame->workspace();
  const auto checklists = workspace.storage().checklists(id);
  REQUIRE_FALSE(checklists.empty());
  const auto open_item = std::find_if(checklists[0].items.begin(), checklists[0].items.end(),
                                      [](const ChecklistItem& item) { return item.state == ItemState::not_started; });
  REQUIRE(open_item != checklists[0].items.end());
  const auto before = list.row_at(2)->items_done;
  workspace.change_item(open_item->id, {.state = ItemState::done}, true);
  settle(50);
  CHECK(list.windowed());
  CHECK(list.row_at(2)->items_done == before + 1);

  // Sorting by a stored column reads windows in that order, the same rows as the whole list sorted in memory.
  const auto rows_shown = [&] {
    std::vector<CaseId> ids;
    for (long n = 0; n < list.GetItemCount(); ++n) {
      ids.push_back(list.row_at(n)->id);
    }
    return ids;
  };
  const auto click = [&](int column) {
    wxListEvent event(wxEVT_LIST_COL_CLICK, list.GetId());
    event.m_col = column;
    list.GetEventHandler()->ProcessEvent(event);
  };
  for (const int column : {1, 2, 3, 5, 6, 10}) {  // personnummer, name, municipality, done, next due, title
    CAPTURE(column);
    page.set_window_threshold(5);
    page.reload();
    click(column);
    click(column);  // twice: descending, the harder way to read a window
    CHECK(list.windowed());
    const auto windowed = rows_shown();
    page.set_window_threshold(1000);
    page.reload();  // the same order, held in memory
    REQUIRE_FALSE(list.windowed());
    CHECK(rows_shown() == windowed);
  }
  CHECK(list.GetItemText(0, 10) != list.GetItemText(static_cast<long>(whole.size()) - 1, 10));
  // Held in memory, the selected case stays selected where the new order puts it.
  list.SetItemState(4, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
  const auto chosen = list.selected_case();
  REQUIRE(chosen);
  click(2);
  CHECK(list.selected_case() == chosen);
  CHECK(list.GetSortIndicator() == 2);

  // A live column (the traffic light) sorts only a list short enough to judge whole; a longer one says why.
  page.set_window_threshold(5);
  page.reload();
  list.set_live_sort_bound(5);
  click(7);
  CHECK(list.windowed());
  CHECK(page.notice().Contains(wxString::FromUTF8("högst 5")));
  list.set_live_sort_bound(20'000);
  click(7);
  CHECK_FALSE(list.windowed());
  CHECK(list.rows().size() == whole.size());
  CHECK(page.notice().empty() == false);  // the notice stays until the list is read again
  page.reload();
  CHECK(page.notice().empty());
}

TEST_CASE("GUI - Logguppföljning shows who read and changed a person's data, per person and per user, and exports it privately")
{
  DemoApp app;
  REQUIRE(app.frame->open_case(3) != nullptr);  // a read, logged
  auto& storage = app.frame->workspace().storage();
  const auto identity = storage.find_case(3)->person.identity;
  auto* log = app.frame->show_access_log();
  REQUIRE(log != nullptr);
  CHECK(app.frame->show_access_log() == log);  // one tab

  // Nothing asked: it says what to give rather than listing everyone's.
  CHECK(log->lines_list().GetItemCount() == 0);
  log->set_query(wxString::FromUTF8(identity), {});
  const int lines = log->lines_list().GetItemCount();
  CHECK(lines == static_cast<int>(storage.access_log({.person_identity = identity}).size()));
  bool opened = false;
  for (long row = 0; row < lines; ++row) {
    opened = opened || (log->lines_list().GetItemText(row, 1) == "gui-test" && log->lines_list().GetItemText(row, 2) == wxString::FromUTF8("läste") &&
                        log->lines_list().GetItemText(row, 6) == wxString::FromUTF8("ärendet öppnat"));
  }
  CHECK(opened);
  CHECK(log->message().Contains(wxString::FromUTF8("Läst")));

  // One user's, in a period that has not come: nothing. A date that is not one is said, not guessed.
  log->set_query({}, "gui-test", "2099-01-01");
  CHECK(log->lines_list().GetItemCount() == 0);
  log->set_query({}, "gui-test", "31/12");
  CHECK(log->message().Contains(wxString::FromUTF8("ÅÅÅÅ-MM-DD")));
  log->set_query({}, "nobody-else");
  CHECK(log->lines_list().GetItemCount() == 0);

  // Exported as shown, readable by its owner alone.
  log->set_query(wxString::FromUTF8(identity), {});
  const auto file = app.folder / "logg.csv";
  REQUIRE(log->export_csv(file.string()));
  std::ifstream csv(file);
  std::string first;
  std::getline(csv, first);
  CHECK(first.find("personuppgifter") != std::string::npos);
  CHECK((std::filesystem::status(file).permissions() & std::filesystem::perms::others_all) == std::filesystem::perms::none);
  CHECK_FALSE(log->export_csv((app.folder / "no-such-folder" / "x.csv").string()));

  // A read outside the reader's municipalities (nödåtkomst, as a colleague on the shared server made it):
  // "Bara nödåtkomst" lists it with its reason, flagged, whoever and whomever it was.
  {
    Storage colleague(app.folder / "gui.db");
    colleague.log_access(5, AccessAction::read, "ärendet öppnat", "nina", "vc-3 (trygg)", std::string("akut, SÄBO ringde"));
  }
  log->set_query({}, {}, {}, {}, true);
  REQUIRE(log->lines_list().GetItemCount() == 1);
  CHECK(log->lines_list().GetItemText(0, 1) == "nina");
  CHECK(log->lines_list().GetItemText(0, 8) == wxString::FromUTF8("akut, SÄBO ringde"));
  CHECK(log->message().Contains(wxString::FromUTF8("Nödåtkomst: 1")));
}
