#pragma once

#include "trygg/gui_sdk/gui_plugin.hpp"
#include "trygg/workspace.hpp"

#include <wx/scrolwin.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

class wxHtmlEasyPrinting;

namespace trygg::gui {

class RowTable;

// A record form a plugin declares in XML (e.g. the proactive process's "Min plan"), rendered: its
// guidance on top, a section per box, each field with its help under the label. "Spara" commits it
// through the workspace (each changed field to the history); a value that cannot be saved is named
// and nothing is saved. "Skriv ut…" prints it for the person.
class FormPage : public wxScrolledWindow, public UnsavedEdits {
public:
  FormPage(wxWindow* parent, Workspace& workspace, CaseId id, Workspace::Form form, std::function<void()> saved);
  ~FormPage() override;

  // Fills the fields from the stored record (empty when there is none).
  void load();
  // The fields as the record's JSON; throws std::invalid_argument naming a field that cannot be read.
  [[nodiscard]] std::string values_json() const;
  // Saves the fields; false (and a message) when they could not be saved.
  bool save();
  void print();
  [[nodiscard]] bool has_unsaved_edits() const override;
  [[nodiscard]] std::string edits_title() const override { return form_.form->title; }
  bool save_edits() override { return save(); }

private:
  struct Input {
    const RecordForm::Field* field = nullptr;
    wxWindow* control = nullptr;  // null for a table
    RowTable* table = nullptr;
  };

  Workspace& workspace_;
  CaseId id_;
  Workspace::Form form_;
  std::function<void()> saved_;
  std::vector<Input> inputs_;
  std::string shown_;  // the fields as read when filled: what "no edits" means
  std::unique_ptr<wxHtmlEasyPrinting> printing_;
};

}  // namespace trygg::gui
