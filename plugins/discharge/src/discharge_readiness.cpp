#include "discharge_readiness.hpp"

#include <string>

namespace trygg::discharge {

sdk::CaseReadiness hemgangsklar(const sdk::CaseSnapshot& snapshot)
{
  sdk::CaseReadiness result{sdk::CaseReadiness::Level::green, "Hemgångsklar", {}};
  const auto at_least = [&](sdk::CaseReadiness::Level level) {
    if (static_cast<int>(level) > static_cast<int>(result.level)) {
      result.level = level;
    }
  };
  int open_items = 0;
  int overdue_items = 0;
  for (const auto& item : snapshot.items) {
    if (item.settled) {
      continue;
    }
    ++open_items;
    overdue_items += item.due && *item.due < snapshot.now ? 1 : 0;
  }
  for (const auto& risk : snapshot.risks) {
    if (!risk.requires_action || risk.residual_requires_action == false) {
      continue;  // low enough, or brought below the action level
    }
    if (risk.actions == 0) {
      at_least(sdk::CaseReadiness::Level::red);
      result.reasons.push_back("Hög risk utan åtgärd (" + risk.area + ", poäng " + std::to_string(risk.score) +
                               "): upprätta en handlingsplan");
    } else if (risk.actions_done < risk.actions) {
      at_least(sdk::CaseReadiness::Level::yellow);
      result.reasons.push_back("Åtgärder pågår för hög risk (" + risk.area + ")");
    }
  }
  if (overdue_items > 0) {
    at_least(sdk::CaseReadiness::Level::red);
    result.reasons.push_back(overdue_items == 1 ? std::string("1 försenad checklistpunkt")
                                                : std::to_string(overdue_items) + " försenade checklistpunkter");
  }
  if (open_items > overdue_items) {
    at_least(sdk::CaseReadiness::Level::yellow);
    const int remaining = open_items - overdue_items;
    result.reasons.push_back(remaining == 1 ? std::string("1 checklistpunkt återstår")
                                            : std::to_string(remaining) + " checklistpunkter återstår");
  }
  if (result.level != sdk::CaseReadiness::Level::green) {
    result.label = result.level == sdk::CaseReadiness::Level::red ? "Inte hemgångsklar" : "Nästan hemgångsklar";
  }
  return result;
}

}  // namespace trygg::discharge
