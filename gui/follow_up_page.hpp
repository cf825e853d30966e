#pragma once

#include "trygg/care_case.hpp"
#include "trygg/indicator.hpp"

#include <wx/panel.h>

#include <functional>
#include <optional>
#include <vector>

class wxChoice;
class wxListCtrl;
class wxStaticText;

namespace trygg {
class Workspace;
}

namespace trygg::gui {

class DateField;
class IndicatorChart;

// Visa > Uppföljning: an indicator the plugins define, for a period, per municipality, month, quarter or
// year: a table of its figures and a chart of them with the county's figure across, the definition and
// its source said above. Double-click a row for the cases behind it (opened as any case, so logged).
class FollowUpPage : public wxPanel {
public:
  FollowUpPage(wxWindow* parent, const Workspace& workspace, std::function<void(CaseId)> open_case);
  // Reads the cases again and shows the figures the choices ask for; a date that does not read is said.
  void show();
  bool choose_indicator(const std::string& id);
  void set_period(std::chrono::year_month_day first, std::chrono::year_month_day last);
  void set_grouping(IndicatorGrouping grouping);

  [[nodiscard]] wxListCtrl& table() const { return *table_; }
  [[nodiscard]] const std::optional<IndicatorResult>& result() const { return result_; }
  [[nodiscard]] wxString message() const;

private:
  const Workspace& workspace_;
  std::function<void(CaseId)> open_case_;
  IndicatorCatalogue catalogue_;
  std::optional<IndicatorResult> result_;
  wxChoice* indicator_ = nullptr;
  DateField* from_ = nullptr;
  DateField* to_ = nullptr;
  wxChoice* grouping_ = nullptr;
  wxStaticText* about_ = nullptr;
  wxListCtrl* table_ = nullptr;
  IndicatorChart* chart_ = nullptr;
};

}  // namespace trygg::gui
