#pragma once

#include "physician_agreement.hpp"

#include "trygg/sdk/command_io.hpp"

#include <string>
#include <vector>

namespace trygg::physician {

// trygg-cli physician-time plan --agreement ID|FILE [--agreement …] --units F.csv [--json]
int run_physician_time_command(const std::vector<PhysicianAgreement>& shipped, const std::vector<std::string>& arguments,
                               sdk::CommandIo& io);

}  // namespace trygg::physician
