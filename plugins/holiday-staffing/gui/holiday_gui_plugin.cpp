// The storhelg planning board as a workspace tool (see <tools> in plugin.xml).
#include "planning_page.hpp"
#include "routines_page.hpp"

#include "trygg/gui_sdk/gui_plugin_entry.hpp"
#include "trygg/gui_sdk/text.hpp"

namespace trygg::gui {
namespace {

// The tool's label in plugin.xml, shown through the catalog: listed here so xgettext carries it.
[[maybe_unused]] constexpr const char* manifest_labels[] = {N_("Planera &storhelg"), N_("&Bemanningsrutiner")};

class HolidayGuiPlugin final : public GuiPlugin {
public:
  [[nodiscard]] wxWindow* create_tool(const std::string& tool_id, wxWindow* parent, PageHost& host) override
  {
    // wx owns child windows
    if (tool_id == "planning") {
      return new PlanningPage(parent, host);
    }
    if (tool_id == "routines") {
      return new RoutinesPage(parent, host);
    }
    return nullptr;
  }
};

}  // namespace
}  // namespace trygg::gui

TRYGG_GUI_PLUGIN(trygg::gui::HolidayGuiPlugin)
