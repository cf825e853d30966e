#include "plugins_dialog.hpp"

#include "gui_text.hpp"
#include "plugin_list_ctrl.hpp"
#include "trygg/plugin_host.hpp"

#include <wx/button.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace trygg::gui {

PluginsDialog::PluginsDialog(wxWindow* parent, std::vector<PluginRecord> plugins, std::filesystem::path policy_file, bool may_change)
    : wxDialog(parent, wxID_ANY, tr("Pluginer"), wxDefaultPosition, parent->FromDIP(wxSize(1000, 520)),
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      plugins_(std::move(plugins)), policy_file_(std::move(policy_file)), may_change_(may_change)
{
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  auto* intro = new wxStaticText(this, wxID_ANY,
                                 may_change ? tr("Medföljande pluginer laddas alltid. Pluginer i din egen pluginmapp körs först när du "
                                                 "har godkänt dem. Ändringar gäller direkt.")
                                            : tr("Bara en administratör får godkänna, slå på eller stänga av pluginer på den här "
                                                 "servern. Här ser du vilka som är laddade och varför andra inte är det."));
  sizer->Add(intro, 0, wxALL, FromDIP(10));
  list_ = new PluginListCtrl(this);
  list_->show(plugins_);
  sizer->Add(list_, 1, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(10));
  reason_ = new wxStaticText(this, wxID_ANY, " ");
  sizer->Add(reason_, 0, wxEXPAND | wxALL, FromDIP(10));

  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  enable_ = new wxButton(this, wxID_ANY, tr("Slå på"));
  disable_ = new wxButton(this, wxID_ANY, tr("Stäng av"));
  trust_ = new wxButton(this, wxID_ANY, tr("Godkänn…"));
  for (auto* button : {enable_, disable_, trust_}) {
    buttons->Add(button, 0, wxRIGHT, FromDIP(6));
  }
  buttons->AddStretchSpacer();
  // A process owner's XML edits take effect without a restart: everything is read again.
  auto* reload = new wxButton(this, wxID_ANY, tr("Läs in pluginerna igen"));
  reload->SetName("plugins-reload");
  reload->SetToolTip(tr("Läser manifest och innehåll på nytt, t.ex. efter att en checklista ändrats"));
  reload->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    changed_ = true;
    EndModal(wxID_OK);
  });
  buttons->Add(reload, 0, wxRIGHT, FromDIP(6));
  buttons->Add(new wxButton(this, wxID_CLOSE, tr("Stäng")));
  sizer->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(10));
  SetSizer(sizer);
  SetEscapeId(wxID_CLOSE);

  enable_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    apply([](PluginPolicy& policy, const PluginRecord& plugin) {
      policy.disabled.erase(plugin.id);
      // Turning on a plugin that crashed Trygg while loading is the user's "it is fixed now".
      forget_plugin_load_crashes(default_plugin_load_markers(), plugin.id);
    });
  });
  disable_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    apply([](PluginPolicy& policy, const PluginRecord& plugin) { policy.disabled.insert(plugin.id); });
  });
  trust_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    const auto* plugin = selected();
    if (plugin == nullptr ||
        wxMessageBox(wxString::Format(tr("Godkänn pluginen från %s? Den får köra kod med dina behörigheter."),
                                      utf8(plugin->folder.string())),
                     tr("Godkänn plugin"), wxYES_NO | wxICON_WARNING, this) != wxYES) {
      return;
    }
    apply([](PluginPolicy& policy, const PluginRecord& record) { policy.trust(record.folder); });
  });
  list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { update_buttons(); });
  update_buttons();
}

const PluginRecord* PluginsDialog::selected() const
{
  const long row = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
  return row >= 0 && static_cast<std::size_t>(row) < plugins_.size() ? &plugins_[static_cast<std::size_t>(row)] : nullptr;
}

void PluginsDialog::update_buttons()
{
  const auto* plugin = selected();
  enable_->Enable(may_change_ && plugin != nullptr && plugin->disabled);
  disable_->Enable(may_change_ && plugin != nullptr && !plugin->disabled && plugin->manifest.has_value());
  trust_->Enable(may_change_ && plugin != nullptr && plugin->needs_trust);
  reason_->SetLabel(plugin != nullptr && !plugin->reason.empty() ? utf8(plugin->reason) : wxString(" "));
  reason_->Wrap(GetClientSize().x - FromDIP(20));
  Layout();
}

void PluginsDialog::apply(const std::function<void(PluginPolicy&, const PluginRecord&)>& edit)
{
  const auto* plugin = selected();
  if (plugin == nullptr) {
    return;
  }
  try {
    auto policy = PluginPolicy::load(policy_file_);
    edit(policy, *plugin);
    policy.save(policy_file_);
    changed_ = true;
    EndModal(wxID_OK);  // the caller reloads the plugins and can open the dialog again
  } catch (const std::exception& error) {
    wxMessageBox(utf8(error.what()), tr("Inställningen sparades inte"), wxOK | wxICON_ERROR, this);
  }
}

}  // namespace trygg::gui
