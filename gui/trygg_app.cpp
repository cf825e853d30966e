// trygg: the desktop app.
//   trygg [--db FILE] [--screenshot FILE [--view NAME] [--case ID]]
// --screenshot renders a view to a PNG and exits: main (the case list), overview, plan (a SIP's
// plan editor), plan-document (its printed form), checklist, risk, history, timeline (a plugin's
// page), plugins (the plugins dialog), or the id of a plugin's page or tool (planning, the storhelg board; follow-ups, the SIP follow-ups).
#include "app_settings.hpp"
#include "case_panel.hpp"
#include "gui_text.hpp"
#include "main_frame.hpp"
#include "missing_database.hpp"
#include "open_progress.hpp"
#include "plugin_shelf.hpp"
#include "plugins_dialog.hpp"
#include "screenshot.hpp"
#include "sign_in.hpp"
#include "startup.hpp"
#include "trygg/app_paths.hpp"
#include "trygg/i18n.hpp"
#include "trygg/open_workspace.hpp"
#include "trygg/server_schema.hpp"

#include <wx/app.h>
#include <wx/cmdline.h>
#include <wx/frame.h>
#include <wx/html/htmlwin.h>
#include <wx/msgdlg.h>
#include <wx/prntbase.h>
#include <wx/timer.h>

#include <chrono>
#include <cstdio>
#include <optional>

namespace trygg::gui {

class TryggApp : public wxApp {
public:
  bool OnInit() override
  {
    if (!wxApp::OnInit()) {
      return false;
    }
    use_swedish_time_by_default();
    load_translations();
    if (!screenshot_.empty()) {
      fail_on_assert();
    }
    std::string database = database_.utf8_string();
    if (database.empty() && screenshot_.empty()) {
      // Reopen the database used last time; when it is gone, ask rather than open another in its place.
      const auto last = AppSettings::load().last_database;
      std::error_code ignored;
      if (!last.empty() && (is_server_address(last) || std::filesystem::exists(last, ignored))) {
        database = last;
      } else if (!last.empty()) {
        const auto chosen = choose_missing_database(nullptr, last);
        if (!chosen) {
          return false;
        }
        database = *chosen;
      }
    }
    std::unique_ptr<Workspace> workspace;
    try {
      workspace = open_signing_in(nullptr, database, {}, open_progress(nullptr));
      if (!workspace) {
        return false;  // signing in given up: nothing to show
      }
    } catch (const std::exception& error) {
      report(tr("Trygg kunde inte starta"), utf8(error.what()));
      return false;
    }
    frame_ = new MainFrame(std::move(workspace));  // wx deletes top-level windows itself
    if (!screenshot_.empty()) {
      frame_->SetSize(1280, 800);
    }
    frame_->Show();
    if (!screenshot_.empty()) {
      wxWindow* target = prepare_view();
      if (target == nullptr) {
        return false;
      }
      target_ = target;
      // The picture is taken once the view has painted (FilterEvent sees every paint in it) and nothing in
      // it has painted again for a moment (a print preview paints its frame, then its page), not after a
      // guess at how long starting takes. A view that never paints (not mapped) is reported after ten
      // seconds instead of waited for.
      Bind(wxEVT_IDLE, [this](wxIdleEvent& event) {
        if (taken_) {
          return;
        }
        if (last_paint_ && std::chrono::steady_clock::now() - *last_paint_ > std::chrono::milliseconds(150)) {
          taken_ = true;
          take_screenshot();
          return;
        }
        wxMilliSleep(5);
        event.RequestMore();
      });
      timer_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
        if (!taken_) {
          taken_ = true;
          report(tr("Skärmbilden togs inte"), tr("Vyn ritades inte upp inom tio sekunder"));
          frame_->Close(true);
        }
      });
      timer_.StartOnce(10'000);
    }
    return true;
  }

  int FilterEvent(wxEvent& event) override
  {
    if (target_ != nullptr && event.GetEventType() == wxEVT_PAINT) {
      auto* window = dynamic_cast<wxWindow*>(event.GetEventObject());
      if (window != nullptr && (window == target_ || target_->IsDescendant(window))) {
        last_paint_ = std::chrono::steady_clock::now();
      }
    }
    return Event_Skip;
  }

  // What a handler throws (a plugin's page or tool included) is shown and the app keeps running:
  // every write is one transaction, so nothing half-done was saved.
  bool OnExceptionInMainLoop() override
  {
    wxString message;
    try {
      throw;
    } catch (const std::exception& error) {
      message = utf8(error.what());
    } catch (...) {
      message = tr("okänt fel");
    }
    std::fprintf(stderr, "trygg: %s\n", message.utf8_str().data());
    wxMessageBox(message, tr("Något gick fel"), wxOK | wxICON_ERROR);
    return true;
  }

  int OnExit() override
  {
    wxApp::OnExit();
    return exit_code_;
  }

  void OnInitCmdLine(wxCmdLineParser& parser) override
  {
    wxApp::OnInitCmdLine(parser);
    parser.AddOption({}, "db", tr("databasfil (standard: senast använda eller din egen databas)"));
    parser.AddOption({}, "screenshot", tr("spara en vy som PNG och avsluta"));
    parser.AddOption({}, "view", tr("vy för --screenshot: main, overview, checklist, risk, history, print, plugins, eller id för en plugins sida, verktyg eller formulär"));
    parser.AddOption({}, "case", tr("ärende för --screenshot"), wxCMD_LINE_VAL_NUMBER);
  }

