#include "main_frame.hpp"

#include "sign_in.hpp"
#include "trygg/server_schema.hpp"

#include "confirmed_write.hpp"

#include "access_log_page.hpp"
#include "follow_up_page.hpp"
#include "app_icon.hpp"
#include "app_settings.hpp"
#include "backup_dialog.hpp"
#include "assessment_overview_page.hpp"
#include "case_panel.hpp"
#include "cases_page.hpp"
#include "gui_text.hpp"
#include "open_progress.hpp"
#include "new_case_dialog.hpp"
#include "plugin_shelf.hpp"
#include "plugins_dialog.hpp"
#include "shortcuts_dialog.hpp"
#include "unsaved_edits.hpp"
#include "trygg/app_paths.hpp"
#include "trygg/open_workspace.hpp"
#include "trygg/scheduled_backup.hpp"

#include <wx/aboutdlg.h>
#include <wx/generic/aboutdlgg.h>
#include <wx/aui/auibook.h>
#include <wx/infobar.h>
#include <wx/filedlg.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/textdlg.h>
#include <wx/sizer.h>
#include <wx/translation.h>

#include <sys/resource.h>
#include <unistd.h>

namespace trygg::gui {
namespace {

enum MenuId { new_case = wxID_HIGHEST + 1, connect_server, show_cases, show_assessments, show_access_log, show_follow_up, refresh, plugins, close_tab, swedish, english, shortcuts, backups, first_tool };
// Plugins' tools take the menu ids from first_tool on, in the order the shelf lists them.
constexpr int max_tools = 100;

// "SIP-&uppföljning" as a tab's title: without the mnemonic.
wxString without_mnemonic(const wxString& label)
{
  wxString text = label;
  text.Replace("&", "");
  return text;
}

}  // namespace

// wx owns the windows it is given (they are deleted with their parent); that is why the controls
// below are made with new and never deleted here.
MainFrame::MainFrame(std::unique_ptr<Workspace> workspace)
    : wxFrame(nullptr, wxID_ANY, tr("Trygg"), wxDefaultPosition, wxSize(1280, 800)), workspace_(std::move(workspace))
{
  // Drawn after the first paint: the first vector drawing starts cairo (5 ms), which the list does not need.
  CallAfter([this] { SetIcon(app_icon(64)); });
  make_shelf();
  build_menu();
  CreateStatusBar(2);
  notice_ = new wxInfoBar(this);
  notice_->SetName("database-notice");
  tabs_ = new wxAuiNotebook(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                            wxAUI_NB_TOP | wxAUI_NB_TAB_MOVE | wxAUI_NB_SCROLL_BUTTONS | wxAUI_NB_CLOSE_ON_ALL_TABS);
  auto* layout = new wxBoxSizer(wxVERTICAL);
  layout->Add(notice_, 0, wxEXPAND);
  layout->Add(tabs_, 1, wxEXPAND);
  SetSizer(layout);
  cases_ = new CasesPage(tabs_, *workspace_, [this](CaseId id) { open_case(id); });
  listen_for_changes();
  tabs_->AddPage(cases_, tr("Ärenden"), true);
  tabs_->Bind(wxEVT_AUINOTEBOOK_PAGE_CLOSE, &MainFrame::on_close_tab, this);
  Bind(wxEVT_CLOSE_WINDOW, &MainFrame::on_close, this);
  // Others' changes (a colleague on the shared server, trygg-cli on the same file) within seconds.
  changes_timer_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { look_for_changes(); });
  changes_timer_.Start(2000);

  const auto settings = AppSettings::load();
  if (settings.window) {
    SetSize(*settings.window);
  }
  if (settings.maximized) {
    Maximize();
  }
  show_status();
  start_database_check();
  run_scheduled_backup();
}

MainFrame::~MainFrame()
{
  stop_database_check();  // its answer, if any, is dropped with the frame's pending events
  // Plugins' windows go before the shelf and the workspace they point into.
  DestroyChildren();
}

