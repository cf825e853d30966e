#pragma once

#include "physician_cover.hpp"

#include "trygg/gui_sdk/drawn_panel.hpp"

#include <string>

namespace trygg::gui {

// The ordinary week under an agreement: seven columns of 24 hours, office hours and each out-of-hours
// window coloured and named, the gaps with nobody to call hatched red.
class CoverCalendar : public DrawnPanel {
public:
  explicit CoverCalendar(wxWindow* parent);
  void show(physician::WeekCover cover, std::string agreement_name);

private:
  void draw(wxAutoBufferedPaintDC& dc) override;
  physician::WeekCover cover_;
  std::string name_;
};

}  // namespace trygg::gui
