#pragma once
// The GUI SDK: the only place a plugin meets wxWidgets. A plugin's GUI library (declared as
// <gui-library> in plugin.xml) makes the pages and tools its manifest declares; the desktop app
// loads it, never the command line. Interfaces follow the plugin API's versioning (api_version.hpp):
// GuiPlugin is frozen for 3.0, PageHost grows at the end.

#include "trygg/sdk/host.hpp"

#include <cstdint>
#include <string>

class wxWindow;

#define TRYGG_GUI_SDK_API __attribute__((visibility("default")))

namespace trygg::gui {

// What the shell offers a plugin's pages and tools.
class TRYGG_GUI_SDK_API PageHost {
public:
  PageHost() = default;
  PageHost(const PageHost&) = delete;
  PageHost& operator=(const PageHost&) = delete;
  virtual ~PageHost();

  // The plugin's own host services: records, case queries, commits in one transaction.
  [[nodiscard]] virtual sdk::Host& services() = 0;
  // Opens a case in its own tab.
  virtual void open_case(std::int64_t case_id) = 0;
  // Tell the shell a case changed (after a commit): its header, list row and other pages follow.
  virtual void case_changed(std::int64_t case_id) = 0;
  // wx's print preview of a self-contained HTML page; printing to PDF goes through its dialog.
  virtual void preview_html(const std::string& title, const std::string& html) = 0;
};

// A page or tool the shell can ask to show again what is stored (when its tab comes forward, or the
// case changed elsewhere). Plugin windows that keep data on screen implement it.
class TRYGG_GUI_SDK_API PluginWindow {
public:
  PluginWindow() = default;
  PluginWindow(const PluginWindow&) = delete;
  PluginWindow& operator=(const PluginWindow&) = delete;
  virtual ~PluginWindow();
  virtual void reload() = 0;
};

// A page where a person types before saving (a plan, a form). Before its tab or the app closes, or the
// database is switched, the shell asks whether to save what is typed, throw it away or stay; a
// PluginWindow with unsaved edits is not reloaded over them. Implemented beside wxWindow, found by
// dynamic_cast. (3.4)
class TRYGG_GUI_SDK_API UnsavedEdits {
public:
  UnsavedEdits() = default;
  UnsavedEdits(const UnsavedEdits&) = delete;
  UnsavedEdits& operator=(const UnsavedEdits&) = delete;
  virtual ~UnsavedEdits();
  // Whether what is on screen differs from what is stored (what cannot be read, e.g. a half-typed date,
  // counts as an edit).
  [[nodiscard]] virtual bool has_unsaved_edits() const = 0;
  // What is edited, for the question: "SIP-planen", "Min plan".
  [[nodiscard]] virtual std::string edits_title() const = 0;
  // Saves what is on screen; false, after telling the person why, when it could not be saved.
  virtual bool save_edits() = 0;
};

// What a plugin's GUI library implements. Each call is guarded by the shell: what it throws becomes a
// message naming the plugin, and the app keeps running.
class TRYGG_GUI_SDK_API GuiPlugin {
public:
  GuiPlugin() = default;
  GuiPlugin(const GuiPlugin&) = delete;
  GuiPlugin& operator=(const GuiPlugin&) = delete;
  virtual ~GuiPlugin();

  // A page the manifest declares (<pages>), for a case; the shell puts it in the case's notebook and
  // owns it from then on. Null: the plugin has no such page.
  [[nodiscard]] virtual wxWindow* create_case_page(const std::string& page_id, wxWindow* parent, std::int64_t case_id,
                                                   PageHost& host);
  // A workspace tool the manifest declares (<tools>), shown in a tab of its own.
  [[nodiscard]] virtual wxWindow* create_tool(const std::string& tool_id, wxWindow* parent, PageHost& host);
};

}  // namespace trygg::gui