void MainFrame::build_menu()
{
  auto* file = new wxMenu;
  file->Append(MenuId::new_case, tr("&Nytt ärende…\tCtrl+N"));
  file->Append(wxID_OPEN, tr("&Öppna databas…\tCtrl+O"));
  file->Append(MenuId::connect_server, tr("Anslut till &server…"), tr("Arbeta i regionens gemensamma databas (PostgreSQL)"));
  file->AppendSeparator();
  file->Append(wxID_SAVEAS, tr("&Exportera ärendet…\tCtrl+E"));
  file->Append(wxID_PRINT, tr("Skriv &ut ärendet…\tCtrl+P"));
  file->Append(MenuId::close_tab, tr("&Stäng flik\tCtrl+W"));
  file->Append(MenuId::backups, tr("Säker&hetskopior…"));
  file->AppendSeparator();
  file->Append(wxID_EXIT, tr("&Avsluta\tCtrl+Q"));
  auto* view = new wxMenu;
  view->Append(MenuId::show_cases, tr("&Ärenden\tCtrl+1"));
  view->Append(MenuId::show_assessments, tr("&Riskbedömningar\tCtrl+2"));
  view->Append(MenuId::show_access_log, tr("&Logguppföljning\tCtrl+3"));
  view->Append(MenuId::show_follow_up, tr("U&ppföljning\tCtrl+4"));
  view->Append(MenuId::refresh, tr("&Uppdatera\tF5"));
  auto* language = new wxMenu;
  language->AppendRadioItem(MenuId::swedish, wxString::FromUTF8("Svenska"));
  language->AppendRadioItem(MenuId::english, "English");
  language->Check(wxTranslations::Get() != nullptr && wxTranslations::Get()->GetBestTranslation("trygg", wxLANGUAGE_SWEDISH) == "en"
                      ? MenuId::english : MenuId::swedish, true);
  view->AppendSubMenu(language, tr("&Språk"));
  auto* tools = new wxMenu;
  tools->AppendSeparator();
  tools->Append(MenuId::plugins, tr("&Pluginer…"));
  tools_menu_ = tools;
  fill_tools_menu();
  auto* help = new wxMenu;
  help->Append(MenuId::shortcuts, tr("&Kortkommandon…\tCtrl+F1"));
  help->AppendSeparator();
  help->Append(wxID_ABOUT, tr("&Om Trygg"));
  auto* bar = new wxMenuBar;
  bar->Append(file, tr("&Arkiv"));
  bar->Append(view, tr("&Visa"));
  bar->Append(tools, tr("Ver&ktyg"));
  bar->Append(help, tr("&Hjälp"));
  SetMenuBar(bar);

  Bind(wxEVT_MENU, [this](wxCommandEvent&) { on_new_case(); }, MenuId::new_case);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { on_open_database(); }, wxID_OPEN);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { on_connect_server(); }, MenuId::connect_server);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) {
    if (auto* panel = current_case()) {
      panel->export_html();
    } else {
      wxMessageBox(tr("Öppna ett ärende först."), tr("Exportera"), wxOK | wxICON_INFORMATION, this);
    }
  }, wxID_SAVEAS);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) {
    if (auto* panel = current_case()) {
      panel->print();
    } else {
      wxMessageBox(tr("Öppna ett ärende först."), tr("Skriv ut"), wxOK | wxICON_INFORMATION, this);
    }
  }, wxID_PRINT);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) {
    if (const int page = tabs_->GetSelection(); page > 0) {
      close_tab(static_cast<std::size_t>(page));
    }
  }, MenuId::close_tab);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { tabs_->SetSelection(0); }, MenuId::show_cases);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_assessments(); }, MenuId::show_assessments);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_access_log(); }, MenuId::show_access_log);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_follow_up(); }, MenuId::show_follow_up);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) {
    reload_cases();
    for (std::size_t page = 1; page < tabs_->GetPageCount(); ++page) {
      if (auto* panel = dynamic_cast<CasePanel*>(tabs_->GetPage(page))) {
        panel->refresh();
      }
    }
  }, MenuId::refresh);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { on_plugins(); }, MenuId::plugins);
  Bind(wxEVT_MENU, [this](wxCommandEvent& event) {
    const auto tools = shelf_->tools();
    const auto index = static_cast<std::size_t>(event.GetId() - MenuId::first_tool);
    if (index < tools.size()) {
      open_tool(tools[index].info.id);
    }
  }, MenuId::first_tool, MenuId::first_tool + max_tools - 1);
  const auto choose_language = [this](const char* language) {
    auto settings = AppSettings::load();
    settings.language = language;
    settings.save();
    wxMessageBox(tr("Språket byts nästa gång Trygg startar. / The language changes the next time Trygg starts."),
                 tr("Språk"), wxOK | wxICON_INFORMATION, this);
  };
  Bind(wxEVT_MENU, [choose_language](wxCommandEvent&) { choose_language("sv"); }, MenuId::swedish);
  Bind(wxEVT_MENU, [choose_language](wxCommandEvent&) { choose_language("en"); }, MenuId::english);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) {
    wxAboutDialogInfo info;
    info.SetName(tr("Trygg"));
    info.SetVersion(utf8(TRYGG_VERSION));
    info.SetDescription(tr("Planera trygga och effektiva övergångar mellan region och kommun.") + "\n\n" +
                        tr("Kortkommandon: Hjälp > Kortkommandon (Ctrl+F1). Handledning: README.md i källkoden."));
    info.SetIcon(app_icon(64));
    // wx's own box, not GTK's: GTK's adds its own translator credit ("Tack till") and wants an icon theme.
    wxGenericAboutBox(info, this);
  }, wxID_ABOUT);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_shortcuts(this, *GetMenuBar()); }, MenuId::shortcuts);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) {
    auto settings = AppSettings::load();
    BackupDialog dialog(this, settings);
    if (dialog.ShowModal() == wxID_OK) {
      dialog.apply(settings);
      settings.save();
      run_scheduled_backup();
    }
  }, MenuId::backups);
  // Export and print act on the case in front: greyed out while none is.
  const auto case_in_front = [this](wxUpdateUIEvent& event) { event.Enable(current_case() != nullptr); };
  Bind(wxEVT_UPDATE_UI, case_in_front, wxID_SAVEAS);
  Bind(wxEVT_UPDATE_UI, case_in_front, wxID_PRINT);
}

