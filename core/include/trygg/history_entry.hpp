#pragma once

#include "trygg/time.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace trygg {

// One line of a case's append-only change log: who changed what, when, from what to what.
struct HistoryEntry {
  std::int64_t id = 0;
  std::int64_t case_id = 0;
  Timestamp at;
  std::string actor;
  std::string entity;  // "case", "event", "checklist-item", "risk", "risk-action"
  std::int64_t entity_id = 0;
  std::string field;
  std::optional<std::string> old_value;
  std::optional<std::string> new_value;
};

}  // namespace trygg
