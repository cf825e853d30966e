#include "trygg/sdk/case_snapshot_data.hpp"

namespace trygg::sdk {

CaseSnapshot::CaseSnapshot(CaseSnapshotData data) : data_(std::make_unique<CaseSnapshotData>(std::move(data))) {}
CaseSnapshot::CaseSnapshot(const CaseSnapshot& other) : data_(std::make_unique<CaseSnapshotData>(*other.data_)) {}
CaseSnapshot& CaseSnapshot::operator=(const CaseSnapshot& other)
{
  if (this != &other) {
    data_ = std::make_unique<CaseSnapshotData>(*other.data_);
  }
  return *this;
}
CaseSnapshot::CaseSnapshot(CaseSnapshot&&) noexcept = default;
CaseSnapshot& CaseSnapshot::operator=(CaseSnapshot&&) noexcept = default;
CaseSnapshot::~CaseSnapshot() = default;

std::int64_t CaseSnapshot::id() const { return data_->id; }
const std::string& CaseSnapshot::process() const { return data_->process; }
const std::string& CaseSnapshot::title() const { return data_->title; }
const std::string& CaseSnapshot::person_name() const { return data_->person_name; }
const std::string& CaseSnapshot::person_identity() const { return data_->person_identity; }
const std::string& CaseSnapshot::municipality() const { return data_->municipality; }
bool CaseSnapshot::open() const { return data_->open; }
std::chrono::sys_seconds CaseSnapshot::now() const { return data_->now; }
const std::vector<CaseEventSnapshot>& CaseSnapshot::events() const { return data_->events; }
const std::vector<ItemSnapshot>& CaseSnapshot::items() const { return data_->items; }
const std::vector<RiskSnapshot>& CaseSnapshot::risks() const { return data_->risks; }
const LinkedCaseSnapshot* CaseSnapshot::origin() const { return data_->origin ? &*data_->origin : nullptr; }
const std::vector<LinkedCaseSnapshot>& CaseSnapshot::follow_ons() const { return data_->follow_ons; }

std::optional<std::string> CaseSnapshot::record(const std::string& kind) const
{
  const auto found = data_->records.find(kind);
  return found != data_->records.end() ? std::optional<std::string>(found->second) : std::nullopt;
}

std::string CaseSnapshot::event_label(const std::string& kind) const
{
  const auto found = data_->event_labels.find(kind);
  return found != data_->event_labels.end() ? found->second : kind;
}

std::optional<std::chrono::sys_seconds> CaseSnapshot::latest(const std::string& kind) const
{
  return latest_of(data_->events, kind);
}

std::optional<std::chrono::sys_seconds> CaseSnapshot::latest_in_linked(const std::string& kind) const
{
  auto found = latest(kind);
  const auto consider = [&](const LinkedCaseSnapshot& linked) {
    const auto at = latest_of(linked.events, kind);
    if (at && (!found || *at > *found)) {
      found = at;
    }
  };
  if (data_->origin) {
    consider(*data_->origin);
  }
  for (const auto& follow_on : data_->follow_ons) {
    consider(follow_on);
  }
  return found;
}

std::optional<std::chrono::sys_seconds> CaseSnapshot::first_in_linked_since(const std::string& kind,
                                                                           std::chrono::sys_seconds since) const
{
  std::optional<std::chrono::sys_seconds> found;
  const auto consider = [&](const std::vector<CaseEventSnapshot>& events) {
    for (const auto& event : events) {
      if (event.kind == kind && event.at >= since && (!found || event.at < *found)) {
        found = event.at;
      }
    }
  };
  consider(data_->events);
  if (data_->origin) {
    consider(data_->origin->events);
  }
  for (const auto& follow_on : data_->follow_ons) {
    consider(follow_on.events);
  }
  return found;
}

const std::vector<EvaluatedDeadline>& CaseSnapshot::deadlines() const { return data_->deadlines; }

std::optional<std::chrono::sys_seconds> CaseSnapshot::last_recorded(const std::string& kind) const
{
  std::optional<std::chrono::sys_seconds> found;
  std::optional<std::chrono::sys_seconds> recorded;
  for (std::size_t index = 0; index < data_->events.size(); ++index) {
    const auto& event = data_->events[index];
    if (event.kind != kind) {
      continue;
    }
    // Without recording times (a snapshot a test or an old host made) the latest by time stands in.
    const auto when = index < data_->recorded_at.size() ? data_->recorded_at[index] : event.at;
    if (!recorded || when >= *recorded) {
      recorded = when;
      found = event.at;
    }
  }
  return found;
}

std::optional<std::chrono::sys_seconds> CaseSnapshot::latest_of(const std::vector<CaseEventSnapshot>& list,
                                                                const std::string& kind)
{
  std::optional<std::chrono::sys_seconds> found;
  for (const auto& event : list) {
    if (event.kind == kind) {
      found = event.at;
    }
  }
  return found;
}

}  // namespace trygg::sdk
