#include "plugin_list_ctrl.hpp"
#include "gui_text.hpp"

#include <wx/intl.h>

namespace trygg::gui {

PluginListCtrl::PluginListCtrl(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL)
{
  AppendColumn(tr("Plugin"), wxLIST_FORMAT_LEFT, FromDIP(170));
  AppendColumn(tr("Version"), wxLIST_FORMAT_LEFT, FromDIP(64));
  AppendColumn(tr("Typ"), wxLIST_FORMAT_LEFT, FromDIP(90));
  AppendColumn(tr("Status"), wxLIST_FORMAT_LEFT, FromDIP(80));
  AppendColumn(tr("Källa och orsak"), wxLIST_FORMAT_LEFT, FromDIP(640));
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
    SetItem(index, 3, plugin.loaded ? tr("laddad") : tr("avvisad"));
    SetItem(index, 4, wxString::FromUTF8(plugin.loaded ? plugin.folder.string() : plugin.reason));
    if (!plugin.loaded) {
      SetItemTextColour(index, wxColour(0xB0, 0x1E, 0x1E));
    }
  }
}

}  // namespace trygg::gui