CasePanel* MainFrame::open_case(CaseId id)
{
  for (std::size_t page = 1; page < tabs_->GetPageCount(); ++page) {
    auto* panel = dynamic_cast<CasePanel*>(tabs_->GetPage(page));
    if (panel != nullptr && panel->case_id() == id) {
      tabs_->SetSelection(page);
      return panel;
    }
  }
  try {
    // The Patient Data Act's log: who opened whose case, before anything of it is shown. A person outside
    // one's municipalities is read only with a reason (nödåtkomst), asked here and kept in the log.
    try {
      workspace_->log_access(id, AccessAction::read, tr("ärendet öppnat").utf8_string());
    } catch (const OutsideUnits& outside) {
      wxString question = utf8(outside.what());
      question.Replace(". ", ".\n");  // a sentence a line: the dialog does not wrap
      wxTextEntryDialog ask(this, question, tr("Nödåtkomst"));
      ask.SetName("emergency-reason");
      if (ask.ShowModal() != wxID_OK) {
        return nullptr;
      }
      workspace_->log_access(id, AccessAction::read, tr("ärendet öppnat").utf8_string(), ask.GetValue().utf8_string());
    }
    // What a panel changes reaches the list and every open tab through the workspace's change notices.
    auto* panel = new CasePanel(tabs_, *workspace_, *shelf_, id, [this] { show_status(); });
    panel->on_open_case([this](CaseId other) { open_case(other); });
    tabs_->AddPage(panel, panel->title(), true);
    return panel;
  } catch (const std::exception& error) {
    wxMessageBox(utf8(error.what()), tr("Ärendet kunde inte öppnas"), wxOK | wxICON_ERROR, this);
    return nullptr;
  }
}

