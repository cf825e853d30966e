#pragma once

#include "trygg/time.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace trygg {

// Who answers for an item: the region, the kommun, or both together.
enum class Huvudman { region, kommun, gemensam };
[[nodiscard]] std::string_view to_string(Huvudman huvudman);
[[nodiscard]] std::optional<Huvudman> huvudman_from(std::string_view text);

struct ChecklistItemTemplate {
  std::string id;
  std::string text;
  std::string guidance;
  Huvudman huvudman = Huvudman::region;
  std::string role;
  // Due relative to a case event: `due_after_hours` after the latest event of kind `due_event`.
  std::string due_event;
  std::optional<int> due_after_hours;
  // Or: due when the process's deadline with this key is (the law's steps), so both show one time.
  std::string deadline;
  // The event kind that settles the item: recording it ticks the item, ticking the item records it.
  std::string settled_by_event;
};

struct ChecklistPhase {
  std::string id;
  std::string title;
  std::vector<ChecklistItemTemplate> items;
};

struct ChecklistTemplate {
  std::string id;
  int version = 0;
  std::string title;
  std::string process;
  std::string description;
  std::vector<ChecklistPhase> phases;
  std::filesystem::path source;
};

enum class ItemState { not_started, in_progress, done, not_applicable };
[[nodiscard]] std::string_view to_string(ItemState state);
[[nodiscard]] std::optional<ItemState> item_state_from(std::string_view text);
// How the state reads for people, in the UI language.
[[nodiscard]] std::string item_state_label(ItemState state);

// An item as it stands in one case's checklist.
struct ChecklistItem {
  std::int64_t id = 0;
  std::string key;
  std::string phase_id;
  std::string phase_title;
  std::string text;
  std::string guidance;
  Huvudman huvudman = Huvudman::region;
  std::string role;
  std::string due_event;
  std::optional<int> due_after_hours;
  std::string deadline;
  std::string settled_by_event;
  std::optional<Timestamp> due_at;  // known once the event it runs from is recorded
  ItemState state = ItemState::not_started;
  std::string not_applicable_reason;
  std::string comment;
  std::string changed_by;
  std::optional<Timestamp> changed_at;

  [[nodiscard]] bool settled() const { return state == ItemState::done || state == ItemState::not_applicable; }
};

struct Checklist {
  std::int64_t id = 0;
  std::string template_id;
  int template_version = 0;
  std::string title;
  std::vector<ChecklistItem> items;  // in template order
};

// A change a person makes to one item. Unset fields stay as they are.
struct ItemChange {
  std::optional<ItemState> state;
  std::optional<std::string> not_applicable_reason;
  std::optional<std::string> comment;
  // When the event an item is tied to happened, if settling the item records it; unset: now.
  std::optional<Timestamp> event_at;
};

}  // namespace trygg
