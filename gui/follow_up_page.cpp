#include "follow_up_page.hpp"

#include "date_field.hpp"
#include "gui_text.hpp"
#include "indicator_chart.hpp"
#include "trygg/gui_sdk/palette.hpp"
#include "trygg/time.hpp"
#include "trygg/workspace.hpp"

#include <wx/button.h>
#include <wx/choicdlg.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace trygg::gui {
namespace {

using namespace std::chrono;

constexpr IndicatorGrouping groupings[] = {IndicatorGrouping::municipality, IndicatorGrouping::month, IndicatorGrouping::quarter,
                                           IndicatorGrouping::year};
const char* const grouping_labels[] = {N_("Per kommun"), N_("Per månad"), N_("Per kvartal"), N_("Per år")};

}  // namespace

FollowUpPage::FollowUpPage(wxWindow* parent, const Workspace& workspace, std::function<void(CaseId)> open_case)
    : wxPanel(parent), workspace_(workspace), open_case_(std::move(open_case)), catalogue_(read_indicators(workspace.plugins()))
{
  SetName("follow-up");
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  auto* controls = new wxBoxSizer(wxHORIZONTAL);
  indicator_ = new wxChoice(this, wxID_ANY);
  indicator_->SetName("follow-up-indicator");
  for (const auto& definition : catalogue_.definitions) {
    indicator_->Append(utf8(indicator_title(definition)));
  }
  indicator_->SetSelection(catalogue_.definitions.empty() ? wxNOT_FOUND : 0);
  controls->Add(indicator_, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(8));
  // The last twelve whole months and this one: a year to steer by, opening on what is fresh.
  const auto today = trygg::today();
  const year_month this_month{today.year(), today.month()};
  from_ = new DateField(this, year_month_day{(this_month - months{12}) / 1});
  from_->SetName("follow-up-from");
  to_ = new DateField(this, today);
  to_->SetName("follow-up-to");
  controls->Add(new wxStaticText(this, wxID_ANY, tr("Från")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(4));
  controls->Add(from_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(8));
  controls->Add(new wxStaticText(this, wxID_ANY, tr("Till")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(4));
  controls->Add(to_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(8));
  grouping_ = new wxChoice(this, wxID_ANY);
  grouping_->SetName("follow-up-grouping");
  for (const char* label : grouping_labels) {
    grouping_->Append(tr(label));
  }
  grouping_->SetSelection(0);
  controls->Add(grouping_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(8));
  auto* update = new wxButton(this, wxID_ANY, tr("Visa"));
  update->SetName("follow-up-show");
  controls->Add(update, 0, wxALIGN_CENTER_VERTICAL);
  sizer->Add(controls, 0, wxEXPAND | wxALL, FromDIP(8));

  about_ = new wxStaticText(this, wxID_ANY, {});
  about_->SetName("follow-up-about");
  sizer->Add(about_, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(8));
  chart_ = new IndicatorChart(this);
  sizer->Add(chart_, 1, wxEXPAND | wxALL, FromDIP(8));
  table_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 220)), wxLC_REPORT | wxLC_SINGLE_SEL);
  table_->SetName("follow-up-table");
  sizer->Add(table_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8));
  SetSizer(sizer);

  for (auto* choice : {indicator_, grouping_}) {
    choice->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { show(); });
  }
  update->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { show(); });
  // The cases behind a figure: chosen from their numbers, then opened (and logged) as any case.
  table_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& event) {
    if (!result_) {
      return;
    }
    const auto row = static_cast<std::size_t>(event.GetIndex());
    const auto& cell = row < result_->groups.size() ? result_->groups[row] : result_->total;
    if (cell.case_ids.empty()) {
      return;
    }
    wxArrayString choices;
    for (const auto id : cell.case_ids) {
      choices.Add(wxString::Format(tr("Ärende %lld"), static_cast<long long>(id)));
    }
    wxSingleChoiceDialog choose(this, tr("Ärendena bakom siffran"), utf8(cell.group.empty() ? tr("Totalt").utf8_string() : cell.group), choices);
    if (choose.ShowModal() == wxID_OK) {
      open_case_(cell.case_ids[static_cast<std::size_t>(choose.GetSelection())]);
    }
  });
  show();
}

bool FollowUpPage::choose_indicator(const std::string& id)
{
  for (std::size_t index = 0; index < catalogue_.definitions.size(); ++index) {
    if (catalogue_.definitions[index].id == id) {
      indicator_->SetSelection(static_cast<int>(index));
      show();
      return true;
    }
  }
  return false;
}

void FollowUpPage::set_period(year_month_day first, year_month_day last)
{
  from_->set_date(first);
  to_->set_date(last);
  show();
}

void FollowUpPage::set_grouping(IndicatorGrouping grouping)
{
  grouping_->SetSelection(static_cast<int>(std::find(std::begin(groupings), std::end(groupings), grouping) - std::begin(groupings)));
  show();
}

wxString FollowUpPage::message() const
{
  return about_->GetLabel();
}

void FollowUpPage::show()
{
  table_->ClearAll();
  result_.reset();
  const int chosen = indicator_->GetSelection();
  about_->SetForegroundColour(wx_colour(sdk::palette::alarm_text));
  if (chosen < 0) {
    about_->SetLabel(tr("Ingen av pluginerna definierar en indikator."));
    chart_->show(std::nullopt);
    return;
  }
  const auto first = from_->date();
  const auto last = to_->date();
  if (!first || !last || *last < *first) {
    about_->SetLabel(tr("Ange perioden som två datum, ÅÅÅÅ-MM-DD, det första inte efter det sista."));
    chart_->show(std::nullopt);
    return;
  }
  const auto& definition = catalogue_.definitions[static_cast<std::size_t>(chosen)];
  const auto grouping = groupings[std::max(0, grouping_->GetSelection())];
  result_ = compute_indicator(definition, indicator_cases(workspace_.storage(), definition.process), *first, *last, grouping);
  about_->SetForegroundColour(wx_colour(sdk::palette::quiet_text));
  wxString about = utf8(definition.source);
  about.Replace("\n", " ");
  about_->SetLabel(utf8(indicator_title(definition)) + "\n" + about);
  about_->Wrap(GetClientSize().GetWidth() > FromDIP(200) ? GetClientSize().GetWidth() - FromDIP(16) : FromDIP(1100));

  table_->AppendColumn(grouping == IndicatorGrouping::municipality ? tr("Kommun") : tr("Period"), wxLIST_FORMAT_LEFT, FromDIP(160));
  for (const auto& column : indicator_columns(definition)) {
    table_->AppendColumn(utf8(column), wxLIST_FORMAT_RIGHT, FromDIP(110));
  }
  auto rows = result_->groups;
  rows.push_back(result_->total);
  for (const auto& cell : rows) {
    const long row = table_->InsertItem(table_->GetItemCount(), cell.group.empty() ? tr("Totalt") : utf8(cell.group));
    const auto texts = indicator_cell_texts(definition, cell);
    for (std::size_t column = 0; column < texts.size(); ++column) {
      table_->SetItem(row, static_cast<long>(column) + 1, utf8(texts[column]));
    }
  }
  chart_->show(result_);
  Layout();
}

}  // namespace trygg::gui