AssessmentOverviewPage* MainFrame::show_assessments()
{
  for (std::size_t page = 1; page < tabs_->GetPageCount(); ++page) {
    if (auto* overview = dynamic_cast<AssessmentOverviewPage*>(tabs_->GetPage(page))) {
      overview->show();  // what is stored now
      tabs_->SetSelection(page);
      return overview;
    }
  }
  auto* overview = new AssessmentOverviewPage(tabs_, *workspace_, [this](CaseId id) { open_case(id); });
  tabs_->AddPage(overview, tr("Riskbedömningar"), true);
  return overview;
}

AccessLogPage* MainFrame::show_access_log()
{
  if (!workspace_->may(Permission::follow_up_access)) {
    try {
      workspace_->require(Permission::follow_up_access);
    } catch (const std::exception& error) {
      wxMessageBox(utf8(error.what()), tr("Logguppföljning"), wxOK | wxICON_INFORMATION, this);
    }
    return nullptr;
  }
  for (std::size_t page = 1; page < tabs_->GetPageCount(); ++page) {
    if (auto* log = dynamic_cast<AccessLogPage*>(tabs_->GetPage(page))) {
      tabs_->SetSelection(page);
      return log;
    }
  }
  auto* log = new AccessLogPage(tabs_, *workspace_, [this](CaseId id) { open_case(id); });
  tabs_->AddPage(log, tr("Logguppföljning"), true);
  return log;
}

FollowUpPage* MainFrame::show_follow_up()
{
  for (std::size_t page = 1; page < tabs_->GetPageCount(); ++page) {
    if (auto* follow_up = dynamic_cast<FollowUpPage*>(tabs_->GetPage(page))) {
      tabs_->SetSelection(page);
      follow_up->show();
      return follow_up;
    }
  }
  auto* follow_up = new FollowUpPage(tabs_, *workspace_, [this](CaseId id) { open_case(id); });
  tabs_->AddPage(follow_up, tr("Uppföljning"), true);
  return follow_up;
}

CasePanel* MainFrame::current_case() const
{
  const int page = tabs_->GetSelection();
  return page > 0 ? dynamic_cast<CasePanel*>(tabs_->GetPage(static_cast<std::size_t>(page))) : nullptr;
}

wxWindow* MainFrame::open_tool(const std::string& tool_id)
{
  for (const auto& tool : shelf_->tools()) {
    if (tool.info.id != tool_id) {
      continue;
    }
    const wxString name = utf8("tool:" + tool.plugin->id + "/" + tool.info.id);
    for (std::size_t page = 1; page < tabs_->GetPageCount(); ++page) {
      if (auto* window = tabs_->GetPage(page); window->GetName() == name) {
        if (auto* plugin_window = dynamic_cast<PluginWindow*>(window)) {
          plugin_window->reload();
        }
        tabs_->SetSelection(page);
        return window;
      }
    }
    auto* window = shelf_->make_tool(tool, tabs_);
    if (window != nullptr) {
      window->SetName(name);
      tabs_->AddPage(window, without_mnemonic(tr(tool.info.label.c_str())), true);
    }
    return window;
  }
  return nullptr;
}

void MainFrame::make_shelf()
{
  shelf_ = std::make_unique<PluginShelf>(*workspace_, *this, PluginShelf::Callbacks{
                                                                 [this](CaseId id) { open_case(id); },
                                                                 [this](CaseId id) { case_changed(id); },
                                                             });
}

