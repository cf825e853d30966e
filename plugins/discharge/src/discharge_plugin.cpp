#include "discharge_rules.hpp"

#include "trygg/sdk/plugin_entry.hpp"

namespace trygg::discharge {

class DischargePlugin final : public sdk::Plugin {
public:
  [[nodiscard]] std::vector<sdk::Migration> migrations() const override
  {
    // Every estimated discharge date is kept: the ward must send a changed estimate, and the
    // coordinator needs to see how the estimate moved.
    return {{1, R"sql(
CREATE TABLE discharge_estimated_date (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES care_case(id),
  estimated_date TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL
);
CREATE INDEX discharge_estimated_date_by_case ON discharge_estimated_date(case_id, id);
)sql"}};
  }

  [[nodiscard]] std::vector<sdk::Deadline> deadlines(const sdk::CaseSnapshot& snapshot) const override
  {
    return legal_deadlines(snapshot);
  }
};

}  // namespace trygg::discharge

TRYGG_PLUGIN(trygg::discharge::DischargePlugin)
