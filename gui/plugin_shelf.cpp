#include "plugin_shelf.hpp"

#include "gui_text.hpp"
#include "html_print_preview.hpp"
#include "trygg/gui_sdk/gui_plugin_entry.hpp"
#include "trygg/i18n.hpp"
#include "trygg/plugin_library.hpp"

#include <wx/msgdlg.h>

namespace trygg::gui {

// The PageHost of one plugin: its own sdk::Host, and the shell's windows through callbacks.
class PluginShelf::Host final : public PageHost {
public:
  Host(PluginShelf& shelf, sdk::Host& services) : shelf_(shelf), services_(services) {}
  [[nodiscard]] sdk::Host& services() override { return services_; }
  void open_case(std::int64_t case_id) override { shelf_.callbacks_.open_case(case_id); }
  void case_changed(std::int64_t case_id) override { shelf_.callbacks_.case_changed(case_id); }
  void preview_html(const std::string& title, const std::string& html) override
  {
    gui::preview_html(shelf_.printing_, shelf_.owner_, utf8(title), html);
  }

private:
  PluginShelf& shelf_;
  sdk::Host& services_;
};

struct PluginShelf::Loaded {
  std::unique_ptr<GuiPlugin> object;
  std::unique_ptr<Host> host;
};

namespace {

// GUI libraries stay loaded until the process ends: wx destroys a plugin's windows when their parent
// goes, which may be after the shelf, and their code must still be there.
void keep_loaded(boost::dll::shared_library library)
{
  static std::vector<boost::dll::shared_library> kept;
  kept.push_back(std::move(library));
}

}  // namespace

PluginShelf::PluginShelf(Workspace& workspace, wxWindow& owner, Callbacks callbacks)
    : workspace_(workspace), owner_(owner), callbacks_(std::move(callbacks))
{
  for (const auto& plugin : workspace_.plugins().plugins()) {
    if (!plugin.loaded || !plugin.manifest->gui_library || !plugin.services) {
      continue;
    }
    const auto file = plugin.folder / *plugin.manifest->gui_library;
    try {
      auto library = load_plugin_library(file, gui_api_level_symbol);
      if (!library.has(gui_factory_symbol)) {
        throw std::runtime_error(trygg::trf("{}: symbolen {} saknas", file.string(), gui_factory_symbol));
      }
      auto created = library.get_alias<GuiFactory>(gui_factory_symbol)();
      keep_loaded(std::move(library));
      if (!created.plugin) {
        throw std::runtime_error(trygg::trf("{}: pluginen kastade ett fel när den startade: {}", file.string(), created.error));
      }
      auto loaded = std::make_unique<Loaded>();
      loaded->object = std::move(created.plugin);
      loaded->host = std::make_unique<Host>(*this, *plugin.services);
      loaded_.emplace(plugin.id, std::move(loaded));
    } catch (const std::exception& error) {
      errors_.emplace(plugin.id, error.what());
    }
  }
}

PluginShelf::~PluginShelf() = default;

std::vector<PluginShelf::Page> PluginShelf::pages_for(const std::string& process) const
{
  std::vector<Page> result;
  for (const auto& plugin : workspace_.plugins().plugins()) {
    if (plugin.loaded && loaded_.count(plugin.id) > 0) {
      for (const auto& page : plugin.manifest->pages) {
        if (page.process == process) {
          result.push_back({&plugin, page});
        }
      }
    }
  }
  return result;
}

std::vector<PluginShelf::Tool> PluginShelf::tools() const
{
  std::vector<Tool> result;
  for (const auto& plugin : workspace_.plugins().plugins()) {
    if (plugin.loaded && loaded_.count(plugin.id) > 0) {
      for (const auto& tool : plugin.manifest->tools) {
        result.push_back({&plugin, tool});
      }
    }
  }
  return result;
}

std::string PluginShelf::process_of_page(const std::string& page_id) const
{
  for (const auto& plugin : workspace_.plugins().plugins()) {
    if (plugin.loaded && loaded_.count(plugin.id) > 0) {
      for (const auto& page : plugin.manifest->pages) {
        if (page.id == page_id) {
          return page.process;
        }
      }
    }
  }
  return {};
}

wxWindow* PluginShelf::guarded(const PluginRecord& plugin, const std::string& what,
                               const std::function<wxWindow*(GuiPlugin&, PageHost&)>& make)
{
  const auto found = loaded_.find(plugin.id);
  std::string problem;
  if (found == loaded_.end()) {
    problem = trygg::trf("Pluginen {} har inget laddat GUI-bibliotek", plugin.id);
  } else {
    try {
      if (auto* window = make(*found->second->object, *found->second->host)) {
        return window;
      }
      problem = trygg::trf("Pluginen {} gav ingen {}, fast manifestet anger den", plugin.id, what);
    } catch (const std::exception& error) {
      problem = trygg::trf("Pluginen {} misslyckades med {}: {}", plugin.id, what, error.what());
    } catch (...) {
      problem = trygg::trf("Pluginen {} misslyckades med {}", plugin.id, what);
    }
  }
  wxMessageBox(utf8(problem), tr("Pluginens sida kunde inte visas"), wxOK | wxICON_ERROR, &owner_);
  return nullptr;
}

wxWindow* PluginShelf::make_page(const Page& page, wxWindow* parent, CaseId id)
{
  return guarded(*page.plugin, page.info.id, [&](GuiPlugin& code, PageHost& host) {
    return code.create_case_page(page.info.id, parent, id, host);
  });
}

wxWindow* PluginShelf::make_tool(const Tool& tool, wxWindow* parent)
{
  return guarded(*tool.plugin, tool.info.id, [&](GuiPlugin& code, PageHost& host) { return code.create_tool(tool.info.id, parent, host); });
}

}  // namespace trygg::gui
