// GUI tests run inside a real wxApp (under Xvfb), with asserts turned into failures.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include "empty_run_guard.hpp"

#include "startup.hpp"

#include <wx/app.h>
#include <wx/image.h>

int main(int argc, char** argv)
{
  doctest::Context context(argc, argv);
  if (context.shouldExit()) {
    return context.run();  // listing cases needs no display
  }
  wxApp::SetInstance(new wxApp);  // wx takes ownership and deletes it in wxEntryCleanup
  if (!wxEntryStart(argc, argv)) {
    std::fprintf(stderr, "GUI tests need a display: run them under xvfb-run\n");
    return 2;
  }
  trygg::gui::fail_on_assert();
  wxInitAllImageHandlers();
  wxTheApp->CallOnInit();
  const int result = trygg::test::run_guarded(context);
  wxEntryCleanup();
  return result;
}
