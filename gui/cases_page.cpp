#include "cases_page.hpp"
#include "cell_tooltips.hpp"

#include "case_list_ctrl.hpp"
#include "gui_text.hpp"
#include "heading.hpp"
#include "trygg/case_list_notices.hpp"
#include "trygg/i18n.hpp"
#include "trygg/sdk/case_view.hpp"
#include "trygg/gui_sdk/palette.hpp"

#include <wx/choice.h>
#include <wx/infobar.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>

#include <map>

namespace trygg::gui {
namespace {

std::map<std::string, std::string> process_names(const Workspace& workspace)
{
  std::map<std::string, std::string> names;
  for (const auto& plugin : workspace.plugins().plugins()) {
    if (plugin.loaded) {
      for (const auto& process : plugin.manifest->processes) {
        names[process.id] = process.name;
      }
    }
  }
  return names;
}

}  // namespace

// wx owns child windows (deleted with their parent), which is why they are made with new here.
CasesPage::CasesPage(wxWindow* parent, Workspace& workspace, OpenCase open_case)
    : wxPanel(parent), workspace_(&workspace), open_case_(std::move(open_case))
{
  auto* top = new wxBoxSizer(wxVERTICAL);
  auto* filters = new wxBoxSizer(wxHORIZONTAL);
  search_ = new wxSearchCtrl(this, wxID_ANY, {}, wxDefaultPosition, FromDIP(wxSize(250, -1)));
  search_->SetDescriptiveText(tr("Sök namn, personnummer eller ärende"));
  filters->Add(search_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
  process_ = new wxChoice(this, wxID_ANY);
  municipality_ = new wxChoice(this, wxID_ANY);
  status_ = new wxChoice(this, wxID_ANY);
  for (const char* label : {N_("Öppna"), N_("Avslutade"), N_("Alla")}) {
    status_->Append(tr(label));
  }
  status_->SetSelection(0);
  due_ = new wxChoice(this, wxID_ANY);
  for (const char* label : {N_("Alla frister"), N_("Försenade"), N_("Förfaller idag")}) {
    due_->Append(tr(label));
  }
  due_->SetSelection(0);
  readiness_ = new wxChoice(this, wxID_ANY);
  for (const char* label : {N_("Alla lägen"), N_("Röda"), N_("Gula"), N_("Gröna")}) {
    readiness_->Append(tr(label));
  }
  readiness_->SetSelection(0);
  for (auto* choice : {process_, municipality_, status_, due_, readiness_}) {
    filters->Add(choice, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
    choice->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { reload_list(); });  // Idag is every open case: not filtered
  }
  count_ = new wxStaticText(this, wxID_ANY, {});
  filters->Add(count_, 0, wxALIGN_CENTER_VERTICAL | wxLEFT, FromDIP(6));
  top->Add(filters, 0, wxEXPAND | wxALL, FromDIP(8));
  plugin_notices_ = new wxStaticText(this, wxID_ANY, {});
  plugin_notices_->SetName("case-list-plugin-notices");
  plugin_notices_->SetFont(plugin_notices_->GetFont().Bold());
  top->Add(plugin_notices_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8));
  notice_ = new wxInfoBar(this);
  notice_->SetName("case-list-notice");
  top->Add(notice_, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(8));

  auto* splitter = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
  cases_ = new CaseListCtrl(splitter);
  cases_->set_judge([this](CaseId id) { return judge(id); });
  cases_->set_notice([this](const wxString& text) { show_notice(text); });
  auto* today_panel = new wxPanel(splitter);
  auto* today_sizer = new wxBoxSizer(wxVERTICAL);
  today_sizer->Add(heading(today_panel, tr("Idag: förfaller och försenat")), 0, wxBOTTOM, FromDIP(6));
  today_ = new wxListCtrl(today_panel, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
  show_cut_cells_as_tooltips(*today_);
  today_->AppendColumn(tr("Senast"), wxLIST_FORMAT_LEFT, FromDIP(130));
  today_->AppendColumn(tr("Vem"), wxLIST_FORMAT_LEFT, FromDIP(125));
  today_->AppendColumn(tr("Punkt"), wxLIST_FORMAT_LEFT, FromDIP(260));
  today_sizer->Add(today_, 1, wxEXPAND);
  today_panel->SetSizer(today_sizer);
  splitter->SetMinimumPaneSize(FromDIP(200));
  splitter->SetSashGravity(1.0);
  splitter->SplitVertically(cases_, today_panel, FromDIP(-420));
  top->Add(splitter, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8));
  SetSizer(top);

  search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { reload_list(); });
  cases_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) {
    if (const auto id = cases_->selected_case()) {
      open_case_(*id);
    }
  });
  today_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& event) {
    const auto row = static_cast<std::size_t>(event.GetIndex());
    if (row < today_cases_.size()) {
      open_case_(today_cases_[row]);
    }
  });
  fill_filters();
  reload_plugin_notices();
  reload_list();
  // The Idag pane (up to 200 rows, each put in the list by hand) is filled just after the first paint.
  CallAfter([this] { reload_today(); });
}