  bool OnCmdLineParsed(wxCmdLineParser& parser) override
  {
    parser.Found("db", &database_);
    parser.Found("screenshot", &screenshot_);
    parser.Found("view", &view_);
    parser.Found("case", &case_id_);
    return wxApp::OnCmdLineParsed(parser);
  }

private:
  void load_translations()
  {
    // Swedish is the source language; English comes from the "trygg" catalog in share/locale beside
    // the executable. Core's messages go through gettext, the shell's through wxTranslations, which
    // also brings wx's own dialogs in the same language.
    const std::string language = requested_language(AppSettings::load().language);
    use_language(language);
    auto* translations = new wxTranslations;  // wx takes ownership in Set()
    wxTranslations::Set(translations);
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(utf8((executable_folder() / "../share/locale").string()));
    translations->SetLanguage(language == "en" ? wxLANGUAGE_ENGLISH : wxLANGUAGE_SWEDISH);
    translations->AddStdCatalog();
    translations->AddCatalog("trygg", wxLANGUAGE_SWEDISH);
  }

  wxWindow* prepare_view()
  {
    const std::string view = view_.empty() ? "main" : view_.utf8_string();
    if (view == "main") {
      return frame_;
    }
    if (view == "plugins") {
      auto* dialog = new PluginsDialog(frame_, frame_->workspace().plugins().plugins(), default_plugin_policy_file(),
                                       frame_->workspace().may(Permission::trust_plugins));
      dialog->SetSize(frame_->FromDIP(wxSize(1000, 420)));
      dialog->Show();
      return dialog;
    }
    if (view == "assessment-overview") {
      frame_->show_assessments();
      return frame_;
    }
    // A plugin's tool by its id from the manifest (e.g. follow-ups).
    if (frame_->open_tool(view) != nullptr) {
      return frame_;
    }
    // A plugin's page shows on the oldest case of its process, the other views on the oldest case.
    std::string process = frame_->shelf().process_of_page(view);
    for (const auto& plugin : frame_->workspace().plugins().plugins()) {
      for (const auto& form : plugin.loaded ? plugin.forms : std::vector<RecordForm>{}) {
        process = form.id == view ? form.process : process;  // a record form's tab
      }
    }
    CaseId id = case_id_ > 0 ? case_id_ : 0;
    if (id == 0) {
      const auto cases = frame_->workspace().storage().list_cases({.process = process});
      if (cases.empty()) {
        report(tr("Ingen vy"), tr("Databasen har inga ärenden att visa"));
        return nullptr;
      }
      id = cases.back().id;  // the oldest: the demo's first case
    }
    auto* panel = frame_->open_case(id);
    if (panel != nullptr && view == "print") {
      // The case's printout in wx's print preview, as it goes onto A4.
      panel->print();
      for (auto* window : wxTopLevelWindows) {
        if (auto* preview = dynamic_cast<wxPreviewFrame*>(window)) {
          preview->SetSize(wxRect(wxPoint(0, 0), frame_->FromDIP(wxSize(900, 860))));  // on the screen the picture is copied from
          return preview;
        }
      }
      return nullptr;
    }
    if (panel == nullptr || !panel->show_page(view)) {
      report(tr("Ingen vy"), utf8("--view " + view + ": ") + tr("finns inte för ärendet"));
      return nullptr;
    }
    return frame_;
  }

  void take_screenshot()
  {
    const auto error = save_screenshot(*target_, screenshot_.utf8_string());
    if (!error.empty()) {
      std::fprintf(stderr, "trygg: %s\n", error.c_str());
      exit_code_ = 1;
    }
    frame_->Close(true);
  }

  void report(const wxString& title, const wxString& message)
  {
    exit_code_ = 1;
    if (screenshot_.empty()) {
      wxMessageBox(message, title, wxOK | wxICON_ERROR);
    }
    std::fprintf(stderr, "trygg: %s: %s\n", title.utf8_str().data(), message.utf8_str().data());
  }

  wxString database_;
  wxString screenshot_;
  wxString view_;
  long case_id_ = 0;
  MainFrame* frame_ = nullptr;
  wxWindow* target_ = nullptr;
  wxTimer timer_;
  std::optional<std::chrono::steady_clock::time_point> last_paint_;  // of the view shot, or a window in it
  bool taken_ = false;
  int exit_code_ = 0;
};

}  // namespace trygg::gui

wxIMPLEMENT_APP_NO_MAIN(trygg::gui::TryggApp);

int main(int argc, char** argv)
{
  if (!trygg::gui::has_display()) {
    std::fprintf(stderr,
                 "trygg: ingen grafisk skärm hittades (DISPLAY är inte satt). Starta Trygg i en skrivbordsmiljö,\n"
                 "eller under Xvfb: xvfb-run -a build/bin/trygg. Kommandoraden fungerar utan skärm: build/bin/trygg-cli --help\n");
    return 2;
  }
  return wxEntry(argc, argv);
}
