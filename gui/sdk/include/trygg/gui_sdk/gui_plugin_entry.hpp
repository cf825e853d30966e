#pragma once
// The entry points of a plugin's GUI library. Use once, in one source file:
//
//     TRYGG_GUI_PLUGIN(MyGuiPlugin)

#include "trygg/gui_sdk/gui_plugin.hpp"
#include "trygg/sdk/api_version.hpp"
#include "trygg/sdk/plugin_entry.hpp"

#include <boost/dll/alias.hpp>

#include <memory>
#include <string>

namespace trygg::gui {

struct GuiCreateResult {
  std::unique_ptr<GuiPlugin> plugin;
  std::string error;  // empty on success
};

using GuiFactory = GuiCreateResult() noexcept;

inline constexpr const char* gui_api_level_symbol = "trygg_gui_plugin_api_level";
inline constexpr const char* gui_factory_symbol = "trygg_gui_plugin_create";

}  // namespace trygg::gui

#define TRYGG_GUI_PLUGIN(PluginClass)                                                             \
  extern "C" BOOST_SYMBOL_EXPORT int trygg_gui_plugin_api_level() noexcept                        \
  {                                                                                               \
    return ::trygg::sdk::api_level(::trygg::sdk::api_major, ::trygg::sdk::api_minor);             \
  }                                                                                               \
  namespace trygg_gui_plugin_entry {                                                              \
  ::trygg::gui::GuiCreateResult create() noexcept                                                 \
  {                                                                                               \
    return ::trygg::sdk::guarded_create<::trygg::gui::GuiCreateResult>([] { return std::make_unique<PluginClass>(); });      \
  }                                                                                               \
  }                                                                                               \
  BOOST_DLL_ALIAS(trygg_gui_plugin_entry::create, trygg_gui_plugin_create)