void CasesPage::set_workspace(Workspace& workspace)
{
  workspace_ = &workspace;
  fill_filters();
  reload();
}

void CasesPage::set_readiness_filter(int selection)
{
  readiness_->SetSelection(selection);
  reload_list();
}

void CasesPage::set_search(const wxString& text)
{
  search_->ChangeValue(text);
  reload_list();
}

void CasesPage::fill_filters()
{
  // The first loaded plugin that asks for a column of its own gets it.
  fact_column_.clear();
  wxString fact_title;
  for (const auto& plugin : workspace_->plugins().plugins()) {
    if (plugin.loaded && fact_column_.empty() && !plugin.manifest->list_column_fact.empty()) {
      fact_column_ = plugin.manifest->list_column_fact;
      fact_title = tr(plugin.manifest->list_column_title.c_str());
    }
  }
  cases_->set_fact_title(fact_title);
  process_->Clear();
  process_ids_ = {""};
  process_->Append(tr("Alla processer"));
  for (const auto& [id, name] : process_names(*workspace_)) {
    process_ids_.push_back(id);
    process_->Append(utf8(name));
  }
  process_->SetSelection(0);
  municipality_->Clear();
  municipality_->Append(tr("Alla kommuner"));
  try {
    for (const auto& name : workspace_->storage().municipalities()) {
      municipality_->Append(utf8(name));
    }
  } catch (const std::exception&) {
    // The list below reports the database error; a filter without names is enough here.
  }
  municipality_->SetSelection(0);
}

CaseFilter CasesPage::filter() const
{
  CaseFilter result;
  const int status = status_->GetSelection();
  result.status = status == 0 ? std::optional(CaseStatus::open) : status == 1 ? std::optional(CaseStatus::closed) : std::nullopt;
  const int process = process_->GetSelection();
  if (process > 0 && static_cast<std::size_t>(process) < process_ids_.size()) {
    result.process = process_ids_[static_cast<std::size_t>(process)];
  }
  if (municipality_->GetSelection() > 0) {
    result.municipality = municipality_->GetStringSelection().utf8_string();
  }
  const int due = due_->GetSelection();
  result.due = due == 1 ? DueFilter::overdue : due == 2 ? DueFilter::due_today : DueFilter::any;
  result.search = search_->GetValue().utf8_string();
  return result;
}

CaseJudgement CasesPage::judge(CaseId id) const
{
  CaseJudgement result;
  try {
    const auto care_case = workspace_->storage().find_case(id);
    if (!care_case || care_case->status != CaseStatus::open) {
      return result;
    }
    if (const auto readiness = workspace_->readiness(*care_case).readiness) {
      result.level = static_cast<int>(readiness->level);
      result.label = readiness->level == sdk::CaseReadiness::Level::green    ? tr("Grön")
                     : readiness->level == sdk::CaseReadiness::Level::yellow ? tr("Gul")
                                                                             : tr("Röd");
    }
    // The fact a plugin asks the list to show, briefly.
    for (const auto& fact : workspace_->facts(*care_case).facts) {
      if (fact.key == fact_column_) {
        result.fact = utf8(fact.brief);
        result.fact_sort = fact.sort_value;
      }
    }
  } catch (const std::exception&) {
    // A case that cannot be judged shows no light; opening it shows why.
  }
  return result;
}

void CasesPage::reload()
{
  reload_plugin_notices();
  reload_list();
  reload_today();
}

void CasesPage::reload_plugin_notices()
{
  wxString text;
  bool alarm = false;
  for (const auto& [plugin, notice] : case_list_notices(workspace_->plugins(), workspace_->user())) {
    text += (text.empty() ? "" : "\n") + utf8(notice.text);
    alarm = alarm || notice.alarm;
  }
  plugin_notices_->SetForegroundColour(wx_colour(alarm ? sdk::palette::alarm_text : sdk::palette::warning_text));
  plugin_notices_->SetLabel(text);
  plugin_notices_->Show(!text.empty());
  Layout();
}

