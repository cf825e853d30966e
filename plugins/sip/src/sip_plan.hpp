#pragma once

#include "trygg/sdk/swedish_time.hpp"
#include "trygg/sdk/text_fold.hpp"

#include <algorithm>
#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace trygg::sip {

// Consent to a SIP (HSL 16 kap. 4 §): specific to this coordination, limited in time and revocable at
// any time. What it does *not* cover is recorded too, so nobody shares beyond it.
struct SipConsent {
  std::optional<std::chrono::sys_seconds> given_at;
  std::string given_by;  // the person, or who gave it on the person's behalf
  std::string form;      // e.g. "muntligt", "skriftligt"
  std::string scope;     // what may be shared, with whom
  std::string excludes;  // what it does not cover
  std::optional<std::chrono::sys_seconds> valid_until;
  std::optional<std::chrono::sys_seconds> revoked_at;
};

// Who takes part in the plan. `kind` is one of "person", "relative", "huvudman" or "other".
struct SipParticipant {
  std::string kind;
  std::string name;
  std::string role;      // e.g. "distriktssköterska", "biståndshandläggare"
  std::string huvudman;  // for representatives: "Region Sörmland", "Eskilstuna kommun"
  std::string unit;
};

// An intervention (insats) and who answers for it.
struct SipIntervention {
  std::string what;
  std::string huvudman;
  std::string unit;
  std::optional<std::chrono::sys_seconds> start;
  std::optional<std::chrono::sys_seconds> follow_up;
};

// A measure taken by someone other than the huvudmän: school, Försäkringskassan, Arbetsförmedlingen...
struct SipOtherMeasure {
  std::string actor;
  std::string what;
};

// A coordinated individual plan. The law requires the needs, each huvudman's interventions, others'
// measures and the huvudansvar; regions add goals, a planning lead and the follow-up.
struct SipPlan {
  SipConsent consent;
  std::vector<SipParticipant> participants;
  std::string goals;  // in the person's own words
  std::vector<std::string> needs;
  std::vector<SipIntervention> interventions;
  std::vector<SipOtherMeasure> other_measures;
  bool no_other_measures = false;  // "none" said explicitly, not just left empty
  std::string huvudansvar;         // the huvudman with overall responsibility
  std::string planning_lead;       // a named person
  std::optional<std::chrono::sys_seconds> follow_up_at;
  std::string follow_up_how;
  std::optional<std::chrono::sys_seconds> closed_at;
  std::string closing_note;

  // The huvudmän the plan names, in the order they first appear (participants, then interventions).
  [[nodiscard]] std::vector<std::string> huvudman_names() const
  {
    std::vector<std::string> names;
    const auto add = [&](const std::string& name) {
      if (!name.empty() && std::find(names.begin(), names.end(), name) == names.end()) {
        names.push_back(name);
      }
    };
    for (const auto& participant : participants) {
      if (participant.kind == "huvudman") {
        add(participant.huvudman);
      }
    }
    for (const auto& intervention : interventions) {
      add(intervention.huvudman);
    }
    add(huvudansvar);
    return names;
  }

  // The end of the last day the consent is valid: "valid until 31 December" holds through that day
  // (Swedish time), not to its first minute.
  [[nodiscard]] std::optional<std::chrono::sys_seconds> consent_ends() const
  {
    return consent.valid_until ? std::optional(sdk::end_of_swedish_day(*consent.valid_until)) : std::nullopt;
  }

  // Whether the consent allows sharing at `now`: given, not revoked and not expired.
  [[nodiscard]] bool consent_valid_at(std::chrono::sys_seconds now) const
  {
    // A consent that says nothing of what it covers covers nothing: the plan is shared with no one.
    const bool has_scope = consent.scope.find_first_not_of(" \t\r\n") != std::string::npos;
    return has_scope && consent.given_at && *consent.given_at <= now && !(consent.revoked_at && *consent.revoked_at <= now) &&
           !(consent_ends() && *consent_ends() <= now);
  }

  // Whether the consent leaves a party out ("omfattar inte"): it then gets no copy of the plan.
  [[nodiscard]] bool consent_excludes(const std::string& party) const
  {
    return !party.empty() && sdk::fold_for_search(consent.excludes).find(sdk::fold_for_search(party)) != std::string::npos;
  }
};

}  // namespace trygg::sip
