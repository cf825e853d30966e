// Läkarmedverkan as a workspace tool (see <tools> in plugin.xml).
#include "physician_time_page.hpp"

#include "trygg/gui_sdk/gui_plugin_entry.hpp"
#include "trygg/gui_sdk/text.hpp"

namespace trygg::gui {
namespace {

// The tool's label in plugin.xml, shown through the catalog: listed here so xgettext carries it.
[[maybe_unused]] constexpr const char* manifest_labels[] = {N_("&Läkarmedverkan")};

class PhysicianTimeGuiPlugin final : public GuiPlugin {
public:
  [[nodiscard]] wxWindow* create_tool(const std::string& tool_id, wxWindow* parent, PageHost& host) override
  {
    return tool_id == "physician-time" ? new PhysicianTimePage(parent, host) : nullptr;  // wx owns child windows
  }
};

}  // namespace
}  // namespace trygg::gui

TRYGG_GUI_PLUGIN(trygg::gui::PhysicianTimeGuiPlugin)
