#pragma once
// The SIP plan as JSON: how the plugin keeps it (the record "plan" of a case in the host's record
// store) and what `trygg-cli sip set` reads. Field names are stable.

#include "sip_plan.hpp"

#include "trygg/sdk/case_snapshot.hpp"
#include "trygg/sdk/changes.hpp"

#include <map>
#include <stdexcept>
#include <string>
#include <string_view>

namespace trygg::sip {

// A plan document that cannot be read: the message names the field, e.g. "participants[2].kind".
class SipPlanError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

// The record kind the plan is kept under (declared in plugin.xml).
inline constexpr const char* plan_record = "plan";

// The case's plan, if one is saved; SipPlanError when the stored document cannot be read.
[[nodiscard]] std::optional<SipPlan> plan_of(const sdk::CaseSnapshot& snapshot);

// Saving a plan: the record, with its follow-up date (while open) as the date it is due.
[[nodiscard]] sdk::Changes plan_changes(std::int64_t case_id, const SipPlan& plan);

[[nodiscard]] std::string sip_plan_to_json(const SipPlan& plan, int indent = -1);
// Accepts times as ISO UTC or as a person types them in Swedish time ("2026-12-01", "2026-12-01 10:00").
[[nodiscard]] SipPlan sip_plan_from_json(std::string_view text);


// A field's pointer in the words of the plan: "/interventions/0/huvudman" -> "Insats 1: huvudman".
[[nodiscard]] std::string sip_field_label(std::string_view pointer);

// The kinds of participant, and their names for people.
[[nodiscard]] bool is_participant_kind(std::string_view kind);
[[nodiscard]] std::string participant_kind_label(std::string_view kind);

}  // namespace trygg::sip
