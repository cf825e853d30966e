// Physician participation in municipal care (läkarmedverkan): agreements as data, what they mean in
// physician time for a municipality's units, scenarios side by side, and `trygg-cli physician-time`.
#include "physician_time_command.hpp"

#include "trygg/sdk/plugin_entry.hpp"

namespace trygg::physician {

class PhysicianTimePlugin final : public sdk::Plugin {
public:
  // Reads every agreement at start, so one that breaks its rules rejects the plugin with the reason.
  void start() override
  {
    for (const auto& file : host().data_files("physician-agreement.xsd")) {
      agreements_.push_back(read_physician_agreement(file));
    }
    check_no_overlap(agreements_);
  }

  int run_command(const std::string& name, const std::vector<std::string>& arguments, sdk::CommandIo& io) const override
  {
    if (name != "physician-time") {
      throw sdk::PluginError("okänt kommando " + name);
    }
    return run_physician_time_command(agreements_, arguments, io);
  }

private:
  std::vector<PhysicianAgreement> agreements_;
};

}  // namespace trygg::physician

TRYGG_PLUGIN(trygg::physician::PhysicianTimePlugin)
