#pragma once

#include "trygg/sdk/deadline_state.hpp"
#include "trygg/sdk/visibility.hpp"

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace trygg::sdk {

// The small value types below are frozen within a major version: their layout never changes, so a
// built plugin can keep reading them. New data reaches plugins through new accessors of CaseSnapshot.

// A dated event in a case, e.g. "admitted". Times are UTC instants; presenting them in Swedish local
// time is the host's job.
struct CaseEventSnapshot {
  std::string kind;
  std::chrono::sys_seconds at;
};

// A checklist item as a rule sees it.
struct ItemSnapshot {
  std::string checklist;  // template id
  std::string key;
  bool settled = false;   // done or not applicable
  std::optional<std::chrono::sys_seconds> due;
};

// A risk as a rule sees it: whether its level calls for action, and what was done about it.
struct RiskSnapshot {
  std::string area;  // the area's label, as people know it
  int score = 0;
  bool requires_action = false;
  std::optional<bool> residual_requires_action;  // when a residual risk is assessed
  int actions = 0;
  int actions_done = 0;
};

// Another case tied to this one (the case it was opened from, or one opened from it): its events,
// so a rule can count from them.
struct LinkedCaseSnapshot {
  std::int64_t id = 0;
  std::string process;
  std::vector<CaseEventSnapshot> events;  // oldest first
};

struct CaseSnapshotData;  // what the host fills in: trygg/sdk/case_snapshot_data.hpp

// What a plugin's code gets to see of a case: a copy, so a rule can never write behind the storage
// layer's back. Read through accessors only, so the snapshot can grow without breaking built plugins.
class TRYGG_SDK_API CaseSnapshot {
public:
  explicit CaseSnapshot(CaseSnapshotData data);
  CaseSnapshot(const CaseSnapshot& other);
  CaseSnapshot& operator=(const CaseSnapshot& other);
  CaseSnapshot(CaseSnapshot&&) noexcept;
  CaseSnapshot& operator=(CaseSnapshot&&) noexcept;
  ~CaseSnapshot();

  [[nodiscard]] std::int64_t id() const;
  [[nodiscard]] const std::string& process() const;
  [[nodiscard]] const std::string& title() const;
  [[nodiscard]] const std::string& person_name() const;
  [[nodiscard]] const std::string& person_identity() const;  // twelve digits
  [[nodiscard]] const std::string& municipality() const;
  [[nodiscard]] bool open() const;
  // The host's clock, so rules never read the system clock.
  [[nodiscard]] std::chrono::sys_seconds now() const;
  [[nodiscard]] const std::vector<CaseEventSnapshot>& events() const;  // oldest first
  [[nodiscard]] const std::vector<ItemSnapshot>& items() const;
  [[nodiscard]] const std::vector<RiskSnapshot>& risks() const;
  // The case this one was opened from, if any, and the cases opened from it.
  [[nodiscard]] const LinkedCaseSnapshot* origin() const;
  [[nodiscard]] const std::vector<LinkedCaseSnapshot>& follow_ons() const;
  // The plugin's own record of this case of a kind its manifest declares (a JSON document), if saved.
  [[nodiscard]] std::optional<std::string> record(const std::string& kind) const;

  // The name of an event kind as the manifest gives it, else the kind itself.
  [[nodiscard]] std::string event_label(const std::string& kind) const;
  // The most recent event of a kind (a ready notice may be withdrawn and sent again).
  [[nodiscard]] std::optional<std::chrono::sys_seconds> latest(const std::string& kind) const;
  // The most recent event of a kind in this case or any case tied to it.
  [[nodiscard]] std::optional<std::chrono::sys_seconds> latest_in_linked(const std::string& kind) const;

  // The first event of a kind at or after `since`, in this case or any case tied to it: what meets a
  // deadline that runs from `since` (a later kallelse for another meeting does not make it late). (3.1)
  [[nodiscard]] std::optional<std::chrono::sys_seconds> first_in_linked_since(const std::string& kind,
                                                                              std::chrono::sys_seconds since) const;
  // The case's deadlines as the host keeps them (worked out by the process's rules whenever the case
  // or a case tied to it changes) and judged against now(); empty while those rules themselves run. (3.1)
  [[nodiscard]] const std::vector<EvaluatedDeadline>& deadlines() const;
  // The time of the event of a kind that was recorded last, whatever time it names: what a changed
  // estimate says ("estimated-discharge" moved earlier replaces the later one). (3.2)
  [[nodiscard]] std::optional<std::chrono::sys_seconds> last_recorded(const std::string& kind) const;

  [[nodiscard]] static std::optional<std::chrono::sys_seconds> latest_of(const std::vector<CaseEventSnapshot>& list,
                                                                         const std::string& kind);

  // For the host and for tests: what the snapshot holds.
  [[nodiscard]] const CaseSnapshotData& data() const { return *data_; }

private:
  std::unique_ptr<CaseSnapshotData> data_;
};

}  // namespace trygg::sdk
