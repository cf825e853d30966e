#pragma once
// Finds a plugin deadline by key in the list a rule returned, for the plugins' rule tests.

#include "trygg/sdk/deadline.hpp"

#include <string>
#include <vector>

namespace trygg::test {

// Points into `deadlines`: keep the list alive while the pointer is used.
inline const sdk::Deadline* find_deadline(const std::vector<sdk::Deadline>& deadlines, const std::string& key)
{
  for (const auto& deadline : deadlines) {
    if (deadline.key == key) {
      return &deadline;
    }
  }
  return nullptr;
}

}  // namespace trygg::test
