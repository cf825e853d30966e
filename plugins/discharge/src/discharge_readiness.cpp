#include "discharge_readiness.hpp"

#include <string>

namespace trygg::discharge {

sdk::CaseReadiness hemgangsklar(const sdk::CaseSnapshot& snapshot)
{
  using Level = sdk::CaseReadiness::Level;
  sdk::CaseReadiness result{Level::green, "Hemgångsklar", {}};
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
    if (!risk.requires_action || risk.residual_requires_action == false) {
      continue;  // low enough, or brought below the action level
    }
    if (risk.actions == 0) {
      result.add(Level::red, "Hög risk utan åtgärd (" + risk.area + ", poäng " + std::to_string(risk.score) +
                                 "): upprätta en handlingsplan");
    } else if (risk.actions_done < risk.actions) {
      result.add(Level::yellow, "Åtgärder pågår för hög risk (" + risk.area + ")");
    }
  }
  if (overdue_items > 0) {
    result.add(Level::red, overdue_items == 1 ? std::string("1 försenad checklistpunkt")
                                          : std::to_string(overdue_items) + " försenade checklistpunkter");
  }
  if (open_items > overdue_items) {
    const int remaining = open_items - overdue_items;
    result.add(Level::yellow, remaining == 1 ? std::string("1 checklistpunkt återstår")
                                      : std::to_string(remaining) + " checklistpunkter återstår");
  }
  if (result.level != Level::green) {
    result.label = result.level == Level::red ? "Inte hemgångsklar" : "Nästan hemgångsklar";
  }
  return result;
}

}  // namespace trygg::discharge
