#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace trygg {

// Core's numbered migrations: element i takes the schema from version i to i + 1. Never edit a
// step that has shipped; add the next one.
[[nodiscard]] const std::vector<std::string>& core_migrations();
// The case list's order indexes (schema 11), the same SQL for the embedded file and the server.
[[nodiscard]] std::string_view list_order_indexes_sql();
// The triggers that keep the history append-only against updates (lifted by step 7 -> 8 while it chains).
[[nodiscard]] std::string_view history_guard_sql();

}  // namespace trygg
