#pragma once

#include "trygg/plugin_policy.hpp"
#include "trygg/plugin_record.hpp"

#include <wx/dialog.h>

#include <filesystem>
#include <vector>

class wxButton;
class wxStaticText;

namespace trygg::gui {

class PluginListCtrl;

// Every plugin found: loaded, turned off, waiting for trust, or rejected with why. Turning a
// plugin on or off and trusting a third-party plugin are saved to the policy file at once; the
// caller reloads the plugins when the dialog reports a change.
class PluginsDialog : public wxDialog {
public:
  // `may_change`: whether the signed-in user may trust and turn plugins on or off (administrators on a
  // shared server; anyone on their own file). Others see the list and why, and the buttons stay off.
  PluginsDialog(wxWindow* parent, std::vector<PluginRecord> plugins, std::filesystem::path policy_file, bool may_change = true);
  [[nodiscard]] bool changed() const { return changed_; }
  [[nodiscard]] PluginListCtrl& list() { return *list_; }

private:
  void update_buttons();
  void apply(const std::function<void(PluginPolicy&, const PluginRecord&)>& edit);
  [[nodiscard]] const PluginRecord* selected() const;

  std::vector<PluginRecord> plugins_;
  std::filesystem::path policy_file_;
  bool may_change_ = true;
  PluginListCtrl* list_ = nullptr;
  wxStaticText* reason_ = nullptr;
  wxButton* enable_ = nullptr;
  wxButton* disable_ = nullptr;
  wxButton* trust_ = nullptr;
  bool changed_ = false;
};

}  // namespace trygg::gui
