#include "discharge_rules.hpp"

#include "trygg/sdk/swedish_time.hpp"
#include "trygg/sdk/text.hpp"

namespace trygg::discharge {

std::optional<std::chrono::sys_seconds> first_ready_notice(const sdk::CaseSnapshot& snapshot)
{
  const auto notices = liability_case_from(snapshot.events()).ready_notices;  // oldest first
  return notices.empty() ? std::nullopt : std::optional(notices.front());
}

std::optional<std::chrono::sys_seconds> kallelse_after_ready_notice(const sdk::CaseSnapshot& snapshot)
{
  const auto ready = first_ready_notice(snapshot);
  return ready ? snapshot.first_in_linked_since(event::sip_called, *ready) : std::nullopt;
}

LiabilityCase liability_case_from(const sdk::CaseSnapshot& snapshot)
{
  LiabilityCase care = liability_case_from(snapshot.events());
  // Events in tied cases count alike everywhere: a kallelse recorded in the SIP meets this precondition.
  care.sip_called = kallelse_after_ready_notice(snapshot);
  return care;
}

std::vector<sdk::Deadline> legal_deadlines(const sdk::CaseSnapshot& snapshot)
{
  using std::chrono::hours;
  std::vector<sdk::Deadline> deadlines;
  if (const auto admitted = snapshot.latest(event::admitted)) {
    deadlines.push_back({"admission-notice", N_("Inskrivningsmeddelande inom 24 timmar"), "Lag (2017:612) 4 kap. 1 §",
                         *admitted + hours(24), snapshot.latest(event::admission_notice_sent)});
  }
  // Only one huvudman is needed: no SIP, so no kallelse is due.
  const bool sip_needed = !snapshot.latest(event::sip_not_needed);
  // Due from the notice that opened the current run of readiness: a repeated notice does not move it,
  // ready again after "not ready" does. Any kallelse since the first notice meets it.
  if (const auto ready = opening_ready_notice(liability_case_from(snapshot.events())); ready && sip_needed) {
    // Three days, as Swedish calendar days (the law runs every day of the year, weekends and
    // storhelger included): by the end of the third day after the notice day.
    deadlines.push_back({"sip-called", N_("Kallelse till SIP inom 3 dagar"), "Lag (2017:612) 4 kap. 3 §",
                         sdk::end_of_swedish_day(*ready, 3), kallelse_after_ready_notice(snapshot)});
  }
  if (const auto discharged = snapshot.latest(event::discharged)) {
    deadlines.push_back({"fast-vardkontakt", N_("Fast vårdkontakt utsedd före utskrivning"), "Lag (2017:612) 4 kap. 2 §",
                         *discharged, snapshot.latest(event::fast_vardkontakt_appointed)});
    // "No later than the day of discharge": until that Swedish day ends.
    deadlines.push_back({"information-transferred", N_("Information överförd senast utskrivningsdagen"),
                         "Lag (2017:612) 5 kap. 1 §", sdk::end_of_swedish_day(*discharged),
                         snapshot.latest(event::information_transferred)});
  }
  return deadlines;
}

}  // namespace trygg::discharge