void MainFrame::fill_tools_menu()
{
  for (int id = MenuId::first_tool; id < MenuId::first_tool + max_tools; ++id) {
    if (tools_menu_->FindItem(id) != nullptr) {
      tools_menu_->Destroy(id);
    }
  }
  const auto tools = shelf_->tools();
  for (std::size_t index = 0; index < tools.size() && index < static_cast<std::size_t>(max_tools); ++index) {
    const auto& info = tools[index].info;
    wxString label = tr(info.label.c_str());
    if (!info.shortcut.empty()) {
      label += "\t" + utf8(info.shortcut);
    }
    tools_menu_->Insert(index, MenuId::first_tool + static_cast<int>(index), label);
  }
}

void MainFrame::case_changed(CaseId id)
{
  for (std::size_t page = 1; page < tabs_->GetPageCount(); ++page) {
    if (auto* panel = dynamic_cast<CasePanel*>(tabs_->GetPage(page)); panel != nullptr && panel->case_id() == id) {
      panel->refresh();
    }
  }
  cases_->case_changed(id);  // that row only, and "Idag"
}

void MainFrame::listen_for_changes()
{
  workspace_->on_case_changed([this](CaseId id) { case_changed(id); });
}

void MainFrame::look_for_changes()
{
  try {
    (void)workspace_->look_for_changes();  // the listeners repaint each case's row and open tab
    if (changes_unreachable_) {
      changes_unreachable_ = false;
      notice_->Dismiss();
    }
  } catch (const std::exception& error) {
    // Tried again on the next tick; said once, not every two seconds.
    if (!changes_unreachable_) {
      changes_unreachable_ = true;
      notice_->ShowMessage(wxString::Format(tr("Andras ändringar kan inte hämtas just nu: %s"), utf8(error.what())), wxICON_WARNING);
      Layout();
    }
  }
}

void MainFrame::reload_cases()
{
  cases_->reload();
  show_status();
}

void MainFrame::on_new_case()
{
  NewCaseDialog dialog(this, *workspace_);
  if (dialog.ShowModal() != wxID_OK) {
    return;
  }
  // A known person with another name or municipality is asked about: it changes all their cases.
  CaseId id = 0;
  if (write_with_confirmation(this, tr("Ärendet kunde inte skapas"), [&](bool confirmed) {
        id = workspace_->open_case(dialog.plugin_id(), dialog.process(), dialog.title(), dialog.person(), std::nullopt, confirmed);
      })) {
    open_case(id);
  }
}

void MainFrame::start_database_check()
{
  stop_database_check();
  database_check_.reset();
  // Started on the first idle moment after the window is up: reading a large file whole (seconds at a
  // million cases) on the other core would slow the first paint, which is what the person waits for.
  Bind(wxEVT_IDLE, &MainFrame::on_first_idle, this);
}

void MainFrame::on_first_idle(wxIdleEvent& event)
{
  event.Skip();
  if (!IsShownOnScreen()) {
    return;
  }
  Unbind(wxEVT_IDLE, &MainFrame::on_first_idle, this);
  if (workspace_->storage().on_server()) {
    return;  // the server keeps its pages whole; its history's chain is checked where it runs (trygg-cli verify)
  }
  // Its own read-only connection, off the window's thread: a large database is not checked on open, and
  // the history's chain is read whole. It runs at low priority and stops when asked (closing, another file).
  database_checker_ = std::jthread([this, file = workspace_->storage().file()](const std::stop_token& stop) {
#ifdef __linux__
    ::setpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()), 10);  // this thread only: Linux nices threads
#endif
    Storage::FileCheck check;
    std::string failure;
    try {
      check = Storage::check_file(file, stop);
    } catch (const std::exception& error) {
      failure = error.what();
    }
    if (!stop.stop_requested()) {
      CallAfter([this, check, failure] { show_database_check(check, failure); });
    }
  });
}

void MainFrame::stop_database_check()
{
  Unbind(wxEVT_IDLE, &MainFrame::on_first_idle, this);
  if (database_checker_.joinable()) {
    database_checker_.request_stop();
    database_checker_.join();
  }
}

