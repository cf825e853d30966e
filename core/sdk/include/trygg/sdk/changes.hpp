#pragma once

#include "trygg/sdk/visibility.hpp"

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace trygg::sdk {

struct ChangesData;  // trygg/sdk/changes_data.hpp

// What one act of a person changes in a case (or, with case id 0, in the workspace): events to
// record and the plugin's records to save. The host commits all of it in one transaction, with a
// history line for each event and each changed field, or none of it.
class TRYGG_SDK_API Changes {
public:
  explicit Changes(std::int64_t case_id = 0);
  Changes(const Changes& other);
  Changes& operator=(const Changes& other);
  Changes(Changes&&) noexcept;
  Changes& operator=(Changes&&) noexcept;
  ~Changes();

  [[nodiscard]] std::int64_t case_id() const;
  [[nodiscard]] bool empty() const;

  // An event of a kind the process declares, at `at`.
  Changes& add_event(std::string kind, std::chrono::sys_seconds at, std::string note = {});
  // The plugin's record of a kind its manifest declares: a JSON object that replaces the one saved.
  // `due` is when the record asks for attention (a follow-up date); lists of what is due read it.
  // `key` tells apart several records of one kind in the workspace (e.g. one per municipality).
  Changes& put_record(std::string kind, std::string json, std::optional<std::chrono::sys_seconds> due = std::nullopt,
                      std::string key = {});

  [[nodiscard]] const ChangesData& data() const { return *data_; }

private:
  std::unique_ptr<ChangesData> data_;
};

}  // namespace trygg::sdk
