#pragma once
// Workspace::announcing, shared by the workspace's files: a write, then the changed cases told to the
// listeners (the list, "Idag", open tabs).

#include "trygg/workspace.hpp"

#include <type_traits>

namespace trygg {

template <class Write>
auto Workspace::announcing(Write&& write)
{
  const auto tell = [this] {
    const auto changed = storage_.take_changed_cases();
    const auto listeners = listeners_;  // a listener may add or forget listeners
    for (const CaseId id : changed) {
      for (const auto& [token, listener] : listeners) {
        listener(id);
      }
    }
  };
  if constexpr (std::is_void_v<decltype(write())>) {
    write();
    tell();
  } else {
    auto result = write();
    tell();
    return result;
  }
}

}  // namespace trygg
