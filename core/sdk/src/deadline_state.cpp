#include "trygg/sdk/deadline_state.hpp"

#include "trygg/sdk/swedish_time.hpp"
#include "trygg/sdk/text.hpp"

namespace trygg::sdk {

std::string_view to_string(DeadlineState state)
{
  switch (state) {
    case DeadlineState::upcoming:
      return "upcoming";
    case DeadlineState::due_today:
      return "due-today";
    case DeadlineState::overdue:
      return "overdue";
    case DeadlineState::met:
      return "met";
    case DeadlineState::met_late:
      return "met-late";
  }
  return "?";
}

std::string deadline_state_label(DeadlineState state)
{
  switch (state) {
    case DeadlineState::upcoming:
      return tr("Kommande");
    case DeadlineState::due_today:
      return tr("Idag");
    case DeadlineState::overdue:
      return tr("Försenad");
    case DeadlineState::met:
      return tr("Klar i tid");
    case DeadlineState::met_late:
      return tr("Klar för sent");
  }
  return {};
}

DeadlineState evaluate(const Deadline& deadline, std::chrono::sys_seconds at)
{
  if (deadline.done) {
    return *deadline.done <= deadline.due ? DeadlineState::met : DeadlineState::met_late;
  }
  if (at > deadline.due) {
    return DeadlineState::overdue;
  }
  // A deadline at local midnight ends the day before ("24:00"), so it is due on that day.
  const auto due_day = swedish_date(deadline.due - std::chrono::seconds(1));
  return swedish_date(at) == due_day ? DeadlineState::due_today : DeadlineState::upcoming;
}

}  // namespace trygg::sdk
