#pragma once
// What a CaseSnapshot holds. The host and plugins' own tests fill it in; plugin code reads a snapshot
// through its accessors only, because this struct may grow with any minor version.

#include "trygg/sdk/case_snapshot.hpp"

#include <map>

namespace trygg::sdk {

struct CaseSnapshotData {
  std::int64_t id = 0;
  std::string process;
  std::vector<CaseEventSnapshot> events;  // oldest first
  std::chrono::sys_seconds now{};
  std::vector<ItemSnapshot> items;
  std::vector<RiskSnapshot> risks;
  std::map<std::string, std::string> event_labels;  // kind -> name people use
  std::optional<LinkedCaseSnapshot> origin;
  std::vector<LinkedCaseSnapshot> follow_ons;
  std::map<std::string, std::string> records;  // kind -> JSON document
  std::string title;
  std::string person_name;
  std::string person_identity;
  std::string municipality;
  bool open = true;
  std::vector<EvaluatedDeadline> deadlines;
  std::vector<std::chrono::sys_seconds> recorded_at;  // when each of `events` was recorded (3.2)
};

}  // namespace trygg::sdk
