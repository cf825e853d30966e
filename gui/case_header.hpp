#pragma once

#include "trygg/workspace.hpp"

#include <wx/panel.h>

class wxGauge;
class wxStaticText;

namespace trygg::gui {

// The top of an open case: who, which case, the process's traffic light with its reasons, the
// figures it works out, and checklist progress. Renders a CaseView; changes nothing.
class CaseHeader : public wxPanel {
public:
  explicit CaseHeader(wxWindow* parent);
  // `details`: the line under the name (case, process, municipality, status, title, linked cases).
  void show(const CaseView& view, const wxString& details);

private:
  void show_judgement(const CaseView& view);

  wxStaticText* person_ = nullptr;
  wxStaticText* details_ = nullptr;
  wxStaticText* readiness_ = nullptr;
  wxStaticText* readiness_reasons_ = nullptr;
  wxStaticText* facts_ = nullptr;
  wxGauge* progress_ = nullptr;
  wxStaticText* progress_label_ = nullptr;
};

}  // namespace trygg::gui
