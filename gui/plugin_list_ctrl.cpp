#include "plugin_list_ctrl.hpp"
#include "gui_text.hpp"
#include "trygg/gui_sdk/palette.hpp"

#include <wx/intl.h>

namespace trygg::gui {

PluginListCtrl::PluginListCtrl(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL)
{
  AppendColumn(tr("Plugin"), wxLIST_FORMAT_LEFT, FromDIP(170));
  AppendColumn(tr("Version"), wxLIST_FORMAT_LEFT, FromDIP(64));
  AppendColumn(tr("Typ"), wxLIST_FORMAT_LEFT, FromDIP(90));
  AppendColumn(tr("Status"), wxLIST_FORMAT_LEFT, FromDIP(90));
  AppendColumn(tr("Ursprung"), wxLIST_FORMAT_LEFT, FromDIP(100));
  AppendColumn(tr("Källa och orsak"), wxLIST_FORMAT_LEFT, FromDIP(560));
}

void PluginListCtrl::show(const std::vector<PluginRecord>& plugins)
{
  DeleteAllItems();
  long row = 0;
  for (const auto& plugin : plugins) {
    const wxString name = plugin.name.empty() ? wxString::FromUTF8(plugin.id) : wxString::FromUTF8(plugin.name);
    const long index = InsertItem(row++, name);
    SetItem(index, 1, wxString::FromUTF8(plugin.version));
    SetItem(index, 2, plugin.compiled ? tr("kompilerad") : tr("deklarativ"));
    SetItem(index, 3, plugin.loaded ? tr("laddad") : plugin.disabled ? tr("avstängd") : plugin.needs_trust ? tr("ej godkänd") : tr("avvisad"));
    SetItem(index, 4, plugin.origin == PluginOrigin::bundled ? tr("medföljer") : plugin.origin == PluginOrigin::user ? tr("din mapp") : tr("TRYGG_PLUGIN_PATH"));
    SetItem(index, 5, wxString::FromUTF8(plugin.loaded ? plugin.folder.string() : plugin.reason));
    if (!plugin.loaded && !plugin.disabled) {
      SetItemTextColour(index, plugin.needs_trust ? wx_colour(sdk::palette::warning_text) : wx_colour(sdk::palette::alarm_text));
    } else if (plugin.disabled) {
      SetItemTextColour(index, wxColour(0x70, 0x70, 0x70));
    }
  }
}

}  // namespace trygg::gui
