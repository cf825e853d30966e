#include "trygg/deadline_state.hpp"

#include "trygg/i18n.hpp"

namespace trygg {

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

DeadlineState evaluate(const sdk::Deadline& deadline, Timestamp at)
{
  if (deadline.done) {
    return *deadline.done <= deadline.due ? DeadlineState::met : DeadlineState::met_late;
  }
  if (at > deadline.due) {
    return DeadlineState::overdue;
  }
  return local_date(at) == local_date(deadline.due) ? DeadlineState::due_today : DeadlineState::upcoming;
}

}  // namespace trygg
