#pragma once

#include "payment_liability.hpp"

#include "trygg/sdk/plugin.hpp"

#include <vector>

namespace trygg::discharge {

// The discharge process (lag 2017:612): its deadlines, hemgångsklar, the timeline, one-click events,
// the payment-liability clock under the region's agreement, and `trygg-cli deadlines`.
class DischargePlugin final : public sdk::Plugin {
public:
  // Reads the payment agreements, the law's rule, the tables of amounts and the region's choice of
  // agreement per municipality and period (<data> files with their schemas).
  void start() override;

  [[nodiscard]] std::vector<sdk::Deadline> deadlines(const sdk::CaseSnapshot& snapshot) const override;
  [[nodiscard]] std::optional<sdk::CaseReadiness> readiness(const sdk::CaseSnapshot& snapshot) const override;
  [[nodiscard]] std::vector<sdk::CaseFact> facts(const sdk::CaseSnapshot& snapshot) const override;
  [[nodiscard]] std::vector<sdk::CaseView> case_views(const sdk::CaseSnapshot& snapshot) const override;
  [[nodiscard]] std::vector<sdk::CaseAction> case_actions(const sdk::CaseSnapshot& snapshot) const override;
  [[nodiscard]] std::string run_action(const std::string& action_id, const sdk::CaseSnapshot& snapshot,
                                       sdk::Changes& changes) const override;
  int run_command(const std::string& name, const std::vector<std::string>& arguments, sdk::CommandIo& io) const override;

  [[nodiscard]] const AgreementBook& agreements() const { return agreements_; }

private:
  AgreementBook agreements_;
};

// The liability clock as a case fact ("Betalningsansvar från 2026-12-27: 5 dagar, 46 500 kr · the
// agreement's name"): never an amount without the agreement that gives it.
[[nodiscard]] sdk::CaseFact liability_fact(const Liability& liability);
// The clock as JSON, for --json: every episode with its agreement, days and amounts.
[[nodiscard]] std::string liability_json(const Liability& liability, int indent = -1);

// trygg-cli deadlines: the law's deadlines and the liability clock from times on the command line.
int run_deadlines_command(const DischargePlugin& plugin, const std::vector<std::string>& arguments, sdk::CommandIo& io);

}  // namespace trygg::discharge
