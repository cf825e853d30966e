#pragma once

#include <string>

namespace trygg::sdk {

// A personnummer as people read it, YYYYMMDD-NNNN, from the twelve digits the host stores.
[[nodiscard]] inline std::string display_identity(const std::string& twelve_digits)
{
  return twelve_digits.size() == 12 ? twelve_digits.substr(0, 8) + "-" + twelve_digits.substr(8) : twelve_digits;
}

}  // namespace trygg::sdk
