#pragma once
// The SIP plan as JSON: how the storage layer keeps it (one document per case, so process owners can
// grow the plan without a core migration) and what `trygg-cli sip set` reads. Field names are stable.

#include "trygg/sdk/sip_plan.hpp"

#include <map>
#include <stdexcept>
#include <string>
#include <string_view>

namespace trygg {

// A plan document that cannot be read: the message names the field, e.g. "participants[2].kind".
class SipPlanError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

[[nodiscard]] std::string sip_plan_to_json(const sdk::SipPlan& plan, int indent = -1);
// Accepts times as ISO UTC or as a person types them in Swedish time ("2026-12-01", "2026-12-01 10:00").
[[nodiscard]] sdk::SipPlan sip_plan_from_json(std::string_view text);

// Every leaf of the document by its JSON pointer ("/interventions/0/huvudman" -> "Hemtjänst"), so the
// storage layer can record each changed field in the history.
[[nodiscard]] std::map<std::string, std::string> sip_plan_fields(const sdk::SipPlan& plan);

// A field's pointer in the words of the plan: "/interventions/0/huvudman" -> "Insats 1: huvudman".
[[nodiscard]] std::string sip_field_label(std::string_view pointer);

// The kinds of participant, and their names for people.
[[nodiscard]] bool is_participant_kind(std::string_view kind);
[[nodiscard]] std::string participant_kind_label(std::string_view kind);

}  // namespace trygg
