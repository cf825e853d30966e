#include "case_list_ctrl.hpp"
#include "main_frame.hpp"
#include "plugin_list_ctrl.hpp"
#include "screenshot.hpp"
#include "test_support.hpp"
#include "trygg/demo_data.hpp"

#include <doctest/doctest.h>

#include <wx/app.h>
#include <wx/image.h>

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

}  // namespace

TEST_CASE("MainFrame - lists the cases and the plugins, rejected ones with why")
{
  const test::TempFolder folder;
  auto paths = test::bundled_plugins();
  paths.push_back({TRYGG_TEST_PLUGIN_DIR, PluginOrigin::environment});
  auto workspace = std::make_unique<Workspace>(folder / "gui.db", paths, "gui-test");
  REQUIRE(seed_demo_data(*workspace) == 9);

  auto* frame = new gui::MainFrame(std::move(workspace));
  frame->Show();
  settle();

  CHECK(frame->case_list().GetItemCount() == 9);
  CHECK(frame->case_list().GetItemText(0, 2) == wxString::FromUTF8("Karin Wallin"));
  CHECK(frame->plugin_list().GetItemCount() == 10);
  int rejected = 0;
  for (long row = 0; row < frame->plugin_list().GetItemCount(); ++row) {
    if (frame->plugin_list().GetItemText(row, 3) == wxString::FromUTF8("avvisad")) {
      ++rejected;
      CHECK_FALSE(frame->plugin_list().GetItemText(row, 4).empty());
    }
  }
  CHECK(rejected == 6);

  SUBCASE("a closed case leaves the open list")
  {
    frame->workspace().storage().close_case(frame->case_list().rows().front().id, "gui-test");
    frame->reload();
    CHECK(frame->case_list().GetItemCount() == 8);
  }

  SUBCASE("the screenshot is a real picture, not an empty rectangle")
  {
    const auto file = folder / "main.png";
    CHECK(gui::save_screenshot(*frame, file).empty());
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
  frame->Destroy();
  settle(50);
}
