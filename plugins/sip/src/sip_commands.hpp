#pragma once

#include "trygg/sdk/command_io.hpp"
#include "trygg/sdk/host.hpp"

#include <string>
#include <vector>

namespace trygg::sip {

class SipPlugin;

// `trygg-cli sip show|set|template|follow-ups|document`: the plan as JSON in and out, the plans due
// for follow-up, and the printed plan. Returns the exit code.
int run_sip_command(const SipPlugin& plugin, sdk::Host& host, const std::vector<std::string>& arguments, sdk::CommandIo& io);

}  // namespace trygg::sip
