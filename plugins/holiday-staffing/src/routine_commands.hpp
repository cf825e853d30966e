#pragma once

#include "trygg/sdk/command_io.hpp"
#include "trygg/sdk/host.hpp"

#include <string>
#include <vector>

namespace trygg::holiday {

// trygg-cli holiday-routines: every routine version, which is in force today, and expiry notices.
int run_routines_command(const sdk::Host& host, const std::vector<std::string>& arguments, sdk::CommandIo& io);
// trygg-cli holiday-routine-new --from … --id … --valid-from … --valid-to … --out …: the next version.
int run_routine_new_command(const sdk::Host& host, const std::vector<std::string>& arguments, sdk::CommandIo& io);
// trygg-cli holiday-gaps [--routine …] [--from …] [--to …] [--municipality …] [--actors …]: discharge windows.
int run_gaps_command(const sdk::Host& host, const std::vector<std::string>& arguments, sdk::CommandIo& io);
// trygg-cli holiday-routine-document [--routine …] --out FILE.html: the routine as an A4 remiss document.
int run_routine_document_command(const sdk::Host& host, const std::vector<std::string>& arguments, sdk::CommandIo& io);
// trygg-cli holiday-routine-compare --old … --new … [--out FILE.html]: what changed per day, municipality and actor.
int run_routine_compare_command(const sdk::Host& host, const std::vector<std::string>& arguments, sdk::CommandIo& io);

}  // namespace trygg::holiday
