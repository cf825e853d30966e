// A well-behaved plugin: content, a migration and one rule (24 hours after "started").
#include "trygg/sdk/plugin_entry.hpp"

namespace {

class GoodPlugin final : public trygg::sdk::Plugin {
public:
  [[nodiscard]] std::vector<trygg::sdk::Migration> migrations() const override
  {
    return {{1, "CREATE TABLE test_good_note (id INTEGER PRIMARY KEY, text TEXT NOT NULL);"},
            {2, "ALTER TABLE test_good_note ADD COLUMN author TEXT NOT NULL DEFAULT '';"}};
  }

  [[nodiscard]] std::vector<trygg::sdk::Deadline> deadlines(const trygg::sdk::CaseSnapshot& snapshot) const override
  {
    std::vector<trygg::sdk::Deadline> result;
    if (const auto started = snapshot.latest("started")) {
      result.push_back({"first-day", "Inom ett dygn", "test", *started + std::chrono::hours(24), snapshot.latest("finished")});
    }
    return result;
  }
};

}  // namespace

TRYGG_PLUGIN(GoodPlugin)
