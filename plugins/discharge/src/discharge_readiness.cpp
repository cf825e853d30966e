#include "discharge_readiness.hpp"

#include "trygg/sdk/text.hpp"

#include <string>

namespace trygg::discharge {

sdk::CaseReadiness hemgangsklar(const sdk::CaseSnapshot& snapshot)
{
  using Level = sdk::CaseReadiness::Level;
  sdk::CaseReadiness result{Level::green, sdk::tr("Hemgångsklar"), {}};
  int open_items = 0;
  int overdue_items = 0;
  for (const auto& item : snapshot.items()) {
    if (item.settled) {
      continue;
    }
    ++open_items;
    overdue_items += item.due && *item.due < snapshot.now() ? 1 : 0;
  }
  for (const auto& risk : snapshot.risks()) {
    // The residual risk is what remains once the actions are done: it counts only when none is still open,
    // so a residual below the action level never hides an action that is under way.
    const bool reduced = risk.residual_requires_action == false && risk.actions_done >= risk.actions;
    if (!risk.requires_action || reduced) {
      continue;  // low enough, or brought below the action level
    }
    if (risk.actions == 0) {
      result.add(Level::red, sdk::trf("Hög risk utan åtgärd ({}, poäng {}): upprätta en handlingsplan", risk.area, risk.score));
    } else if (risk.actions_done < risk.actions) {
      result.add(Level::yellow, sdk::trf("Åtgärder pågår för hög risk ({})", risk.area));
    }
  }
  if (overdue_items > 0) {
    result.add(Level::red, sdk::trfn("{} försenad checklistpunkt", "{} försenade checklistpunkter",
                                     static_cast<unsigned long>(overdue_items), overdue_items));
  }
  if (open_items > overdue_items) {
    const int remaining = open_items - overdue_items;
    result.add(Level::yellow, sdk::trfn("{} checklistpunkt återstår", "{} checklistpunkter återstår",
                                        static_cast<unsigned long>(remaining), remaining));
  }
  if (result.level == Level::red) {
    result.label = sdk::tr("Inte hemgångsklar");
  } else if (result.level == Level::yellow) {
    // "Nästan" only when it is: a case nobody has begun, or one with most of its list still open, says
    // where it stands instead (a new case used to read "Nästan hemgångsklar" with 20 items left).
    const auto total = static_cast<int>(snapshot.items().size());
    if (total > 0 && open_items == total && snapshot.events().empty()) {
      result.label = sdk::tr("Planeringen har inte börjat");
    } else if (open_items * 4 > total) {
      result.label = sdk::tr("Planering pågår");
    } else {
      result.label = sdk::tr("Nästan hemgångsklar");
    }
  }
  return result;
}

}  // namespace trygg::discharge
