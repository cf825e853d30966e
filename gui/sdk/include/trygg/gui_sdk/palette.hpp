#pragma once
// The one palette (trygg/sdk/palette.hpp) as wx colours, for the shell and plugins' pages alike.

#include "trygg/sdk/palette.hpp"

#include <wx/colour.h>

namespace trygg::gui {

[[nodiscard]] inline wxColour wx_colour(const sdk::Colour& colour) { return {colour.red, colour.green, colour.blue}; }

}  // namespace trygg::gui
