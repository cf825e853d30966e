#include "trygg/sdk/changes_data.hpp"

namespace trygg::sdk {

Changes::Changes(std::int64_t case_id) : data_(std::make_unique<ChangesData>())
{
  data_->case_id = case_id;
}
Changes::Changes(const Changes& other) : data_(std::make_unique<ChangesData>(*other.data_)) {}
Changes& Changes::operator=(const Changes& other)
{
  if (this != &other) {
    data_ = std::make_unique<ChangesData>(*other.data_);
  }
  return *this;
}
Changes::Changes(Changes&&) noexcept = default;
Changes& Changes::operator=(Changes&&) noexcept = default;
Changes::~Changes() = default;

std::int64_t Changes::case_id() const { return data_->case_id; }
bool Changes::empty() const { return data_->events.empty() && data_->records.empty(); }

Changes& Changes::add_event(std::string kind, std::chrono::sys_seconds at, std::string note)
{
  data_->events.push_back({std::move(kind), at, std::move(note)});
  return *this;
}

Changes& Changes::put_record(std::string kind, std::string json, std::optional<std::chrono::sys_seconds> due, std::string key)
{
  data_->records.push_back({std::move(kind), std::move(key), std::move(json), due});
  return *this;
}

}  // namespace trygg::sdk
