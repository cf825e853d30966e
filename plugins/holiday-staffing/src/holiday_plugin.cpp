// Storhelg staffing for discharges: staffing routines as data (schemas/staffing-routine.xsd), the
// storhelg blocks, the planner that places planned discharges against a routine, and the commands
// `trygg-cli holidays` and `trygg-cli holiday-plan`. The planning board is in gui/.
#include "holiday_commands.hpp"
#include "staffing_routine.hpp"

#include "trygg/sdk/plugin_entry.hpp"

namespace trygg::holiday {

class HolidayStaffingPlugin final : public sdk::Plugin {
public:
  // Reads every routine at start, so a routine that breaks its rules rejects the plugin with the reason.
  void start() override
  {
    for (const auto& file : host().data_files("staffing-routine.xsd")) {
      (void)read_staffing_routine(file);
    }
  }

  int run_command(const std::string& name, const std::vector<std::string>& arguments, sdk::CommandIo& io) const override
  {
    if (name == "holidays") {
      return run_holidays_command(arguments, io);
    }
    if (name == "holiday-plan") {
      return run_holiday_plan_command(host(), arguments, io);
    }
    throw sdk::PluginError("okänt kommando " + name);
  }
};

}  // namespace trygg::holiday

TRYGG_PLUGIN(trygg::holiday::HolidayStaffingPlugin)
