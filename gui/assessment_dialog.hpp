#pragma once

#include "trygg/scored_instrument.hpp"

#include <wx/dialog.h>

#include <vector>

class wxCheckBox;
class wxChoice;
class wxStaticText;

namespace trygg::gui {

// One assessment with a scored instrument: each item asked (a list to choose one answer from, starting
// on "Välj…" so nothing is answered by default; a box per option where several may apply), the score and
// its band shown as they are answered, and the instrument's source and licence below.
class AssessmentDialog : public wxDialog {
public:
  AssessmentDialog(wxWindow* parent, const ScoredInstrument& instrument);

  [[nodiscard]] InstrumentAnswers answers() const;
  // Chooses an option of an item, as a click would (used by tests and the keyboard alike).
  void choose(const std::string& item, const std::string& value);
  [[nodiscard]] wxString result_text() const;

private:
  bool TransferDataFromWindow() override;
  void show_result();

  const ScoredInstrument& instrument_;
  struct ItemControls {
    wxChoice* choice = nullptr;              // select="one": entry 0 is "Välj…"
    std::vector<wxCheckBox*> boxes;          // select="many": one per option
  };
  std::vector<ItemControls> controls_;
  wxStaticText* result_ = nullptr;
};

}  // namespace trygg::gui
