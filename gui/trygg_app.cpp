// trygg: the desktop app. With --screenshot FILE it renders the main window to a PNG and exits.
#include "main_frame.hpp"
#include "gui_text.hpp"
#include "screenshot.hpp"
#include "startup.hpp"
#include "trygg/open_workspace.hpp"

#include <wx/app.h>
#include <wx/cmdline.h>
#include <wx/msgdlg.h>
#include <wx/timer.h>

#include <cstdio>

namespace trygg::gui {

class TryggApp : public wxApp {
public:
  bool OnInit() override
  {
    if (!wxApp::OnInit()) {
      return false;
    }
    if (!screenshot_.empty()) {
      fail_on_assert();
    }
    std::unique_ptr<Workspace> workspace;
    try {
      workspace = open_workspace(database_.utf8_string(), {});
    } catch (const std::exception& error) {
      report(tr("Trygg kunde inte starta"), wxString::FromUTF8(error.what()));
      return false;
    }
    auto* frame = new MainFrame(std::move(workspace));  // wx deletes top-level windows itself
    frame->Show();
    if (!screenshot_.empty()) {
      // Give GTK a moment to map and paint the window before copying it.
      timer_.Bind(wxEVT_TIMER, [this, frame](wxTimerEvent&) {
        const auto error = save_screenshot(*frame, screenshot_.utf8_string());
        if (!error.empty()) {
          std::fprintf(stderr, "trygg: %s\n", error.c_str());
          exit_code_ = 1;
        }
        frame->Close(true);
      });
      timer_.StartOnce(700);
    }
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
    parser.AddOption({}, "db", tr("databasfil (standard: din egen databas)"));
    parser.AddOption({}, "screenshot", tr("spara huvudfönstret som PNG och avsluta"));
  }

  bool OnCmdLineParsed(wxCmdLineParser& parser) override
  {
    parser.Found("db", &database_);
    parser.Found("screenshot", &screenshot_);
    return wxApp::OnCmdLineParsed(parser);
  }

private:
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
  wxTimer timer_;
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
