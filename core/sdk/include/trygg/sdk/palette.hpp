#pragma once
// Trygg's one colour palette: the shell, plugin pages (HTML) and printouts colour states alike, so a
// late deadline is the same red everywhere. Backgrounds are light enough for black text on them.

#include "trygg/sdk/deadline_state.hpp"

#include <cstdint>
#include <string>

namespace trygg::sdk {

struct Colour {
  std::uint8_t red = 0;
  std::uint8_t green = 0;
  std::uint8_t blue = 0;

  // "#rrggbb", for HTML.
  [[nodiscard]] std::string hex() const
  {
    constexpr const char* digits = "0123456789abcdef";
    std::string text = "#";
    for (const std::uint8_t part : {red, green, blue}) {
      text += digits[part >> 4U];
      text += digits[part & 0xFU];
    }
    return text;
  }
};

namespace palette {
inline constexpr Colour alarm_background{0xFF, 0xCD, 0xD2};    // late, must act
inline constexpr Colour warning_background{0xFF, 0xE0, 0xB2};  // due today, done late
inline constexpr Colour caution_background{0xFF, 0xEC, 0xB3};  // something missing
inline constexpr Colour ok_background{0xC8, 0xE6, 0xC9};       // met, ready
inline constexpr Colour plain_background{0xFF, 0xFF, 0xFF};
inline constexpr Colour header_background{0xE8, 0xEE, 0xF3};   // table headers, phase rows
inline constexpr Colour alarm_text{0xB0, 0x1E, 0x1E};
inline constexpr Colour warning_text{0x9A, 0x5B, 0x00};
inline constexpr Colour ok_text{0x2E, 0x6B, 0x30};
inline constexpr Colour guidance_text{0x2A, 0x6F, 0x97};
inline constexpr Colour quiet_text{0x66, 0x66, 0x66};
// Series in a chart (stacked bars, lines), in order: told apart by hue and lightness alike. (3.2)
inline constexpr Colour series[] = {{0x1F, 0x5F, 0x8B}, {0x6F, 0xA8, 0xDC}, {0xE0, 0x8E, 0x2B}, {0x4C, 0x9A, 0x5B},
                                    {0xB5, 0x4A, 0x6A}, {0x8E, 0x7C, 0xC3}, {0xC9, 0xB0, 0x3A}, {0x7A, 0x7A, 0x7A},
                                    {0x2E, 0xA3, 0xA3}, {0x8C, 0x56, 0x2E}, {0xE3, 0x77, 0xC2}, {0xA6, 0xC8, 0x4C}};
}  // namespace palette

// The background a deadline's state is shown on.
[[nodiscard]] constexpr Colour state_background(DeadlineState state)
{
  switch (state) {
    case DeadlineState::overdue:
      return palette::alarm_background;
    case DeadlineState::due_today:
    case DeadlineState::met_late:
      return palette::warning_background;
    case DeadlineState::met:
      return palette::ok_background;
    case DeadlineState::upcoming:
      break;
  }
  return palette::plain_background;
}

}  // namespace trygg::sdk
