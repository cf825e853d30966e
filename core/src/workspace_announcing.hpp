#pragma once
// Workspace::announcing, shared by the workspace's files: a write, then the changed cases told to the
// listeners (the list, "Idag", open tabs).

#include "trygg/workspace.hpp"

#include <type_traits>

namespace trygg {

template <class Write>
auto Workspace::announcing(Write&& write)
{
  require(Permission::change_cases);
  const auto tell = [this] { tell_listeners(storage_.take_changed_cases()); };
  try {
    if constexpr (std::is_void_v<decltype(write())>) {
      write();
      tell();
    } else {
      auto result = write();
      tell();
      return result;
    }
  } catch (const CaseChanged& changed) {
    // Someone else changed the case: its screen shows it as it is now, and the refusal says what changed.
    tell_listeners({changed.case_id});
    throw CaseChanged(changed.case_id, changed.changes, changed_in_words(changed));
  }
}

}  // namespace trygg
