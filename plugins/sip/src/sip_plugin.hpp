#pragma once

#include "huvudman_list.hpp"
#include "sip_plan.hpp"

#include "trygg/sdk/plugin.hpp"

#include <optional>

namespace trygg::sip {

class SipPlugin final : public sdk::Plugin {
public:
  // Reads who the huvudmän are (<data> with huvudman-list.xsd).
  void start() override;

  [[nodiscard]] std::vector<sdk::Deadline> deadlines(const sdk::CaseSnapshot& snapshot) const override;
  [[nodiscard]] std::optional<sdk::CaseReadiness> readiness(const sdk::CaseSnapshot& snapshot) const override;
  [[nodiscard]] std::vector<sdk::CaseAction> case_actions(const sdk::CaseSnapshot& snapshot) const override;
  [[nodiscard]] std::string run_action(const std::string& action_id, const sdk::CaseSnapshot& snapshot,
                                       sdk::Changes& changes) const override;
  [[nodiscard]] std::string field_label(const std::string& record_kind, const std::string& pointer) const override;
  [[nodiscard]] int seed_demo(const std::vector<sdk::CaseRow>& demo_cases) const override;
  int run_command(const std::string& name, const std::vector<std::string>& arguments, sdk::CommandIo& io) const override;

  // Saves a case's plan through the host, with its follow-up date as the record's due date, so the
  // follow-up calendar and "what is due" find it.
  void save_plan(std::int64_t case_id, const SipPlan& plan) const;

  using sdk::Plugin::host;

private:
  Huvudmen huvudmen_;
};

}  // namespace trygg::sip