void MainFrame::run_scheduled_backup()
{
  const auto settings = AppSettings::load();
  // A shared server is backed up where it runs (pg_dump), not by each desktop.
  if (settings.backup_every_days <= 0 || settings.backup_folder.empty() || workspace_->storage().on_server()) {
    return;
  }
  try {
    if (const auto made = backup_if_due(workspace_->storage(), {settings.backup_folder, settings.backup_every_days, settings.backup_keep},
                                        workspace_->current_time())) {
      SetStatusText(wxString::Format(tr("Säkerhetskopia sparad: %s"), utf8(made->string())), 0);
    }
  } catch (const std::exception& error) {
    // Said where it is seen; the work goes on, nothing of the database is touched.
    database_notice_ = wxString::Format(tr("Säkerhetskopian kunde inte sparas: %s"), utf8(error.what()));
    notice_->ShowMessage(database_notice_, wxICON_WARNING);
    Layout();
  }
}

void MainFrame::show_database_check(const Storage::FileCheck& check, const std::string& failure)
{
  database_check_ = check;
  const auto file = utf8(workspace_->storage().place());
  if (!failure.empty()) {
    database_notice_ = wxString::Format(tr("%s kunde inte kontrolleras: %s"), file, utf8(failure));
  } else if (check.quick_check != "ok") {
    database_notice_ = wxString::Format(tr("%s är skadad (%s). Återställ den från en säkerhetskopia (trygg-cli backup)."), file,
                                        utf8(check.quick_check));
  } else if (!check.breaks.empty()) {
    const auto& first = check.breaks.front();
    database_notice_ = wxString::Format(trn("Historiken i %s har ändrats utanför Trygg: %zu rad stämmer inte (ärende %lld, rad %lld). Kör trygg-cli verify för alla.",
                                            "Historiken i %s har ändrats utanför Trygg: %zu rader stämmer inte (först ärende %lld, rad %lld). Kör trygg-cli verify för alla.",
                                            static_cast<unsigned long>(check.breaks.size())),
                                        file, check.breaks.size(), static_cast<long long>(first.case_id), static_cast<long long>(first.id));
  } else {
    database_notice_.clear();
    notice_->Dismiss();
    return;
  }
  notice_->ShowMessage(database_notice_, wxICON_WARNING);
  Layout();
}

bool MainFrame::reopen_workspace(const std::string& database)
{
  if (!settle_all_edits()) {
    return false;
  }
  stop_database_check();  // it reads the file about to be closed
  auto replacement = open_signing_in(this, database, workspace_->actor(), open_progress(this));
  if (!replacement) {
    return false;  // signing in given up: the database open stays open
  }
  // Case and tool tabs point into the old workspace and its plugins: close them before it goes.
  while (tabs_->GetPageCount() > 1) {
    tabs_->DeletePage(1);
  }
  shelf_.reset();
  workspace_ = std::move(replacement);
  make_shelf();
  fill_tools_menu();
  cases_->set_workspace(*workspace_);
  listen_for_changes();
  show_status();
  start_database_check();
  run_scheduled_backup();
  return true;
}

void MainFrame::on_open_database()
{
  wxFileDialog dialog(this, tr("Öppna databas"), {}, {}, tr("Trygg-databaser (*.db)|*.db|Alla filer (*)|*"), wxFD_OPEN);
  if (dialog.ShowModal() != wxID_OK) {
    return;
  }
  try {
    reopen_workspace(dialog.GetPath().utf8_string());
  } catch (const std::exception& error) {
    // The database already open stays open: nothing is lost by a failed attempt.
    wxMessageBox(utf8(error.what()), tr("Databasen kunde inte öppnas"), wxOK | wxICON_ERROR, this);
  }
}

