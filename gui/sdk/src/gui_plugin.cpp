#include "trygg/gui_sdk/gui_plugin.hpp"

namespace trygg::gui {

// Out of line so the vtables and type info have one home: this library.
PageHost::~PageHost() = default;
PluginWindow::~PluginWindow() = default;
GuiPlugin::~GuiPlugin() = default;
UnsavedEdits::~UnsavedEdits() = default;

wxWindow* GuiPlugin::create_case_page(const std::string& /*page_id*/, wxWindow* /*parent*/, std::int64_t /*case_id*/,
                                      PageHost& /*host*/)
{
  return nullptr;
}

wxWindow* GuiPlugin::create_tool(const std::string& /*tool_id*/, wxWindow* /*parent*/, PageHost& /*host*/)
{
  return nullptr;
}

}  // namespace trygg::gui
