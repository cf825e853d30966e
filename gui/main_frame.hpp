#pragma once

#include "trygg/workspace.hpp"

#include <wx/frame.h>

#include <memory>

class wxSearchCtrl;
class wxChoice;
class wxStaticText;

namespace trygg::gui {

class CaseListCtrl;
class PluginListCtrl;

// The main window: the case list with search and status filter, and the plugins, loaded and
// rejected with why. It owns the workspace it shows and can switch to another database.
class MainFrame : public wxFrame {
public:
  explicit MainFrame(std::unique_ptr<Workspace> workspace);

  [[nodiscard]] Workspace& workspace() { return *workspace_; }
  [[nodiscard]] CaseListCtrl& case_list() { return *cases_; }
  [[nodiscard]] PluginListCtrl& plugin_list() { return *plugins_; }
  void reload();

private:
  void build_menu();
  void on_open_database(wxCommandEvent& event);
  void on_about(wxCommandEvent& event);
  void show_status();

  std::unique_ptr<Workspace> workspace_;
  wxSearchCtrl* search_ = nullptr;
  wxChoice* status_filter_ = nullptr;
  wxStaticText* count_ = nullptr;
  CaseListCtrl* cases_ = nullptr;
  PluginListCtrl* plugins_ = nullptr;
};

}  // namespace trygg::gui
