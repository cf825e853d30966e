#pragma once

#include "trygg/sdk/command_io.hpp"
#include "trygg/sdk/host.hpp"

#include <string>
#include <vector>

namespace trygg::holiday {

// trygg-cli holidays YEAR [--storhelger …]: the Swedish calendar's holidays and the storhelg blocks.
int run_holidays_command(const std::vector<std::string>& arguments, sdk::CommandIo& io);
// trygg-cli holiday-plan [--routine … | --area …] --discharges … [--agreement …]: discharges against a
// routine. What a wait costs comes from the region's agreements among the host's data files.
int run_holiday_plan_command(const sdk::Host& host, const std::vector<std::string>& arguments, sdk::CommandIo& io);

}  // namespace trygg::holiday
