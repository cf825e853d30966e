#pragma once

#include "trygg/gui_sdk/gui_plugin.hpp"
#include "trygg/workspace.hpp"

#include <boost/dll/shared_library.hpp>

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

class wxHtmlEasyPrinting;
class wxWindow;

namespace trygg::gui {

// The plugins' pages and tools in the shell: loads each loaded plugin's GUI library, gives each
// plugin its PageHost, and makes the pages and tools the manifests declare. Every call into plugin
// code is guarded: a failure shows a message naming the plugin and the shell carries on. The shell
// names no process; what exists comes from the manifests.
class PluginShelf {
public:
  struct Callbacks {
    std::function<void(CaseId)> open_case;
    std::function<void(CaseId)> case_changed;
  };
  PluginShelf(Workspace& workspace, wxWindow& owner, Callbacks callbacks);
  PluginShelf(const PluginShelf&) = delete;
  PluginShelf& operator=(const PluginShelf&) = delete;
  ~PluginShelf();

  struct Page {
    const PluginRecord* plugin;
    PageInfo info;
  };
  struct Tool {
    const PluginRecord* plugin;
    ToolInfo info;
  };
  // The pages plugins add to cases of a process, and every workspace tool, in plugin order.
  [[nodiscard]] std::vector<Page> pages_for(const std::string& process) const;
  [[nodiscard]] std::vector<Tool> tools() const;
  // The process of the first page with this id, for opening a case that shows it (screenshots).
  [[nodiscard]] std::string process_of_page(const std::string& page_id) const;

  // Made by the plugin, owned by `parent` from then on; null (and a message) when it fails.
  wxWindow* make_page(const Page& page, wxWindow* parent, CaseId id);
  wxWindow* make_tool(const Tool& tool, wxWindow* parent);

  // Why a plugin's GUI library did not load, by plugin id.
  [[nodiscard]] const std::map<std::string, std::string>& errors() const { return errors_; }

private:
  class Host;
  struct Loaded;
  wxWindow* guarded(const PluginRecord& plugin, const std::string& what, const std::function<wxWindow*(GuiPlugin&, PageHost&)>& make);

  Workspace& workspace_;
  wxWindow& owner_;
  Callbacks callbacks_;
  std::map<std::string, std::unique_ptr<Loaded>> loaded_;
  std::map<std::string, std::string> errors_;
  std::unique_ptr<wxHtmlEasyPrinting> printing_;
};

}  // namespace trygg::gui
