#include "hemgang_rules.hpp"

#include "trygg/sdk/person.hpp"
#include "trygg/sdk/plugin_entry.hpp"
#include "trygg/sdk/quick_events.hpp"
#include "trygg/sdk/swedish_time.hpp"

#include <array>

namespace backby {

using namespace trygg;

class HemgangPlugin final : public sdk::Plugin {
public:
  [[nodiscard]] std::vector<sdk::Deadline> deadlines(const sdk::CaseSnapshot& snapshot) const override
  {
    return call_deadlines(snapshot);
  }

  [[nodiscard]] std::vector<sdk::CaseAction> case_actions(const sdk::CaseSnapshot& snapshot) const override
  {
    return sdk::quick_event_actions(snapshot, quick_events);
  }

  // Recording the call also notes it in the case's record, in the same transaction.
  [[nodiscard]] std::string run_action(const std::string& action_id, const sdk::CaseSnapshot& snapshot,
                                       sdk::Changes& changes) const override
  {
    const auto message = sdk::run_quick_event(action_id, snapshot, changes, quick_events);
    if (action_id == "called") {
      changes.put_record("call", "{\"held\": \"" + sdk::to_iso_utc(snapshot.now()) + "\"}");
    }
    return message;
  }

  // backby-samtal: the open cases whose call is not yet held, with when it is due.
  int run_command(const std::string& /*name*/, const std::vector<std::string>& /*arguments*/, sdk::CommandIo& io) const override
  {
    int waiting = 0;
    for (const auto& row : host().cases({.process = "backby-hemgang"})) {
      const auto snapshot = host().snapshot(row.id);
      for (const auto& deadline : snapshot ? call_deadlines(*snapshot) : std::vector<sdk::Deadline>{}) {
        if (!deadline.done) {
          io.out(sdk::format_swedish_deadline(deadline.due) + "  " + std::to_string(row.id) + "  " + row.person_name + "  " +
                 sdk::display_identity(row.person_identity) + "\n");
          ++waiting;
        }
      }
    }
    io.out(std::to_string(waiting) + " samtal väntar\n");
    return 0;
  }

private:
  static constexpr std::array<const char*, 2> quick_events{"came-home", "called"};
};

}  // namespace backby

TRYGG_PLUGIN(backby::HemgangPlugin)
