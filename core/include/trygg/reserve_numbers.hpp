#pragma once
// Reservnummer forms as regions give them (schemas/reserve-number-formats.xsd), read from the plugins'
// shared data: the storage layer accepts a person under one, the new-case dialog and the CLI check it.

#include "trygg/sdk/personal_identity.hpp"

#include <filesystem>
#include <vector>

namespace trygg {

// Reads one file; throws ContentError naming the file and the <format> whose pattern is no regular
// expression.
[[nodiscard]] std::vector<sdk::ReserveNumberFormat> read_reserve_number_formats(const std::filesystem::path& file);

}  // namespace trygg