void MainFrame::on_connect_server()
{
  const auto current = workspace_->storage().on_server() ? without_password(workspace_->storage().file().string()) : std::string();
  wxTextEntryDialog dialog(this,
                           tr("Serverns adress, som regionens administratör gett den, t.ex.\n"
                              "postgresql://ditt-namn@trygg.region.se/trygg\nLösenordet frågas efter när servern vill ha det."),
                           tr("Anslut till server"), utf8(current.empty() ? "postgresql://" : current));
  dialog.SetName("server-address");
  if (dialog.ShowModal() != wxID_OK) {
    return;
  }
  const auto address = dialog.GetValue().utf8_string();
  try {
    if (!is_server_address(address)) {
      throw StorageError(ErrorKind::validation, sdk::trf("\"{}\" är ingen serveradress: den börjar med postgresql://", address));
    }
    reopen_workspace(address);
  } catch (const std::exception& error) {
    // The database already open stays open: nothing is lost by a failed attempt.
    wxMessageBox(utf8(error.what()), tr("Servern kunde inte öppnas"), wxOK | wxICON_ERROR, this);
  }
}

void MainFrame::on_plugins()
{
  PluginsDialog dialog(this, workspace_->plugins().plugins(), default_plugin_policy_file(), workspace_->may(Permission::trust_plugins));
  dialog.ShowModal();
  if (!dialog.changed()) {
    return;
  }
  try {
    if (reopen_workspace(workspace_->storage().file().string())) {
      on_plugins();  // show the result at once
    }
  } catch (const std::exception& error) {
    wxMessageBox(utf8(error.what()), tr("Pluginerna kunde inte laddas om"), wxOK | wxICON_ERROR, this);
  }
}

void MainFrame::on_close_tab(wxAuiNotebookEvent& event)
{
  // The case list stays; a tab with edits not saved stays when the person says so.
  if (event.GetSelection() <= 0 || !settle_edits(static_cast<std::size_t>(event.GetSelection()))) {
    event.Veto();
  }
}

bool MainFrame::close_tab(std::size_t page)
{
  if (page == 0 || page >= tabs_->GetPageCount() || !settle_edits(page)) {
    return false;
  }
  tabs_->DeletePage(page);
  return true;
}

bool MainFrame::settle_edits(std::size_t page)
{
  // The question is about what the person sees: the tab comes forward first.
  return settle_unsaved_edits(*this, *tabs_->GetPage(page), tabs_->GetPageText(page), [this, page] { tabs_->SetSelection(page); });
}

bool MainFrame::settle_all_edits()
{
  for (std::size_t page = 1; page < tabs_->GetPageCount(); ++page) {
    if (!settle_edits(page)) {
      return false;
    }
  }
  return true;
}

void MainFrame::on_close(wxCloseEvent& event)
{
  if (event.CanVeto() && !settle_all_edits()) {
    event.Veto();
    return;
  }
  changes_timer_.Stop();
  AppSettings settings = AppSettings::load();
  settings.maximized = IsMaximized();
  if (!IsMaximized() && !IsIconized()) {
    settings.window = GetRect();
  }
  const auto file = workspace_->storage().file();
  // A server's address is kept without the password it was opened with.
  settings.last_database = file == default_database() ? std::string() : without_password(file.string());
  try {
    settings.save();
  } catch (const std::exception&) {
    // Forgetting the window size is no reason to keep the window open.
  }
  event.Skip();
}

void MainFrame::show_status()
{
  int loaded = 0;
  int other = 0;
  for (const auto& plugin : workspace_->plugins().plugins()) {
    (plugin.loaded ? loaded : other) += 1;
  }
  // On the shared server: who is signed in, and as what, before where.
  const auto& user = workspace_->user();
  SetStatusText(utf8((user ? user->name + " (" + user_kind_words(user->kind) + ") · " : std::string()) + workspace_->storage().place()), 0);
  SetStatusText(other == 0 ? wxString::Format(trn("%d plugin laddad", "%d pluginer laddade", loaded), loaded)
                           : wxString::Format(trn("%d plugin laddad", "%d pluginer laddade", loaded), loaded) + ", " +
                                 wxString::Format(trn("%d inte laddad: se Verktyg > Pluginer", "%d inte laddade: se Verktyg > Pluginer",
                                                      other),
                                                  other),
                1);
}

}  // namespace trygg::gui