wxString CasesPage::plugin_notices() const
{
  return plugin_notices_->IsShown() ? plugin_notices_->GetLabel() : wxString();
}

void CasesPage::show_notice(const wxString& text)
{
  notice_text_ = text;
  notice_->ShowMessage(text, wxICON_INFORMATION);
  Layout();
}

wxString CasesPage::notice() const
{
  return notice_->IsShown() ? notice_text_ : wxString();
}

void CasesPage::reload_list()
{
  // What the last notice asked for (a shorter list) may be what this reload does.
  if (notice_->IsShown()) {
    notice_->Dismiss();
  }
  cases_->forget_judgements();
  try {
    const auto current = filter();
    const auto& storage = workspace_->storage();
    const auto total = storage.count_cases(current);
    const int wanted = readiness_->GetSelection();
    if (wanted > 0 && total > cases_->live_sort_bound()) {
      // The traffic light is judged case by case: a million of them would take minutes.
      readiness_->SetSelection(0);
      show_notice(wxString::Format(tr("Listan har %s ärenden. Hemgångsläget bedöms för varje ärende, så listan filtreras "
                                      "efter det bara när den har högst %s: välj process, kommun eller frist först."),
                                   utf8(grouped_number(total)), utf8(grouped_number(cases_->live_sort_bound()))));
    }
    // A long list: only its count now, its rows as they come on screen, in the order chosen.
    if (readiness_->GetSelection() == 0 && total > window_threshold_) {
      cases_->show_window(
          total,
          [&storage, current, total](CaseOrder order, std::int64_t first, int count) { return storage.case_window(current, order, first, count, total); },
          [&storage, current] { return storage.list_cases(current); }, process_names(*workspace_));
    } else {
      auto rows = storage.list_cases(current);
      if (wanted > 0) {
        // Judged live, so the filter works on the rows the other filters left.
        cases_->show(std::move(rows), process_names(*workspace_));
        cases_->judge_all();
        const int level = wanted == 1 ? 2 : wanted == 2 ? 1 : 0;
        std::vector<CaseSummary> kept;
        for (const auto& row : cases_->rows()) {
          if (cases_->judgement(row).level == level) {
            kept.push_back(row);
          }
        }
        rows = std::move(kept);
      }
      cases_->show(std::move(rows), process_names(*workspace_));
    }
  } catch (const std::exception& error) {
    cases_->show({}, {});
    wxMessageBox(utf8(error.what()), tr("Ärendena kunde inte läsas"), wxOK | wxICON_ERROR, this);
  }
  show_count(cases_->GetItemCount());  // every row, whether held or fetched as shown
  Layout();
}

void CasesPage::show_count(std::int64_t count)
{
  // "1 000 000 ärenden": grouped as the UI language groups digits (wx would follow the system locale,
  // which on a machine without sv_SE does not group at all).
  const auto number = utf8(grouped_number(count));
  count_->SetLabel(wxString::Format(trn("%s ärende", "%s ärenden", static_cast<unsigned long>(count)), number));
}

void CasesPage::case_changed(CaseId id)
{
  try {
    const auto row = workspace_->storage().case_summary(id);
    if (!row || !cases_->update_row(*row)) {
      reload();  // a new case, or one that left the store: the filters decide where it goes
      return;
    }
  } catch (const std::exception&) {
    reload();
    return;
  }
  reload_today();
}

void CasesPage::reload_today()
{
  today_->DeleteAllItems();
  today_cases_.clear();
  const Timestamp at = workspace_->current_time();
  try {
    for (const auto& item : workspace_->due_items(end_of_local_day(at), 200)) {
      const long row = today_->InsertItem(today_->GetItemCount(), utf8(format_local_deadline(item.due_at)));
      today_->SetItem(row, 1, utf8(item.person_name));
      today_->SetItem(row, 2, item.item_id == 0 ? tr(item.text.c_str()) : utf8(item.text));  // a deadline, in the reader's language
      if (item.due_at < at) {
        today_->SetItemTextColour(row, wx_colour(sdk::palette::alarm_text));
      }
      today_cases_.push_back(item.case_id);
    }
  } catch (const std::exception&) {
    // Already reported by the case list.
  }
}

}  // namespace trygg::gui
