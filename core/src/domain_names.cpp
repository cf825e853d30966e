// The text forms of the domain's enumerations, as stored in the database and written in XML and JSON.
#include "trygg/care_case.hpp"
#include "trygg/checklist.hpp"
#include "trygg/i18n.hpp"
#include "trygg/risk.hpp"

#include <array>
#include <utility>

namespace trygg {
namespace {

template <class Enum, std::size_t N>
std::string_view name_of(const std::array<std::pair<Enum, std::string_view>, N>& names, Enum value)
{
  for (const auto& [candidate, name] : names) {
    if (candidate == value) {
      return name;
    }
  }
  return "?";
}

template <class Enum, std::size_t N>
std::optional<Enum> value_of(const std::array<std::pair<Enum, std::string_view>, N>& names, std::string_view text)
{
  for (const auto& [candidate, name] : names) {
    if (name == text) {
      return candidate;
    }
  }
  return std::nullopt;
}

constexpr std::array<std::pair<CaseStatus, std::string_view>, 2> case_statuses{{
    {CaseStatus::open, "open"},
    {CaseStatus::closed, "closed"},
}};

constexpr std::array<std::pair<Huvudman, std::string_view>, 3> huvudman_names{{
    {Huvudman::region, "region"},
    {Huvudman::kommun, "kommun"},
    {Huvudman::gemensam, "gemensam"},
}};

constexpr std::array<std::pair<ItemState, std::string_view>, 4> item_states{{
    {ItemState::not_started, "not-started"},
    {ItemState::in_progress, "in-progress"},
    {ItemState::done, "done"},
    {ItemState::not_applicable, "not-applicable"},
}};

}  // namespace

std::string_view to_string(CaseStatus status) { return name_of(case_statuses, status); }
std::optional<CaseStatus> case_status_from(std::string_view text) { return value_of<CaseStatus>(case_statuses, text); }
std::string_view to_string(Huvudman huvudman) { return name_of(huvudman_names, huvudman); }
std::optional<Huvudman> huvudman_from(std::string_view text) { return value_of<Huvudman>(huvudman_names, text); }
std::string_view to_string(ItemState state) { return name_of(item_states, state); }
std::optional<ItemState> item_state_from(std::string_view text) { return value_of<ItemState>(item_states, text); }

std::string item_state_label(ItemState state)
{
  switch (state) {
    case ItemState::done:
      return tr("Klar");
    case ItemState::in_progress:
      return tr("Pågår");
    case ItemState::not_applicable:
      return tr("Ej aktuell");
    case ItemState::not_started:
      break;
  }
  return tr("Ej påbörjad");
}

const RiskLevel& RiskTemplate::level_for(int score) const
{
  // levels is validated non-empty, ascending and starting at 1 when the template is read.
  const RiskLevel* found = &levels.front();
  for (const auto& level : levels) {
    if (score >= level.min_score) {
      found = &level;
    }
  }
  return *found;
}

const RiskArea* RiskTemplate::area(const std::string& id) const
{
  for (const auto& candidate : areas) {
    if (candidate.id == id) {
      return &candidate;
    }
  }
  return nullptr;
}

}  // namespace trygg
