#pragma once
// What Changes holds: read by the host. May grow with any minor version.

#include "trygg/sdk/changes.hpp"

namespace trygg::sdk {

struct EventChange {
  std::string kind;
  std::chrono::sys_seconds at;
  std::string note;
};

struct RecordChange {
  std::string kind;
  std::string key;
  std::string json;
  std::optional<std::chrono::sys_seconds> due;
};

struct ChangesData {
  std::int64_t case_id = 0;
  std::vector<EventChange> events;
  std::vector<RecordChange> records;
};

}  // namespace trygg::sdk
