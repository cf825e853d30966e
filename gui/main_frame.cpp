#include "main_frame.hpp"
#include "gui_text.hpp"

#include "case_list_ctrl.hpp"
#include "plugin_list_ctrl.hpp"
#include "trygg/open_workspace.hpp"

#include <wx/aboutdlg.h>
#include <map>
#include <wx/choice.h>
#include <wx/filedlg.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>

namespace trygg::gui {
namespace {

wxStaticText* heading(wxWindow* parent, const wxString& text)
{
  auto* label = new wxStaticText(parent, wxID_ANY, text);
  label->SetFont(label->GetFont().Bold().Scaled(1.15F));
  return label;
}

}  // namespace

// wx owns the child windows it is given (they are deleted with their parent); that is why the
// controls below are made with new and never deleted here.
MainFrame::MainFrame(std::unique_ptr<Workspace> workspace)
    : wxFrame(nullptr, wxID_ANY, tr("Trygg"), wxDefaultPosition, wxSize(1180, 760)), workspace_(std::move(workspace))
{
  build_menu();
  CreateStatusBar(2);

  auto* splitter = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
  auto* case_panel = new wxPanel(splitter);
  auto* case_sizer = new wxBoxSizer(wxVERTICAL);
  auto* toolbar = new wxBoxSizer(wxHORIZONTAL);
  toolbar->Add(heading(case_panel, tr("Ärenden")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(16));
  search_ = new wxSearchCtrl(case_panel, wxID_ANY, {}, wxDefaultPosition, FromDIP(wxSize(280, -1)));
  search_->SetDescriptiveText(tr("Sök namn, personnummer eller ärende"));
  toolbar->Add(search_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(8));
  status_filter_ = new wxChoice(case_panel, wxID_ANY);
  status_filter_->Append(tr("Öppna ärenden"));
  status_filter_->Append(tr("Avslutade ärenden"));
  status_filter_->Append(tr("Alla ärenden"));
  status_filter_->SetSelection(0);
  toolbar->Add(status_filter_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(8));
  count_ = new wxStaticText(case_panel, wxID_ANY, {});
  toolbar->Add(count_, 0, wxALIGN_CENTER_VERTICAL);
  case_sizer->Add(toolbar, 0, wxEXPAND | wxALL, FromDIP(8));
  cases_ = new CaseListCtrl(case_panel);
  case_sizer->Add(cases_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8));
  case_panel->SetSizer(case_sizer);

  auto* plugin_panel = new wxPanel(splitter);
  auto* plugin_sizer = new wxBoxSizer(wxVERTICAL);
  plugin_sizer->Add(heading(plugin_panel, tr("Pluginer")), 0, wxALL, FromDIP(8));
  plugins_ = new PluginListCtrl(plugin_panel);
  plugin_sizer->Add(plugins_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8));
  plugin_panel->SetSizer(plugin_sizer);

  splitter->SetMinimumPaneSize(FromDIP(120));
  splitter->SetSashGravity(0.7);
  splitter->SplitHorizontally(case_panel, plugin_panel, FromDIP(-230));  // negative: from the bottom

  search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { reload(); });
  status_filter_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { reload(); });
  reload();
}

void MainFrame::build_menu()
{
  auto* file = new wxMenu;
  file->Append(wxID_OPEN, tr("&Öppna databas…\tCtrl+O"));
  file->AppendSeparator();
  file->Append(wxID_EXIT, tr("&Avsluta\tCtrl+Q"));
  auto* help = new wxMenu;
  help->Append(wxID_ABOUT, tr("&Om Trygg"));
  auto* bar = new wxMenuBar;
  bar->Append(file, tr("&Arkiv"));
  bar->Append(help, tr("&Hjälp"));
  SetMenuBar(bar);
  Bind(wxEVT_MENU, &MainFrame::on_open_database, this, wxID_OPEN);
  Bind(wxEVT_MENU, &MainFrame::on_about, this, wxID_ABOUT);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
}

void MainFrame::reload()
{
  CaseFilter filter;
  switch (status_filter_->GetSelection()) {
    case 0:
      filter.status = CaseStatus::open;
      break;
    case 1:
      filter.status = CaseStatus::closed;
      break;
    default:
      break;
  }
  filter.search = search_->GetValue().utf8_string();
  std::map<std::string, std::string> process_names;
  for (const auto& plugin : workspace_->plugins().plugins()) {
    if (plugin.loaded) {
      for (const auto& process : plugin.manifest->processes) {
        process_names[process.id] = process.name;
      }
    }
  }
  try {
    cases_->show(workspace_->storage().list_cases(filter), process_names);
  } catch (const std::exception& error) {
    cases_->show({}, {});
    wxMessageBox(wxString::FromUTF8(error.what()), tr("Ärendena kunde inte läsas"), wxOK | wxICON_ERROR, this);
  }
  plugins_->show(workspace_->plugins().plugins());
  count_->SetLabel(wxString::Format(tr("%zu ärenden"), cases_->rows().size()));
  show_status();
}

void MainFrame::show_status()
{
  int loaded = 0;
  int rejected = 0;
  for (const auto& plugin : workspace_->plugins().plugins()) {
    (plugin.loaded ? loaded : rejected) += 1;
  }
  SetStatusText(wxString::FromUTF8(workspace_->storage().file().string()), 0);
  SetStatusText(wxString::Format(tr("%d pluginer laddade, %d avvisade"), loaded, rejected), 1);
}

void MainFrame::on_open_database(wxCommandEvent&)
{
  wxFileDialog dialog(this, tr("Öppna databas"), {}, {}, tr("Trygg-databaser (*.db)|*.db|Alla filer (*)|*"), wxFD_OPEN);
  if (dialog.ShowModal() != wxID_OK) {
    return;
  }
  try {
    workspace_ = open_workspace(dialog.GetPath().utf8_string(), workspace_->actor());
    reload();
  } catch (const std::exception& error) {
    // The database already open stays open: nothing is lost by a failed attempt.
    wxMessageBox(wxString::FromUTF8(error.what()), tr("Databasen kunde inte öppnas"), wxOK | wxICON_ERROR, this);
  }
}

void MainFrame::on_about(wxCommandEvent&)
{
  wxAboutDialogInfo info;
  info.SetName(tr("Trygg"));
  info.SetVersion(wxString::FromUTF8(TRYGG_VERSION));
  info.SetDescription(tr("Planera trygga och effektiva övergångar mellan region och kommun."));
  wxAboutBox(info, this);
}

}  // namespace trygg::gui
